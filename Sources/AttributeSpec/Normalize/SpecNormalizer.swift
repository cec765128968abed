/// Writes a spec as canonical JSON: one spelling for every spec, whatever format it came in.
///
/// Keys are sorted, indentation is two spaces, absent optional keys are left out, lists keep
/// their order, and strings are escaped minimally, so a YAML spec and its JSON twin give the
/// same bytes and a diff shows only real changes.
public enum SpecNormalizer {
    /// The canonical JSON text of `spec`, ending with a newline.
    public static func canonicalJSON(_ spec: Spec) -> String {
        var members: [(String, JSONText)] = []
        for key in SpecKey.keys(at: .table) {
            let value: JSONText? = switch key {
            case .resource: .string(spec.resource.value)
            case .description: spec.description.map { .string($0.value) }
            case .swiftName: spec.swiftName.map { .string($0.value) }
            case .timestampFormat: spec.timestampFormat.map { .string($0.value.rawValue) }
            case .attributes: .array(spec.attributes.map(attributeObject))
            case .name, .type, .providerName, .elementSwiftName, .values, .valuesClosed, .deprecated, .pinned, .fields: nil
            }
            if let value { members.append((key.rawValue, value)) }
        }
        var output = ""
        JSONText.object(members).write(to: &output, indentation: "")
        output += "\n"
        return output
    }

    private static func attributeObject(_ attribute: Attribute) -> JSONText {
        var members: [(String, JSONText)] = []
        for key in SpecKey.keys(at: .attribute) {
            let value: JSONText? = switch key {
            case .name: .string(attribute.name.value)
            case .type: .string(attribute.type.value.rawValue)
            case .providerName: attribute.providerName.map { .string($0.value) }
            case .description: attribute.description.map { .string($0.value) }
            case .swiftName: attribute.swiftName.map { .string($0.value) }
            case .timestampFormat: attribute.timestampFormat.map { .string($0.value.rawValue) }
            case .elementSwiftName: attribute.elementSwiftName.map { .string($0.value) }
            case .deprecated: attribute.deprecated.map { $0.value.message.map(JSONText.string) ?? .true }
            case .pinned: attribute.pinned.map { $0.value ? .true : .false }
            case .values: attribute.values.map { .array($0.map(knownValueObject)) }
            case .valuesClosed: attribute.valuesClosed.map { $0.value ? .true : .false }
            case .fields: attribute.fields.map { .array($0.map(attributeObject)) }
            case .resource, .attributes: nil
            }
            if let value { members.append((key.rawValue, value)) }
        }
        return .object(members)
    }
}

extension SpecNormalizer {
    /// A value without a description is a plain string, as it is usually written; one with a
    /// description is an object, so the two spellings of a plain value normalize alike.
    fileprivate static func knownValueObject(_ known: KnownValue) -> JSONText {
        guard let description = known.description else { return .string(known.value.value) }
        return .object([(KnownValue.valueKey, .string(known.value.value)), (KnownValue.descriptionKey, .string(description.value))])
    }
}

/// The little JSON a spec needs: strings, booleans, arrays and objects.
private indirect enum JSONText {
    case string(String)
    case `true`
    case `false`
    case array([JSONText])
    case object([(String, JSONText)])

    func write(to output: inout String, indentation: String) {
        switch self {
        case .string(let text):
            JSONStringLiteral.write(text, to: &output)
        case .true:
            output += "true"
        case .false:
            output += "false"
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
                JSONStringLiteral.write(member.0, to: &output)
                output += ": "
                member.1.write(to: &output, indentation: inner)
                output += offset == sorted.count - 1 ? "\n" : ",\n"
            }
            output += indentation + "}"
        }
    }
}
