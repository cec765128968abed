import Testing
import AttributeSpec

@Suite("Diagnostic text")
struct DiagnosticTests {
    private static let here = SourceLocation(file: "Spec/t.yaml", line: 4, column: 11)
    private static let first = SourceLocation(file: "Spec/t.yaml", line: 2, column: 9)

    @Test("a note is a line of its own, at the note's location or the problem's", arguments: [
        (Diagnostic.error("unknown type 'STRNG'", at: here), "Spec/t.yaml:4:11: error: unknown type 'STRNG'"),
        (.error("unknown type 'STRNG'", at: here, note: "did you mean 'STRING'?"),
         "Spec/t.yaml:4:11: error: unknown type 'STRNG'\nSpec/t.yaml:4:11: note: did you mean 'STRING'?"),
        (.error("duplicate name 'a'", at: here, note: "first defined here", noteLocation: first),
         "Spec/t.yaml:4:11: error: duplicate name 'a'\nSpec/t.yaml:2:9: note: first defined here"),
        (.warning("odd", at: nil, note: "why"), "warning: odd\nnote: why"),
    ])
    func description(diagnostic: Diagnostic, expected: String) {
        #expect(diagnostic.description == expected)
    }
}
