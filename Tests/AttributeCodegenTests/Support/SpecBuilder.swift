@testable import AttributeSpec

/// Builds specs in code for unit tests of translation and rendering, with placeholder locations.
///
/// Every attribute shares one location, so a spec that names one attribute twice cannot be
/// built here: the validator would reject it.
enum SpecBuilder {
    static let here = SourceLocation(file: "test.yaml", line: 1, column: 1)

    static func attribute(
        _ name: String,
        _ type: AttributeType,
        provider: String? = nil,
        description: String? = nil,
        swiftName: String? = nil,
        fields: [Attribute]? = nil
    ) -> Attribute {
        Attribute(
            name: Located(name, at: here),
            type: Located(type, at: here),
            providerName: provider.map { Located($0, at: here) },
            description: description.map { Located($0, at: here) },
            swiftName: swiftName.map { Located($0, at: here) },
            fields: fields,
            location: here
        )
    }

    static func spec(
        _ resource: String,
        file: String? = nil,
        description: String? = nil,
        swiftName: String? = nil,
        _ attributes: [Attribute],
        acronyms: AcronymStyle = .apiGuidelines
    ) -> ValidatedSpec {
        let spec = Spec(
            file: file ?? "specs/\(resource).yaml",
            resource: Located(resource, at: here),
            description: description.map { Located($0, at: here) },
            swiftName: swiftName.map { Located($0, at: here) },
            attributes: attributes,
            attributesLocation: here
        )
        // Through the validator, which decides every name, as the pipeline does. Empty lists
        // are let through so that renderer tests can reach the empty-type paths.
        let validated = SpecValidator.validate(spec, acronyms: acronyms, ignoringEmptyListsAt: [here])
        guard let result = validated.spec else {
            fatalError("SpecBuilder built an invalid spec: \(validated.diagnostics)")
        }
        return result
    }
}
