import Testing
@testable import AttributeSpec

@Suite("Spec file front end")
struct SpecFileTests {
    @Test("a valid JSON spec passes the whole front end")
    func valid() {
        let text = #"{"resource": "t", "attributes": [{"name": "a", "type": "STRING"}]}"#
        let result = SpecFile.load(Array(text.utf8), file: "Spec/t.json")
        #expect(result.diagnostics == [])
        #expect(result.spec?.spec.resource.value == "t")
    }

    @Test("reader errors stop the file; load and validation errors are merged in order")
    func errors() {
        let broken = SpecFile.load(Array("{".utf8), file: "t.json")
        #expect(broken.spec == nil)
        #expect(broken.diagnostics.map(\.description) == ["t.json:1:2: error: expected a string key, found end of file"])

        let text = """
        {"resource": "x", "attributes": [
          {"name": "a", "type": "STRNG"},
          {"name": "B", "type": "STRING", "colour": "red"}
        ]}
        """
        let result = SpecFile.load(Array(text.utf8), file: "t.json")
        #expect(result.spec == nil)
        #expect(result.diagnostics.map(\.description) == [
            "t.json:1:14: error: resource 'x' does not match the file name 't'",
            "t.json:2:25: error: unknown type 'STRNG'\nt.json:2:25: note: did you mean 'STRING'?",
            "t.json:3:12: error: name 'B' is not lowercase snake_case ([a-z0-9_]+)",
            "t.json:3:35: error: unknown key 'colour'",
        ])
    }

    @Test("a list emptied by dropped attributes is not also reported as empty")
    func noCascade() {
        let text = """
        {"resource": "t", "attributes": [
          {"name": "s", "type": "STRUCT", "fields": [{"name": "x", "type": "STRNG"}]}
        ]}
        """
        let result = SpecFile.load(Array(text.utf8), file: "t.json")
        #expect(result.diagnostics.map(\.description) == ["t.json:2:68: error: unknown type 'STRNG'\nt.json:2:68: note: did you mean 'STRING'?"])
        let only = SpecFile.load(Array(#"{"resource": "t", "attributes": [{"name": "a"}]}"#.utf8), file: "t.json")
        #expect(only.diagnostics.map(\.description) == ["t.json:1:34: error: missing required key 'type'"])
        let wrong = SpecFile.load(Array(#"{"resource": "t", "attributes": "none"}"#.utf8), file: "t.json")
        #expect(wrong.diagnostics.map(\.description) == ["t.json:1:33: error: expected a list for 'attributes', found a string"])
    }

    @Test("unsupported extensions are a diagnostic naming the file")
    func unsupported() {
        let result = SpecFile.load([], file: "notes.txt")
        #expect(result.diagnostics.map(\.description) == ["error: 'notes.txt' is not a spec file; expected a .yaml, .yml or .json extension"])
    }
}
