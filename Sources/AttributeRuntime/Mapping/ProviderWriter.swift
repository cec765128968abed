#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Collects attributes into a provider object for a generated `write(to:)`.
///
/// `nil` writes nothing, so absent attributes stay absent. A dotted path such as
/// `properties.enableSoftDelete` creates or extends the nested objects it names. Values JSON
/// cannot hold (an infinite `Double`, a date outside years 0000 to 9999, which mapping never
/// produces) are left out as well.
public struct ProviderWriter: Sendable {
    /// The object written so far, members in writing order.
    public private(set) var object = JSONObject()

    /// Creates an empty writer.
    public init() {}

    /// Stores `value` at a provider path, creating intermediate objects for dotted paths.
    public mutating func write(_ value: JSONValue?, at providerPath: String) {
        guard let value else { return }
        if ProviderReader.isDotted(providerPath) {
            // Split on the `.` byte, as the reader does.
            let components = providerPath.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).map { Substring($0) }
            Self.store(value, in: &object, at: components[...])
        } else {
            object[providerPath] = value
        }
    }

    private static func store(_ value: JSONValue, in object: inout JSONObject, at components: ArraySlice<Substring>) {
        guard let first = components.first else { return }
        let key = String(first)
        if components.count == 1 {
            object[key] = value
            return
        }
        object.modifyValue(forKey: key) { slot in
            var inner = JSONObject()
            if case .object(let existing) = slot { inner = existing }
            // Drop the slot's reference so `inner` is uniquely owned and grows in place.
            slot = .null
            store(value, in: &inner, at: components.dropFirst())
            slot = .object(inner)
        }
    }

    /// Writes a `STRING`.
    public mutating func write(_ value: String?, at providerPath: String) {
        write(value.map(JSONValue.string), at: providerPath)
    }

    /// Writes an `INT32`.
    public mutating func write(_ value: Int32?, at providerPath: String) {
        write(value.map { JSONValue.number(JSONNumber(Int64($0))) }, at: providerPath)
    }

    /// Writes an `INT64` exactly.
    public mutating func write(_ value: Int64?, at providerPath: String) {
        write(value.map { JSONValue.number(JSONNumber($0)) }, at: providerPath)
    }

    /// Writes a `BOOLEAN`.
    public mutating func write(_ value: Bool?, at providerPath: String) {
        write(value.map(JSONValue.bool), at: providerPath)
    }

    /// Writes a `DOUBLE` in its shortest round-tripping form; non-finite values are left out.
    public mutating func write(_ value: Double?, at providerPath: String) {
        write(value.flatMap { JSONNumber(exactly: $0) }.map(JSONValue.number), at: providerPath)
    }

    /// Writes a `FLOAT` in its own shortest form (`0.1`, not `0.10000000149011612`).
    public mutating func write(_ value: Float?, at providerPath: String) {
        write(value.flatMap { JSONNumber(exactly: $0) }.map(JSONValue.number), at: providerPath)
    }

    /// Writes a `TIMESTAMP` as epoch seconds with millisecond precision (`1795547102.557`).
    public mutating func write(_ value: Date?, at providerPath: String) {
        write(value.flatMap { Timestamp.epochSeconds(of: $0) }.map(JSONValue.number), at: providerPath)
    }

    /// Writes a `TIMESTAMP` in the form of its spec `timestamp_format`.
    public mutating func write(_ value: Date?, at providerPath: String, format: TimestampFormat) {
        guard let value else { return }
        switch format {
        case .epochSecondsOrRFC3339, .epochSeconds:
            write(value, at: providerPath)
        case .epochMilliseconds:
            write(Timestamp.epochMillisecondsNumber(of: value).map(JSONValue.number), at: providerPath)
        case .rfc3339:
            write(Timestamp.rfc3339String(from: value).map(JSONValue.string), at: providerPath)
        }
    }

    /// Writes an `UNORDERED_LIST_STRING`.
    public mutating func write(_ value: [String]?, at providerPath: String) {
        write(value.map { JSONValue.array($0.map(JSONValue.string)) }, at: providerPath)
    }

    /// Writes an `UNORDERED_LIST_INT32`.
    public mutating func write(_ value: [Int32]?, at providerPath: String) {
        write(value.map { JSONValue.array($0.map { .number(JSONNumber(Int64($0))) }) }, at: providerPath)
    }

    /// Writes a `MAP_STRING_STRING` as an object.
    public mutating func write(_ value: [String: String]?, at providerPath: String) {
        // Dictionary keys are unique already; sorted for a stable member order.
        write(value.map { map in
            JSONValue.object(JSONObject(uniqueMembers: map.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map { JSONObject.Member(key: $0.key, value: .string($0.value)) }))
        }, at: providerPath)
    }

    /// Writes a `STRUCT` through its own `write(to:)`.
    public mutating func write<Value: ProviderMappable>(_ value: Value?, at providerPath: String) {
        write(value.map { JSONValue.object($0.providerObject()) }, at: providerPath)
    }

    /// Writes an `UNORDERED_LIST_STRUCT`.
    public mutating func write<Value: ProviderMappable>(_ value: [Value]?, at providerPath: String) {
        write(value.map { JSONValue.array($0.map { .object($0.providerObject()) }) }, at: providerPath)
    }
}
