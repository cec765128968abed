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
    static func invalidSwiftName(_ name: String, key: String = "swift_name", at location: SourceLocation) -> Diagnostic {
        .error("\(key) '\(name)' is not a valid Swift identifier", at: location)
    }

    /// A type `swift_name` that generated code already uses for something else.
    static func reservedTypeName(_ name: String, key: String = "swift_name", at location: SourceLocation) -> Diagnostic {
        .error("\(key) '\(name)' is reserved and cannot name a generated type", at: location)
    }

    /// A type `swift_name` that is a keyword: Swift cannot declare or extend a type so named.
    static func keywordTypeName(_ name: String, key: String = "swift_name", at location: SourceLocation) -> Diagnostic {
        .error("\(key) '\(name)' is a Swift keyword and cannot name a generated type", at: location)
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

    /// A provider name outside the provider path grammar (`ProviderPath`).
    static func invalidProviderName(_ name: String, violation: ProviderPath.Violation, at location: SourceLocation) -> Diagnostic {
        switch violation {
        case .empty:
            return .error("provider_name must not be empty", at: location)
        case .emptyKey:
            return .error("provider_name '\(name)' has an empty component", at: location)
        case .forbidden(let scalar):
            let shown = ProviderPath.shown(scalar)
            let note = scalar == "[" || scalar == "]"
                ? "list elements cannot be addressed; map the list as UNORDERED_LIST_STRUCT with fields"
                : "a provider path is keys joined by '.'; a key may not hold '[', ']', white space or control characters"
            return .error("provider_name '\(name.debugDescription.dropFirst().dropLast())' is not a provider path: \(shown) is not allowed in a key", at: location, note: note)
        }
    }

    /// Two provider paths at one level where one continues the other (`Configuration` and
    /// `Configuration.FunctionName`): writing both back would let one overwrite the other.
    static func overlappingProviderNames(
        _ name: String, attribute: String, other: String, otherAttribute: String, otherLocation: SourceLocation, at location: SourceLocation
    ) -> Diagnostic {
        .error(
            "provider_name '\(name)' of '\(attribute)' overlaps provider_name '\(other)' of '\(otherAttribute)' on line \(otherLocation.line)",
            at: location,
            note: "one provider value may feed only one attribute; read the inner key as a field of the outer STRUCT instead"
        )
    }

    /// `timestamp_format` on an attribute that is not a `TIMESTAMP`.
    static func timestampFormatOnNonTimestamp(type: AttributeType, at location: SourceLocation) -> Diagnostic {
        .error("timestamp_format applies only to TIMESTAMP attributes, not \(type.rawValue)", at: location)
    }

    /// `fields` on a type that has none.
    static func unexpectedFields(type: AttributeType, at location: SourceLocation) -> Diagnostic {
        .error("type \(type.rawValue) does not take 'fields'", at: location)
    }

    /// A STRUCT or UNORDERED_LIST_STRUCT without `fields`.
    static func missingFields(type: AttributeType, at location: SourceLocation) -> Diagnostic {
        .error("type \(type.rawValue) requires 'fields'", at: location)
    }

    /// `element_swift_name` on an attribute whose type has no element type to name.
    static func misplacedElementSwiftName(type: AttributeType, at location: SourceLocation) -> Diagnostic {
        .error("'element_swift_name' applies to UNORDERED_LIST_STRUCT only, not \(type.rawValue); use 'swift_name' for the property", at: location)
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
        let fileName = String(CodegenFileRules.stem(of: spec.file))
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
        if SwiftNaming.reservedTypeNames.contains(derived) || SwiftNaming.typeKeywords.contains(derived) {
            diagnostics.append(.reservedResourceTypeName(resource.value, typeName: derived, at: resource.location))
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
        // Provider paths by their UTF-8 bytes, as the mapper identifies keys; and every proper
        // prefix (ending before a '.') of the paths seen so far, to find overlaps.
        var providerNames: [[UInt8]: (attribute: String, path: Located<String>)] = [:]
        var providerPrefixes: [[UInt8]: (attribute: String, path: Located<String>)] = [:]
        var swiftNames: [String: (name: String, location: SourceLocation)] = [:]
        var propertyNames: [String?] = []
        var wantedTypeNames: [String] = []
        var valueConstants: [[String?]?] = []
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
                // A deprecated property also declares its private storage.
                if attribute.deprecated != nil {
                    let storage = SwiftNaming.deprecatedStorageName(forProperty: swiftName)
                    if let other = swiftNames[storage] {
                        diagnostics.append(.swiftNameCollision(
                            name.value, swiftName: storage, other: other.name, otherLocation: other.location, at: location
                        ))
                    } else {
                        swiftNames[storage] = (name.value, location)
                    }
                }
            }
            if let provider = attribute.providerName, checkProviderName(provider) {
                let bytes = Array(provider.value.utf8)
                if let first = providerNames[bytes] {
                    diagnostics.append(.duplicateProviderName(provider.value, first: first.path.location, at: provider.location))
                } else {
                    checkOverlap(provider, of: name.value, bytes: bytes, paths: providerNames, prefixes: providerPrefixes)
                    providerNames[bytes] = (name.value, provider)
                    for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: ".") && providerPrefixes[Array(bytes[..<index])] == nil {
                        providerPrefixes[Array(bytes[..<index])] = (name.value, provider)
                    }
                }
            }
            if let format = attribute.timestampFormat, attribute.type.value != .timestamp {
                diagnostics.append(.timestampFormatOnNonTimestamp(type: attribute.type.value, at: format.location))
            }
            checkElementSwiftName(of: attribute)
            valueConstants.append(KnownValueRules.check(attribute, diagnostics: &diagnostics))
            if attribute.type.value.hasFields, let swiftName {
                wantedTypeNames.append(nestedTypeName(of: attribute, propertyName: swiftName))
            }
        }
        // A nested type may not take its parent's name: inside the parent, the name would then
        // mean the child, and the parent's own extension would be ambiguous to a reader. Nor a
        // property's name at its level (a `swift_name` such as `Timestamp`): in the parent's
        // initialisers `Timestamp.self` would be ambiguous between the property and the type.
        var typeNames = wantedTypeNames.isEmpty ? [] : SwiftNaming.uniqueTypeNames(
            wantedTypeNames, avoiding: Set(propertyNames.compactMap { $0 }).union([typeName])
        )[...]
        // The namespaces of known values avoid everything the structs do, and the structs'
        // names too; they are named after the structs so that adding values renames no struct.
        let wantedValueTypes = zip(propertyNames, valueConstants).compactMap { name, constants in
            constants == nil ? nil : name.map(SwiftNaming.valuesTypeName(forProperty:))
        }
        var valueTypeNames = wantedValueTypes.isEmpty ? [] : SwiftNaming.uniqueTypeNames(
            wantedValueTypes, avoiding: Set(propertyNames.compactMap { $0 }).union([typeName]).union(typeNames)
        )[...]
        var named: [NamedAttribute]? = []
        for ((attribute, propertyName), constants) in zip(zip(attributes, propertyNames), valueConstants) {
            let nestedTypeName = attribute.type.value.hasFields && propertyName != nil ? typeNames.popFirst() : nil
            let knownValues = constants != nil && propertyName != nil
                ? valueTypeNames.popFirst().map { KnownValueNames(typeName: $0, constantNames: constants ?? []) }
                : nil
            let fields = checkFields(of: attribute, typeName: nestedTypeName ?? "")
            guard let propertyName, let fields else {
                named = nil
                continue
            }
            named?.append(NamedAttribute(
                attribute: attribute, propertyName: propertyName, nestedTypeName: nestedTypeName, fields: fields,
                knownValues: knownValues
            ))
        }
        return named
    }

    /// The name a STRUCT's type or an UNORDERED_LIST_STRUCT's element type wants, before
    /// siblings and reserved names are avoided: from the `swift_name` when there is one,
    /// otherwise from the snake_case name with the same acronym rule as properties
    /// (`vpc_config` → `VPCConfig`, `policies` → `Policy`), or the `element_swift_name` of a list.
    private func nestedTypeName(of attribute: Attribute, propertyName: String) -> String {
        let structName = attribute.swiftName == nil
            ? SwiftNaming.typeName(forSnakeCase: attribute.name.value, acronyms: acronyms)
                ?? SwiftNaming.typeName(forProperty: propertyName)
            : SwiftNaming.typeName(forProperty: propertyName)
        return attribute.type.value == .unorderedListStruct
            ? attribute.elementSwiftName?.value ?? SwiftNaming.elementTypeName(forListType: structName)
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
            if SwiftNaming.reservedMemberNames.contains(swiftName.value) {
                diagnostics.append(.reservedPropertyName(swiftName.value, at: swiftName.location))
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

    /// Reports a provider name outside the grammar; returns whether it is a provider path.
    mutating func checkProviderName(_ provider: Located<String>) -> Bool {
        guard let violation = ProviderPath.violation(in: provider.value) else { return true }
        diagnostics.append(.invalidProviderName(provider.value, violation: violation, at: provider.location))
        return false
    }

    /// Reports a provider path that continues an earlier one at the same level, or that an
    /// earlier one continues.
    mutating func checkOverlap(
        _ provider: Located<String>, of attribute: String, bytes: [UInt8],
        paths: [[UInt8]: (attribute: String, path: Located<String>)],
        prefixes: [[UInt8]: (attribute: String, path: Located<String>)]
    ) {
        var other = prefixes[bytes]
        if other == nil {
            for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: ".") {
                if let outer = paths[Array(bytes[..<index])] {
                    other = outer
                    break
                }
            }
        }
        guard let other else { return }
        diagnostics.append(.overlappingProviderNames(
            provider.value, attribute: attribute, other: other.path.value, otherAttribute: other.attribute,
            otherLocation: other.path.location, at: provider.location))
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

    /// `element_swift_name` names the element type of an `UNORDERED_LIST_STRUCT`: a type name,
    /// on that type only.
    mutating func checkElementSwiftName(of attribute: Attribute) {
        guard let element = attribute.elementSwiftName else { return }
        if attribute.type.value != .unorderedListStruct {
            diagnostics.append(.misplacedElementSwiftName(type: attribute.type.value, at: element.location))
        } else if !SwiftNaming.isDeclarableIdentifier(element.value) {
            diagnostics.append(.invalidSwiftName(element.value, key: "element_swift_name", at: element.location))
        } else if SwiftNaming.reservedTypeNames.contains(element.value) {
            diagnostics.append(.reservedTypeName(element.value, key: "element_swift_name", at: element.location))
        } else if SwiftNaming.typeKeywords.contains(element.value) {
            diagnostics.append(.keywordTypeName(element.value, key: "element_swift_name", at: element.location))
        }
    }
}
