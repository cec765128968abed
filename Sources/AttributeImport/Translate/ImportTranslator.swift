import AttributeSpec

/// Translates a provider model's shape into a `Spec`: one attribute per member, in snake_case,
/// sorted by name at every level, with plain-text descriptions.
///
/// Types: string (enums included) → STRING, integer → INT32, long → INT64, boolean → BOOLEAN,
/// double → DOUBLE, float → FLOAT, timestamp → TIMESTAMP, structure or union → STRUCT with
/// fields; list of string / integer / structure → UNORDERED_LIST_STRING / _INT32 / _STRUCT;
/// map of string to string → MAP_STRING_STRING.
///
/// A flattened member (Azure's `properties` bag) is not an attribute of its own: its
/// structure's members join the enclosing structure with a dotted provider path
/// (`properties.tenantId` → `tenant_id`); a flattened name that meets another is an error
/// naming both.
///
/// The rest, each with a warning naming the shape path:
/// - blob → STRING (the base64 text the JSON protocols carry); list of blob → UNORDERED_LIST_STRING.
/// - a 64-bit integer that travels as a JSON string (Google's `int64`, `uint64`) → STRING, and a
///   list of them → UNORDERED_LIST_STRING: the spec's INT64 reads and writes JSON numbers, so
///   only STRING gives the value back in the provider's own form (and `uint64` ids above
///   `Int64.max` fit no other type).
/// - list of lists, list of maps, lists of other scalars (long, boolean, double, float,
///   timestamp), maps other than string → string, documents, unknown types: left out, since
///   no spec type holds them.
/// - a structure reached again inside itself (recursion) or with no members: left out.
public struct ImportTranslator {
    /// How deep structures may nest before the rest is left out; real models stay far below.
    public static let maximumDepth = 24
    /// How many attributes one table may grow to. Shapes shared by many members are expanded at
    /// each use, so a hostile model could otherwise grow exponentially; real tables have hundreds.
    public static let maximumAttributes = 20_000

    let model: ProviderModel
    var diagnostics: [Diagnostic] = []
    /// Attributes produced so far, against `maximumAttributes`.
    var produced = 0

    /// Translates `request` against `model`.
    ///
    /// - Returns: the spec when there is no error, and every problem found.
    public static func translate(_ model: ProviderModel, _ request: ImportRequest) -> (spec: Spec?, diagnostics: [Diagnostic]) {
        var translator = ImportTranslator(model: model)
        let spec = translator.translate(request)
        return (translator.diagnostics.containsErrors ? nil : spec, translator.diagnostics)
    }

    init(model: ProviderModel) {
        self.model = model
    }

    /// The root structure a request names, with diagnostics for names that do not fit.
    mutating func rootShape(_ root: ImportRequest.Root) -> ModelShape? {
        let fileLocation = SourceLocation(file: model.file, line: 1, column: 1)
        let provider = model.provider
        let shapeName: String
        switch root {
        case .operation(let name):
            guard let operation = model.operations[name] else {
                diagnostics.append(.unknownOperation(name, file: model.file, word: provider.operationWord, suggestion: Suggestion.closest(
                    to: name, among: model.operations.keys.sorted()), at: fileLocation))
                return nil
            }
            guard let output = operation.output else {
                diagnostics.append(.error("\(provider.operationWord) '\(name)' has no output \(provider.shapeWord)", at: operation.location))
                return nil
            }
            shapeName = output
        case .shape(let name):
            shapeName = name
        }
        guard let shape = model.shapes[shapeName] else {
            let structures = model.shapes.values.filter { $0.members != nil }.map(\.name).sorted()
            diagnostics.append(.unknownShape(shapeName, file: model.file, word: provider.shapeWord, suggestion: Suggestion.closest(
                to: shapeName, among: structures), at: fileLocation))
            return nil
        }
        guard shape.members != nil else {
            diagnostics.append(.error(
                "\(provider.shapeWord) '\(shapeName)' is a \(shape.kindName), not a structure; only a structure can be a table", at: shape.location))
            return nil
        }
        return shape
    }

    mutating func translate(_ request: ImportRequest) -> Spec? {
        guard let root = rootShape(request.root), let members = root.members else { return nil }
        var attributes = self.attributes(members, path: root.name, visiting: [root.name])
        // A context attribute comes from the command line, not the model: a clash with a member
        // is reported at the member, where the model holds it.
        let byName = Dictionary(attributes.map { ($0.name.value, $0) }, uniquingKeysWith: { first, _ in first })
        var memberSwiftNames: [String: Attribute] = [:]
        for attribute in attributes {
            if let swiftName = Self.propertyName(attribute.name.value) {
                memberSwiftNames[swiftName] = attribute
            }
        }
        let contextLocation = SourceLocation(file: request.outputFile, line: 1, column: 1)
        var contextNames: Set<String> = []
        for context in request.context {
            guard contextNames.insert(context.name).inserted else {
                diagnostics.append(.error("context attribute '\(context.name)' is given twice", at: nil))
                continue
            }
            if let member = byName[context.name] {
                // The caller supplies the value instead of the member (`tags` as key:value strings
                // in place of the payload's list of Key/Value objects): the context attribute
                // takes the member's place, and the warning says how its value gets there.
                let memberName = member.providerName?.value ?? member.name.value
                diagnostics.append(.contextReplacesMember(
                    context, member: "\(root.name).\(memberName)", providerKey: memberName, at: member.location))
                attributes.removeAll { $0.name.value == context.name }
                memberSwiftNames = memberSwiftNames.filter { $0.value.name.value != context.name }
                attributes.append(Attribute(
                    name: Located(context.name, at: contextLocation),
                    type: Located(context.type, at: contextLocation),
                    location: contextLocation))
                continue
            }
            if let swiftName = Self.propertyName(context.name),
               let member = memberSwiftNames[swiftName] {
                let memberName = member.providerName?.value ?? member.name.value
                diagnostics.append(.error(
                    "context attribute '\(context.name)' becomes the Swift property '\(swiftName)', as member '\(root.name).\(memberName)' does",
                    at: member.location))
                continue
            }
            attributes.append(Attribute(
                name: Located(context.name, at: contextLocation),
                type: Located(context.type, at: contextLocation),
                location: contextLocation))
        }
        attributes.sort { $0.name.value.utf8.lexicographicallyPrecedes($1.name.value.utf8) }
        let description = root.documentation.map(\.plainText).flatMap { $0.isEmpty ? nil : $0 }
        return Spec(
            file: request.outputFile,
            resource: Located(request.resource, at: root.location),
            description: description.map { Located($0, at: root.location) },
            attributes: attributes,
            attributesLocation: root.location)
    }

    /// The attributes of a structure's members, sorted by name, with name collisions reported.
    mutating func attributes(_ members: [ModelMember], path: String, visiting: [String]) -> [Attribute] {
        var attributes: [Attribute] = []
        var owners: [String: String] = [:]
        var swiftOwners: [String: String] = [:]
        for entry in expanded(members, keys: [], path: path, visiting: visiting) {
            let member = entry.member
            let shown = entry.keys.joined(separator: ".")
            guard let attribute = attribute(member, keys: entry.keys, path: path + "." + shown, visiting: visiting) else { continue }
            if let other = owners[attribute.name.value] {
                diagnostics.append(.error(
                    "members '\(path).\(other)' and '\(path).\(shown)' both map to attribute name '\(attribute.name.value)'",
                    at: member.location))
                continue
            }
            // Different attribute names can still become one Swift property (`a1` and `a_1`),
            // which the spec's validation would reject after the file is written.
            if let swiftName = Self.propertyName(attribute.name.value) {
                if let other = swiftOwners[swiftName] {
                    diagnostics.append(.error(
                        "members '\(path).\(other)' and '\(path).\(shown)' both become the Swift property '\(swiftName)'",
                        at: member.location))
                    continue
                }
                swiftOwners[swiftName] = shown
            }
            owners[attribute.name.value] = shown
            attributes.append(attribute)
        }
        return attributes.sorted { $0.name.value.utf8.lexicographicallyPrecedes($1.name.value.utf8) }
    }

    /// The members a structure contributes, each with the provider keys that reach it: a
    /// flattened member whose shape is a structure gives its own members (flattened in turn),
    /// one key deeper; any other member is itself, one key.
    mutating func expanded(
        _ members: [ModelMember], keys: [String], path: String, visiting: [String]
    ) -> [(member: ModelMember, keys: [String])] {
        var result: [(member: ModelMember, keys: [String])] = []
        for member in members {
            // Flattened bags nest and fan out, so a hostile model could grow exponentially here,
            // before `attribute` counts anything: the same budget applies.
            if produced + result.count > Self.maximumAttributes {
                if produced <= Self.maximumAttributes {
                    diagnostics.append(.error(
                        "the table would have more than \(Self.maximumAttributes) attributes and fields; import a smaller shape", at: member.location))
                    produced = Self.maximumAttributes + 1
                }
                return result
            }
            guard member.flattened, let shape = model.shapes[member.target], case .structure(let inner) = shape.kind else {
                result.append((member, keys + [member.name]))
                continue
            }
            let memberPath = path + "." + (keys + [member.name]).joined(separator: ".")
            if let problem = Self.keyProblem(member.name) {
                diagnostics.append(.importTreatment(memberPath, "cannot be mapped: its name \(problem); left out", at: member.location))
                continue
            }
            if visiting.contains(shape.name) {
                diagnostics.append(.importTreatment(
                    memberPath, "refers back to structure '\(shape.name)' (a recursive shape); left out", at: member.location))
                continue
            }
            guard visiting.count < Self.maximumDepth else {
                diagnostics.append(.importTreatment(memberPath, "nests deeper than \(Self.maximumDepth) structures; left out", at: member.location))
                continue
            }
            result += expanded(inner, keys: keys + [member.name], path: path, visiting: visiting + [shape.name])
        }
        return result
    }

    /// One member's attribute, or `nil` when it is left out (with a warning) or wrong (with an error).
    ///
    /// - Parameter keys: the provider keys from the enclosing structure to the member (one,
    ///   or more through flattened members), which become its `provider_name`.
    mutating func attribute(_ member: ModelMember, keys: [String], path: String, visiting: [String]) -> Attribute? {
        produced += 1
        if produced == Self.maximumAttributes + 1 {
            diagnostics.append(.error("the table would have more than \(Self.maximumAttributes) attributes and fields; import a smaller shape", at: member.location))
        }
        guard produced <= Self.maximumAttributes else { return nil }
        guard let shape = model.shapes[member.target] else {
            diagnostics.append(.error("member '\(path)' refers to shape '\(member.target)', which the model does not define", at: member.location))
            return nil
        }
        guard let name = SnakeCaseNaming.snakeCase(member.name) else {
            diagnostics.append(.error("member '\(path)' has no letters or digits to name an attribute after", at: member.location))
            return nil
        }
        if let problem = Self.keyProblem(member.name) {
            // The member name becomes the attribute's provider_name, which the mapper follows
            // as a path: it must be one key of the provider path grammar. No spec can map it.
            diagnostics.append(.importTreatment(path, "cannot be mapped: its name \(problem); left out", at: member.location))
            return nil
        }
        guard Self.propertyName(name) != nil else {
            // No AWS model has such a member; a hand-written attribute with a `swift_name` can map it.
            diagnostics.append(.importTreatment(
                path, "has a name that starts with a digit ('\(name)'), which no Swift property can; left out "
                    + "(add it by hand with a swift_name)", at: member.location))
            return nil
        }
        let type: AttributeType
        var fields: [Attribute]?
        var enumeration = shape.kind == .string ? shape.enumeration : nil
        switch shape.kind {
        case .string: type = .string
        case .integer: type = .int32
        case .long: type = .int64
        case .integerText(let signed):
            diagnostics.append(.importTreatment(
                path, "is a 64-bit integer (\(signed ? "int64" : "uint64")) that travels as a JSON string; imported as STRING, "
                    + "which gives it back as the provider writes it", at: member.location))
            type = .string
        case .boolean: type = .boolean
        case .double: type = .double
        case .float: type = .float
        case .timestamp: type = .timestamp
        case .blob:
            diagnostics.append(.importTreatment(path, "is a blob; imported as STRING (its base64 text)", at: member.location))
            type = .string
        case .structure, .union:
            guard let nested = structureFields(shape, path: path, visiting: visiting, at: member.location) else { return nil }
            type = .structure
            fields = nested
        case .list(let elementName):
            guard let element = model.shapes[elementName] else {
                diagnostics.append(.error("list '\(path)' refers to shape '\(elementName)', which the model does not define", at: member.location))
                return nil
            }
            switch element.kind {
            case .string:
                type = .unorderedListString
                enumeration = element.enumeration
            case .integer: type = .unorderedListInt32
            case .integerText:
                diagnostics.append(.importTreatment(
                    path, "is a list of 64-bit integers that travel as JSON strings; imported as UNORDERED_LIST_STRING", at: member.location))
                type = .unorderedListString
            case .blob:
                diagnostics.append(.importTreatment(path, "is a list of blobs; imported as UNORDERED_LIST_STRING (base64 text)", at: member.location))
                type = .unorderedListString
            case .structure, .union:
                guard let nested = structureFields(element, path: path, visiting: visiting, at: member.location) else { return nil }
                type = .unorderedListStruct
                fields = nested
            default:
                let what = element.kindName == "list" || element.kindName == "map"
                    ? "a list of \(element.kindName)s" : "a list of \(element.kindName) values"
                diagnostics.append(.importTreatment(path, "is \(what), which no spec type holds; left out", at: member.location))
                return nil
            }
        case .map(let keyName, let valueName):
            guard model.shapes[keyName]?.kind == .string, model.shapes[valueName]?.kind == .string else {
                let value = model.shapes[valueName]?.kindName ?? "unknown"
                diagnostics.append(.importTreatment(path, "is a map of \(value) values; only maps of strings to strings have a spec type (MAP_STRING_STRING); left out", at: member.location))
                return nil
            }
            type = .mapStringString
        case .document:
            diagnostics.append(.importTreatment(path, "is a document (free-form JSON), which no spec type holds; left out", at: member.location))
            return nil
        case .other(let word):
            diagnostics.append(.importTreatment(path, "has type '\(word)', which has no spec equivalent; left out", at: member.location))
            return nil
        }
        let documentation = (member.documentation ?? shape.documentation).map(\.plainText) ?? ""
        if let model = enumeration {
            enumeration = Self.describingValues(model, from: documentation)
        }
        return Attribute(
            name: Located(name, at: member.location),
            type: Located(type, at: member.location),
            providerName: Located(keys.joined(separator: "."), at: member.location),
            description: documentation.isEmpty ? nil : Located(documentation, at: member.location),
            values: enumeration.map { knownValues($0, path: path, at: member.location) },
            valuesClosed: enumeration?.isOpen == false ? Located(true, at: member.location) : nil,
            fields: fields,
            location: member.location)
    }

    /// The enumeration with descriptions for the values the model leaves undescribed, where the
    /// member's documentation lists them (`` - `NVIDIA`: … ``), as AWS models do.
    static func describingValues(_ enumeration: ModelEnumeration, from documentation: String) -> ModelEnumeration {
        guard documentation.contains("- `") else { return enumeration }
        let listed = DocumentationText.valueDescriptions(in: documentation, values: Set(enumeration.values))
        guard !listed.isEmpty else { return enumeration }
        var described = enumeration
        described.descriptions = enumeration.values.indices.map { index in
            (index < enumeration.descriptions.count ? enumeration.descriptions[index] : nil) ?? listed[enumeration.values[index]]
        }
        return described
    }

    /// The known values of a model's enumeration, in the model's order, with the descriptions it
    /// gives. A value the spec cannot list (empty, or repeated) is reported and left out.
    mutating func knownValues(_ enumeration: ModelEnumeration, path: String, at location: SourceLocation) -> [KnownValue] {
        var seen: Set<String> = []
        var values: [KnownValue] = []
        for (index, value) in enumeration.values.enumerated() {
            guard !value.isEmpty, seen.insert(value).inserted else {
                let what = value.isEmpty ? "an empty value" : "the value '\(value)' twice"
                diagnostics.append(.importTreatment(path, "lists \(what) in its enumeration; left out of 'values'", at: location))
                continue
            }
            let description = index < enumeration.descriptions.count
                ? enumeration.descriptions[index].map { DocumentationText.plainText(fromText: $0) } : nil
            values.append(KnownValue(
                value: Located(value, at: location),
                description: description.flatMap { $0.isEmpty ? nil : Located($0, at: location) }))
        }
        return values
    }

    /// Why a member name cannot be one key of a provider path (`ProviderPath`), or `nil`: a `.`
    /// would make the mapper look for a nested key, and the grammar's other exclusions (`[`,
    /// `]`, white space, control characters) no mapper can follow.
    static func keyProblem(_ memberName: String) -> String? {
        // The provider path grammar allows what a YAML file may not hold (U+FFFF, C1 controls);
        // the written spec must load back (found by FuzzAzureOpenAPIReader).
        if let scalar = memberName.unicodeScalars.first(where: { isForbiddenInYAML($0.value) }) {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "holds U+" + String(repeating: "0", count: max(0, 4 - hex.utf8.count)) + hex + ", which a spec file cannot hold"
        }
        return switch ProviderPath.keyViolation(in: memberName) {
        case nil: nil
        case .forbidden("."): "holds '.', which a provider path reads as a step into a nested object"
        case .forbidden(let scalar): "holds \(ProviderPath.shown(scalar)), which a provider key may not hold"
        case .empty, .emptyKey: "is empty"
        }
    }

    /// The Swift property an attribute name becomes, with the default acronym style (the one
    /// `lint` applies to the written spec without a configuration); `nil` for a leading digit.
    static func propertyName(_ attributeName: String) -> String? {
        SwiftNaming.propertyName(forSnakeCase: attributeName, acronyms: .apiGuidelines)
    }

    /// The fields of a nested structure, or `nil` (with a warning) when it recurses, nests too
    /// deeply or has no members.
    mutating func structureFields(_ shape: ModelShape, path: String, visiting: [String], at location: SourceLocation) -> [Attribute]? {
        if visiting.contains(shape.name) {
            diagnostics.append(.importTreatment(path, "refers back to structure '\(shape.name)' (a recursive shape); left out", at: location))
            return nil
        }
        guard visiting.count < Self.maximumDepth else {
            diagnostics.append(.importTreatment(path, "nests deeper than \(Self.maximumDepth) structures; left out", at: location))
            return nil
        }
        let fields = attributes(shape.members ?? [], path: path, visiting: visiting + [shape.name])
        guard !fields.isEmpty else {
            diagnostics.append(.importTreatment(path, "is a structure with no importable members; left out", at: location))
            return nil
        }
        return fields
    }
}

extension Diagnostic {
    /// A shape name the model does not define; `word` is the provider's (`shape`, `schema`, `definition`).
    static func unknownShape(_ name: String, file: String, word: String, suggestion: String?, at location: SourceLocation) -> Diagnostic {
        .error("'\(file)' has no \(word) '\(name)'", at: location, note: suggestion.map { "did you mean '\($0)'?" })
    }

    /// An operation name the model does not define; `word` is the provider's (`operation`, `method`).
    static func unknownOperation(_ name: String, file: String, word: String, suggestion: String?, at location: SourceLocation) -> Diagnostic {
        .error("'\(file)' has no \(word) '\(name)'", at: location, note: suggestion.map { "did you mean '\($0)'?" })
    }

    /// A context attribute that takes a member's place, with how the caller supplies its value.
    static func contextReplacesMember(_ context: ContextAttribute, member: String, providerKey: String, at location: SourceLocation) -> Diagnostic {
        let supplied = context.name == "tags" && context.type == .unorderedListString
            ? "MappingContext.withAWSTags(payload[\"\(providerKey)\"], providerKey: \"\(providerKey)\") fills it from the payload's '\(providerKey)'"
                + " and marks that key read for strict mode"
            : "the caller supplies its value in the MappingContext; list '\(providerKey)' in the context's consumedProviderKeys"
                + " when it comes from the payload, so strict mode does not report the key as unread"
        return .warning("context attribute '\(context.name)' takes the place of member '\(member)': \(supplied)", at: location)
    }

    /// A member whose type has no direct spec equivalent, and what the import did with it.
    static func importTreatment(_ path: String, _ treatment: String, at location: SourceLocation) -> Diagnostic {
        .warning("member '\(path)' \(treatment)", at: location)
    }
}
