import AttributeSpec

/// The AWS front end: reads a botocore `service-2.json` (or the `service-2.json.gz` botocore
/// ships) into a `ProviderModel`.
///
/// Bytes → (gunzip when the gzip magic is there) → the located JSON reader → shapes and
/// operations. Every malformed part of the model is a diagnostic at its line and column.
public enum AWSModelReader {
    /// Reads a model file's bytes.
    ///
    /// - Parameter file: the path to name in diagnostics.
    /// - Returns: the model, or the problems that stopped reading it.
    public static func read(_ bytes: [UInt8], file: String) -> (model: ProviderModel?, diagnostics: [Diagnostic]) {
        var json = bytes
        if Inflate.isGzip(bytes) {
            do {
                json = try Inflate.gunzip(bytes)
            } catch {
                return (nil, [.error("cannot decompress '\(file)': \(error)", at: nil)])
            }
        }
        let root: Node?
        do {
            root = try JSONReader.read(json, file: file)
        } catch {
            return (nil, [error])
        }
        var reader = ModelTreeReader(file: file)
        let model = reader.model(root)
        return (reader.diagnostics.containsErrors ? nil : model, reader.diagnostics)
    }
}

/// Walks the JSON tree of a botocore model.
private struct ModelTreeReader {
    let file: String
    var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    mutating func model(_ root: Node?) -> ProviderModel? {
        guard let root, let entries = root.mappingEntries else {
            // An empty (or whitespace-only) file has no node: the error is at its start.
            diagnostics.append(.notAnAWSModel(file: file, at: root?.location ?? SourceLocation(file: file, line: 1, column: 1)))
            return nil
        }
        guard let shapesNode = entries.first(where: { $0.keyText == "shapes" })?.value,
              let shapeEntries = shapesNode.mappingEntries
        else {
            diagnostics.append(.notAnAWSModel(file: file, at: root.location))
            return nil
        }
        var service: String?
        if let metadata = entries.first(where: { $0.keyText == "metadata" })?.value.mappingEntries {
            service = metadata.first(where: { $0.keyText == "endpointPrefix" })?.value.scalarText
        }
        var shapes: [String: ModelShape] = [:]
        shapes.reserveCapacity(shapeEntries.count)
        for entry in shapeEntries {
            if let shape = shape(named: entry.keyText, entry.value) { shapes[shape.name] = shape }
        }
        var operations: [String: ModelOperation] = [:]
        for entry in entries.first(where: { $0.keyText == "operations" })?.value.mappingEntries ?? [] {
            guard let fields = entry.value.mappingEntries else {
                diagnostics.append(.malformedModel("operation '\(entry.keyText)' is not an object", at: entry.value.location))
                continue
            }
            let output = fields.first(where: { $0.keyText == "output" })?.value.mappingEntries?
                .first(where: { $0.keyText == "shape" })?.value.scalarText
            operations[entry.keyText] = ModelOperation(
                name: entry.keyText, output: output, documentation: documentation(fields), location: entry.key.location)
        }
        return ProviderModel(file: file, service: service, shapes: shapes, operations: operations)
    }

    mutating func shape(named name: String, _ node: Node) -> ModelShape? {
        guard let fields = node.mappingEntries else {
            diagnostics.append(.malformedModel("shape '\(name)' is not an object", at: node.location))
            return nil
        }
        func value(_ key: String) -> Node? { fields.first(where: { $0.keyText == key })?.value }
        guard let type = value("type")?.scalarText else {
            diagnostics.append(.malformedModel("shape '\(name)' has no 'type'", at: node.location))
            return nil
        }
        let kind: ModelShape.Kind
        switch type {
        case "string": kind = .string
        case "integer": kind = .integer
        case "long": kind = .long
        case "boolean": kind = .boolean
        case "double": kind = .double
        case "float": kind = .float
        case "timestamp": kind = .timestamp
        case "blob": kind = .blob
        case "structure":
            if value("document")?.scalarText == "true" {
                kind = .document
            } else {
                let members = self.members(of: name, value("members"), at: node.location)
                kind = value("union")?.scalarText == "true" ? .union(members) : .structure(members)
            }
        case "list":
            guard let element = target(value("member"), of: name, key: "member", at: node.location) else { return nil }
            kind = .list(element: element)
        case "map":
            guard let key = target(value("key"), of: name, key: "key", at: node.location),
                  let mapValue = target(value("value"), of: name, key: "value", at: node.location)
            else { return nil }
            kind = .map(key: key, value: mapValue)
        default:
            kind = .other(type)
        }
        let enumeration = type == "string" ? self.enumeration(of: name, value("enum")) : nil
        return ModelShape(name: name, kind: kind, documentation: documentation(fields), location: node.location, enumeration: enumeration)
    }

    /// A string shape's `enum`: its values in the model's order. Botocore gives no per-value
    /// descriptions and says nothing of openness, so both stay unknown (`nil`); values that are
    /// not strings are reported and left out.
    mutating func enumeration(of shape: String, _ node: Node?) -> ModelEnumeration? {
        guard let node else { return nil }
        guard let items = node.sequenceItems else {
            diagnostics.append(.malformedModel("'enum' of shape '\(shape)' is not a list", at: node.location))
            return nil
        }
        var values: [String] = []
        for item in items {
            guard case .scalar(let text, let style) = item.kind, style != .jsonLiteral, style != .plain else {
                diagnostics.append(.malformedModel("a value of 'enum' of shape '\(shape)' is not a string", at: item.location))
                continue
            }
            values.append(text)
        }
        return ModelEnumeration(values: values, descriptions: values.map { _ in nil }, isOpen: nil)
    }

    mutating func members(of shape: String, _ node: Node?, at location: SourceLocation) -> [ModelMember] {
        guard let node else { return [] }
        guard let entries = node.mappingEntries else {
            diagnostics.append(.malformedModel("members of shape '\(shape)' are not an object", at: node.location))
            return []
        }
        var members: [ModelMember] = []
        for entry in entries {
            guard let fields = entry.value.mappingEntries,
                  let target = fields.first(where: { $0.keyText == "shape" })?.value.scalarText
            else {
                diagnostics.append(.malformedModel("member '\(shape).\(entry.keyText)' names no shape", at: entry.value.location))
                continue
            }
            members.append(ModelMember(
                name: entry.keyText, target: target, documentation: documentation(fields), location: entry.key.location))
        }
        return members
    }

    mutating func target(_ node: Node?, of shape: String, key: String, at location: SourceLocation) -> String? {
        guard let target = node?.mappingEntries?.first(where: { $0.keyText == "shape" })?.value.scalarText else {
            diagnostics.append(.malformedModel("shape '\(shape)' has no '\(key)' shape", at: node?.location ?? location))
            return nil
        }
        return target
    }

    func documentation(_ fields: [Node.MappingEntry]) -> ModelDocumentation? {
        fields.first(where: { $0.keyText == "documentation" })?.value.scalarText.map(ModelDocumentation.html)
    }
}

extension Diagnostic {
    /// A JSON file without the `shapes` object every botocore model has.
    static func notAnAWSModel(file: String, at location: SourceLocation) -> Diagnostic {
        .error("'\(file)' is not an AWS service model: expected an object with 'shapes'", at: location)
    }

    /// A part of the model that does not have the form botocore models use.
    static func malformedModel(_ message: String, at location: SourceLocation) -> Diagnostic {
        .error("malformed AWS model: \(message)", at: location)
    }
}
