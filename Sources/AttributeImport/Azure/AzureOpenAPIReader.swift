import AttributeSpec

/// The Azure front end: reads an OpenAPI 2.0 document of Azure/azure-rest-api-specs
/// (`specification/keyvault/resource-manager/Microsoft.KeyVault/stable/2021-10-01/keyvault.json`)
/// into a `ProviderModel`, with the files its relative `$ref`s reach.
///
/// - Each definition of the document is a shape of its name; a definition of another file is
///   the shape `<path>#/definitions/<Name>`, the path resolved against the folder of the file
///   that refers to it (`../../../../../common-types/resource-management/v1/types.json`). A
///   file that cannot be read, or a definition it lacks, is an error at the `$ref`.
/// - `allOf`: the bases' members come first, in order, then the definition's own; an own
///   member of a base's name takes the base member's place. A cycle of bases is an error.
/// - A member named `properties` (the ARM resource's property bag) or marked
///   `x-ms-client-flatten` is flattened: translation lifts its structure's members into the
///   enclosing one with dotted provider paths (`properties.tenantId`).
/// - Types: `string` → string (`format: date-time` → timestamp, `byte` → blob); `integer` →
///   integer for `int32`, long otherwise (an unstated width is read as 64 bits so no value
///   is cut); `number` → float for `float`, double otherwise; `boolean`; `array` → list;
///   `object` (or no type) with `properties` or `allOf` → structure, with only
///   `additionalProperties` → map from string; any other schema → document.
/// - `enum` is kept on the shape with `x-ms-enum`'s name and openness (`modelAsString`).
/// - Operations: every `paths.<route>.<verb>` with an `operationId`; its output is the schema of
///   its `200` response, or else of its lowest 2xx response that has one.
public enum AzureOpenAPIReader {
    /// Reads a document's bytes.
    ///
    /// - Parameters:
    ///   - file: the document's path: diagnostics name it, and relative `$ref`s resolve against
    ///     its folder.
    ///   - loadFile: reads another file by its resolved path; `nil` when it cannot.
    /// - Returns: the model, or the problems that stopped reading it.
    public static func read(
        _ bytes: [UInt8], file: String, loadFile: @escaping (String) -> [UInt8]?
    ) -> (model: ProviderModel?, diagnostics: [Diagnostic]) {
        let root: Node?
        do {
            root = try JSONReader.read(bytes, file: file)
        } catch {
            return (nil, [error])
        }
        var reader = OpenAPITreeReader(rootFile: file, loadFile: loadFile)
        let model = reader.model(root)
        return (reader.diagnostics.containsErrors ? nil : model, reader.diagnostics)
    }

    /// `relative` resolved against the folder of `file`, with `.` and `..` steps folded away
    /// (`a/b/x.json` + `../c.json` → `a/c.json`); `..` past the start is kept.
    public static func resolve(_ relative: String, from file: String) -> String {
        var parts = relative.hasPrefix("/") ? [] : file.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
        let absolute = relative.hasPrefix("/") || file.hasPrefix("/")
        for part in relative.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                if let last = parts.last, last != "..", !(last.isEmpty && parts.count == 1) {
                    parts.removeLast()
                } else if !absolute {
                    parts.append("..")
                }
            default: parts.append(String(part))
            }
        }
        let joined = parts.joined(separator: "/")
        return absolute && !joined.hasPrefix("/") ? "/" + joined : joined
    }
}

/// Walks an OpenAPI document and the files it refers to.
private struct OpenAPITreeReader {
    let rootFile: String
    let loadFile: (String) -> [UInt8]?
    var diagnostics: [Diagnostic] = []
    var shapes: [String: ModelShape] = [:]
    /// Each file's definitions, by resolved path; `nil` for a file that could not be read.
    var definitions: [String: [Node.MappingEntry]?] = [:]
    /// Definitions to read: file and name.
    var pending: [(file: String, name: String)] = []
    var queued: Set<String> = []
    /// Each structure's `allOf` bases, merged once everything is read.
    var bases: [String: [(name: String, location: SourceLocation)]] = [:]

    init(rootFile: String, loadFile: @escaping (String) -> [UInt8]?) {
        self.rootFile = rootFile
        self.loadFile = loadFile
    }

    func shapeName(file: String, definition: String) -> String {
        file == rootFile ? definition : file + "#/definitions/" + definition
    }

    mutating func model(_ root: Node?) -> ProviderModel? {
        guard let root, let entries = root.mappingEntries,
              entries.contains(where: { $0.keyText == "swagger" || $0.keyText == "definitions" })
        else {
            diagnostics.append(.notAnOpenAPIDocument(file: rootFile, at: root?.location ?? SourceLocation(file: rootFile, line: 1, column: 1)))
            return nil
        }
        var own: [Node.MappingEntry] = []
        if let node = entries.first(where: { $0.keyText == "definitions" })?.value {
            if let list = node.mappingEntries {
                own = list
            } else {
                diagnostics.append(.malformedOpenAPI("'definitions' is not an object", at: node.location))
            }
        }
        definitions[rootFile] = own
        for entry in own {
            enqueue(file: rootFile, name: entry.keyText)
        }
        var operations: [String: ModelOperation] = [:]
        if let paths = entries.first(where: { $0.keyText == "paths" })?.value {
            readPaths(paths, into: &operations)
        }
        while !pending.isEmpty {
            let next = pending.removeFirst()
            guard let list = definitions[next.file] ?? nil,
                  let entry = list.first(where: { $0.keyText == next.name })
            else { continue }
            _ = schema(entry.value, name: shapeName(file: next.file, definition: next.name), file: next.file)
        }
        mergeBases()
        let title = entries.first(where: { $0.keyText == "info" })?.value.mappingEntries?.first(where: { $0.keyText == "title" })?.value.scalarText
        return ProviderModel(provider: .azure, file: rootFile, service: title, shapes: shapes, operations: operations)
    }

    mutating func enqueue(file: String, name: String) {
        let key = shapeName(file: file, definition: name)
        if queued.insert(key).inserted { pending.append((file, name)) }
    }

    mutating func readPaths(_ node: Node, into operations: inout [String: ModelOperation]) {
        guard let routes = node.mappingEntries else {
            diagnostics.append(.malformedOpenAPI("'paths' is not an object", at: node.location))
            return
        }
        for route in routes {
            for verb in route.value.mappingEntries ?? [] {
                guard let fields = verb.value.mappingEntries,
                      let idNode = fields.first(where: { $0.keyText == "operationId" })?.value
                else { continue }
                guard let id = idNode.scalarText, !id.isEmpty else {
                    diagnostics.append(.malformedOpenAPI("'operationId' is not a name", at: idNode.location))
                    continue
                }
                if operations[id] != nil {
                    diagnostics.append(.malformedOpenAPI("operationId '\(id)' is used twice", at: idNode.location))
                    continue
                }
                var output: String?
                let responses = fields.first(where: { $0.keyText == "responses" })?.value.mappingEntries ?? []
                let success = responses
                    .filter { $0.keyText.count == 3 && $0.keyText.hasPrefix("2") && $0.value.mappingEntries?.contains(where: { $0.keyText == "schema" }) == true }
                    .sorted { ($0.keyText == "200" ? "" : $0.keyText) < ($1.keyText == "200" ? "" : $1.keyText) }
                if let response = success.first,
                   let schemaNode = response.value.mappingEntries?.first(where: { $0.keyText == "schema" })?.value {
                    output = schema(schemaNode, name: id + ".response", file: rootFile)
                }
                operations[id] = ModelOperation(
                    name: id, output: output, documentation: ModelDocumentation.description(in: fields), location: idNode.location)
            }
        }
    }

    /// A `$ref`'s shape name, reading (and queueing) what it refers to; `nil` with an error
    /// when it refers to nothing that can be read.
    mutating func reference(_ node: Node, from file: String) -> String? {
        guard let text = node.scalarText else {
            diagnostics.append(.malformedOpenAPI("'$ref' is not a string", at: node.location))
            return nil
        }
        let parts = text.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let pointer = parts.count == 2 ? String(parts[1]) : ""
        let prefix = "/definitions/"
        guard pointer.hasPrefix(prefix), pointer.count > prefix.count, !pointer.dropFirst(prefix.count).contains("/") else {
            diagnostics.append(.error("$ref '\(text)' does not point at a definition ('<file>#/definitions/<Name>')", at: node.location))
            return nil
        }
        let name = Self.unescapePointer(pointer.dropFirst(prefix.count))
        let target = parts[0].isEmpty ? file : AzureOpenAPIReader.resolve(String(parts[0]), from: file)
        if definitions[target] == nil {
            definitions[target] = load(target, reference: text, at: node.location)
        }
        // A file that could not be read was reported where it was first referred to.
        guard let list = definitions[target] ?? nil else { return nil }
        guard list.contains(where: { $0.keyText == name }) else {
            diagnostics.append(.error(
                "$ref '\(text)' names no definition '\(name)' of '\(target)'", at: node.location,
                note: Suggestion.closest(to: name, among: list.map(\.keyText)).map { "did you mean '\($0)'?" }))
            return nil
        }
        enqueue(file: target, name: name)
        return shapeName(file: target, definition: name)
    }

    /// A JSON pointer step with `~1` read as `/` and `~0` as `~` (RFC 6901).
    static func unescapePointer(_ step: Substring) -> String {
        var result = ""
        var escaped = false
        for character in step {
            if escaped {
                result.append(character == "1" ? "/" : character == "0" ? "~" : character)
                escaped = false
            } else if character == "~" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        if escaped { result.append("~") }
        return result
    }

    /// Another file's definitions; `nil` (with an error at the `$ref`) when it cannot be read.
    mutating func load(_ path: String, reference: String, at location: SourceLocation) -> [Node.MappingEntry]? {
        guard let bytes = loadFile(path) else {
            diagnostics.append(.error("cannot read '\(path)', which $ref '\(reference)' refers to", at: location))
            return nil
        }
        let root: Node?
        do {
            root = try JSONReader.read(bytes, file: path)
        } catch {
            diagnostics.append(error)
            return nil
        }
        guard let entries = root?.mappingEntries?.first(where: { $0.keyText == "definitions" })?.value.mappingEntries else {
            diagnostics.append(.error("'\(path)', which $ref '\(reference)' refers to, has no 'definitions' object", at: location))
            return nil
        }
        return entries
    }

    /// Reads one schema as the shape `name`, returning the shape name a member refers to:
    /// the definition `$ref` names, or `name` itself.
    mutating func schema(_ node: Node, name: String, file: String) -> String? {
        guard let fields = node.mappingEntries else {
            diagnostics.append(.malformedOpenAPI("schema '\(name)' is not an object", at: node.location))
            return nil
        }
        func value(_ key: String) -> Node? { fields.first(where: { $0.keyText == key })?.value }
        if let reference = value("$ref") {
            return self.reference(reference, from: file)
        }
        let documentation = ModelDocumentation.description(in: fields)
        let type = value("type")?.scalarText
        let format = value("format")?.scalarText
        var enumeration: ModelEnumeration?
        let kind: ModelShape.Kind
        switch type {
        case "string":
            switch format {
            case "date-time": kind = .timestamp
            case "byte": kind = .blob
            default: kind = .string
            }
            enumeration = self.enumeration(fields, of: name)
        case "integer":
            kind = format == "int32" ? .integer : .long
        case "number":
            kind = format == "float" ? .float : .double
        case "boolean":
            kind = .boolean
        case "array":
            guard let items = value("items") else {
                diagnostics.append(.malformedOpenAPI("array '\(name)' has no 'items'", at: node.location))
                return nil
            }
            guard let element = schema(items, name: name + "[]", file: file) else { return nil }
            kind = .list(element: element)
        case "object", nil:
            if value("properties") != nil || value("allOf") != nil {
                kind = .structure(structureMembers(fields, name: name, file: file))
                if let additional = value("additionalProperties"), additional.scalarText != "false" {
                    diagnostics.append(.additionalPropertiesLeftOut(name, at: additional.location))
                }
            } else if let additional = value("additionalProperties"), additional.mappingEntries != nil {
                let key = name + "{key}"
                shapes[key] = ModelShape(name: key, kind: .string, documentation: nil, location: additional.location)
                guard let element = schema(additional, name: name + "{}", file: file) else { return nil }
                kind = .map(key: key, value: element)
            } else if type == nil, value("enum") != nil {
                kind = .string
                enumeration = self.enumeration(fields, of: name)
            } else {
                kind = .document
            }
        case let other?:
            kind = .other(other)
        }
        shapes[name] = ModelShape(name: name, kind: kind, documentation: documentation, location: node.location, enumeration: enumeration)
        return name
    }

    /// A structure's own members, recording its `allOf` bases for `mergeBases`.
    mutating func structureMembers(_ fields: [Node.MappingEntry], name: String, file: String) -> [ModelMember] {
        var members: [ModelMember] = []
        if let properties = fields.first(where: { $0.keyText == "properties" })?.value {
            if let entries = properties.mappingEntries {
                for entry in entries {
                    guard let target = schema(entry.value, name: name + "." + entry.keyText, file: file) else { continue }
                    let memberFields = entry.value.mappingEntries ?? []
                    let flatten = entry.keyText == "properties"
                        || memberFields.first(where: { $0.keyText == "x-ms-client-flatten" })?.value.scalarText == "true"
                    members.append(ModelMember(
                        name: entry.keyText, target: target, documentation: ModelDocumentation.description(in: memberFields),
                        location: entry.key.location, flattened: flatten))
                }
            } else {
                diagnostics.append(.malformedOpenAPI("'properties' of '\(name)' is not an object", at: properties.location))
            }
        }
        if let allOf = fields.first(where: { $0.keyText == "allOf" })?.value {
            guard let items = allOf.sequenceItems else {
                diagnostics.append(.malformedOpenAPI("'allOf' of '\(name)' is not a list", at: allOf.location))
                return members
            }
            var list: [(name: String, location: SourceLocation)] = []
            for (index, item) in items.enumerated() {
                if let base = schema(item, name: name + ".allOf[\(index)]", file: file) {
                    list.append((base, item.location))
                }
            }
            bases[name] = list
        }
        return members
    }

    /// Puts every structure's `allOf` bases' members before its own.
    mutating func mergeBases() {
        var merged: [String: [ModelMember]] = [:]
        for name in bases.keys.sorted() {
            _ = mergedMembers(name, chain: [], merged: &merged)
        }
        for (name, members) in merged {
            guard var shape = shapes[name], case .structure = shape.kind else { continue }
            shape.kind = .structure(members)
            shapes[name] = shape
        }
    }

    mutating func mergedMembers(_ name: String, chain: [String], merged: inout [String: [ModelMember]]) -> [ModelMember] {
        if let done = merged[name] { return done }
        guard let shape = shapes[name], case .structure(let own) = shape.kind else { return [] }
        var members: [ModelMember] = []
        for base in bases[name] ?? [] {
            if chain.contains(base.name) || base.name == name {
                diagnostics.append(.error("'allOf' of '\(name)' leads back to '\(base.name)'", at: base.location))
                continue
            }
            guard let baseShape = shapes[base.name] else { continue }
            guard case .structure = baseShape.kind else {
                diagnostics.append(.warning(
                    "'allOf' of '\(name)' names '\(base.name)', a \(baseShape.kindName), not an object; ignored", at: base.location))
                continue
            }
            for member in mergedMembers(base.name, chain: chain + [name], merged: &merged) {
                if let index = members.firstIndex(where: { $0.name == member.name }) {
                    members[index] = member
                } else {
                    members.append(member)
                }
            }
        }
        for member in own {
            if let index = members.firstIndex(where: { $0.name == member.name }) {
                members[index] = member
            } else {
                members.append(member)
            }
        }
        merged[name] = members
        return members
    }

    /// `enum` with `x-ms-enum`'s name and `modelAsString`.
    mutating func enumeration(_ fields: [Node.MappingEntry], of name: String) -> ModelEnumeration? {
        guard let node = fields.first(where: { $0.keyText == "enum" })?.value else { return nil }
        guard let values = ModelEnumeration.values(of: node, owner: name, diagnostics: &diagnostics, malformed: { .malformedOpenAPI($0, at: $1) }) else {
            return nil
        }
        let extensionFields = fields.first(where: { $0.keyText == "x-ms-enum" })?.value.mappingEntries
        let enumName = extensionFields?.first(where: { $0.keyText == "name" })?.value.scalarText
        let open: Bool? = switch extensionFields?.first(where: { $0.keyText == "modelAsString" })?.value.scalarText {
        case "true": true
        case "false": false
        default: nil
        }
        var descriptions = [String?](repeating: nil, count: values.count)
        for entry in extensionFields?.first(where: { $0.keyText == "values" })?.value.sequenceItems ?? [] {
            guard let described = entry.mappingEntries,
                  let value = described.first(where: { $0.keyText == "value" })?.value.scalarText,
                  let index = values.firstIndex(of: value)
            else { continue }
            descriptions[index] = described.first(where: { $0.keyText == "description" })?.value.scalarText
        }
        return ModelEnumeration(values: values, descriptions: descriptions, name: enumName, isOpen: open)
    }
}

extension Diagnostic {
    /// A JSON file without the `swagger` or `definitions` key of an OpenAPI 2.0 document.
    static func notAnOpenAPIDocument(file: String, at location: SourceLocation) -> Diagnostic {
        .error("'\(file)' is not an OpenAPI 2.0 document: expected an object with 'swagger' and 'definitions'", at: location)
    }

    /// An object with named properties that also allows other keys, which no spec type holds.
    static func additionalPropertiesLeftOut(_ name: String, at location: SourceLocation) -> Diagnostic {
        .warning("'\(name)' has both 'properties' and 'additionalProperties'; the named properties are imported, other keys are left out", at: location)
    }

    /// A part of an OpenAPI document that does not have the form OpenAPI 2.0 uses.
    static func malformedOpenAPI(_ message: String, at location: SourceLocation) -> Diagnostic {
        .error("malformed OpenAPI document: \(message)", at: location)
    }
}
