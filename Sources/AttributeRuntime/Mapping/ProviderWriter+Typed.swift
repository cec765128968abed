#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One method per attribute type, each with its own name, for generated `write(to:)` methods:
/// a call to one of these needs no overload resolution, where a call to the overloaded
/// `write(_:at:)` made the compiler try each overload. The `ProviderReader` methods have the
/// same names.
extension ProviderWriter {
    /// Writes a `STRING`.
    public mutating func string(_ value: String?, at providerPath: String) {
        write(value, at: providerPath)
    }

    /// Writes an `INT32`.
    public mutating func int32(_ value: Int32?, at providerPath: String) {
        write(value, at: providerPath)
    }

    /// Writes an `INT64` exactly.
    public mutating func int64(_ value: Int64?, at providerPath: String) {
        write(value, at: providerPath)
    }

    /// Writes a `BOOLEAN`.
    public mutating func bool(_ value: Bool?, at providerPath: String) {
        write(value, at: providerPath)
    }

    /// Writes a `DOUBLE` in its shortest round-tripping form; non-finite values are left out.
    public mutating func double(_ value: Double?, at providerPath: String) {
        write(value, at: providerPath)
    }

    /// Writes a `FLOAT` in its own shortest form.
    public mutating func float(_ value: Float?, at providerPath: String) {
        write(value, at: providerPath)
    }

    /// Writes a `TIMESTAMP` as epoch seconds with millisecond precision.
    public mutating func timestamp(_ value: Date?, at providerPath: String) {
        write(value, at: providerPath)
    }

    /// Writes an `UNORDERED_LIST_STRING`.
    public mutating func stringList(_ value: [String]?, at providerPath: String) {
        write(value, at: providerPath)
    }

    /// Writes an `UNORDERED_LIST_INT32`.
    public mutating func int32List(_ value: [Int32]?, at providerPath: String) {
        write(value, at: providerPath)
    }

    /// Writes a `MAP_STRING_STRING` as an object.
    public mutating func stringMap(_ value: [String: String]?, at providerPath: String) {
        write(value, at: providerPath)
    }

    /// Writes a `STRUCT` through its own `write(to:)`.
    public mutating func structure<Value: ProviderMappable>(_ value: Value?, at providerPath: String) {
        write(value, at: providerPath)
    }

    /// Writes an `UNORDERED_LIST_STRUCT`.
    public mutating func structureList<Value: ProviderMappable>(_ value: [Value]?, at providerPath: String) {
        write(value, at: providerPath)
    }
}

extension ProviderWriter {
    /// Writes a `TIMESTAMP` in the form of its spec `timestamp_format`.
    public mutating func timestamp(_ value: Date?, at providerPath: String, format: TimestampFormat) {
        write(value, at: providerPath, format: format)
    }
}
