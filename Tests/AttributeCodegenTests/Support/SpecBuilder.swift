@testable import AttributeSpec

/// Builds specs in code for unit tests of translation and rendering, with placeholder locations.
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
        _ attributes: [Attribute]
    ) -> ValidatedSpec {
        ValidatedSpec(validated: Spec(
            file: file ?? "specs/\(resource).yaml",
            resource: Located(resource, at: here),
            description: description.map { Located($0, at: here) },
            swiftName: swiftName.map { Located($0, at: here) },
            attributes: attributes,
            attributesLocation: here
        ))
    }
}
