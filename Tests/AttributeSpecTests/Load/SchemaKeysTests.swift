import Foundation
import Testing
@testable import AttributeSpec

/// The JSON Schema editors use and the loader know the same keys.
@Suite("JSON Schema keys")
struct SchemaKeysTests {
    @Test("the schema's properties are the loader's keys")
    func sameKeys() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let data = try Data(contentsOf: root.appendingPathComponent("Spec/attribute-spec.schema.json"))
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let topLevel = try #require(schema["properties"] as? [String: Any])
        #expect(Set(topLevel.keys) == Set(SpecLoader.topLevelKeys + [SpecLoader.schemaKey]))
        let definitions = try #require(schema["$defs"] as? [String: Any])
        let attribute = try #require(definitions["attribute"] as? [String: Any])
        let attributeProperties = try #require(attribute["properties"] as? [String: Any])
        #expect(Set(attributeProperties.keys) == Set(SpecLoader.attributeKeys))
    }
}
