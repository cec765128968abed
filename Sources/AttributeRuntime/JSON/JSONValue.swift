/// A JSON value as read from, or written to, a provider payload.
///
/// Objects keep their members in an array rather than a dictionary: provider objects are small,
/// and a linear scan over a few keys beats hashing every key of every object while parsing.
/// Numbers keep their exact spelling (or an exact integer) so that conversion to `Int64` loses
/// nothing.
public enum JSONValue: Hashable, Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, exact as written.
    case number(JSONNumber)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object with unique keys.
    case object(JSONObject)

    /// The six JSON value kinds, used to say what was found where something else was expected.
    public enum Kind: String, Hashable, Sendable, CustomStringConvertible {
        /// `null`.
        case null
        /// `true` or `false`.
        case bool = "boolean"
        /// A number.
        case number
        /// A string.
        case string
        /// An array.
        case array
        /// An object.
        case object

        /// The kind as written in error messages, such as `boolean`.
        public var description: String { rawValue }
    }

    /// Which of the six kinds this value is.
    public var kind: Kind {
        switch self {
        case .null: .null
        case .bool: .bool
        case .number: .number
        case .string: .string
        case .array: .array
        case .object: .object
        }
    }

    /// The member named `key` when this value is an object, otherwise `nil`.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let object) = self else { return nil }
        return object[key]
    }

    /// The element at `index` when this value is an array and the index is valid, otherwise `nil`.
    public subscript(index: Int) -> JSONValue? {
        guard case .array(let array) = self, array.indices.contains(index) else { return nil }
        return array[index]
    }

    /// The string when this value is a string.
    public var stringValue: String? {
        guard case .string(let string) = self else { return nil }
        return string
    }

    /// The object when this value is an object.
    public var objectValue: JSONObject? {
        guard case .object(let object) = self else { return nil }
        return object
    }

    /// The elements when this value is an array.
    public var arrayValue: [JSONValue]? {
        guard case .array(let array) = self else { return nil }
        return array
    }
}

extension JSONValue: ExpressibleByNilLiteral {
    /// Creates `null` from `nil`, so that literals read like the JSON they stand for.
    public init(nilLiteral: ()) { self = .null }
}

extension JSONValue: ExpressibleByBooleanLiteral {
    /// Creates a boolean.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension JSONValue: ExpressibleByIntegerLiteral {
    /// Creates an exact integer number.
    public init(integerLiteral value: Int64) { self = .number(JSONNumber(value)) }
}

extension JSONValue: ExpressibleByFloatLiteral {
    /// Creates a number spelled as Swift's shortest round-tripping form of `value`.
    public init(floatLiteral value: Double) {
        // A float literal is always finite, so the fallback never happens in practice.
        self = JSONNumber(exactly: value).map(JSONValue.number) ?? .null
    }
}

extension JSONValue: ExpressibleByStringLiteral {
    /// Creates a string.
    public init(stringLiteral value: String) { self = .string(value) }
}

extension JSONValue: ExpressibleByArrayLiteral {
    /// Creates an array.
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
}

extension JSONValue: ExpressibleByDictionaryLiteral {
    /// Creates an object; a repeated key keeps its last value.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(JSONObject(elements))
    }
}

extension JSONValue: CustomStringConvertible {
    /// The compact JSON text of the value with sorted keys.
    public var description: String {
        String(decoding: serialized(sortedKeys: true), as: UTF8.self)
    }
}
