import Testing
@testable import AttributeSpec

/// The common YAML mistakes get a hint that says how to fix them, on the user's own line.
@Suite("YAML hints")
struct YAMLHintsTests {
    @Test("each common mistake is located and hinted", arguments: [
        (
            "resource: t\ndescription: Note: this breaks\n",
            "t.yaml:2:18: error: mapping values are not allowed here\nt.yaml:2:18: note: a value that contains ': ' must be quoted: description: \"Note: this breaks\""
        ),
        (
            "resource: t\ndescription: Say \"hi\": now\n",
            "t.yaml:2:22: error: mapping values are not allowed here\nt.yaml:2:22: note: a value that contains ': ' must be quoted: description: 'Say \"hi\": now'"
        ),
        (
            "resource: t\nattributes:\n  - name:a\n    type: STRING\n",
            "t.yaml:4:9: error: mapping values are not allowed here\nt.yaml:4:9: note: line 3 needs a space after ':' (- name: a)"
        ),
        (
            "resource: t\nattributes:\n  - name: a\n     type: STRING\n",
            "t.yaml:4:10: error: mapping values are not allowed here\nt.yaml:4:10: note: this line is read as the rest of the value on line 3; check its indentation"
        ),
        (
            "resource: t\nattributes:\n\t- name: a\n",
            "t.yaml:3:1: error: tabs are not allowed for indentation\nt.yaml:3:1: note: indent with spaces"
        ),
        (
            "resource: t\ndescription: *Required.* The name\n",
            "t.yaml:2:14: error: aliases are not supported\nt.yaml:2:14: note: '*', '&' and '!' start YAML aliases, anchors and tags: quote the value (description: \"*Required.* The name\")"
        ),
        (
            "resource: t\ndescription: @home\n",
            "t.yaml:2:14: error: character '@' cannot start any token\nt.yaml:2:14: note: '@' and '`' are reserved in YAML: quote the value (description: \"@home\")"
        ),
        (
            "resource: t\r\ndescription: Note: CRLF\r\n",
            "t.yaml:2:18: error: mapping values are not allowed here\nt.yaml:2:18: note: a value that contains ': ' must be quoted: description: \"Note: CRLF\""
        ),
    ])
    func hinted(yaml: String, expected: String) {
        let result = SpecFile.load(Array(yaml.utf8), file: "t.yaml")
        #expect(result.diagnostics.map(\.description) == [expected])
    }

    @Test("other errors keep their message alone")
    func unhinted() {
        let result = SpecFile.load(Array("a: \"open\n".utf8), file: "t.yaml")
        #expect(result.diagnostics.map(\.description) == ["t.yaml:1:4: error: unterminated double-quoted scalar"])
    }
}
