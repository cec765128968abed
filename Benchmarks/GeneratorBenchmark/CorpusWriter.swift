/// Writes a synthetic spec as a YAML file in the bundled spec's layout, or as pretty JSON.
enum CorpusWriter {
    static func yaml(_ spec: SyntheticSpec) -> String {
        var out = "# Synthetic benchmark table \(spec.resource).\n"
        out += "resource: \(spec.resource)\n"
        out += "description: \(spec.description)\n"
        out += "attributes:\n"
        for attribute in spec.attributes {
            yaml(attribute, indent: "  ", into: &out)
            out += "\n"
        }
        return out
    }

    private static func yaml(_ attribute: SyntheticAttribute, indent: String, into out: inout String) {
        out += "\(indent)- name: \(attribute.name)\n"
        let inner = indent + "  "
        out += "\(inner)type: \(attribute.type.rawValue)\n"
        if let provider = attribute.providerName {
            out += "\(inner)provider_name: \(provider)\n"
        }
        if let swiftName = attribute.swiftName {
            out += "\(inner)swift_name: \(swiftName)\n"
        }
        if !attribute.descriptionLines.isEmpty {
            switch attribute.descriptionStyle {
            case .plain:
                out += "\(inner)description: \(attribute.descriptionLines[0])\n"
            case .folded, .literal:
                out += "\(inner)description: \(attribute.descriptionStyle == .folded ? ">-" : "|-")\n"
                for line in attribute.descriptionLines {
                    out += "\(inner)  \(line)\n"
                }
            }
        }
        if !attribute.values.isEmpty {
            out += "\(inner)values:\n"
            for value in attribute.values {
                out += "\(inner)  - \(value)\n"
            }
        }
        if !attribute.fields.isEmpty {
            out += "\(inner)fields:\n"
            for field in attribute.fields {
                yaml(field, indent: inner + "  ", into: &out)
            }
        }
    }

    static func json(_ spec: SyntheticSpec) -> String {
        var out = "{\n"
        out += "  \"resource\": \(quoted(spec.resource)),\n"
        out += "  \"description\": \(quoted(spec.description)),\n"
        out += "  \"attributes\": [\n"
        json(spec.attributes, indent: "    ", into: &out)
        out += "  ]\n}\n"
        return out
    }

    private static func json(_ attributes: [SyntheticAttribute], indent: String, into out: inout String) {
        for (index, attribute) in attributes.enumerated() {
            let inner = indent + "  "
            var members = [
                "\(inner)\"name\": \(quoted(attribute.name))",
                "\(inner)\"type\": \(quoted(attribute.type.rawValue))",
            ]
            if let provider = attribute.providerName {
                members.append("\(inner)\"provider_name\": \(quoted(provider))")
            }
            if let swiftName = attribute.swiftName {
                members.append("\(inner)\"swift_name\": \(quoted(swiftName))")
            }
            if let description = attribute.description {
                members.append("\(inner)\"description\": \(quoted(description))")
            }
            if !attribute.values.isEmpty {
                members.append("\(inner)\"values\": [" + attribute.values.map(quoted).joined(separator: ", ") + "]")
            }
            out += "\(indent){\n" + members.joined(separator: ",\n")
            if !attribute.fields.isEmpty {
                out += ",\n\(inner)\"fields\": [\n"
                json(attribute.fields, indent: inner + "  ", into: &out)
                out += "\(inner)]"
            }
            out += "\n\(indent)}" + (index == attributes.count - 1 ? "\n" : ",\n")
        }
    }

    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
