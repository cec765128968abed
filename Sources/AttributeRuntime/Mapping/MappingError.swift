/// One problem found while mapping a provider payload, with where it is on both sides.
public struct MappingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What the attribute's spec type needs, as named in error messages.
    ///
    /// The names are the spec's own (`INT32`), taken from `AttributeType`, the one table of
    /// the 12 types that the spec library compiles from the same file.
    public enum ValueType: Hashable, Sendable, CustomStringConvertible {
        /// `STRING`: a JSON string.
        case string
        /// `INT32`: an integral JSON number within `Int32`.
        case int32
        /// `INT64`: an integral JSON number within `Int64`.
        case int64
        /// `BOOLEAN`: `true` or `false`.
        case boolean
        /// `DOUBLE`: any finite JSON number.
        case double
        /// `FLOAT`: any JSON number within `Float`.
        case float
        /// `TIMESTAMP`: epoch seconds or an RFC 3339 string.
        case timestamp
        /// `TIMESTAMP` with `timestamp_format: epoch_seconds`.
        case timestampEpochSeconds
        /// `TIMESTAMP` with `timestamp_format: epoch_milliseconds`.
        case timestampEpochMilliseconds
        /// `TIMESTAMP` with `timestamp_format: rfc3339`.
        case timestampRFC3339
        /// `STRUCT`: a JSON object.
        case structure
        /// `UNORDERED_LIST_STRING`: an array of strings.
        case stringList
        /// `UNORDERED_LIST_INT32`: an array of `INT32` numbers.
        case int32List
        /// `UNORDERED_LIST_STRUCT`: an array of objects.
        case structureList
        /// `MAP_STRING_STRING`: an object with string values.
        case stringMap
        /// An intermediate object of a dotted provider path such as `properties.enableSoftDelete`.
        case object

        /// The spec type this reads; `nil` for an intermediate object, which has none.
        var attributeType: AttributeType? {
            switch self {
            case .string: .string
            case .int32: .int32
            case .int64: .int64
            case .boolean: .boolean
            case .double: .double
            case .float: .float
            case .timestamp, .timestampEpochSeconds, .timestampEpochMilliseconds, .timestampRFC3339: .timestamp
            case .structure: .structure
            case .stringList: .unorderedListString
            case .int32List: .unorderedListInt32
            case .structureList: .unorderedListStruct
            case .stringMap: .mapStringString
            case .object: nil
            }
        }

        /// The JSON shape this type reads, for messages such as `expected INT32 (number)`.
        var jsonShape: String {
            switch self {
            case .string: "string"
            case .int32, .int64, .double, .float, .timestampEpochSeconds, .timestampEpochMilliseconds: "number"
            case .boolean: "boolean"
            case .timestamp: "number or string"
            case .timestampRFC3339: "string"
            case .structure, .stringMap, .object: "object"
            case .stringList, .int32List, .structureList: "array"
            }
        }

        /// The spec type name, such as `INT32`, with the timestamp format where one is set
        /// (`TIMESTAMP epoch_milliseconds`), or `object` for an intermediate object.
        public var rawValue: String {
            let type = attributeType?.rawValue ?? "object"
            switch self {
            case .timestampEpochSeconds: return type + " epoch_seconds"
            case .timestampEpochMilliseconds: return type + " epoch_milliseconds"
            case .timestampRFC3339: return type + " rfc3339"
            default: return type
            }
        }

        /// The spec type name, such as `INT32`.
        public var description: String { rawValue }
    }

    /// What went wrong.
    public enum Kind: Hashable, Sendable, CustomStringConvertible {
        /// The JSON value has the wrong kind for the attribute's type.
        case typeMismatch(expected: ValueType, found: JSONValue.Kind)
        /// An integral number outside the type's range, or a number too large for a `Double`,
        /// `Float` or date.
        case numberOutOfRange(number: String, type: ValueType)
        /// A number with a fraction where an integer type needs a whole number.
        case numberNotIntegral(number: String, type: ValueType)
        /// A string that is not an RFC 3339 timestamp.
        case malformedTimestamp(String)
        /// A timestamp, as written, outside 0000-01-01T00:00:00.000Z...9999-12-31T23:59:59.999Z
        /// (`Timestamp.supportedMilliseconds`), where it could not round-trip exactly.
        case timestampOutOfRange(String)
        /// Two keys of a `MAP_STRING_STRING` object with different bytes that Swift's `String`
        /// calls equal (`é` and `e` + U+0301), so `[String: String]` cannot hold both.
        case equivalentMapKeys(String, String)
        /// The payload is valid JSON but not an object.
        case rootNotObject(found: JSONValue.Kind)
        /// The payload is not valid JSON.
        case invalidJSON(JSONParseError)
        /// In strict mode, a provider key that no attribute reads.
        case unknownKey
        /// With `MappingOptions.valueCheck`, a string outside the attribute's known values.
        case unknownValue(String)
        /// In strict mode, a mapping context key that no attribute uses (a misspelling such as
        /// `acount_id`); the error's attribute path is the key.
        case unusedContextKey

        /// A short explanation without the location.
        public var description: String {
            switch self {
            case let .typeMismatch(expected, found):
                "expected \(expected) (\(expected.jsonShape)), found \(found)"
            case let .numberOutOfRange(number, type):
                "number \(number) is out of range for \(type)"
            case let .numberNotIntegral(number, type):
                "number \(number) is not integral, as \(type) requires"
            case .malformedTimestamp(let text):
                "'\(text)' is not an RFC 3339 timestamp"
            case .timestampOutOfRange(let text):
                "timestamp \(text) is outside \(Timestamp.supportedRangeDescription)"
            case let .equivalentMapKeys(first, second):
                "keys '\(first)' and '\(second)' differ in their bytes but are the same Swift String, so [String: String] cannot hold both"
            case .rootNotObject(let found):
                "expected a JSON object at the root of the payload, found \(found)"
            case .invalidJSON(let error):
                "invalid JSON at \(error)"
            case .unknownKey:
                "provider key not read by any attribute"
            case .unknownValue(let value):
                "value '\(value)' is not one of the attribute's known values"
            case .unusedContextKey:
                "not used by any attribute"
            }
        }
    }

    /// What went wrong.
    public var kind: Kind
    /// The attribute path, such as `output_config.target_platform.os` or `containers[2].image`;
    /// `nil` for problems with the payload as a whole or unknown keys at its root.
    public var attributePath: String?
    /// The provider path, such as `OutputConfig.TargetPlatform.Os` or `Containers[2].Image`;
    /// `nil` when the value came from the mapping context or the problem concerns the whole payload.
    public var providerPath: String?

    /// Creates an error.
    public init(_ kind: Kind, attributePath: String? = nil, providerPath: String? = nil) {
        self.kind = kind
        self.attributePath = attributePath
        self.providerPath = providerPath
    }

    /// The message with both paths, such as
    /// `attribute 'containers[2].image' (provider Containers[2].Image): expected STRING (string), found number`.
    public var description: String {
        switch (kind, attributePath, providerPath) {
        case let (.unknownKey, attribute?, provider?):
            "provider key \(provider) (inside attribute '\(attribute)'): \(kind)"
        case let (.unknownKey, nil, provider?):
            "provider key \(provider): \(kind)"
        case let (.unusedContextKey, attribute?, _):
            "mapping context key '\(attribute)': \(kind)"
        case let (_, attribute?, provider?):
            "attribute '\(attribute)' (provider \(provider)): \(kind)"
        case let (_, attribute?, nil):
            "attribute '\(attribute)' (mapping context): \(kind)"
        default:
            "\(kind)"
        }
    }
}

/// Every problem of one payload, thrown once so a caller sees them all together.
public struct MappingErrors: Error, Sendable, Hashable, CustomStringConvertible {
    /// The problems in the order the attributes were read; never empty when thrown.
    public var errors: [MappingError]

    /// Wraps a list of problems.
    public init(_ errors: [MappingError]) {
        self.errors = errors
    }

    /// One problem per line.
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
