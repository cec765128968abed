import Testing
@testable import AttributeCodegen

@Suite("Swift text escaping")
struct SwiftTextTests {
    @Test("string literals evaluate to the text", arguments: [
        ("CompilationJobArn", #""CompilationJobArn""#),
        ("a\"b", #""a\"b""#),
        ("back\\slash", #""back\\slash""#),
        ("line\nbreak\r\t", #""line\nbreak\r\t""#),
        ("\\u{41}", #""\\u{41}""#),
        ("\"\"\"", #""\"\"\"""#),
        ("é😀", #""\u{E9}\u{1F600}""#),
        ("nul\u{0}", #""nul\u{0}""#),
        ("", #""""#),
    ])
    func literal(text: String, expected: String) {
        #expect(SwiftText.stringLiteral(text) == expected)
    }

    @Test("comment lines split at every line break and keep the rest literal", arguments: [
        ("one line", ["one line"]),
        ("a\nb", ["a", "b"]),
        ("a\r\nb\rc", ["a", "b", "c"]),
        ("a\n\nb", ["a", "", "b"]),
        ("ends with */ and \"\"\" and \\u{0}", ["ends with */ and \"\"\" and \\u{0}"]),
        ("trailing   \nnext", ["trailing", "next"]),
        ("sep\u{2028}par\u{2029}end", ["sep", "par", "end"]),
        ("bell\u{7}tab\tok", ["bell\\u{7}tab ok"]),
        ("ünïcödé ✓", ["ünïcödé ✓"]),
    ])
    func commentLines(text: String, expected: [String]) {
        #expect(SwiftText.commentLines(text) == expected)
    }

    @Test("inline comment text never breaks the line")
    func inline() {
        #expect(SwiftText.commentInline("a\nb\r") == "a\\u{A}b\\u{D}")
        #expect(SwiftText.commentInline("Props.x`y") == "Props.x`y")
    }
}
