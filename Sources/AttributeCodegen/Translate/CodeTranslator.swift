import AttributeSpec

/// Translates a validated spec into the renderer-neutral code model.
///
/// Every name of the spec was decided by the validator and travels in the `ValidatedSpec`, so
/// translation cannot fail and never works one out again. The names only the generated code has
/// (a deprecated property's private storage, the memberwise initialiser's parameters) are decided
/// here, once, by `SwiftNaming`'s rules, so that every renderer reads them from the code model.
enum CodeTranslator {
    /// Builds the code model of one spec.
    static func translate(_ validated: ValidatedSpec, options: GeneratorOptions) -> CodeFile {
        let spec = validated.spec
        let root = translateType(
            name: validated.typeName,
            path: [validated.typeName],
            description: spec.description?.value,
            resource: spec.resource.value,
            attributes: validated.attributes,
            attributePath: [],
            swiftPath: [],
            timestampFormat: spec.timestampFormat?.value
        )
        let specFileName = String(CodegenFileRules.lastComponent(of: spec.file))
        return CodeFile(specFileName: specFileName, accessLevel: options.accessLevel, root: root)
    }

    private static func translateType(
        name: String,
        path: [String],
        description: String?,
        resource: String?,
        attributes: [NamedAttribute],
        attributePath: [String],
        swiftPath: [String],
        timestampFormat tableTimestampFormat: TimestampFormat?
    ) -> TypeDeclaration {
        var properties: [PropertyDeclaration] = []
        var nestedTypes: [TypeDeclaration] = []
        for named in attributes {
            let attribute = named.attribute
            let info = AttributeInfo(
                name: attribute.name.value,
                path: attributePath + [attribute.name.value],
                type: attribute.type.value,
                providerName: attribute.providerName?.value,
                providerPath: attribute.providerPath,
                description: attribute.description?.value,
                deprecation: attribute.deprecated?.value,
                swiftPropertyPath: swiftPath + [named.propertyName],
                timestampFormat: effectiveTimestampFormat(of: attribute, tableDefault: tableTimestampFormat),
                knownValues: knownValues(of: named, typePath: path)
            )
            var nestedPath: [String] = []
            if let typeName = named.nestedTypeName {
                let nested = translateType(
                    name: typeName,
                    path: path + [typeName],
                    description: attribute.description?.value,
                    resource: nil,
                    attributes: named.fields,
                    attributePath: info.path,
                    swiftPath: info.swiftPropertyPath,
                    timestampFormat: tableTimestampFormat
                )
                nestedTypes.append(nested)
                nestedPath = nested.path
            }
            let type = valueType(of: attribute.type.value, nestedPath: nestedPath)
            let storageName = attribute.deprecated == nil
                ? named.propertyName
                : SwiftNaming.deprecatedStorageName(forProperty: named.propertyName)
            properties.append(PropertyDeclaration(
                name: named.propertyName, type: type, attribute: info, storageName: storageName, parameterName: named.propertyName
            ))
        }
        let propertyNames = Set(properties.map(\.name))
        for index in properties.indices {
            properties[index].parameterName = SwiftNaming.parameterName(forProperty: properties[index].name, avoiding: propertyNames)
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

    /// The known values of an attribute with the names the validator decided for them.
    private static func knownValues(of named: NamedAttribute, typePath: [String]) -> KnownValueSet? {
        guard let names = named.knownValues, let values = named.attribute.values else { return nil }
        return KnownValueSet(
            typeName: names.typeName,
            typePath: typePath + [names.typeName],
            values: zip(values, names.constantNames).map { known, name in
                KnownValueSet.Value(value: known.value.value, description: known.description?.value, constantName: name)
            },
            isClosed: named.attribute.hasClosedValues
        )
    }

    /// The form a `TIMESTAMP` is read and written in; `nil` for the default form, which keeps
    /// the generated calls of specs without `timestamp_format` as they always were.
    private static func effectiveTimestampFormat(of attribute: Attribute, tableDefault: TimestampFormat?) -> TimestampFormat? {
        guard attribute.type.value == .timestamp, let format = attribute.timestampFormat?.value ?? tableDefault,
              format != .epochSecondsOrRFC3339 else { return nil }
        return format
    }

    /// The value type of an attribute: `nestedPath` is the path of the type that a STRUCT or
    /// UNORDERED_LIST_STRUCT declares (the validator names one for each).
    private static func valueType(of type: AttributeType, nestedPath: [String]) -> TypeReference {
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
        case .structure: .nested(nestedPath)
        case .unorderedListStruct: .array(.nested(nestedPath))
        }
    }
}
