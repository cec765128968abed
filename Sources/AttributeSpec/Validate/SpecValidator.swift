/// Checks a loaded spec against the rules the generator relies on, collecting every problem.
///
/// Every diagnostic points at the text that causes it: a name, a type, a `fields` key.
public enum SpecValidator {
    /// Validates `spec`.
    ///
    /// - Returns: the validated spec when there is no error (warnings allowed), and every
    ///   problem found.
    public static func validate(_ spec: Spec) -> (spec: ValidatedSpec?, diagnostics: [Diagnostic]) {
        validate(spec, ignoringEmptyListsAt: [])
    }

    /// Validates `spec`, staying silent about lists at `ignoredEmptyLists` being empty: the
    /// loader already reported why their items are missing.
    static func validate(
        _ spec: Spec,
        ignoringEmptyListsAt ignoredEmptyLists: Set<SourceLocation>
    ) -> (spec: ValidatedSpec?, diagnostics: [Diagnostic]) {
        var validator = LevelValidator(ignoredEmptyLists: ignoredEmptyLists)
        validator.checkTable(spec)
        validator.checkLevel(spec.attributes, listName: "attributes", listLocation: spec.attributesLocation)
        let diagnostics = validator.diagnostics
        return (diagnostics.containsErrors ? nil : ValidatedSpec(validated: spec), diagnostics)
    }

    /// The file name without folders and extension: `Spec/aws_x.yaml` → `aws_x`.
    static func baseName(of path: String) -> String {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
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

    /// A type `swift_name` that is a keyword: Swift cannot declare or extend a type so named.
    static func keywordTypeName(_ name: String, at location: SourceLocation) -> Diagnostic {
        .error("swift_name '\(name)' is a Swift keyword and cannot name a generated type", at: location)
    }

    /// A resource whose derived type name is reserved or a keyword (`self` → `Self`,
    /// `swift` → `Swift`, which would hide the standard library's module name).
    static func reservedResourceTypeName(_ resource: String, typeName: String, at location: SourceLocation) -> Diagnostic {
        .error("resource '\(resource)' gives the type name '\(typeName)', which is reserved or a keyword; add a 'swift_name'", at: location)
    }

    /// A property `swift_name` that Swift forbids for members (`Type`, `Protocol`).
    static func reservedPropertyName(_ name: String, at location: SourceLocation) -> Diagnostic {
        .error("swift_name '\(name)' cannot name a property: Swift reserves 'x.\(name)' for the metatype", at: location)
    }

    /// A snake_case name from which no Swift identifier can be derived (`_`, `3d`).
    static func unrepresentableName(_ what: String, _ name: String, at location: SourceLocation) -> Diagnostic {
        .error("\(what) '\(name)' cannot become a Swift identifier; add a 'swift_name'", at: location)
    }

    /// A name used twice at one level.
    static func duplicateName(_ name: String, first: SourceLocation, at location: SourceLocation) -> Diagnostic {
        .error("duplicate name '\(name)'", at: location, note: "first defined on line \(first.line)")
    }

    /// A provider name used twice at one level.
    static func duplicateProviderName(_ name: String, first: SourceLocation, at location: SourceLocation) -> Diagnostic {
        .error("duplicate provider_name '\(name)'", at: location, note: "first used on line \(first.line)")
    }

    /// Two names at one level that become the same Swift identifier.
    static func swiftNameCollision(_ name: String, swiftName: String, other: String, otherLocation: SourceLocation, at location: SourceLocation) -> Diagnostic {
        .error(
            "'\(name)' becomes the Swift name '\(swiftName)', which '\(other)' on line \(otherLocation.line) already has",
            at: location
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

/// The walk over a spec's levels, collecting diagnostics.
private struct LevelValidator {
    let ignoredEmptyLists: Set<SourceLocation>
    var diagnostics: [Diagnostic] = []

    init(ignoredEmptyLists: Set<SourceLocation>) {
        self.ignoredEmptyLists = ignoredEmptyLists
    }

    mutating func checkTable(_ spec: Spec) {
        let resource = spec.resource
        let fileName = SpecValidator.baseName(of: spec.file)
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
            } else if SwiftNaming.typeKeywords.contains(swiftName.value) {
                diagnostics.append(.keywordTypeName(swiftName.value, at: swiftName.location))
            }
        } else if isSnakeCase {
            if let typeName = SwiftNaming.typeName(forSnakeCase: resource.value) {
                if SwiftNaming.reservedTypeNames.contains(typeName) || SwiftNaming.typeKeywords.contains(typeName) {
                    diagnostics.append(.reservedResourceTypeName(resource.value, typeName: typeName, at: resource.location))
                }
            } else {
                diagnostics.append(.unrepresentableName("resource", resource.value, at: resource.location))
            }
        }
    }

    /// Checks one level (`attributes` or one `fields` list) and recurses into nested fields.
    mutating func checkLevel(_ attributes: [Attribute], listName: String, listLocation: SourceLocation) {
        if attributes.isEmpty, !ignoredEmptyLists.contains(listLocation) {
            diagnostics.append(.emptyList(listName, at: listLocation))
        }
        var names: [String: SourceLocation] = [:]
        var providerNames: [String: SourceLocation] = [:]
        var swiftNames: [String: (name: String, location: SourceLocation)] = [:]
        for attribute in attributes {
            let name = attribute.name
            let isDuplicate = names[name.value] != nil
            if let first = names[name.value] {
                diagnostics.append(.duplicateName(name.value, first: first, at: name.location))
            } else {
                names[name.value] = name.location
            }
            if let swiftName = checkSwiftName(of: attribute), !isDuplicate {
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
            checkFields(of: attribute)
        }
    }

    /// Reports problems with the attribute's names and returns the Swift name it would get.
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
            if SwiftNaming.reservedMemberNames.contains(swiftName.value) {
                diagnostics.append(.reservedPropertyName(swiftName.value, at: swiftName.location))
            }
            return swiftName.value
        }
        guard isSnakeCase else { return nil }
        guard let derived = SwiftNaming.propertyName(forSnakeCase: name.value) else {
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

    mutating func checkFields(of attribute: Attribute) {
        let type = attribute.type
        switch (type.value.hasFields, attribute.fields, attribute.fieldsLocation) {
        case (true, let fields?, let location):
            checkLevel(fields, listName: "fields", listLocation: location ?? type.location)
        case (true, _, _):
            diagnostics.append(.missingFields(type: type.value, at: type.location))
        case (false, _?, let location?):
            diagnostics.append(.unexpectedFields(type: type.value, at: location))
        case (false, _?, nil):
            diagnostics.append(.unexpectedFields(type: type.value, at: type.location))
        case (false, nil, _):
            break
        }
    }
}
