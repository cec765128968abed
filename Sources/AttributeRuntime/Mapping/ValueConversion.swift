#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The conversion rules from JSON to each spec type, shared by payload and context values and
/// by list elements. No coercion: a number is never a string, `"true"` is never a boolean.
///
/// Conversions return `Result` rather than using typed throws because they travel as closure
/// values, and typed-throws function types need a newer runtime on Apple platforms.
enum ValueConversion {
    /// A conversion problem; wraps the public kind, which is not itself an `Error`.
    struct Failure: Error {
        var kind: MappingError.Kind

        init(_ kind: MappingError.Kind) {
            self.kind = kind
        }
    }

    typealias Outcome<Value> = Result<Value, Failure>

    private static func mismatch<Value>(_ expected: MappingError.ValueType, _ value: JSONValue) -> Outcome<Value> {
        .failure(Failure(.typeMismatch(expected: expected, found: value.kind)))
    }

    static func string(_ value: JSONValue) -> Outcome<String> {
        guard case .string(let string) = value else { return mismatch(.string, value) }
        return .success(string)
    }

    static func bool(_ value: JSONValue) -> Outcome<Bool> {
        guard case .bool(let bool) = value else { return mismatch(.boolean, value) }
        return .success(bool)
    }

    static func int64(_ value: JSONValue) -> Outcome<Int64> {
        integer(value, as: .int64)
    }

    private static func integer(_ value: JSONValue, as type: MappingError.ValueType) -> Outcome<Int64> {
        guard case .number(let number) = value else { return mismatch(type, value) }
        switch number.integerConversion() {
        case .value(let integer): return .success(integer)
        case .notIntegral: return .failure(Failure(.numberNotIntegral(number: number.text, type: type)))
        case .outOfRange: return .failure(Failure(.numberOutOfRange(number: number.text, type: type)))
        }
    }

    static func int32(_ value: JSONValue) -> Outcome<Int32> {
        integer(value, as: .int32).flatMap { integer in
            guard let narrow = Int32(exactly: integer) else {
                return .failure(Failure(.numberOutOfRange(number: String(integer), type: .int32)))
            }
            return .success(narrow)
        }
    }

    static func double(_ value: JSONValue) -> Outcome<Double> {
        guard case .number(let number) = value else { return mismatch(.double, value) }
        guard let double = number.doubleValue else { return .failure(Failure(.numberOutOfRange(number: number.text, type: .double))) }
        return .success(double)
    }

    static func float(_ value: JSONValue) -> Outcome<Float> {
        guard case .number(let number) = value else { return mismatch(.float, value) }
        guard let float = number.floatValue else { return .failure(Failure(.numberOutOfRange(number: number.text, type: .float))) }
        return .success(float)
    }

    static func timestamp(_ value: JSONValue) -> Outcome<Date> {
        switch value {
        case .number(let number):
            return epochSeconds(number)
        case .string(let text):
            return rfc3339(text)
        default:
            return mismatch(.timestamp, value)
        }
    }

    /// The conversion for one `timestamp_format`; the default is `timestamp(_:)` itself.
    static func timestamp(_ format: TimestampFormat) -> (JSONValue) -> Outcome<Date> {
        switch format {
        case .epochSecondsOrRFC3339:
            return timestamp
        case .epochSeconds:
            return { value in
                guard case .number(let number) = value else { return mismatch(.timestampEpochSeconds, value) }
                return epochSeconds(number)
            }
        case .epochMilliseconds:
            return { value in
                guard case .number(let number) = value else { return mismatch(.timestampEpochMilliseconds, value) }
                switch Timestamp.date(epochMilliseconds: number) {
                case .date(let date): return .success(date)
                case .notIntegral: return .failure(Failure(.numberNotIntegral(number: number.text, type: .timestampEpochMilliseconds)))
                case .outOfRange: return .failure(Failure(.timestampOutOfRange(number.text)))
                }
            }
        case .rfc3339:
            return { value in
                guard case .string(let text) = value else { return mismatch(.timestampRFC3339, value) }
                return rfc3339(text)
            }
        }
    }

    private static func epochSeconds(_ number: JSONNumber) -> Outcome<Date> {
        guard let date = Timestamp.date(epochSeconds: number) else { return .failure(Failure(.timestampOutOfRange(number.text))) }
        return .success(date)
    }

    private static func rfc3339(_ text: String) -> Outcome<Date> {
        guard let milliseconds = Timestamp.epochMilliseconds(rfc3339: text) else { return .failure(Failure(.malformedTimestamp(text))) }
        guard Timestamp.supportedMilliseconds.contains(milliseconds) else { return .failure(Failure(.timestampOutOfRange(text))) }
        return .success(Timestamp.date(epochMilliseconds: milliseconds))
    }
}
