/// Writes a spec as canonical JSON: one spelling for every spec, whatever format it came in.
///
/// Keys are sorted, indentation is two spaces, absent optional keys are left out, lists keep
/// their order, and strings are escaped minimally, so a YAML spec and its JSON twin give the
/// same bytes and a diff shows only real changes.
public enum SpecNormalizer {
    /// The canonical JSON text of `spec`, ending with a newline.
    public static func canonicalJSON(_ spec: Spec) -> String {
        var members: [(String, JSONText)] = [
            ("resource", .string(spec.resource.value)),
            ("attributes", .array(spec.attributes.map(attributeObject))),
        ]
        if let description = spec.description { members.append(("description", .string(description.value))) }
        if let swiftName = spec.swiftName { members.append(("swift_name", .string(swiftName.value))) }
        if let format = spec.timestampFormat { members.append(("timestamp_format", .string(format.value.rawValue))) }
        var output = ""
        JSONText.object(members).write(to: &output, indentation: "")
        output += "\n"
        return output
    }

    private static func attributeObject(_ attribute: Attribute) -> JSONText {
        var members: [(String, JSONText)] = [
            ("name", .string(attribute.name.value)),
            ("type", .string(attribute.type.value.rawValue)),
        ]
        if let provider = attribute.providerName { members.append(("provider_name", .string(provider.value))) }
        if let description = attribute.description { members.append(("description", .string(description.value))) }
        if let swiftName = attribute.swiftName { members.append(("swift_name", .string(swiftName.value))) }
        if let format = attribute.timestampFormat { members.append(("timestamp_format", .string(format.value.rawValue))) }
        if let element = attribute.elementSwiftName { members.append(("element_swift_name", .string(element.value))) }
        if let deprecated = attribute.deprecated {
            members.append(("deprecated", deprecated.value.message.map(JSONText.string) ?? .true))
        }
        if let fields = attribute.fields { members.append(("fields", .array(fields.map(attributeObject)))) }
        return .object(members)
    }
}

/// The little JSON a spec needs: strings, `true`, arrays and objects.
private indirect enum JSONText {
    case string(String)
    case `true`
    case array([JSONText])
    case object([(String, JSONText)])

    func write(to output: inout String, indentation: String) {
        switch self {
        case .string(let text):
            JSONText.writeString(text, to: &output)
        case .true:
            output += "true"
        case .array(let items):
            guard !items.isEmpty else {
                output += "[]"
                return
            }
            let inner = indentation + "  "
            output += "[\n"
            for (offset, item) in items.enumerated() {
                output += inner
                item.write(to: &output, indentation: inner)
                output += offset == items.count - 1 ? "\n" : ",\n"
            }
            output += indentation + "]"
        case .object(let members):
            guard !members.isEmpty else {
                output += "{}"
                return
            }
            // Byte order of the UTF-8 keys, the order every JSON tool's "sort keys" agrees on.
            let sorted = members.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
            let inner = indentation + "  "
            output += "{\n"
            for (offset, member) in sorted.enumerated() {
                output += inner
                JSONText.writeString(member.0, to: &output)
                output += ": "
                member.1.write(to: &output, indentation: inner)
                output += offset == sorted.count - 1 ? "\n" : ",\n"
            }
            output += indentation + "}"
        }
    }

    /// Writes a quoted string, escaping only what JSON requires.
    static func writeString(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{8}": output += "\\b"
            case "\u{C}": output += "\\f"
            case "\u{0}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
