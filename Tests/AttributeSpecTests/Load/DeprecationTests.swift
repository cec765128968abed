import Testing
@testable import AttributeSpec

@Suite("Deprecated attributes")
struct DeprecationTests {
    /// Loads a YAML spec named `t.yaml` through the whole front end.
    private func loadYAML(_ text: String) -> (spec: Spec?, diagnostics: [String]) {
        let result = SpecFile.load(Array(text.utf8), file: "t.yaml")
        return (result.spec?.spec, result.diagnostics.map(\.description))
    }

    @Test("YAML: true, false, a plain or quoted message; JSON: true or a message")
    func values() throws {
        let yaml = """
        resource: t
        attributes:
          - name: a
            type: STRING
            deprecated: true
          - name: b
            type: STRING
            deprecated: false
          - name: c
            type: STRING
            deprecated: Use d instead.
          - name: d
            type: STRUCT
            fields:
              - name: e
                type: STRING
                deprecated: "true"
        """
        let (spec, diagnostics) = loadYAML(yaml)
        #expect(diagnostics == [])
        let attributes = try #require(spec).attributes
        #expect(attributes[0].deprecated == Located(Deprecation(), at: SourceLocation(file: "t.yaml", line: 5, column: 17)))
        #expect(attributes[1].deprecated == nil)
        #expect(attributes[2].deprecated?.value == Deprecation(message: "Use d instead."))
        #expect(attributes[3].deprecated == nil)
        // Quoted, `true` is a message.
        #expect(attributes[3].fields?.first?.deprecated?.value == Deprecation(message: "true"))

        let (json, jsonDiagnostics) = try loadJSON(#"{"resource": "t", "attributes": [{"name": "a", "type": "STRING", "deprecated": true}, {"name": "b", "type": "STRING", "deprecated": "Gone."}, {"name": "c", "type": "STRING", "deprecated": false}]}"#)
        #expect(jsonDiagnostics == [])
        #expect(json?.attributes.map(\.deprecated?.value) == [Deprecation(), Deprecation(message: "Gone."), nil])
    }

    @Test("wrong shapes and empty messages are errors at the value")
    func errors() throws {
        let (_, json) = try loadJSON("""
        {"resource": "t", "attributes": [
          {"name": "a", "type": "STRING", "deprecated": 1},
          {"name": "b", "type": "STRING", "deprecated": null},
          {"name": "c", "type": "STRING", "deprecated": ["x"]},
          {"name": "d", "type": "STRING", "deprecated": " "}
        ]}
        """)
        #expect(json == [
            "t.json:2:49: error: expected true or a message for 'deprecated', found a number",
            "t.json:3:49: error: expected true or a message for 'deprecated', found null",
            "t.json:4:49: error: expected true or a message for 'deprecated', found a sequence",
            "t.json:5:49: error: 'deprecated' message must not be empty; write 'deprecated: true' for none",
        ])
    }

    @Test("a misspelt key suggests 'deprecated'")
    func suggestion() throws {
        let (_, diagnostics) = try loadJSON(#"{"resource": "t", "attributes": [{"name": "a", "type": "STRING", "deprecatd": true}]}"#)
        #expect(diagnostics == ["t.json:1:66: error: unknown key 'deprecatd'\nt.json:1:66: note: did you mean 'deprecated'?"])
    }

    @Test("a deprecated property's private storage may not collide with another Swift name")
    func storageCollision() {
        let (spec, diagnostics) = loadYAML("""
        resource: t
        attributes:
          - name: status
            type: STRING
            deprecated: true
          - name: other
            type: STRING
            swift_name: _status
        """)
        #expect(spec == nil)
        #expect(diagnostics == ["t.yaml:8:17: error: 'other' becomes the Swift name '_status', which 'status' already has\nt.yaml:3:11: note: 'status' becomes '_status' here"])
    }

    @Test("canonical JSON keeps the deprecation")
    func normalized() throws {
        let (spec, _) = loadYAML("""
        resource: t
        attributes:
          - name: a
            type: STRING
            deprecated: true
          - name: b
            type: STRING
            deprecated: Use a.
        """)
        let text = SpecNormalizer.canonicalJSON(try #require(spec))
        #expect(text.contains(#""deprecated": true,"#))
        #expect(text.contains(#""deprecated": "Use a.","#))
    }
}
