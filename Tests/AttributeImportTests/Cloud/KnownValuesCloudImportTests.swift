import Testing
@testable import AttributeImport
import AttributeSpec

/// Google's `enum` + `enumDescriptions` and Azure's `enum` + `x-ms-enum` become known values:
/// descriptions where the model has them, `values_closed` where Azure says `modelAsString: false`.
@Suite("Import: known values from Google and Azure")
struct KnownValuesCloudImportTests {
    static func attribute(_ path: String, in attributes: [Attribute]) -> Attribute? {
        let parts = path.split(separator: ".", maxSplits: 1).map(String.init)
        guard let found = attributes.first(where: { $0.name.value == parts[0] }) else { return nil }
        return parts.count == 1 ? found : attribute(parts[1], in: found.fields ?? [])
    }

    static func values(_ attribute: Attribute?) -> [String] {
        attribute?.values?.map { known in known.value.value + (known.description.map { ": " + $0.value } ?? "") } ?? []
    }

    @Test func googleEnumDescriptionsDescribeTheValues() throws {
        let spec = try FirewallImportTests.imported(.shape("Firewall")).spec
        let direction = Self.attribute("direction", in: spec.attributes)
        #expect(Self.values(direction) == [
            "EGRESS: Indicates that firewall should apply to outgoing traffic.",
            "INGRESS: Indicates that firewall should apply to incoming traffic.",
        ])
        // Google never says whether a set is closed: it stays open.
        #expect(direction?.valuesClosed == nil)
    }

    @Test func azureModelAsStringFalseClosesTheSet() throws {
        let spec = try VaultImportTests.imported(.shape("Vault")).spec
        let createMode = try #require(Self.attribute("create_mode", in: spec.attributes))
        #expect(Self.values(createMode) == ["recover", "default"])
        #expect(createMode.hasClosedValues)
        let keys = try #require(Self.attribute("access_policies.permissions.keys", in: spec.attributes))
        #expect(keys.type.value == .unorderedListString)
        #expect(keys.values?.count ?? 0 > 10)
        #expect(keys.valuesClosed == nil)
    }
}
