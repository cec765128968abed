import Testing
@testable import AttributeSpec

@Suite("JSON reader")
struct JSONReaderTests {
    private func read(_ text: String) throws(Diagnostic) -> Node? {
        try JSONReader.read(Array(text.utf8), file: "t.json")
    }

    /// The rendered error for `bytes`, or a marker when reading succeeded.
    private func error(_ bytes: [UInt8]) -> String {
        do {
            _ = try JSONReader.read(bytes, file: "t.json")
            return "no error"
        } catch {
            return error.description
        }
    }

    private func error(_ text: String) -> String { error(Array(text.utf8)) }

    @Test("values, styles and locations")
    func values() throws {
        let root = try #require(try read("{\n  \"a\": [1, -2.5e+3, \"x\"],\n  \"b\": {\"t\": true, \"n\": null}\n}"))
        #expect(root.location == SourceLocation(file: "t.json", line: 1, column: 1))
        let entries = try #require(root.mappingEntries)
        #expect(entries.map(\.keyText) == ["a", "b"])
        #expect(entries[0].key.location == SourceLocation(file: "t.json", line: 2, column: 3))
        let items = try #require(entries[0].value.sequenceItems)
        #expect(items.map(\.kind) == [.scalar("1", .plain), .scalar("-2.5e+3", .plain), .scalar("x", .doubleQuoted)])
        #expect(items.map(\.location.column) == [9, 12, 21])
        let inner = try #require(entries[1].value.mappingEntries)
        #expect(inner.map(\.value.kind) == [.scalar("true", .jsonLiteral), .scalar("null", .jsonLiteral)])
        #expect(inner[1].value.location == SourceLocation(file: "t.json", line: 3, column: 25))
    }

    @Test("columns count Unicode scalars, not bytes")
    func columns() throws {
        let root = try #require(try read("[\"é😀\", 1]"))
        let items = try #require(root.sequenceItems)
        #expect(items[0].scalarText == "é😀")
        #expect(items[1].location.column == 8)
    }

    @Test("escapes are decoded")
    func escapes() throws {
        let root = try #require(try read(#"["a\"b\\c\/\n\t\r\b\f", "\u00e9\ud83d\ude00"]"#))
        let items = try #require(root.sequenceItems)
        #expect(items[0].scalarText == "a\"b\\c/\n\t\r\u{8}\u{C}")
        #expect(items[1].scalarText == "é😀")
    }

    @Test("empty documents read as nil")
    func empty() throws {
        #expect(try read("") == nil)
        #expect(try read(" \n\t ") == nil)
        #expect(try read("\u{FEFF}") == nil)
        #expect(try read("[]")?.sequenceItems == [])
        #expect(try read("{}")?.mappingEntries == [])
    }

    @Test("syntax errors are located", arguments: [
        ("{\"a\": 1,}", "t.json:1:9: error: expected a string key, found '}'"),
        ("[1 2]", "t.json:1:4: error: expected ',' or ']', found '2'"),
        ("{\"a\" 1}", "t.json:1:6: error: expected ':' after the key, found '1'"),
        ("[1]\n x", "t.json:2:2: error: expected end of file after the JSON value, found 'x'"),
        ("[tru]", "t.json:1:2: error: expected a value, found 't'"),
        ("[01]", "t.json:1:3: error: expected ',' or ']', found '1'"),
        ("[1.]", "t.json:1:4: error: expected a digit after '.', found ']'"),
        ("[-]", "t.json:1:3: error: expected a digit, found ']'"),
        ("[1e]", "t.json:1:4: error: expected a digit in the exponent, found ']'"),
        ("\n  \"abc", "t.json:2:3: error: unterminated string"),
        ("[\"a\tb\"]", "t.json:1:4: error: control character U+0009 in string must be escaped"),
        ("[\"a\\qb\"]", "t.json:1:4: error: invalid escape sequence '\\q'"),
        ("[\"\\u12\"]", "t.json:1:3: error: '\\u' must be followed by four hexadecimal digits"),
        ("[\"\\ud800x\"]", "t.json:1:3: error: unpaired surrogate U+D800 in \\u escape"),
        ("[\"\\udc00\"]", "t.json:1:3: error: unpaired surrogate U+DC00 in \\u escape"),
        ("{\"a\": 1,\n \"a\": 2}", "t.json:2:2: error: duplicate key 'a'\nt.json:1:2: note: first defined here"),
        ("[é]", "t.json:1:2: error: expected a value, found U+00E9"),
        ("[", "t.json:1:2: error: expected a value, found end of file"),
        ("{\"a\": [1}", "t.json:1:9: error: expected ',' or ']', found '}'"),
    ])
    func syntaxErrors(input: String, expected: String) {
        #expect(error(input) == expected)
    }

    @Test("invalid UTF-8 and NUL bytes are located")
    func badBytes() {
        #expect(error([0x5B, 0x22, 0x61, 0xFF, 0x22, 0x5D]) == "t.json:1:4: error: invalid UTF-8 byte 0xFF")
        #expect(error([0x5B, 0x22, 0xE2, 0x82, 0x22, 0x5D]) == "t.json:1:3: error: invalid UTF-8 byte 0xE2")
        #expect(error([0x5B, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x5D]) == "t.json:1:3: error: invalid UTF-8 byte 0xED")
        #expect(error([0x5B, 0x22, 0x00, 0x22, 0x5D]) == "t.json:1:3: error: control character U+0000 in string must be escaped")
        #expect(error([0x5B, 0x00, 0x5D]) == "t.json:1:2: error: expected a value, found U+0000")
        #expect(error([0x5B, 0xC0, 0x5D]) == "t.json:1:2: error: expected a value, found invalid UTF-8 byte 0xC0")
    }

    @Test("100,000 nested brackets give an error, not a crash")
    func deepNesting() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(error(deep) == "t.json:1:513: error: nesting deeper than 512 levels")
        let objects = String(repeating: "{\"a\":", count: 100_000)
        #expect(error(objects).hasSuffix("error: nesting deeper than 512 levels"))
    }

    @Test("nesting up to the limit is accepted")
    func nestingAtLimit() throws {
        let text = String(repeating: "[", count: JSONReader.maximumDepth) + String(repeating: "]", count: JSONReader.maximumDepth)
        #expect(try read(text) != nil)
    }

    @Test("truncation at every offset is an error, never a crash")
    func truncation() throws {
        let full = Array(#"{"resource": "a_b", "attributes": [{"name": "x\u00e9", "type": "STRING", "n": -1.5e3, "t": true}]}"#.utf8)
        #expect(try JSONReader.read(full, file: "t.json") != nil)
        for length in 1..<full.count {
            #expect(error(Array(full[..<length])).contains(": error: "), "prefix of \(length) bytes")
        }
    }

    @Test("garbage is rejected")
    func garbage() {
        var generator = SplitMix(seed: 42)
        for _ in 0..<500 {
            let bytes = (0..<Int(generator.next() % 64 + 1)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            // Random bytes may happen to be valid JSON ("1"); what matters is that nothing crashes.
            _ = error(bytes)
        }
        #expect(error("}{") == "t.json:1:1: error: expected a value, found '}'")
    }

    @Test("a 10 MB single line reads in one pass")
    func longLine() throws {
        let payload = String(repeating: "abcdé", count: 2_000_000)
        let text = "[\"\(payload)\", 7]"
        let root = try #require(try read(text))
        let items = try #require(root.sequenceItems)
        #expect(items[0].scalarText?.utf8.count == payload.utf8.count)
        #expect(items[1].location.column == 10_000_006)
    }
}
