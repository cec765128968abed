import AttributeSpec

/// Writes a `Spec` as the YAML a person would write by hand: block style, one key per line,
/// a blank line between top-level attributes, long descriptions as folded block scalars
/// (`>-`) wrapped at `width` columns, and multi-paragraph ones as literal block scalars (`|-`)
/// so that paragraphs and list items keep their lines.
///
/// Scalars that plain or block style cannot carry exactly (leading or trailing spaces,
/// control characters, text YAML 1.1 would read as a boolean or number) are double-quoted.
public enum SpecYAMLWriter {
    /// The column folded descriptions wrap at.
    public static let width = 92

    /// The YAML text of `spec`, starting with `header` as comment lines and ending with a newline.
    public static func yaml(_ spec: Spec, header: [String] = []) -> String {
        var lines: [String] = ["# yaml-language-server: $schema=attribute-spec.schema.json"]
        lines += header.map { $0.isEmpty ? "#" : "# " + $0 }
        for key in SpecKey.keys(at: .table) {
            self.key(key, of: spec, into: &lines)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The lines of one top-level key of the spec; none when the spec does not have it.
    static func key(_ key: SpecKey, of spec: Spec, into lines: inout [String]) {
        switch key {
        case .resource: scalar(key.rawValue, spec.resource.value, indent: 0, into: &lines)
        case .description: spec.description.map { scalar(key.rawValue, $0.value, indent: 0, into: &lines) }
        case .swiftName: spec.swiftName.map { scalar(key.rawValue, $0.value, indent: 0, into: &lines) }
        case .timestampFormat: spec.timestampFormat.map { scalar(key.rawValue, $0.value.rawValue, indent: 0, into: &lines) }
        case .attributes:
            attributeList(key.rawValue, spec.attributes, indent: 0, separated: true, into: &lines)
        case .name, .type, .providerName, .elementSwiftName, .values, .valuesClosed, .deprecated, .pinned, .fields:
            break
        }
    }

    /// `key:` and the list's items, or `key: []` for none; `separated` puts a blank line
    /// between items, as the writer does for a table's attributes.
    static func attributeList(_ key: String, _ attributes: [Attribute], indent: Int, separated: Bool, into lines: inout [String]) {
        let pad = String(repeating: " ", count: indent)
        guard !attributes.isEmpty else {
            lines.append(pad + key + ": []")
            return
        }
        lines.append(pad + key + ":")
        for (offset, attribute) in attributes.enumerated() {
            if separated, offset > 0 { lines.append("") }
            self.attribute(attribute, indent: indent + 2, into: &lines)
        }
    }

    /// The lines of one list item, its `-` at column `indent` (0-based).
    static func attribute(_ attribute: Attribute, indent: Int, into lines: inout [String]) {
        let pad = String(repeating: " ", count: indent)
        var item: [String] = []
        for key in SpecKey.keys(at: .attribute) {
            self.key(key, of: attribute, indent: indent + 2, into: &item)
        }
        // The first key sits after the item's dash: `  - name: x`.
        if let first = item.first {
            lines.append(pad + "- " + first.dropFirst(indent + 2))
            lines += item.dropFirst()
        }
    }

    /// The lines of one key of an attribute, at column `indent`; none when the attribute does not have it.
    static func key(_ key: SpecKey, of attribute: Attribute, indent: Int, into lines: inout [String]) {
        let name = key.rawValue
        switch key {
        case .name: scalar(name, attribute.name.value, indent: indent, into: &lines)
        case .type: scalar(name, attribute.type.value.rawValue, indent: indent, into: &lines)
        case .providerName: attribute.providerName.map { scalar(name, $0.value, indent: indent, into: &lines) }
        case .description: attribute.description.map { scalar(name, $0.value, indent: indent, into: &lines) }
        case .swiftName: attribute.swiftName.map { scalar(name, $0.value, indent: indent, into: &lines) }
        case .timestampFormat: attribute.timestampFormat.map { scalar(name, $0.value.rawValue, indent: indent, into: &lines) }
        case .elementSwiftName: attribute.elementSwiftName.map { scalar(name, $0.value, indent: indent, into: &lines) }
        case .deprecated:
            if let deprecated = attribute.deprecated {
                // A message that reads as a boolean is quoted by `scalar`, so it stays a message.
                if let message = deprecated.value.message {
                    scalar(name, message, indent: indent, into: &lines)
                } else {
                    lines.append(String(repeating: " ", count: indent) + name + ": true")
                }
            }
        case .values:
            if let values = attribute.values {
                knownValueList(name, values, indent: indent, into: &lines)
            }
        case .valuesClosed:
            if let closed = attribute.valuesClosed {
                lines.append(String(repeating: " ", count: indent) + name + (closed.value ? ": true" : ": false"))
            }
        case .pinned:
            if let pinned = attribute.pinned {
                lines.append(String(repeating: " ", count: indent) + name + (pinned.value ? ": true" : ": false"))
            }
        case .fields:
            if let fields = attribute.fields {
                attributeList(name, fields, indent: indent, separated: false, into: &lines)
            }
        case .resource, .attributes:
            break
        }
    }

    /// `key:` and one item per known value: the value alone (`- FAILED`), or a mapping with its
    /// description (`- value: FAILED` and `description:` below it); `key: []` for none.
    static func knownValueList(_ key: String, _ values: [KnownValue], indent: Int, into lines: inout [String]) {
        let pad = String(repeating: " ", count: indent)
        guard !values.isEmpty else {
            lines.append(pad + key + ": []")
            return
        }
        lines.append(pad + key + ":")
        for known in values {
            // A value stays on its line, plain when that reads back exactly, otherwise quoted:
            // never folded, so that a list of values reads as one.
            let value = known.value.value
            let written = !value.contains("\n") && Style.isPlainSafe(value) && !Style.needsEscapes(value)
                && value.first != " " && value.last != " " ? value : doubleQuoted(value)
            guard let description = known.description else {
                lines.append(pad + "  - " + written)
                continue
            }
            lines.append(pad + "  - " + KnownValue.valueKey + ": " + written)
            scalar(KnownValue.descriptionKey, description.value, indent: indent + 4, into: &lines)
        }
    }

    /// Appends `key: value` in the clearest style that reads back as exactly `value`.
    static func scalar(_ key: String, _ value: String, indent: Int, into lines: inout [String]) {
        let pad = String(repeating: " ", count: indent)
        let inner = pad + "  "
        let style = Style.choose(for: value, firstLineWidth: indent + key.count + 2)
        switch style {
        case .plain:
            lines.append(pad + key + ": " + value)
        case .doubleQuoted:
            lines.append(pad + key + ": " + doubleQuoted(value))
        case .folded:
            lines.append(pad + key + ": >-")
            lines += wrap(value, width: width - inner.count).map { inner + $0 }
        case .literal:
            lines.append(pad + key + ": |-")
            lines += value.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : inner + $0 }
        }
    }

    enum Style {
        case plain, doubleQuoted, folded, literal

        static func choose(for value: String, firstLineWidth: Int) -> Style {
            guard !value.isEmpty, !needsEscapes(value),
                  value.first != " ", value.last != " " else { return .doubleQuoted }
            if value.contains("\n") {
                let lines = value.split(separator: "\n", omittingEmptySubsequences: false)
                // Block scalars cannot start with a blank line or carry whitespace-only lines exactly.
                let representable = lines.first.map { !$0.isEmpty && $0.first != " " } ?? false
                    && lines.allSatisfy { $0.last != " " && $0.last != "\t" }
                return representable ? .literal : .doubleQuoted
            }
            if isPlainSafe(value), firstLineWidth + value.count <= width { return .plain }
            return value.contains("\t") ? .doubleQuoted : .folded
        }

        /// Characters only a double-quoted scalar can carry.
        static func needsEscapes(_ value: String) -> Bool {
            value.unicodeScalars.contains { scalar in
                (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || scalar.value == 0x7F || scalar.value == 0x85
                    || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF
                    || (scalar.value >= 0x80 && scalar.value < 0xA0)
            }
        }

        /// Whether `value` reads back as the same string when written plain, in YAML 1.2 and 1.1 alike.
        static func isPlainSafe(_ value: String) -> Bool {
            guard let first = value.unicodeScalars.first else { return false }
            if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
            if value.contains(": ") || value.contains(" #") || value.hasSuffix(":") || value.contains("\t") { return false }
            let lowered = value.lowercased()
            if ["y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"].contains(lowered) { return false }
            // Anything that might be read as a number stays quoted.
            if value.unicodeScalars.allSatisfy({ "0123456789.+-_eExXoObB:".unicodeScalars.contains($0) }) { return false }
            if lowered == ".inf" || lowered == ".nan" || lowered == "-.inf" || lowered == "+.inf" { return false }
            return true
        }
    }

    /// Splits text at single spaces into lines of at most `width` characters (a longer word
    /// gets a line of its own). Only single spaces between two other characters are break
    /// points, so folding the lines back with one space each restores the text exactly.
    static func wrap(_ text: String, width: Int) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var breakPoints: [Int] = []
        for index in scalars.indices where scalars[index] == " " && index > 0 && index + 1 < scalars.count
            && scalars[index - 1] != " " && scalars[index + 1] != " " {
            breakPoints.append(index)
        }
        var lines: [String] = []
        var start = 0
        var lastFit: Int?
        func line(_ from: Int, _ to: Int) -> String {
            var string = ""
            string.unicodeScalars.append(contentsOf: scalars[from..<to])
            return string
        }
        for point in breakPoints {
            if point - start <= width {
                lastFit = point
                continue
            }
            if let fit = lastFit {
                lines.append(line(start, fit))
                start = fit + 1
                lastFit = nil
                if point - start <= width {
                    lastFit = point
                    continue
                }
            }
            // A word longer than the width: it gets a line of its own.
            lines.append(line(start, point))
            start = point + 1
        }
        if scalars.count - start > width, let fit = lastFit {
            lines.append(line(start, fit))
            start = fit + 1
        }
        lines.append(line(start, scalars.count))
        return lines
    }

    /// A double-quoted scalar with every character escaped that YAML requires or that could
    /// be misread.
    static func doubleQuoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (scalar.value >= 0x80 && scalar.value < 0xA0)
                    || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
