import AttributeRuntime

/// The runtime's JSON parser and serializer: an error points inside the input; a parsed
/// value serialized (with and without sorted keys) parses again to an equal value, and
/// serializing that value gives the same bytes.
enum RuntimeJSONTarget {
    static func check(_ bytes: [UInt8]) throws(InvariantFailure) {
        let value: JSONValue
        do {
            value = try JSONValue(parsing: bytes)
        } catch {
            guard (0...bytes.count).contains(error.offset), error.line >= 1, error.column >= 1,
                  error.line <= bytes.count + 1, error.column <= bytes.count + 1 else {
                throw InvariantFailure("a parse error outside the input (\(bytes.count) bytes): \(error)")
            }
            return
        }
        for sortedKeys in [false, true] {
            let serialized = value.serialized(sortedKeys: sortedKeys)
            let reparsed: JSONValue
            do {
                reparsed = try JSONValue(parsing: serialized)
            } catch {
                throw InvariantFailure("the serialized value does not parse (sortedKeys: \(sortedKeys)): \(error)\n\(String(decoding: serialized, as: UTF8.self))")
            }
            guard reparsed == value else {
                throw InvariantFailure("the value changes through serialization (sortedKeys: \(sortedKeys)):\n\(value)\n---\n\(reparsed)")
            }
            let again = reparsed.serialized(sortedKeys: sortedKeys)
            guard again == serialized else {
                throw InvariantFailure("serialization is not stable (sortedKeys: \(sortedKeys)):\n\(String(decoding: serialized, as: UTF8.self))\n---\n\(String(decoding: again, as: UTF8.self))")
            }
        }
    }
}
