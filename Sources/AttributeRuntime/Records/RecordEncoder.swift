#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Writes one generated type's record in its `encode(to:)`: one method per attribute type,
/// the counterpart of `RecordDecoder`. A `nil` value writes nothing.
public struct RecordEncoder {
    private var container: KeyedEncodingContainer<AttributeCodingKey>

    /// The keyed container of `encoder`.
    public init(_ encoder: any Encoder) {
        container = encoder.container(keyedBy: AttributeCodingKey.self)
    }

    /// A `STRING` attribute.
    public mutating func string(_ value: String?, forKey key: String) throws {
        try container.encodeIfPresent(value, forKey: AttributeCodingKey(stringValue: key))
    }

    /// An `INT32` attribute.
    public mutating func int32(_ value: Int32?, forKey key: String) throws {
        try container.encodeIfPresent(value, forKey: AttributeCodingKey(stringValue: key))
    }

    /// An `INT64` attribute.
    public mutating func int64(_ value: Int64?, forKey key: String) throws {
        try container.encodeIfPresent(value, forKey: AttributeCodingKey(stringValue: key))
    }

    /// A `BOOLEAN` attribute.
    public mutating func bool(_ value: Bool?, forKey key: String) throws {
        try container.encodeIfPresent(value, forKey: AttributeCodingKey(stringValue: key))
    }

    /// A `DOUBLE` attribute.
    public mutating func double(_ value: Double?, forKey key: String) throws {
        try container.encodeIfPresent(value, forKey: AttributeCodingKey(stringValue: key))
    }

    /// A `FLOAT` attribute.
    public mutating func float(_ value: Float?, forKey key: String) throws {
        try container.encodeIfPresent(value, forKey: AttributeCodingKey(stringValue: key))
    }

    /// A `TIMESTAMP` attribute, as `encodeTimestampIfPresent(_:forKey:)` writes it: RFC 3339
    /// text in UTC with milliseconds, whatever the encoder's date strategy.
    public mutating func timestamp(_ value: Date?, forKey key: String) throws {
        try container.encodeTimestampIfPresent(value, forKey: AttributeCodingKey(stringValue: key))
    }

    /// An `UNORDERED_LIST_STRING` attribute.
    public mutating func stringList(_ value: [String]?, forKey key: String) throws {
        try container.encodeIfPresent(value, forKey: AttributeCodingKey(stringValue: key))
    }

    /// An `UNORDERED_LIST_INT32` attribute.
    public mutating func int32List(_ value: [Int32]?, forKey key: String) throws {
        try container.encodeIfPresent(value, forKey: AttributeCodingKey(stringValue: key))
    }

    /// A `MAP_STRING_STRING` attribute.
    public mutating func stringMap(_ value: [String: String]?, forKey key: String) throws {
        try container.encodeIfPresent(value, forKey: AttributeCodingKey(stringValue: key))
    }

    /// A `STRUCT` or `UNORDERED_LIST_STRUCT` attribute: a generated type or an array of one.
    public mutating func value<Value: Encodable>(_ value: Value?, forKey key: String) throws {
        try container.encodeIfPresent(value, forKey: AttributeCodingKey(stringValue: key))
    }
}
