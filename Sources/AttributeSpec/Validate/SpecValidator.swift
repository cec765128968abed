/// Checks a loaded spec against the rules the generator relies on, collecting every problem,
/// and decides every Swift name on the way.
///
/// Every diagnostic points at the text that causes it: a name, a type, a `fields` key.
public enum SpecValidator {
    /// Validates `spec`, naming acronyms in the `acronyms` style.
    ///
    /// - Returns: the validated spec with its Swift names when there is no error (warnings
    ///   allowed), and every problem found.
    public static func validate(
        _ spec: Spec,
        acronyms: AcronymStyle = .apiGuidelines
    ) -> (spec: ValidatedSpec?, diagnostics: [Diagnostic]) {
        validate(spec, acronyms: acronyms, ignoringEmptyListsAt: [])
    }

    /// Validates `spec`, staying silent about lists at `ignoredEmptyLists` being empty: the
    /// loader already reported why their items are missing.
    static func validate(
        _ spec: Spec,
        acronyms: AcronymStyle,
        ignoringEmptyListsAt ignoredEmptyLists: Set<SourceLocation>
    ) -> (spec: ValidatedSpec?, diagnostics: [Diagnostic]) {
        var validator = LevelValidator(ignoredEmptyLists: ignoredEmptyLists, acronyms: acronyms)
        let typeName = validator.checkTable(spec)
        let attributes = validator.checkLevel(
            spec.attributes,
            listName: "attributes",
            listLocation: spec.attributesLocation,
            typeName: typeName ?? ""
        )
        let diagnostics = validator.diagnostics
        guard !diagnostics.containsErrors, let typeName, let attributes else { return (nil, diagnostics) }
        return (ValidatedSpec(validated: spec, typeName: typeName, attributes: attributes), diagnostics)
    }

}

extension Diagnostic {
    /// A resource that does not repeat its file's name.
    static func resourceMismatch(_ resource: String, fileName: String, at location: SourceLocation) -> Diagnostic {
        .error("resource '\(resource)' does not match the file name '\(fileName)'", at: location)
    }

    /// A resource or attribute name outside `[a-z0-9_]+`.
    static func notSnakeCase(_ what: String, _ name: String, at location: SourceLocation) -> Diagnostic {
        .error("\(what) '\(name)' is not lowercase snake_case ([a-z0-9_]+)", at: location)
    }

    /// A `swift_name` that Swift cannot declare.
    static func invalidSwiftName(_ name: String, at location: SourceLocation) -> Diagnostic {
        .error("swift_name '\(name)' is not a valid Swift identifier", at: location)
    }

    /// A type `swift_name` that generated code already uses for something else.
    static func reservedTypeName(_ name: String, at location: SourceLocation) -> Diagnostic {
        .error("swift_name '\(name)' is reserved and cannot name a generated type", at: location)
    }

    /// A snake_case name from which no Swift identifier can be derived (`_`, `3d`).
    static func unrepresentableName(_ what: String, _ name: String, at location: SourceLocation) -> Diagnostic {
        .error("\(what) '\(name)' cannot become a Swift identifier; add a 'swift_name'", at: location)
    }

    /// A name used twice at one level.
    static func duplicateName(_ name: String, first: SourceLocation, at location: SourceLocation) -> Diagnostic {
        .error("duplicate name '\(name)'", at: location, note: "first defined here", noteLocation: first)
    }

    /// A provider name used twice at one level.
    static func duplicateProviderName(_ name: String, first: SourceLocation, at location: SourceLocation) -> Diagnostic {
        .error("duplicate provider_name '\(name)'", at: location, note: "first used here", noteLocation: first)
    }

    /// Two names at one level that become the same Swift identifier.
    static func swiftNameCollision(_ name: String, swiftName: String, other: String, otherLocation: SourceLocation, at location: SourceLocation) -> Diagnostic {
        .error(
            "'\(name)' becomes the Swift name '\(swiftName)', which '\(other)' already has",
            at: location,
            note: "'\(other)' becomes '\(swiftName)' here",
            noteLocation: otherLocation
        )
    }

    /// A provider name that is empty or has an empty dotted component.
    static func invalidProviderName(_ name: String, at location: SourceLocation) -> Diagnostic {
        if name.isEmpty {
            return .error("provider_name must not be empty", at: location)
        }
        return .error("provider_name '\(name)' has an empty component", at: location)
    }

    /// `fields` on a type that has none.
    static func unexpectedFields(type: AttributeType, at location: SourceLocation) -> Diagnostic {
        .error("type \(type.rawValue) does not take 'fields'", at: location)
    }

    /// A STRUCT or UNORDERED_LIST_STRUCT without `fields`.
    static func missingFields(type: AttributeType, at location: SourceLocation) -> Diagnostic {
        .error("type \(type.rawValue) requires 'fields'", at: location)
    }

    /// An `attributes` or `fields` list without items.
    static func emptyList(_ listName: String, at location: SourceLocation) -> Diagnostic {
        .error("'\(listName)' must not be empty", at: location)
    }
}

/// The walk over a spec's levels, collecting diagnostics and the names each level decides.
private struct LevelValidator {
    let ignoredEmptyLists: Set<SourceLocation>
    let acronyms: AcronymStyle
    var diagnostics: [Diagnostic] = []

    init(ignoredEmptyLists: Set<SourceLocation>, acronyms: AcronymStyle) {
        self.ignoredEmptyLists = ignoredEmptyLists
        self.acronyms = acronyms
    }

    /// Checks the table's own keys and returns the root type's name, if it has one.
    mutating func checkTable(_ spec: Spec) -> String? {
        let resource = spec.resource
        let fileName = String(FileName.stem(of: spec.file))
        if resource.value != fileName {
            diagnostics.append(.resourceMismatch(resource.value, fileName: fileName, at: resource.location))
        }
        let isSnakeCase = SwiftNaming.isSnakeCase(resource.value)
        if !isSnakeCase {
            diagnostics.append(.notSnakeCase("resource", resource.value, at: resource.location))
        }
        if let swiftName = spec.swiftName {
            if !SwiftNaming.isDeclarableIdentifier(swiftName.value) {
                diagnostics.append(.invalidSwiftName(swiftName.value, at: swiftName.location))
            } else if SwiftNaming.reservedTypeNames.contains(swiftName.value) {
                diagnostics.append(.reservedTypeName(swiftName.value, at: swiftName.location))
            } else {
                return swiftName.value
            }
            return nil
        }
        guard isSnakeCase else { return nil }
        guard let derived = SwiftNaming.typeName(forSnakeCase: resource.value, acronyms: acronyms) else {
            diagnostics.append(.unrepresentableName("resource", resource.value, at: resource.location))
            return nil
        }
        return derived
    }

    /// Checks one level (`attributes` or one `fields` list), recursing into nested fields.
    ///
    /// - Parameter typeName: the name of the type the level becomes; nested types avoid it.
    /// - Returns: the level's attributes with their names, or `nil` when a name is missing
    ///   (an error says why).
    mutating func checkLevel(
        _ attributes: [Attribute],
        listName: String,
        listLocation: SourceLocation,
        typeName: String
    ) -> [NamedAttribute]? {
        if attributes.isEmpty, !ignoredEmptyLists.contains(listLocation) {
            diagnostics.append(.emptyList(listName, at: listLocation))
        }
        var names: [String: SourceLocation] = [:]
        var providerNames: [String: SourceLocation] = [:]
        var swiftNames: [String: (name: String, location: SourceLocation)] = [:]
        var propertyNames: [String?] = []
        var wantedTypeNames: [String] = []
        for attribute in attributes {
            let name = attribute.name
            let isDuplicate = names[name.value] != nil
            if let first = names[name.value] {
                diagnostics.append(.duplicateName(name.value, first: first, at: name.location))
            } else {
                names[name.value] = name.location
            }
            let swiftName = checkSwiftName(of: attribute)
            propertyNames.append(swiftName)
            if let swiftName, !isDuplicate {
                let location = attribute.swiftName?.location ?? name.location
                if let other = swiftNames[swiftName] {
                    diagnostics.append(.swiftNameCollision(
                        name.value, swiftName: swiftName, other: other.name, otherLocation: other.location, at: location
                    ))
                } else {
                    swiftNames[swiftName] = (name.value, location)
                }
            }
            if let provider = attribute.providerName {
                checkProviderName(provider)
                if let first = providerNames[provider.value] {
                    diagnostics.append(.duplicateProviderName(provider.value, first: first, at: provider.location))
                } else {
                    providerNames[provider.value] = provider.location
                }
            }
            if attribute.type.value.hasFields, let swiftName {
                wantedTypeNames.append(nestedTypeName(of: attribute, propertyName: swiftName))
            }
        }
        // A nested type may not take its parent's name: inside the parent, the name would then
        // mean the child, and the parent's own extension would be ambiguous to a reader.
        var typeNames = SwiftNaming.uniqueTypeNames(wantedTypeNames, avoiding: [typeName])[...]
        var named: [NamedAttribute]? = []
        for (attribute, propertyName) in zip(attributes, propertyNames) {
            let nestedTypeName = attribute.type.value.hasFields && propertyName != nil ? typeNames.popFirst() : nil
            let fields = checkFields(of: attribute, typeName: nestedTypeName ?? "")
            guard let propertyName, let fields else {
                named = nil
                continue
            }
            named?.append(NamedAttribute(
                attribute: attribute, propertyName: propertyName, nestedTypeName: nestedTypeName, fields: fields
            ))
        }
        return named
    }

    /// The name a STRUCT's type or an UNORDERED_LIST_STRUCT's element type wants, before
    /// siblings and reserved names are avoided: from the `swift_name` when there is one,
    /// otherwise from the snake_case name with the same acronym rule as properties
    /// (`vpc_config` → `VPCConfig`, `policies` → `Policy`).
    private func nestedTypeName(of attribute: Attribute, propertyName: String) -> String {
        let structName = attribute.swiftName == nil
            ? SwiftNaming.typeName(forSnakeCase: attribute.name.value, acronyms: acronyms)
                ?? SwiftNaming.typeName(forProperty: propertyName)
            : SwiftNaming.typeName(forProperty: propertyName)
        return attribute.type.value == .unorderedListStruct
            ? SwiftNaming.elementTypeName(forListType: structName)
            : structName
    }

    /// Reports problems with the attribute's names and returns the Swift name it gets.
    mutating func checkSwiftName(of attribute: Attribute) -> String? {
        let name = attribute.name
        let isSnakeCase = SwiftNaming.isSnakeCase(name.value)
        if !isSnakeCase {
            diagnostics.append(.notSnakeCase("name", name.value, at: name.location))
        }
        if let swiftName = attribute.swiftName {
            guard SwiftNaming.isDeclarableIdentifier(swiftName.value) else {
                diagnostics.append(.invalidSwiftName(swiftName.value, at: swiftName.location))
                return nil
            }
            return swiftName.value
        }
        guard isSnakeCase else { return nil }
        guard let derived = SwiftNaming.propertyName(forSnakeCase: name.value, acronyms: acronyms) else {
            diagnostics.append(.unrepresentableName("name", name.value, at: name.location))
            return nil
        }
        return derived
    }

    mutating func checkProviderName(_ provider: Located<String>) {
        if Self.hasEmptyComponent(provider.value) {
            diagnostics.append(.invalidProviderName(provider.value, at: provider.location))
        }
    }

    /// Whether a dotted path has an empty component: it is empty, starts or ends with a dot,
    /// or has two dots in a row. ASCII is checked on bytes; other text by Character.
    static func hasEmptyComponent(_ path: String) -> Bool {
        let utf8 = path.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return path.split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty)
        }
        let dot = UInt8(ascii: ".")
        guard let first = utf8.first, let last = utf8.last, first != dot, last != dot else { return true }
        return zip(utf8, utf8.dropFirst()).contains { $0 == dot && $1 == dot }
    }

    /// Checks the attribute's `fields` against its type and returns them named: empty for a
    /// type without fields, `nil` when a problem leaves them unnamed.
    mutating func checkFields(of attribute: Attribute, typeName: String) -> [NamedAttribute]? {
        let type = attribute.type
        switch (type.value.hasFields, attribute.fields, attribute.fieldsLocation) {
        case (true, let fields?, let location):
            return checkLevel(fields, listName: "fields", listLocation: location ?? type.location, typeName: typeName)
        case (true, _, _):
            diagnostics.append(.missingFields(type: type.value, at: type.location))
            return nil
        case (false, _?, let location?):
            diagnostics.append(.unexpectedFields(type: type.value, at: location))
            return nil
        case (false, _?, nil):
            diagnostics.append(.unexpectedFields(type: type.value, at: type.location))
            return nil
        case (false, nil, _):
            return []
        }
    }
}
