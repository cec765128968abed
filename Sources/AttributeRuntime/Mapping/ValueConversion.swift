#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The conversion rules from JSON to each spec type, shared by payload and context values and
/// by list elements. No coercion: a number is never a string, `"true"` is never a boolean.
enum ValueConversion {
    /// A conversion problem; wraps the public kind, which is not itself an `Error`.
    struct Failure: Error {
        var kind: MappingError.Kind

        init(_ kind: MappingError.Kind) {
            self.kind = kind
        }
    }

    static func string(_ value: JSONValue) throws(Failure) -> String {
        guard case .string(let string) = value else { throw Failure(.typeMismatch(expected: .string, found: value.kind)) }
        return string
    }

    static func bool(_ value: JSONValue) throws(Failure) -> Bool {
        guard case .bool(let bool) = value else { throw Failure(.typeMismatch(expected: .boolean, found: value.kind)) }
        return bool
    }

    static func int64(_ value: JSONValue, as type: MappingError.ValueType = .int64) throws(Failure) -> Int64 {
        guard case .number(let number) = value else { throw Failure(.typeMismatch(expected: type, found: value.kind)) }
        switch number.integerConversion() {
        case .value(let integer): return integer
        case .notIntegral: throw Failure(.numberNotIntegral(number: number.text, type: type))
        case .outOfRange: throw Failure(.numberOutOfRange(number: number.text, type: type))
        }
    }

    static func int32(_ value: JSONValue) throws(Failure) -> Int32 {
        let integer = try int64(value, as: .int32)
        guard let narrow = Int32(exactly: integer) else {
            throw Failure(.numberOutOfRange(number: String(integer), type: .int32))
        }
        return narrow
    }

    static func double(_ value: JSONValue) throws(Failure) -> Double {
        guard case .number(let number) = value else { throw Failure(.typeMismatch(expected: .double, found: value.kind)) }
        guard let double = number.doubleValue else { throw Failure(.numberOutOfRange(number: number.text, type: .double)) }
        return double
    }

    static func float(_ value: JSONValue) throws(Failure) -> Float {
        guard case .number(let number) = value else { throw Failure(.typeMismatch(expected: .float, found: value.kind)) }
        guard let float = number.floatValue else { throw Failure(.numberOutOfRange(number: number.text, type: .float)) }
        return float
    }

    static func timestamp(_ value: JSONValue) throws(Failure) -> Date {
        switch value {
        case .number(let number):
            guard let date = Timestamp.date(epochSeconds: number) else {
                throw Failure(.numberOutOfRange(number: number.text, type: .timestamp))
            }
            return date
        case .string(let text):
            guard let date = Timestamp.date(rfc3339: text) else { throw Failure(.malformedTimestamp(text)) }
            return date
        default:
            throw Failure(.typeMismatch(expected: .timestamp, found: value.kind))
        }
    }
}
