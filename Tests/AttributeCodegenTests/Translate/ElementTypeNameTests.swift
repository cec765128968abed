import Testing
@testable import AttributeCodegen
@testable import AttributeSpec

/// The element type of a list of structs: its singular, or the spec's `element_swift_name`.
@Suite("Element type names")
struct ElementTypeNameTests {
    static let spec = """
        resource: t
        attributes:
          - name: caches
            type: UNORDERED_LIST_STRUCT
            provider_name: Caches
            fields:
              - name: id
                type: STRING
          - name: series
            type: UNORDERED_LIST_STRUCT
            fields:
              - name: id
                type: STRING
          - name: aliases
            type: UNORDERED_LIST_STRUCT
            element_swift_name: AliasEntry
            fields:
              - name: id
                type: STRING

        """

    @Test("singulars by the rule, and the override")
    func generated() throws {
        let result = GeneratorPipeline.run(specBytes: Array(Self.spec.utf8), file: "Spec/t.yaml", options: GeneratorOptions())
        #expect(result.diagnostics == [])
        let swift = try #require(result.files.first).contents
        for expected in [
            "public var caches: [Cache]?", "public struct Cache: ",
            "public var series: [SeriesItem]?", "public struct SeriesItem: ",
            "public var aliases: [AliasEntry]?", "public struct AliasEntry: ",
        ] {
            #expect(swift.contains(expected), "missing '\(expected)'")
        }
    }

    @Test("element_swift_name is normalised like every key")
    func normalised() throws {
        let loaded = SpecFile.load(Array(Self.spec.utf8), file: "t.yaml")
        let spec = try #require(loaded.spec)
        #expect(SpecNormalizer.canonicalJSON(spec.spec).contains(#""element_swift_name": "AliasEntry""#))
    }

    @Test("element_swift_name is checked where it stands", arguments: [
        ("STRUCT", "Entry", "t.yaml:5:25: error: 'element_swift_name' applies to UNORDERED_LIST_STRUCT only, not STRUCT; use 'swift_name' for the property"),
        ("UNORDERED_LIST_STRUCT", "3Entry", "t.yaml:5:25: error: element_swift_name '3Entry' is not a valid Swift identifier"),
        ("UNORDERED_LIST_STRUCT", "Self", "t.yaml:5:25: error: element_swift_name 'Self' is reserved and cannot name a generated type"),
    ])
    func checked(type: String, name: String, expected: String) {
        let yaml = """
            resource: t
            attributes:
              - name: items
                type: \(type)
                element_swift_name: \(name)
                fields:
                  - name: id
                    type: STRING

            """
        let result = SpecFile.load(Array(yaml.utf8), file: "t.yaml")
        #expect(result.diagnostics.map(\.description) == [expected])
    }
}
