/// Turns a located document tree into a `Spec`, reporting every misplaced, misspelled,
/// missing or wrongly shaped key on the way.
public enum SpecLoader {
    /// The keys a spec file may hold at its top level, in the order suggestions prefer them.
    public static let topLevelKeys = SpecKey.keys(at: .table).map(\.rawValue)
    /// The top-level key that points editors at the JSON Schema (`"$schema": "attribute-spec.schema.json"`);
    /// accepted and ignored so JSON specs can name their schema as YAML specs do in a comment.
    public static let schemaKey = "$schema"
    /// The keys an attribute or field may hold.
    public static let attributeKeys = SpecKey.keys(at: .attribute).map(\.rawValue)

    /// Loads a spec from the tree a reader produced.
    ///
    /// - Parameters:
    ///   - root: the document's root, `nil` for an empty document.
    ///   - file: the spec's path; a `.json` extension means plain scalars are JSON numbers.
    /// - Returns: the spec whenever the file has a `resource` string and an `attributes`
    ///   key, even when some attributes had errors (they are left out); and every problem found.
    public static func load(_ root: Node?, file: String) -> (spec: Spec?, diagnostics: [Diagnostic]) {
        let result = loadCollectingDrops(root, file: file)
        return (result.spec, result.diagnostics)
    }

    /// What `load` returns, plus the lists that lost items to errors.
    struct Result {
        var spec: Spec?
        var diagnostics: [Diagnostic]
        /// Locations of the `attributes`/`fields` keys whose lists lost items to load errors,
        /// so that an "empty list" complaint about them can be left out as a mere consequence.
        var listsWithDroppedItems: Set<SourceLocation>
    }

    /// Loads a spec and remembers which lists lost items.
    static func loadCollectingDrops(_ root: Node?, file: String) -> Result {
        var loader = TreeLoader(file: file)
        let spec = loader.loadSpec(root)
        return Result(spec: spec, diagnostics: loader.diagnostics, listsWithDroppedItems: loader.dropped)
    }
}

extension Diagnostic {
    /// A spec file without any content.
    static func emptySpecFile(at location: SourceLocation) -> Diagnostic {
        .error("spec file is empty; expected a mapping with 'resource' and 'attributes'", at: location)
    }

    /// A key the format does not define, with the closest known key when there is one.
    static func unknownKey(_ key: String, suggestion: String?, at location: SourceLocation) -> Diagnostic {
        .error("unknown key '\(key)'", at: location, note: suggestion.map { "did you mean '\($0)'?" })
    }

    /// A required key that is absent from a mapping.
    static func missingKey(_ key: String, at location: SourceLocation) -> Diagnostic {
        .error("missing required key '\(key)'", at: location)
    }

    /// A top-level mapping without `resource`: most often a file that is not a spec at all (a
    /// JSON payload, a fixture) put under `Spec/`, where every such file is read as a spec.
    static func missingResource(at location: SourceLocation) -> Diagnostic {
        .error("missing required key 'resource'", at: location, note: CodegenFileRules.notASpecNote)
    }

    /// A value of the wrong shape: `expected a string for 'name', found a number`.
    static func wrongShape(expected: String, found: String, at location: SourceLocation) -> Diagnostic {
        .error("expected \(expected), found \(found)", at: location)
    }

    /// A `timestamp_format` that is not one of the known forms.
    static func unknownTimestampFormat(_ name: String, suggestion: String?, at location: SourceLocation) -> Diagnostic {
        let known = TimestampFormat.allCases.map(\.rawValue).joined(separator: ", ")
        return .error("unknown timestamp_format '\(name)'", at: location, note: suggestion.map { "did you mean '\($0)'?" } ?? "expected one of \(known)")
    }

    /// A `deprecated` message without any text.
    static func emptyDeprecationMessage(at location: SourceLocation) -> Diagnostic {
        .error("'deprecated' message must not be empty; write 'deprecated: true' for none", at: location)
    }

    /// A type name that is not one of the twelve types.
    static func unknownType(_ name: String, suggestion: String?, at location: SourceLocation) -> Diagnostic {
        .error("unknown type '\(name)'", at: location, note: suggestion.map { "did you mean '\($0)'?" })
    }
}

/// The state of one load: the file's conventions and the problems found so far.
private struct TreeLoader {
    let file: String
    /// JSON has numbers, YAML (read as text, like PyYAML's `BaseLoader`) does not: a plain
    /// scalar is a string in YAML and a number in JSON.
    let isJSON: Bool
    var diagnostics: [Diagnostic] = []
    var dropped: Set<SourceLocation> = []

    init(file: String) {
        self.file = file
        isJSON = file.lowercased().hasSuffix(".json")
    }

    mutating func loadSpec(_ root: Node?) -> Spec? {
        guard let root else {
            diagnostics.append(.emptySpecFile(at: SourceLocation(file: file, line: 1, column: 1)))
            return nil
        }
        guard let entries = mapping(root, expected: "a mapping at the top level") else { return nil }

        var resource: Located<String>?
        var description: Located<String>?
        var swiftName: Located<String>?
        var timestampFormat: Located<TimestampFormat>?
        var attributes: (items: [Attribute], location: SourceLocation)?
        var sawResource = false
        for entry in entries {
            if entry.keyText == SpecLoader.schemaKey {
                // Editors read it to find the JSON Schema; it says nothing about the table.
                continue
            }
            guard let key = SpecKey.named(entry.keyText, at: .table) else {
                unknownKey(entry.key, among: SpecLoader.topLevelKeys)
                continue
            }
            switch key {
            case .resource:
                sawResource = true
                resource = string(entry)
            case .description:
                description = string(entry)
            case .swiftName:
                swiftName = string(entry)
            case .timestampFormat:
                timestampFormat = self.timestampFormat(entry)
            case .attributes:
                attributes = (attributeList(entry), entry.key.location)
            case .name, .type, .providerName, .elementSwiftName, .values, .valuesClosed, .deprecated, .pinned, .fields:
                // `SpecKey.named` does not return attribute-only keys at the table level.
                unknownKey(entry.key, among: SpecLoader.topLevelKeys)
            }
        }
        if !sawResource { diagnostics.append(.missingResource(at: root.location)) }
        if attributes == nil { diagnostics.append(.missingKey("attributes", at: root.location)) }
        guard let resource, let attributes else { return nil }
        return Spec(
            file: file,
            resource: resource,
            description: description,
            swiftName: swiftName,
            timestampFormat: timestampFormat,
            attributes: attributes.items,
            attributesLocation: attributes.location
        )
    }

    /// The attributes of an `attributes` or `fields` entry; items with fatal errors are left out.
    mutating func attributeList(_ entry: Node.MappingEntry) -> [Attribute] {
        guard let items = entry.value.sequenceItems else {
            diagnostics.append(.wrongShape(expected: "a list for '\(entry.keyText)'", found: describe(entry.value), at: entry.value.location))
            dropped.insert(entry.key.location)
            return []
        }
        var attributes: [Attribute] = []
        for item in items {
            if let attribute = attribute(item) {
                attributes.append(attribute)
            } else {
                dropped.insert(entry.key.location)
            }
        }
        return attributes
    }

    mutating func attribute(_ node: Node) -> Attribute? {
        guard let entries = mapping(node, expected: "a mapping for each attribute") else { return nil }
        var name: Located<String>?
        var type: Located<AttributeType>?
        var providerName: Located<String>?
        var description: Located<String>?
        var swiftName: Located<String>?
        var timestampFormat: Located<TimestampFormat>?
        var elementSwiftName: Located<String>?
        var deprecated: Located<Deprecation>?
        var pinned: Located<Bool>?
        var values: [KnownValue]?
        var valuesLocation: SourceLocation?
        var valuesClosed: Located<Bool>?
        var fields: [Attribute]?
        var fieldsLocation: SourceLocation?
        var sawName = false
        var sawType = false
        for entry in entries {
            guard let key = SpecKey.named(entry.keyText, at: .attribute) else {
                unknownKey(entry.key, among: SpecLoader.attributeKeys)
                continue
            }
            switch key {
            case .name:
                sawName = true
                name = string(entry)
            case .type:
                sawType = true
                type = attributeType(entry)
            case .providerName:
                providerName = string(entry)
            case .description:
                description = string(entry)
            case .swiftName:
                swiftName = string(entry)
            case .timestampFormat:
                timestampFormat = self.timestampFormat(entry)
            case .elementSwiftName:
                elementSwiftName = string(entry)
            case .deprecated:
                deprecated = deprecation(entry)
            case .pinned:
                pinned = boolean(entry)
            case .values:
                values = knownValues(entry)
                valuesLocation = entry.key.location
            case .valuesClosed:
                valuesClosed = boolean(entry)
            case .fields:
                fields = attributeList(entry)
                fieldsLocation = entry.key.location
            case .resource, .attributes:
                // `SpecKey.named` does not return table-only keys at the attribute level.
                unknownKey(entry.key, among: SpecLoader.attributeKeys)
            }
        }
        if !sawName { diagnostics.append(.missingKey("name", at: node.location)) }
        if !sawType { diagnostics.append(.missingKey("type", at: node.location)) }
        guard let name, let type else { return nil }
        return Attribute(
            name: name,
            type: type,
            providerName: providerName,
            description: description,
            swiftName: swiftName,
            timestampFormat: timestampFormat,
            elementSwiftName: elementSwiftName,
            values: values,
            valuesLocation: valuesLocation,
            valuesClosed: valuesClosed,
            deprecated: deprecated,
            pinned: pinned,
            fields: fields,
            fieldsLocation: fieldsLocation,
            location: node.location
        )
    }

    mutating func attributeType(_ entry: Node.MappingEntry) -> Located<AttributeType>? {
        guard let text = string(entry) else { return nil }
        if let type = AttributeType(rawValue: text.value) {
            return Located(type, at: text.location)
        }
        let names = AttributeType.allCases.map(\.rawValue)
        diagnostics.append(.unknownType(text.value, suggestion: Suggestion.closest(to: text.value, among: names), at: text.location))
        return nil
    }

    mutating func timestampFormat(_ entry: Node.MappingEntry) -> Located<TimestampFormat>? {
        guard let text = string(entry) else { return nil }
        if let format = TimestampFormat(rawValue: text.value) {
            return Located(format, at: text.location)
        }
        let names = TimestampFormat.allCases.map(\.rawValue)
        diagnostics.append(.unknownTimestampFormat(text.value, suggestion: Suggestion.closest(to: text.value, among: names), at: text.location))
        return nil
    }

    /// `deprecated: true` (no message), `false` (not deprecated) or a message. Booleans are
    /// JSON's literals, or YAML's plain `true`/`false` (any case YAML 1.2 allows); any other
    /// string, quoted or not, is the message.
    mutating func deprecation(_ entry: Node.MappingEntry) -> Located<Deprecation>? {
        let node = entry.value
        guard case .scalar(let text, let style) = node.kind else {
            diagnostics.append(.wrongShape(expected: "true or a message for 'deprecated'", found: describe(node), at: node.location))
            return nil
        }
        let isBoolean = style == .jsonLiteral || (style == .plain && !isJSON)
        if isBoolean, ["true", "True", "TRUE"].contains(text) {
            return Located(Deprecation(), at: node.location)
        }
        if isBoolean, ["false", "False", "FALSE"].contains(text) {
            return nil
        }
        guard isString(style) else {
            diagnostics.append(.wrongShape(expected: "true or a message for 'deprecated'", found: describe(node), at: node.location))
            return nil
        }
        guard text.contains(where: { !$0.isWhitespace }) else {
            diagnostics.append(.emptyDeprecationMessage(at: node.location))
            return nil
        }
        return Located(Deprecation(message: text), at: node.location)
    }

    /// The list of a `values` key: each item a string, or a mapping with a string `value` and an
    /// optional string `description`. Items with errors are reported and left out.
    mutating func knownValues(_ entry: Node.MappingEntry) -> [KnownValue]? {
        guard let items = entry.value.sequenceItems else {
            diagnostics.append(.wrongShape(expected: "a list for 'values'", found: describe(entry.value), at: entry.value.location))
            return nil
        }
        var values: [KnownValue] = []
        for item in items {
            if case .scalar(let text, let style) = item.kind, isString(style) {
                values.append(KnownValue(value: Located(text, at: item.location)))
                continue
            }
            guard let members = item.mappingEntries else {
                diagnostics.append(.wrongShape(expected: "a string or a mapping with 'value' for each value", found: describe(item), at: item.location))
                continue
            }
            var value: Located<String>?
            var description: Located<String>?
            var sawValue = false
            let keys = [KnownValue.valueKey, KnownValue.descriptionKey]
            for member in members {
                switch member.keyText {
                case KnownValue.valueKey:
                    sawValue = true
                    value = string(member)
                case KnownValue.descriptionKey:
                    description = string(member)
                default:
                    unknownKey(member.key, among: keys)
                }
            }
            if !sawValue { diagnostics.append(.missingKey(KnownValue.valueKey, at: item.location)) }
            if let value { values.append(KnownValue(value: value, description: description)) }
        }
        return values
    }

    /// `true` or `false`: JSON's literals, or YAML's plain `true`/`false` (any case YAML 1.2 allows).
    mutating func boolean(_ entry: Node.MappingEntry) -> Located<Bool>? {
        let node = entry.value
        if case .scalar(let text, let style) = node.kind, style == .jsonLiteral || (style == .plain && !isJSON) {
            if ["true", "True", "TRUE"].contains(text) { return Located(true, at: node.location) }
            if ["false", "False", "FALSE"].contains(text) { return Located(false, at: node.location) }
        }
        diagnostics.append(.wrongShape(expected: "true or false for '\(entry.keyText)'", found: describe(node), at: node.location))
        return nil
    }

    // MARK: Shapes

    mutating func mapping(_ node: Node, expected: String) -> [Node.MappingEntry]? {
        if let entries = node.mappingEntries { return entries }
        diagnostics.append(.wrongShape(expected: expected, found: describe(node), at: node.location))
        return nil
    }

    /// The entry's value as text, or `nil` after reporting that it is not a string.
    mutating func string(_ entry: Node.MappingEntry) -> Located<String>? {
        let node = entry.value
        if case .scalar(let text, let style) = node.kind, isString(style) {
            return Located(text, at: node.location)
        }
        diagnostics.append(.wrongShape(expected: "a string for '\(entry.keyText)'", found: describe(node), at: node.location))
        return nil
    }

    func isString(_ style: Node.ScalarStyle) -> Bool {
        switch style {
        case .plain: !isJSON
        case .singleQuoted, .doubleQuoted, .literal, .folded: true
        case .jsonLiteral: false
        }
    }

    /// How a node reads in a "found …" message.
    func describe(_ node: Node) -> String {
        guard case .scalar(let text, let style) = node.kind else { return node.shapeDescription }
        switch style {
        case .jsonLiteral: return text == "null" ? "null" : "a boolean"
        case .plain where isJSON: return "a number"
        case .plain where text.isEmpty: return "an empty value"
        default: return "a string"
        }
    }

    mutating func unknownKey(_ key: Node, among known: [String]) {
        let text = key.scalarText ?? ""
        diagnostics.append(.unknownKey(text, suggestion: Suggestion.closest(to: text, among: known), at: key.location))
    }
}
