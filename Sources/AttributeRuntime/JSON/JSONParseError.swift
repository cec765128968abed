/// Why a byte sequence is not valid JSON, and where: byte offset plus 1-based line and column.
public struct JSONParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public enum Kind: Hashable, Sendable, CustomStringConvertible {
        /// The input ended inside a value, or held no value at all.
        case unexpectedEnd
        /// A byte that cannot start or continue anything here.
        case unexpectedCharacter(UInt8)
        /// A malformed number such as `01`, `1.` or `-`.
        case invalidNumber
        /// A backslash escape JSON does not define, or a bad `\u` escape.
        case invalidEscape
        /// A `\u` escape for half of a surrogate pair without its other half.
        case loneSurrogate
        /// A raw control character (below U+0020) inside a string.
        case controlCharacterInString
        /// Bytes inside a string that are not UTF-8.
        case invalidUTF8
        /// The same key twice in one object; which one the provider meant is unknowable.
        case duplicateKey(String)
        /// Arrays and objects nested deeper than the limit.
        case tooDeep(limit: Int)
        /// Something other than whitespace after the value.
        case trailingData

        /// A short explanation such as `unexpected character '}'`.
        public var description: String {
            switch self {
            case .unexpectedEnd: "unexpected end of input"
            case .unexpectedCharacter(let byte):
                if byte >= 0x21, byte < 0x7F {
                    "unexpected character '\(Character(Unicode.Scalar(byte)))'"
                } else {
                    "unexpected byte 0x\(String(byte, radix: 16, uppercase: true))"
                }
            case .invalidNumber: "invalid number"
            case .invalidEscape: "invalid escape sequence"
            case .loneSurrogate: "unpaired UTF-16 surrogate in \\u escape"
            case .controlCharacterInString: "unescaped control character in string"
            case .invalidUTF8: "invalid UTF-8 in string"
            case .duplicateKey(let key): "duplicate key '\(key)'"
            case .tooDeep(let limit): "nesting deeper than \(limit) levels"
            case .trailingData: "unexpected data after the JSON value"
            }
        }
    }

    /// What is wrong.
    public var kind: Kind
    /// Zero-based byte offset of the problem.
    public var offset: Int
    /// One-based line of the problem.
    public var line: Int
    /// One-based column of the problem, counted in Unicode scalars.
    public var column: Int

    /// Creates an error at a known position.
    public init(_ kind: Kind, offset: Int, line: Int, column: Int) {
        self.kind = kind
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// Creates an error at `offset` of `bytes`, working out line and column; only errors pay
    /// for this scan, so parsing does not track lines.
    init(_ kind: Kind, offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        let (line, column) = TextPosition.lineAndColumn(of: offset, in: bytes)
        self.init(kind, offset: offset, line: line, column: column)
    }

    /// `line:column: message (byte offset)`.
    public var description: String {
        "\(line):\(column): \(kind) (byte \(offset))"
    }
}
