import Testing
@testable import AttributeCodegen

@Suite("Markdown text escaping")
struct MarkdownTextTests {
    @Test("inline markup characters are escaped", arguments: [
        ("a *b* _c_", "a \\*b\\* \\_c\\_"),
        ("use `code` here", "use \\`code\\` here"),
        ("<tag> & [link](x)", "\\<tag\\> \\& \\[link\\](x)"),
        ("a | b", "a \\| b"),
        ("back\\slash", "back\\\\slash"),
        ("plain text, 1.0 and ünïcödé", "plain text, 1.0 and ünïcödé"),
        ("tab\tbell\u{7}", "tab bell\\\\u{7}"),
        ("delete\u{7F} and C1\u{9B}", "delete\\\\u{7F} and C1\\\\u{9B}"),
        ("¢ and € are text, not C1 controls", "¢ and € are text, not C1 controls"),
        ("`kept` ``span``", "\\`kept\\` \\`\\`span\\`\\`"),
    ])
    func inline(text: String, expected: String) {
        #expect(MarkdownText.escapeLine(Substring(text)) == expected)
    }

    @Test("line-start block markers are escaped", arguments: [
        ("# heading", "\\# heading"),
        ("> quote", "\\> quote"),
        ("- item", "\\- item"),
        ("+ item", "\\+ item"),
        ("12. item", "12\\. item"),
        ("3) item", "3\\) item"),
        ("===", "\\==="),
        ("    indented code", "indented code"),
        ("1.5 seconds", "1.5 seconds"),
        // Only an ASCII `.` or `)` closes a list number: `Į` (U+012E) is not `.`.
        ("1\u{12E} item", "1\u{12E} item"),
        ("1\u{129} item", "1\u{129} item"),
    ])
    func blockStarts(text: String, expected: String) {
        #expect(MarkdownText.escapeLine(Substring(text)) == expected)
    }

    @Test("closed code spans are kept, an unclosed backtick is escaped")
    func codeSpans() {
        #expect(MarkdownText.escapeLine("a `x*y` and ``b`c`` c `open", keepingCodeSpans: true) == "a `x*y` and ``b`c`` c \\`open")
        #expect(MarkdownText.escapeLine("`1.` ok", keepingCodeSpans: true) == "`1.` ok")
    }

    @Test("paragraphs keep single breaks and collapse blank runs")
    func paragraphs() {
        #expect(MarkdownText.paragraphs("one\ntwo\n\n\n# three\n") == ["one", "two", "", "\\# three"])
        #expect(MarkdownText.paragraphs("\n\n  \n") == [])
    }

    @Test("table cells stay on one line")
    func tableCell() {
        #expect(MarkdownText.tableCell("a | b\n\nc") == "a \\| b<br><br>c")
    }

    @Test("code spans fence backticks", arguments: [
        ("plain", "`plain`"),
        ("a`b", "``a`b``"),
        ("`x`", "`` `x` ``"),
        ("a\nb", "`a b`"),
    ])
    func code(text: String, expected: String) {
        #expect(MarkdownText.code(text) == expected)
    }

    @Test("code spans in tables escape pipes")
    func codeInTable() {
        #expect(MarkdownText.codeInTable("[String: String]?") == "`[String: String]?`")
        #expect(MarkdownText.codeInTable("a|b") == "`a\\|b`")
    }

    @Test("first sentence", arguments: [
        ("A SageMaker Neo model compilation job. More text.", "A SageMaker Neo model compilation job."),
        ("Version 1.0 of the\nthing. Next", "Version 1.0 of the thing."),
        ("No period", "No period"),
        ("", ""),
    ])
    func firstSentence(text: String, expected: String) {
        #expect(MarkdownText.firstSentence(text) == expected)
    }
}
