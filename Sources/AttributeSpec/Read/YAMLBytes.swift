/// The ASCII bytes the YAML scanner looks at, named so the scanner reads like the grammar.
extension UInt8 {
    static let tab: UInt8 = 0x09
    static let lf: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let exclamation: UInt8 = 0x21
    static let quote: UInt8 = 0x22
    static let hash: UInt8 = 0x23
    static let percent: UInt8 = 0x25
    static let ampersand: UInt8 = 0x26
    static let apostrophe: UInt8 = 0x27
    static let asterisk: UInt8 = 0x2A
    static let plus: UInt8 = 0x2B
    static let comma: UInt8 = 0x2C
    static let hyphen: UInt8 = 0x2D
    static let period: UInt8 = 0x2E
    static let slash: UInt8 = 0x2F
    static let zero: UInt8 = 0x30
    static let nine: UInt8 = 0x39
    static let colon: UInt8 = 0x3A
    static let greaterThan: UInt8 = 0x3E
    static let question: UInt8 = 0x3F
    static let at: UInt8 = 0x40
    static let leftBracket: UInt8 = 0x5B
    static let backslash: UInt8 = 0x5C
    static let rightBracket: UInt8 = 0x5D
    static let backtick: UInt8 = 0x60
    static let leftBrace: UInt8 = 0x7B
    static let pipe: UInt8 = 0x7C
    static let rightBrace: UInt8 = 0x7D

    /// A line break or the end of input (the scanner's `peek` returns 0 past the end).
    @inline(__always)
    var isBreakOrEnd: Bool { self == .lf || self == .cr || self == 0 }

    /// A line break byte (not the end of input).
    @inline(__always)
    var isBreak: Bool { self == .lf || self == .cr }

    /// A space or a tab.
    @inline(__always)
    var isBlank: Bool { self == .space || self == .tab }

    /// What may follow an indicator such as `-`, `:` or `---` for it to count as one.
    @inline(__always)
    var isBlankOrBreakOrEnd: Bool { isBlank || isBreakOrEnd }

    /// The value of a hexadecimal digit, `nil` for any other byte.
    var hexValue: UInt32? { JSONEscape.hexDigitValue(self) }
}
