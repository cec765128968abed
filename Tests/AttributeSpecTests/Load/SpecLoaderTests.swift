import Testing
@testable import AttributeSpec

/// Reads and loads JSON text, for tests.
func loadJSON(_ text: String, file: String = "t.json") throws -> (spec: Spec?, diagnostics: [String]) {
    let root = try JSONReader.read(Array(text.utf8), file: file)
    let result = SpecLoader.load(root, file: file)
    return (result.spec, result.diagnostics.sortedByLocation().map(\.description))
}

@Suite("Spec loader")
struct SpecLoaderTests {
    @Test("a complete spec loads with every value located")
    func complete() throws {
        let text = """
        {
          "resource": "t",
          "description": "A table.",
          "swift_name": "Table",
          "attributes": [
            {"name": "a", "type": "STRING", "provider_name": "A", "description": "The a.", "swift_name": "alpha"},
            {"name": "s", "type": "STRUCT", "fields": [
              {"name": "x", "type": "INT64", "provider_name": "X"}
            ]}
          ]
        }
        """
        let (spec, diagnostics) = try loadJSON(text)
        #expect(diagnostics == [])
        let loaded = try #require(spec)
        #expect(loaded.resource == Located("t", at: SourceLocation(file: "t.json", line: 2, column: 15)))
        #expect(loaded.description?.value == "A table.")
        #expect(loaded.swiftName?.value == "Table")
        #expect(loaded.attributesLocation == SourceLocation(file: "t.json", line: 5, column: 3))
        #expect(loaded.attributes.count == 2)
        let a = loaded.attributes[0]
        #expect(a.name == Located("a", at: SourceLocation(file: "t.json", line: 6, column: 14)))
        #expect(a.type == Located(.string, at: SourceLocation(file: "t.json", line: 6, column: 27)))
        #expect(a.providerName?.value == "A")
        #expect(a.description?.value == "The a.")
        #expect(a.swiftName?.value == "alpha")
        #expect(a.fields == nil)
        #expect(a.location == SourceLocation(file: "t.json", line: 6, column: 5))
        let s = loaded.attributes[1]
        #expect(s.fieldsLocation == SourceLocation(file: "t.json", line: 7, column: 37))
        #expect(s.fields?.map(\.name.value) == ["x"])
        #expect(s.fields?.first?.type.value == .int64)
    }

    @Test("unknown type at the value's location, with a suggestion")
    func unknownType() throws {
        let text = """
        {"resource": "t", "attributes": [
          {"name": "a", "type": "STRNG"},
          {"name": "b", "type": "BOOLEAN"}
        ]}
        """
        let (spec, diagnostics) = try loadJSON(text)
        #expect(diagnostics == ["t.json:2:25: error: unknown type 'STRNG'\nt.json:2:25: note: did you mean 'STRING'?"])
        // The attribute with the unknown type is dropped; the others stay.
        #expect(spec?.attributes.map(\.name.value) == ["b"])
    }

    @Test("unknown types without a close match get no suggestion")
    func unknownTypeWithoutSuggestion() throws {
        let (_, diagnostics) = try loadJSON(#"{"resource": "t", "attributes": [{"name": "a", "type": "BLOB_OF_BYTES"}]}"#)
        #expect(diagnostics == ["t.json:1:56: error: unknown type 'BLOB_OF_BYTES'"])
    }

    @Test("unknown keys get a did-you-mean")
    func unknownKeys() throws {
        let text = """
        {"resource": "t", "atributes": [], "Description": "x", "colour": 1,
         "attributes": [{"name": "a", "type": "STRING", "providername": "A", "desc": "d", "fieldz": []}]}
        """
        let (spec, diagnostics) = try loadJSON(text)
        #expect(diagnostics == [
            "t.json:1:19: error: unknown key 'atributes'\nt.json:1:19: note: did you mean 'attributes'?",
            "t.json:1:36: error: unknown key 'Description'\nt.json:1:36: note: did you mean 'description'?",
            "t.json:1:56: error: unknown key 'colour'",
            "t.json:2:49: error: unknown key 'providername'\nt.json:2:49: note: did you mean 'provider_name'?",
            "t.json:2:70: error: unknown key 'desc'\nt.json:2:70: note: did you mean 'description'?",
            "t.json:2:83: error: unknown key 'fieldz'\nt.json:2:83: note: did you mean 'fields'?",
        ])
        // Unknown keys do not drop the attribute.
        #expect(spec?.attributes.count == 1)
    }

    @Test("values of the wrong shape", arguments: [
        (#"{"resource": 5, "attributes": []}"#, "t.json:1:14: error: expected a string for 'resource', found a number"),
        (#"{"resource": true, "attributes": []}"#, "t.json:1:14: error: expected a string for 'resource', found a boolean"),
        (#"{"resource": null, "attributes": []}"#, "t.json:1:14: error: expected a string for 'resource', found null"),
        (#"{"resource": {}, "attributes": []}"#, "t.json:1:14: error: expected a string for 'resource', found a mapping"),
        (#"{"resource": "t", "description": [], "attributes": []}"#, "t.json:1:34: error: expected a string for 'description', found a sequence"),
        (#"{"resource": "t", "attributes": {}}"#, "t.json:1:33: error: expected a list for 'attributes', found a mapping"),
        (#"{"resource": "t", "attributes": ["a"]}"#, "t.json:1:34: error: expected a mapping for each attribute, found a string"),
        ("[1]", "t.json:1:1: error: expected a mapping at the top level, found a sequence"),
    ])
    func wrongShapes(text: String, expected: String) throws {
        let (_, diagnostics) = try loadJSON(text)
        #expect(diagnostics == [expected])
    }

    @Test("missing required keys are reported at the mapping")
    func missingKeys() throws {
        let text = """
        {"description": "x",
         "attributes": [
           {"type": "STRING"},
           {"name": "b"},
           {"name": "c", "type": "STRING"}
         ]}
        """
        let (spec, diagnostics) = try loadJSON(text)
        #expect(spec == nil)
        #expect(diagnostics == [
            """
            t.json:1:1: error: missing required key 'resource'
            t.json:1:1: note: every .yaml, .yml and .json file under a Spec/ folder is read as a spec; \
            keep other JSON or YAML (resources, fixtures, other tools' settings) outside Spec/, for example beside it in the target
            """,
            "t.json:3:4: error: missing required key 'name'",
            "t.json:4:4: error: missing required key 'type'",
        ])
        let (_, noAttributes) = try loadJSON(#"{"resource": "t"}"#)
        #expect(noAttributes == ["t.json:1:1: error: missing required key 'attributes'"])
    }

    @Test("a dropped attribute's other problems are still reported")
    func droppedAttributeKeepsReporting() throws {
        let text = """
        {"resource": "t", "attributes": [
          {"name": 3, "type": "STRIN", "provider_nam": "A", "fields": [{"name": "x"}]}
        ]}
        """
        let (spec, diagnostics) = try loadJSON(text)
        #expect(spec?.attributes == [])
        #expect(diagnostics == [
            "t.json:2:12: error: expected a string for 'name', found a number",
            "t.json:2:23: error: unknown type 'STRIN'\nt.json:2:23: note: did you mean 'STRING'?",
            "t.json:2:32: error: unknown key 'provider_nam'\nt.json:2:32: note: did you mean 'provider_name'?",
            "t.json:2:64: error: missing required key 'type'",
        ])
    }

    @Test("an empty document is one error")
    func empty() {
        let result = SpecLoader.load(nil, file: "e.yaml")
        #expect(result.spec == nil)
        #expect(result.diagnostics.map(\.description) == [
            "e.yaml:1:1: error: spec file is empty; expected a mapping with 'resource' and 'attributes'",
        ])
    }

    @Test("plain YAML scalars are strings; JSON literals are not")
    func yamlScalars() throws {
        func at(_ line: Int, _ column: Int) -> AttributeSpec.SourceLocation { AttributeSpec.SourceLocation(file: "t.yaml", line: line, column: column) }
        func scalar(_ text: String, _ style: Node.ScalarStyle, _ line: Int, _ column: Int) -> Node {
            Node(.scalar(text, style), at: at(line, column))
        }
        func entry(_ key: String, _ value: Node) -> Node.MappingEntry {
            Node.MappingEntry(key: scalar(key, .plain, value.location.line, 1), value: value)
        }
        let attribute = Node(.mapping([
            entry("name", scalar("a", .plain, 3, 11)),
            entry("type", scalar("INT32", .singleQuoted, 4, 11)),
            entry("description", scalar("folded text\n", .folded, 5, 18)),
            entry("swift_name", scalar("true", .jsonLiteral, 6, 17)),
        ]), at: at(3, 5))
        let root = Node(.mapping([
            entry("resource", scalar("t", .plain, 1, 11)),
            entry("attributes", Node(.sequence([attribute]), at: at(3, 3))),
        ]), at: at(1, 1))
        let result = SpecLoader.load(root, file: "t.yaml")
        #expect(result.diagnostics.map(\.description) == ["t.yaml:6:17: error: expected a string for 'swift_name', found a boolean"])
        let loaded = try #require(result.spec)
        #expect(loaded.attributes.first?.type.value == .int32)
        #expect(loaded.attributes.first?.description?.value == "folded text\n")
    }
}

@Suite("Did-you-mean suggestions")
struct SuggestionTests {
    @Test("close candidates", arguments: [
        ("STRNG", "STRING"),
        ("string", "STRING"),
        ("INT", "INT32"),
        ("UNORDERED_LIST_STRUCTS", "UNORDERED_LIST_STRUCT"),
        ("MAP_STRING", "MAP_STRING_STRING"),
        ("TIMESTMP", "TIMESTAMP"),
    ])
    func types(input: String, expected: String) {
        #expect(Suggestion.closest(to: input, among: AttributeType.allCases.map(\.rawValue)) == expected)
    }

    @Test("keys", arguments: [
        ("providerName", "provider_name"),
        ("provider", "provider_name"),
        ("swiftname", "swift_name"),
        ("nmae", "name"),
        ("Type", "type"),
        ("field", "fields"),
    ])
    func keys(input: String, expected: String) {
        #expect(Suggestion.closest(to: input, among: SpecLoader.attributeKeys) == expected)
    }

    @Test("nothing close", arguments: ["", "colour", "x", "zzzzzzzz"])
    func nothing(input: String) {
        #expect(Suggestion.closest(to: input, among: SpecLoader.attributeKeys) == nil)
    }

    @Test("edit distance")
    func distance() {
        func d(_ a: String, _ b: String) -> Int { Suggestion.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars)) }
        #expect(d("kitten", "sitting") == 3)
        #expect(d("", "abc") == 3)
        #expect(d("abc", "abc") == 0)
        #expect(d("é", "e") == 1)
    }
}

@Suite("Loader robustness")
struct LoaderRobustnessTests {
    @Test("a huge unknown key is reported without a suggestion")
    func hugeKey() throws {
        let key = String(repeating: "k", count: 1_000_000)
        let (_, diagnostics) = try loadJSON(#"{"resource": "t", "\#(key)": 1, "attributes": [{"name": "a", "type": "STRING"}]}"#)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix("t.json:1:19: error: unknown key 'kkk") == true)
        #expect(diagnostics.first?.hasSuffix("kkk'") == true)
    }
}

@Suite("Schema key")
struct SchemaKeyTests {
    @Test("a top-level $schema key is accepted and ignored; elsewhere it is an unknown key")
    func schemaKey() {
        let accepted = SpecFile.load(Array(#"{"$schema": "attribute-spec.schema.json", "resource": "t", "attributes": [{"name": "a", "type": "STRING"}]}"#.utf8), file: "t.json")
        #expect(accepted.diagnostics.isEmpty)
        #expect(accepted.spec?.spec.attributes.count == 1)
        let rejected = SpecFile.load(Array(#"{"resource": "t", "attributes": [{"$schema": "x", "name": "a", "type": "STRING"}]}"#.utf8), file: "t.json")
        #expect(rejected.diagnostics.map(\.description).contains { $0.hasPrefix("t.json:1:35: error: unknown key '$schema'") })
    }
}
