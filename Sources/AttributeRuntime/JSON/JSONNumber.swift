/// A JSON number, kept exactly as the payload wrote it.
///
/// Integers that fit `Int64` are stored as integers (the common case, and free to convert);
/// anything else keeps its text so that an `Int64` conversion of `9007199254740993` or a
/// decision about `3.0` versus `3.5` is made on the exact decimal value, never on a `Double`.
/// Two numbers are equal when they are the same integer or have the same spelling.
public struct JSONNumber: Hashable, Sendable {
    enum Storage: Hashable, Sendable {
        case integer(Int64)
        /// Valid JSON number text that is not a plain `Int64` integer.
        case text(String)
    }

    let storage: Storage

    init(storage: Storage) {
        self.storage = storage
    }

    /// Creates an exact integer number.
    public init(_ value: Int64) {
        storage = .integer(value)
    }

    /// Creates a number spelled as Swift's shortest round-tripping form of `value` (`3.0`,
    /// `0.1`, `1e-05`), or `nil` when the value is not finite: JSON has no infinity or NaN.
    public init?(exactly value: Double) {
        guard value.isFinite else { return nil }
        storage = .text(value.description)
    }

    /// Creates a number from a `Float` spelled with the float's own shortest form, so that
    /// `0.1` stays `0.1` instead of widening to `0.10000000149011612`.
    public init?(exactly value: Float) {
        guard value.isFinite else { return nil }
        storage = .text(value.description)
    }

    /// Creates a number from JSON number text such as `-12.5e3`, or `nil` when the text is not
    /// a JSON number.
    public init?(_ text: String) {
        var text = text
        let valid = text.withUTF8 { JSONNumber.isValidSyntax(UnsafeBufferPointer(rebasing: $0[...])) }
        guard valid else { return nil }
        if let integer = Int64(text) {
            storage = .integer(integer)
        } else {
            storage = .text(text)
        }
    }

    /// The number as JSON text.
    public var text: String {
        switch storage {
        case .integer(let value): String(value)
        case .text(let text): text
        }
    }

    /// The exact value when it is an integer within `Int64` (`3.0` and `3e2` count), else `nil`.
    public var int64Value: Int64? {
        if case .value(let value) = integerConversion() { return value }
        return nil
    }

    /// The nearest `Double`, or `nil` when the number is too large for one.
    public var doubleValue: Double? {
        switch storage {
        case .integer(let value):
            return Double(value)
        case .text(let text):
            guard let value = Double(text), value.isFinite else { return nil }
            return value
        }
    }

    /// The nearest `Float`, or `nil` when the number is too large for one.
    public var floatValue: Float? {
        switch storage {
        case .integer(let value):
            return Float(value)
        case .text(let text):
            guard let value = Float(text), value.isFinite else { return nil }
            return value
        }
    }

    /// The outcome of converting a number to an integer, told apart so errors can say why.
    enum IntegerConversion: Equatable {
        case value(Int64)
        case notIntegral
        case outOfRange
    }

    /// Converts to `Int64` on the exact decimal value of the text, times `10^decimalShift`.
    func integerConversion(decimalShift: Int = 0) -> IntegerConversion {
        switch storage {
        case .integer(let value) where decimalShift == 0:
            return .value(value)
        case .integer(let value):
            var scaled = value
            for _ in 0..<decimalShift {
                let (product, overflow) = scaled.multipliedReportingOverflow(by: 10)
                if overflow { return .outOfRange }
                scaled = product
            }
            return .value(scaled)
        case .text(var text):
            return text.withUTF8 { JSONNumber.exactInteger(UnsafeBufferPointer(rebasing: $0[...]), decimalShift: decimalShift) }
        }
    }

    /// Reads `-? digits (. digits)? ([eE] [+-]? digits)?` as significant digits times a power of
    /// ten, then decides integrality and range without any floating point.
    ///
    /// - Parameter decimalShift: a power of ten to multiply by first; `3` gives milliseconds
    ///   from seconds.
    static func exactInteger(_ bytes: UnsafeBufferPointer<UInt8>, decimalShift: Int = 0) -> IntegerConversion {
        var index = 0
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        // Significant digits without leading zeros; trailing zeros are counted, not stored.
        var significand: UInt64 = 0
        var significantDigits = 0
        var pendingZeros = 0
        var fractionDigits = 0
        var inFraction = false
        var overflowDigits = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") {
                inFraction = true
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                if inFraction { fractionDigits += 1 }
                let digit = UInt64(byte &- UInt8(ascii: "0"))
                if digit == 0 {
                    if significantDigits > 0 { pendingZeros += 1 }
                } else {
                    // Flush zeros that turned out to be inside the significand.
                    for _ in 0..<(pendingZeros + 1) {
                        significantDigits += 1
                        if significantDigits > 19 { overflowDigits = true }
                    }
                    if !overflowDigits {
                        for _ in 0..<pendingZeros { significand = significand &* 10 }
                        significand = significand &* 10 &+ digit
                    }
                    pendingZeros = 0
                }
            } else {
                break
            }
            index += 1
        }
        var exponent = 0
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            var exponentNegative = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            while index < bytes.count {
                let digit = Int(bytes[index] &- UInt8(ascii: "0"))
                // Saturate: anything beyond a million is out of range or not integral anyway.
                if exponent < 1_000_000 { exponent = exponent * 10 + digit }
                index += 1
            }
            if exponentNegative { exponent = -exponent }
        }
        if significantDigits == 0 { return .value(0) }
        let scale = exponent + decimalShift - fractionDigits + pendingZeros
        if scale < 0 { return .notIntegral }
        if overflowDigits || significantDigits + scale > 19 { return .outOfRange }
        var magnitude = significand
        for _ in 0..<scale {
            let (product, overflow) = magnitude.multipliedReportingOverflow(by: 10)
            if overflow { return .outOfRange }
            magnitude = product
        }
        if negative {
            if magnitude <= UInt64(Int64.max) + 1 { return .value(Int64(truncatingIfNeeded: 0 &- magnitude)) }
            return .outOfRange
        }
        if magnitude <= UInt64(Int64.max) { return .value(Int64(magnitude)) }
        return .outOfRange
    }

    /// Whether `bytes` is exactly one JSON number.
    static func isValidSyntax(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        func digits() -> Int {
            let start = index
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
            return index - start
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        let integerStart = index
        let integerDigits = digits()
        if integerDigits == 0 || (integerDigits > 1 && bytes[integerStart] == UInt8(ascii: "0")) { return false }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            if digits() == 0 { return false }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
            if digits() == 0 { return false }
        }
        return index == bytes.count
    }
}

extension JSONNumber: CustomStringConvertible {
    /// The number as JSON text.
    public var description: String { text }
}
