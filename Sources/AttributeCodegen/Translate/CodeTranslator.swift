import AttributeSpec

/// Translates a validated spec into the renderer-neutral code model.
///
/// Every name comes from `SwiftNaming`, the same rules the validator checked, so a spec that
/// validated always translates. Translation still reports a diagnostic rather than trapping if
/// the two ever disagree.
enum CodeTranslator {
    /// Builds the code model of one spec.
    static func translate(_ validated: ValidatedSpec, options: GeneratorOptions) throws(Diagnostic) -> CodeFile {
        let spec = validated.spec
        let rootName: String
        if let swiftName = spec.swiftName {
            rootName = swiftName.value
        } else if let derived = SwiftNaming.typeName(forSnakeCase: spec.resource.value) {
            rootName = derived
        } else {
            throw Diagnostic.untranslatableName(spec.resource.value, at: spec.resource.location)
        }
        let root = try translateType(
            name: rootName,
            path: [rootName],
            description: spec.description?.value,
            resource: spec.resource.value,
            attributes: spec.attributes,
            attributePath: [],
            swiftPath: [],
            timestampFormat: spec.timestampFormat?.value
        )
        return CodeFile(specFileName: baseName(of: spec.file), accessLevel: options.accessLevel, root: root)
    }

    /// The last component of a `/`-separated path.
    static func baseName(of file: String) -> String {
        guard let slash = file.utf8.lastIndex(of: UInt8(ascii: "/")) else { return file }
        return String(file[file.utf8.index(after: slash)...])
    }

    private static func translateType(
        name: String,
        path: [String],
        description: String?,
        resource: String?,
        attributes: [Attribute],
        attributePath: [String],
        swiftPath: [String],
        timestampFormat tableTimestampFormat: TimestampFormat?
    ) throws(Diagnostic) -> TypeDeclaration {
        var propertyNames: [String] = []
        var wantedTypeNames: [String] = []
        for attribute in attributes {
            let propertyName = try self.propertyName(of: attribute)
            propertyNames.append(propertyName)
            guard attribute.type.value.hasFields else { continue }
            let structName = SwiftNaming.typeName(forProperty: propertyName)
            wantedTypeNames.append(
                attribute.type.value == .unorderedListStruct
                    ? attribute.elementSwiftName?.value ?? SwiftNaming.elementTypeName(forListType: structName)
                    : structName
            )
        }
        // A nested type may not take its parent's name: inside the parent, the name would then
        // mean the child, and the parent's own extension would be ambiguous to a reader.
        var typeNames = SwiftNaming.uniqueTypeNames(wantedTypeNames, avoiding: [name])[...]

        var properties: [PropertyDeclaration] = []
        var nestedTypes: [TypeDeclaration] = []
        for (attribute, propertyName) in zip(attributes, propertyNames) {
            let info = AttributeInfo(
                name: attribute.name.value,
                path: attributePath + [attribute.name.value],
                type: attribute.type.value,
                providerName: attribute.providerName?.value,
                providerPath: attribute.providerPath,
                description: attribute.description?.value,
                swiftPropertyPath: swiftPath + [propertyName],
                timestampFormat: effectiveTimestampFormat(of: attribute, tableDefault: tableTimestampFormat)
            )
            let type: TypeReference
            if let scalar = scalarType(of: attribute.type.value) {
                type = scalar
            } else if let typeName = typeNames.popFirst() {
                let nested = try translateType(
                    name: typeName,
                    path: path + [typeName],
                    description: attribute.description?.value,
                    resource: nil,
                    attributes: attribute.fields ?? [],
                    attributePath: info.path,
                    swiftPath: info.swiftPropertyPath,
                    timestampFormat: tableTimestampFormat
                )
                nestedTypes.append(nested)
                type = attribute.type.value == .structure ? .nested(nested.path) : .array(.nested(nested.path))
            } else {
                throw Diagnostic.untranslatableName(attribute.name.value, at: attribute.name.location)
            }
            properties.append(PropertyDeclaration(name: propertyName, type: type, attribute: info))
        }
        return TypeDeclaration(
            name: name,
            path: path,
            description: description,
            resource: resource,
            attributePath: attributePath,
            properties: properties,
            nestedTypes: nestedTypes
        )
    }

    private static func propertyName(of attribute: Attribute) throws(Diagnostic) -> String {
        if let swiftName = attribute.swiftName {
            return swiftName.value
        }
        guard let derived = SwiftNaming.propertyName(forSnakeCase: attribute.name.value) else {
            throw Diagnostic.untranslatableName(attribute.name.value, at: attribute.name.location)
        }
        return derived
    }

    /// The form a `TIMESTAMP` is read and written in; `nil` for the default form, which keeps
    /// the generated calls of specs without `timestamp_format` as they always were.
    private static func effectiveTimestampFormat(of attribute: Attribute, tableDefault: TimestampFormat?) -> TimestampFormat? {
        guard attribute.type.value == .timestamp, let format = attribute.timestampFormat?.value ?? tableDefault,
              format != .epochSecondsOrRFC3339 else { return nil }
        return format
    }

    /// The value type of an attribute without fields; `nil` for the types that get a nested type.
    private static func scalarType(of type: AttributeType) -> TypeReference? {
        switch type {
        case .string: .string
        case .int32: .int32
        case .int64: .int64
        case .boolean: .bool
        case .double: .double
        case .float: .float
        case .timestamp: .timestamp
        case .unorderedListString: .array(.string)
        case .unorderedListInt32: .array(.int32)
        case .mapStringString: .dictionary(key: .string, value: .string)
        case .structure, .unorderedListStruct: nil
        }
    }
}

extension Diagnostic {
    /// A name that validation accepted but no Swift identifier represents: a validator bug,
    /// reported instead of trapping.
    static func untranslatableName(_ name: String, at location: SourceLocation) -> Diagnostic {
        .error("'\(name)' has no Swift name; the validator should have rejected it", at: location)
    }
}
