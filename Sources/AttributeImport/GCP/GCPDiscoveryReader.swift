import AttributeSpec

/// The Google Cloud front end: reads a discovery document (`compute.v1.json`, as
/// google-api-python-client ships them under `googleapiclient/discovery_cache/documents/`)
/// into a `ProviderModel`.
///
/// - Each `schemas.<Name>` is a shape of that name; an inline object, `items` or
///   `additionalProperties` schema is a shape named by its place (`Firewall.allowed[]`).
/// - `$ref` names a schema by its bare name; one that names no schema is an error at the `$ref`.
/// - Types: `string` → string, except `format: int64`/`uint64` (a 64-bit integer that travels as
///   a JSON string) → `integerText`, `format: byte` → blob, `format: date-time`/`google-datetime`
///   → timestamp; `integer` → integer (`uint32` → long, as it exceeds INT32); `number` →
///   double (`float` → float); `boolean`; `array` → list; `object` with `properties` →
///   structure, with only `additionalProperties` → map from string, with neither → document;
///   `any` → document.
/// - Timestamps: discovery marks most RFC 3339 timestamps only in prose (compute's
///   `creationTimestamp`: "Creation timestamp in RFC3339 text format"), so a plain string whose
///   description says `RFC3339` or `RFC 3339` is a timestamp too.
/// - `enum` with its parallel `enumDescriptions` is kept on the shape; discovery documents do
///   not say whether the list is closed, so its openness is unstated.
/// - Methods: `resources.<r>(.resources.<s>)*.methods.<m>` is the operation `r.s.m`
///   (`firewalls.get`), its output the schema `response.$ref` names (or the inline response
///   schema, as the shape `r.s.m.response`).
public enum GCPDiscoveryReader {
    /// Reads a discovery document's bytes.
    ///
    /// - Parameter file: the path to name in diagnostics.
    /// - Returns: the model, or the problems that stopped reading it.
    public static func read(_ bytes: [UInt8], file: String) -> (model: ProviderModel?, diagnostics: [Diagnostic]) {
        let root: Node?
        do {
            root = try JSONReader.read(bytes, file: file)
        } catch {
            return (nil, [error])
        }
        var reader = DiscoveryTreeReader(file: file)
        let model = reader.model(root)
        return (reader.diagnostics.containsErrors ? nil : model, reader.diagnostics)
    }

    /// Whether a string schema's description marks it as an RFC 3339 timestamp.
    static func describesRFC3339(_ description: String) -> Bool {
        let folded = description.lowercased()
        return folded.contains("rfc3339") || folded.contains("rfc 3339")
    }
}

/// Walks the JSON tree of a discovery document.
private struct DiscoveryTreeReader {
    let file: String
    var diagnostics: [Diagnostic] = []
    var shapes: [String: ModelShape] = [:]
    /// Every `$ref`, with where it stands, checked once all schemas are known.
    var references: [(name: String, location: SourceLocation)] = []

    init(file: String) {
        self.file = file
    }

    mutating func model(_ root: Node?) -> ProviderModel? {
        guard let root, let entries = root.mappingEntries,
              let schemas = entries.first(where: { $0.keyText == "schemas" })?.value
        else {
            diagnostics.append(.notADiscoveryDocument(file: file, at: root?.location ?? SourceLocation(file: file, line: 1, column: 1)))
            return nil
        }
        guard let schemaEntries = schemas.mappingEntries else {
            diagnostics.append(.malformedDiscovery("'schemas' is not an object", at: schemas.location))
            return nil
        }
        let service = entries.first(where: { $0.keyText == "name" })?.value.scalarText
        // A generated name (`Firewall.allowed[]`) holds `.`, `[]` or `{}`, which no real schema
        // name does; in a document where one does anyway, the shape read later wins.
        for entry in schemaEntries where entry.value.mappingEntries == nil {
            diagnostics.append(.malformedDiscovery("schema '\(entry.keyText)' is not an object", at: entry.value.location))
        }
        for entry in schemaEntries where entry.value.mappingEntries != nil {
            _ = schema(entry.value, name: entry.keyText)
        }
        var operations: [String: ModelOperation] = [:]
        if let resources = entries.first(where: { $0.keyText == "resources" })?.value {
            readResources(resources, prefix: "", into: &operations)
        }
        let named = schemaEntries.map(\.keyText)
        for reference in references where shapes[reference.name] == nil {
            diagnostics.append(.error(
                "$ref '\(reference.name)' names no schema of '\(file)'", at: reference.location,
                note: Suggestion.closest(to: reference.name, among: named).map { "did you mean '\($0)'?" }))
        }
        return ProviderModel(provider: .gcp, file: file, service: service, shapes: shapes, operations: operations)
    }

    mutating func readResources(_ node: Node, prefix: String, into operations: inout [String: ModelOperation]) {
        guard let resources = node.mappingEntries else {
            diagnostics.append(.malformedDiscovery("'resources' is not an object", at: node.location))
            return
        }
        for resource in resources {
            guard let fields = resource.value.mappingEntries else {
                diagnostics.append(.malformedDiscovery("resource '\(prefix)\(resource.keyText)' is not an object", at: resource.value.location))
                continue
            }
            let path = prefix + resource.keyText
            for method in fields.first(where: { $0.keyText == "methods" })?.value.mappingEntries ?? [] {
                guard let methodFields = method.value.mappingEntries else {
                    diagnostics.append(.malformedDiscovery("method '\(path).\(method.keyText)' is not an object", at: method.value.location))
                    continue
                }
                let name = path + "." + method.keyText
                // Mostly `{"$ref": "Firewall"}`; a few methods describe their response inline.
                let output = methodFields.first(where: { $0.keyText == "response" }).flatMap { schema($0.value, name: name + ".response") }
                operations[name] = ModelOperation(
                    name: name, output: output, documentation: ModelDocumentation.description(in: methodFields), location: method.key.location)
            }
            if let nested = fields.first(where: { $0.keyText == "resources" })?.value {
                readResources(nested, prefix: path + ".", into: &operations)
            }
        }
    }

    /// Reads one schema as the shape `name`, returning the shape name a member refers to:
    /// the schema `$ref` names, or `name` itself.
    mutating func schema(_ node: Node, name: String) -> String? {
        guard let fields = node.mappingEntries else {
            diagnostics.append(.malformedDiscovery("schema '\(name)' is not an object", at: node.location))
            return nil
        }
        func value(_ key: String) -> Node? { fields.first(where: { $0.keyText == key })?.value }
        if let reference = value("$ref") {
            guard let target = reference.scalarText, !target.isEmpty else {
                diagnostics.append(.malformedDiscovery("'$ref' of '\(name)' is not a schema name", at: reference.location))
                return nil
            }
            references.append((target, reference.location))
            return target
        }
        let documentation = ModelDocumentation.description(in: fields)
        let type = value("type")?.scalarText
        let format = value("format")?.scalarText
        var enumeration: ModelEnumeration?
        let kind: ModelShape.Kind
        switch type {
        case "string":
            switch format {
            case "int64": kind = .integerText(signed: true)
            case "uint64": kind = .integerText(signed: false)
            case "byte": kind = .blob
            case "date-time", "google-datetime": kind = .timestamp
            default:
                kind = documentation.map { GCPDiscoveryReader.describesRFC3339($0.plainText) } == true ? .timestamp : .string
            }
            enumeration = self.enumeration(fields, of: name)
        case "integer":
            kind = format == "uint32" || format == "int64" ? .long : .integer
        case "number":
            kind = format == "float" ? .float : .double
        case "boolean":
            kind = .boolean
        case "any":
            kind = .document
        case "array":
            guard let items = value("items") else {
                diagnostics.append(.malformedDiscovery("array '\(name)' has no 'items'", at: node.location))
                return nil
            }
            guard let element = schema(items, name: name + "[]") else { return nil }
            kind = .list(element: element)
        case "object":
            if let properties = value("properties") {
                kind = .structure(members(properties, of: name))
                if let additional = value("additionalProperties") {
                    diagnostics.append(.additionalPropertiesLeftOut(name, at: additional.location))
                }
            } else if let additional = value("additionalProperties") {
                let key = name + "{key}"
                shapes[key] = ModelShape(name: key, kind: .string, documentation: nil, location: additional.location)
                guard let element = schema(additional, name: name + "{}") else { return nil }
                kind = .map(key: key, value: element)
            } else {
                kind = .document
            }
        case nil:
            diagnostics.append(.malformedDiscovery("schema '\(name)' has neither 'type' nor '$ref'", at: node.location))
            return nil
        case let other?:
            kind = .other(other)
        }
        shapes[name] = ModelShape(name: name, kind: kind, documentation: documentation, location: node.location, enumeration: enumeration)
        return name
    }

    mutating func members(_ node: Node, of name: String) -> [ModelMember] {
        guard let entries = node.mappingEntries else {
            diagnostics.append(.malformedDiscovery("'properties' of '\(name)' is not an object", at: node.location))
            return []
        }
        var members: [ModelMember] = []
        for entry in entries {
            guard let target = schema(entry.value, name: name + "." + entry.keyText) else { continue }
            members.append(ModelMember(
                name: entry.keyText, target: target, documentation: ModelDocumentation.description(in: entry.value.mappingEntries ?? []),
                location: entry.key.location))
        }
        return members
    }

    /// `enum` and `enumDescriptions`, which must be lists of strings of the same length.
    mutating func enumeration(_ fields: [Node.MappingEntry], of name: String) -> ModelEnumeration? {
        guard let node = fields.first(where: { $0.keyText == "enum" })?.value else { return nil }
        guard let values = ModelEnumeration.values(of: node, owner: name, diagnostics: &diagnostics, malformed: { .malformedDiscovery($0, at: $1) }) else {
            return nil
        }
        var descriptions = [String?](repeating: nil, count: values.count)
        if let described = fields.first(where: { $0.keyText == "enumDescriptions" })?.value {
            let texts = described.sequenceItems?.map(\.scalarText) ?? []
            if described.sequenceItems == nil || texts.count != values.count || texts.contains(nil) {
                diagnostics.append(.warning(
                    "'enumDescriptions' of '\(name)' is not a list of \(values.count) strings, one per 'enum' value; ignored",
                    at: described.location))
            } else {
                descriptions = texts
            }
        }
        return ModelEnumeration(values: values, descriptions: descriptions, isOpen: nil)
    }
}

extension Diagnostic {
    /// A JSON file without the `schemas` object every discovery document has.
    static func notADiscoveryDocument(file: String, at location: SourceLocation) -> Diagnostic {
        .error("'\(file)' is not a Google discovery document: expected an object with 'schemas'", at: location)
    }

    /// A part of a discovery document that does not have the form discovery documents use.
    static func malformedDiscovery(_ message: String, at location: SourceLocation) -> Diagnostic {
        .error("malformed discovery document: \(message)", at: location)
    }
}
