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
        ("del\u{7F}", #""del\u{7F}""#),
        ("a.b", #""a.b""#),
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
        ("c1\u{80}x\u{9F}nel\u{85}next", ["c1\\u{80}x\\u{9F}nel", "next"]),
        ("tabs at end\t \t\nx", ["tabs at end", "x"]),
        ("del\u{7F}", ["del\\u{7F}"]),
        ("a\r\r\nb", ["a", "", "b"]),
        ("vt\u{B}ff\u{C}", ["vt", "ff", ""]),
        ("", [""]),
    ])
    func commentLines(text: String, expected: [String]) {
        #expect(SwiftText.commentLines(text) == expected)
    }

    @Test("inline comment text never breaks the line")
    func inline() {
        #expect(SwiftText.commentInline("a\nb\r") == "a\\u{A}b\\u{D}")
        #expect(SwiftText.commentInline("Props.x`y") == "Props.x`y")
        #expect(SwiftText.commentInline("s\u{2028}p\u{2029}n\u{85}c\u{9F}t\t") == "s\\u{2028}p\\u{2029}n\\u{85}c\\u{9F}t ")
    }

    @Test("doc comment lines carry the marker; blank ones have no trailing space")
    func docComment() {
        #expect(SwiftText.docCommentLines("a\n\n  \nb \u{7}  ") == ["/// a", "///", "///", "/// b \\u{7}"])
    }
}
