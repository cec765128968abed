#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads one generated type's record in its `init(from:)`: one method per attribute type.
///
/// Each method has its own name and concrete types, so a generated call needs no overload
/// resolution against the standard library's many `decodeIfPresent` methods; that resolution
/// was the most expensive part of type-checking generated code. Every attribute is optional:
/// an absent key or `null` reads as `nil`.
public struct RecordDecoder {
    private let container: KeyedDecodingContainer<AttributeCodingKey>

    /// The keyed container of `decoder`.
    ///
    /// - Throws: `DecodingError.typeMismatch` when the value is not a keyed container.
    public init(_ decoder: any Decoder) throws {
        container = try decoder.container(keyedBy: AttributeCodingKey.self)
    }

    /// A `STRING` attribute.
    public func string(_ key: String) throws -> String? {
        try container.decodeIfPresent(String.self, forKey: AttributeCodingKey(stringValue: key))
    }

    /// An `INT32` attribute.
    public func int32(_ key: String) throws -> Int32? {
        try container.decodeIfPresent(Int32.self, forKey: AttributeCodingKey(stringValue: key))
    }

    /// An `INT64` attribute.
    public func int64(_ key: String) throws -> Int64? {
        try container.decodeIfPresent(Int64.self, forKey: AttributeCodingKey(stringValue: key))
    }

    /// A `BOOLEAN` attribute.
    public func bool(_ key: String) throws -> Bool? {
        try container.decodeIfPresent(Bool.self, forKey: AttributeCodingKey(stringValue: key))
    }

    /// A `DOUBLE` attribute.
    public func double(_ key: String) throws -> Double? {
        try container.decodeIfPresent(Double.self, forKey: AttributeCodingKey(stringValue: key))
    }

    /// A `FLOAT` attribute.
    public func float(_ key: String) throws -> Float? {
        try container.decodeIfPresent(Float.self, forKey: AttributeCodingKey(stringValue: key))
    }

    /// A `TIMESTAMP` attribute, as `decodeTimestampIfPresent(forKey:)` reads it: RFC 3339 text
    /// whatever the decoder's date strategy.
    public func timestamp(_ key: String) throws -> Date? {
        try container.decodeTimestampIfPresent(forKey: AttributeCodingKey(stringValue: key))
    }

    /// An `UNORDERED_LIST_STRING` attribute.
    public func stringList(_ key: String) throws -> [String]? {
        try container.decodeIfPresent([String].self, forKey: AttributeCodingKey(stringValue: key))
    }

    /// An `UNORDERED_LIST_INT32` attribute.
    public func int32List(_ key: String) throws -> [Int32]? {
        try container.decodeIfPresent([Int32].self, forKey: AttributeCodingKey(stringValue: key))
    }

    /// A `MAP_STRING_STRING` attribute.
    public func stringMap(_ key: String) throws -> [String: String]? {
        try container.decodeIfPresent([String: String].self, forKey: AttributeCodingKey(stringValue: key))
    }

    /// A `STRUCT` or `UNORDERED_LIST_STRUCT` attribute: a generated type or an array of one.
    public func value<Value: Decodable>(_ key: String, as type: Value.Type) throws -> Value? {
        try container.decodeIfPresent(type, forKey: AttributeCodingKey(stringValue: key))
    }
}
