import Testing
import Foundation
@testable import AttributeSpec

/// A realistic YAML spec (block scalars, comments, nesting, dotted provider names) and its
/// JSON twin, shared by the YAML front-end and normalization tests.
enum TwinSpecs {
    static let yaml = """
    # A test table.
    resource: test_table
    description: >-
      A table used by tests, with a folded
      description.
    swift_name: TestTable
    attributes:
      - name: account_id
        type: STRING

      - name: created_at
        type: TIMESTAMP
        provider_name: CreatedAt
        description: 'When it was made: "quoted" and ''single''.'

      - name: config
        type: STRUCT
        provider_name: properties.config
        fields:
          - name: size
            type: INT32
            provider_name: Size
          - name: enabled
            type: BOOLEAN
            provider_name: Enabled
            description: |
              Line one.
              Line two.

      - name: subnets
        type: UNORDERED_LIST_STRUCT
        provider_name: Subnets
        fields:
          - {name: subnet_id, type: STRING, provider_name: SubnetId}
      - name: tags
        type: UNORDERED_LIST_STRING
    """

    static let json = #"""
    {
      "resource": "test_table",
      "description": "A table used by tests, with a folded description.",
      "swift_name": "TestTable",
      "attributes": [
        {"name": "account_id", "type": "STRING"},
        {"name": "created_at", "type": "TIMESTAMP", "provider_name": "CreatedAt",
         "description": "When it was made: \"quoted\" and 'single'."},
        {"name": "config", "type": "STRUCT", "provider_name": "properties.config", "fields": [
          {"name": "size", "type": "INT32", "provider_name": "Size"},
          {"name": "enabled", "type": "BOOLEAN", "provider_name": "Enabled", "description": "Line one.\nLine two.\n"}
        ]},
        {"name": "subnets", "type": "UNORDERED_LIST_STRUCT", "provider_name": "Subnets", "fields": [
          {"name": "subnet_id", "type": "STRING", "provider_name": "SubnetId"}
        ]},
        {"name": "tags", "type": "UNORDERED_LIST_STRING"}
      ]
    }
    """#
}

@Suite("YAML specs through the front end")
struct YAMLSpecTests {
    @Test("the YAML twin spec is valid")
    func valid() throws {
        let result = SpecFile.load(Array(TwinSpecs.yaml.utf8), file: "Spec/test_table.yaml")
        #expect(result.diagnostics == [])
        let spec = try #require(result.spec).spec
        #expect(spec.attributes.map(\.name.value) == ["account_id", "created_at", "config", "subnets", "tags"])
        #expect(spec.attributes[2].fields?.map(\.name.value) == ["size", "enabled"])
    }

    @Test("acceptance: one type changed to STRNG gives exactly one error at the value, suggesting STRING")
    func acceptance() throws {
        let broken = TwinSpecs.yaml.replacingFirst("type: INT32", with: "type: STRNG")
        let result = SpecFile.load(Array(broken.utf8), file: "Spec/test_table.yaml")
        #expect(result.spec == nil)
        #expect(result.diagnostics.map(\.description) == [
            "Spec/test_table.yaml:21:15: error: unknown type 'STRNG'\nSpec/test_table.yaml:21:15: note: did you mean 'STRING'?",
        ])
        // The only field of a struct: the emptied list is not reported a second time.
        let only = TwinSpecs.yaml.replacingFirst("{name: subnet_id, type: STRING", with: "{name: subnet_id, type: STRNG")
        #expect(SpecFile.load(Array(only.utf8), file: "Spec/test_table.yaml").diagnostics.map(\.description) == [
            "Spec/test_table.yaml:34:33: error: unknown type 'STRNG'\nSpec/test_table.yaml:34:33: note: did you mean 'STRING'?",
        ])
    }

    @Test("YAML scalars that look like numbers or booleans are strings")
    func plainScalars() {
        let text = """
        resource: test_table
        attributes:
          - name: a
            type: 1
            description: yes
        """
        let result = SpecFile.load(Array(text.utf8), file: "test_table.yml")
        #expect(result.diagnostics.map(\.description) == ["test_table.yml:4:11: error: unknown type '1'"])
    }

    @Test("several problems in one YAML file are all reported")
    func several() {
        let text = """
        resource: other_table
        atributes: []
        attributes:
          - name: Bad
            type: STRING
            providername: X
          - name: s
            type: STRUCT
          - type: STRING
        """
        let result = SpecFile.load(Array(text.utf8), file: "test_table.yaml")
        #expect(result.diagnostics.map(\.description) == [
            "test_table.yaml:1:11: error: resource 'other_table' does not match the file name 'test_table'",
            "test_table.yaml:2:1: error: unknown key 'atributes'\ntest_table.yaml:2:1: note: did you mean 'attributes'?",
            "test_table.yaml:4:11: error: name 'Bad' is not lowercase snake_case ([a-z0-9_]+)",
            "test_table.yaml:6:5: error: unknown key 'providername'\ntest_table.yaml:6:5: note: did you mean 'provider_name'?",
            "test_table.yaml:8:11: error: type STRUCT requires 'fields'",
            "test_table.yaml:9:5: error: missing required key 'name'",
        ])
    }

    @Test("an empty YAML file is one error")
    func empty() {
        let result = SpecFile.load(Array("# nothing here\n".utf8), file: "t.yaml")
        #expect(result.diagnostics.map(\.description) == [
            "t.yaml:1:1: error: spec file is empty; expected a mapping with 'resource' and 'attributes'",
        ])
    }
}

extension String {
    /// The string with the first occurrence of `target` replaced; tests check that it occurs.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else {
            Issue.record("'\(target)' does not occur")
            return self
        }
        return replacingCharacters(in: range, with: replacement)
    }
}
