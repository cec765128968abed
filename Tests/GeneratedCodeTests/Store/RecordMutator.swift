import AttributeRuntime
import AttributeSpec

/// Changes one attribute of a record, somewhere in its nesting, to a value the generated
/// decoder may or may not accept: the wrong JSON type, a number out of its type's range, an
/// impossible or malformed timestamp (and well-formed unusual ones), `null` inside a list or a
/// map, or an unknown key. The test compares the decoder's verdict with the schema's.
struct RecordMutator {
    var generator: SplitMix

    private static func number(_ text: String) -> JSONValue {
        JSONNumber(text).map(JSONValue.number) ?? .null
    }

    /// The replacements tried for an attribute of `type`.
    static func candidates(for type: AttributeSpec.AttributeType) -> [JSONValue] {
        let wrongShapes: [JSONValue] = [.string("1"), .bool(true), .array([]), .object(JSONObject()), number("1.5")]
        switch type {
        case .string: return wrongShapes.filter { $0 != .string("1") } + [.string(""), .null]
        case .int32: return wrongShapes + [number("2147483648"), number("-2147483649"), number("2147483647"), number("1.0"), number("1e3"), number("-0")]
        case .int64: return wrongShapes + [number("9223372036854775808"), number("-9223372036854775809"), number("-9223372036854775808"), number("2.0")]
        case .boolean: return wrongShapes + [number("0"), .bool(false)]
        case .double: return wrongShapes.filter { $0 != number("1.5") } + [number("1e309"), number("-1e309"), number("1.7976931348623157e308"), number("5e-324"), number("1.5")]
        case .float:
            return wrongShapes.filter { $0 != number("1.5") } + [number("1e39"), number("-3.5e38"), number("3.4028235e38"), number("1e-46"), number("-1e-46"),
                                                                number("1e-45"), number("0"), number("1.5")]
        case .timestamp:
            return [number("1795547102"), .bool(true), .string("2026-02-30T00:00:00Z"), .string("2025-02-29T00:00:00Z"), .string("1900-02-29T00:00:00Z"),
                    .string("2000-02-29T00:00:00Z"), .string("2024-02-29t10:00:00.5+02"), .string("2026-01-01 23:59:60.123456789-0130"),
                    .string("2026-01-01T00:00:00"), .string("2026-01-01T24:00:00Z"), .string("2026-01-01T00:00:00Z\n"), .string("2026-1-01T00:00:00Z"),
                    .string("2026-11-24T17:45:02.557Z"), .string("2026-11-24T17:45:02.Z"), .string("2026-11-24T17:45:02+02:"), .string("2026-11-24T17:45:02+24:00"),
                    .string("2026-11-24T17:45:02z"), .string("\u{0662}026-11-24T17:45:02Z")]
        case .unorderedListString: return [.string("x"), .array([number("1")]), .array([.null]), .array([.string("a"), .null]), .array([.string("a")]), .object(JSONObject())]
        case .unorderedListInt32: return [.string("x"), .array([.string("1")]), .array([number("2147483648")]), .array([.null]), .array([number("-2147483648"), number("7")])]
        case .mapStringString:
            return [.string("x"), .array([.string("x")]), .object(JSONObject([("k", number("1"))])), .object(JSONObject([("k", .null)])),
                    .object(JSONObject([("k", .string("v")), ("select", .string(""))]))]
        case .structure: return [.string("x"), .array([]), number("5"), .object(JSONObject([("zz_unknown", number("1"))]))]
        case .unorderedListStruct: return [.string("x"), .array([.null]), .array([number("5")]), .object(JSONObject()), .array([.object(JSONObject())])]
        }
    }

    /// `object` with one change at a random attribute of `attributes` or below, and a
    /// description of the change.
    /// Set when the last change put a string outside a closed set of known values: the one
    /// change the schema refuses (an `enum`) while the decoder reads it, as documented.
    var leftClosedSet = false

    mutating func mutate(_ object: JSONObject, attributes: [Attribute], path: String) -> (JSONObject, String) {
        var object = object
        if attributes.isEmpty || Int.random(in: 0..<12, using: &generator) == 0 {
            object["zz_unknown_key"] = .string("added")
            return (object, "\(path)zz_unknown_key added")
        }
        let attribute = attributes[Int.random(in: 0..<attributes.count, using: &generator)]
        let key = attribute.name.value
        let fields = attribute.fields ?? []
        // Half of the time go inside a struct, or a list of structs, that the record holds.
        if Bool.random(using: &generator), !fields.isEmpty {
            switch (attribute.type.value, object[key]) {
            case (.structure, .object(let inner)?):
                let (changed, description) = mutate(inner, attributes: fields, path: path + key + ".")
                object[key] = .object(changed)
                return (object, description)
            case (.unorderedListStruct, .array(var items)?) where !items.isEmpty:
                let index = Int.random(in: 0..<items.count, using: &generator)
                if case .object(let inner) = items[index] {
                    let (changed, description) = mutate(inner, attributes: fields, path: path + key + "[\(index)].")
                    items[index] = .object(changed)
                    object[key] = .array(items)
                    return (object, description)
                }
            default: break
            }
        }
        let candidates = Self.candidates(for: attribute.type.value)
        let value = candidates[Int.random(in: 0..<candidates.count, using: &generator)]
        object[key] = value
        if attribute.hasClosedValues, let known = attribute.values.map({ Set($0.map(\.value.value)) }) {
            let strings: [String] = switch value {
            case .string(let text): [text]
            case .array(let items): items.compactMap { if case .string(let text) = $0 { text } else { nil } }
            default: []
            }
            if strings.contains(where: { !known.contains($0) }) { leftClosedSet = true }
        }
        return (object, "\(path)\(key) = \(String(decoding: JSONValue.array([value]).serialized(), as: UTF8.self))")
    }
}
