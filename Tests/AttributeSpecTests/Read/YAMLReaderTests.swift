import Testing
@testable import AttributeSpec

/// Focused cases for the parts of the reader that are easy to get subtly wrong. Expected
/// values were checked against PyYAML's `BaseLoader` unless a test says otherwise.
@Suite("YAML reader")
struct YAMLReaderTests {
    static func read(_ text: String) throws -> Node? {
        try YAMLReader.read(Array(text.utf8), file: "t.yaml")
    }

    /// The value of key `a` in a one-key document.
    static func value(_ text: String) throws -> Node {
        let root = try #require(try read(text))
        return try #require(root.mappingEntries?.first { $0.keyText == "a" }?.value)
    }

    static func error(_ text: String) -> Diagnostic? {
        do throws(Diagnostic) {
            _ = try YAMLReader.read(Array(text.utf8), file: "t.yaml")
            return nil
        } catch {
            return error
        }
    }

    @Test("block scalar chomping and indentation indicators", arguments: [
        ("a: |\n  x\n  y\n\n\nb: c\n", "x\ny\n"),
        ("a: |-\n  x\n  y\n\n\nb: c\n", "x\ny"),
        ("a: |+\n  x\n  y\n\n\nb: c\n", "x\ny\n\n\n"),
        ("a: >\n  x\n  y\n\n  z\n", "x y\nz\n"),
        ("a: >-\n  x\n   more\n  y\n", "x\n more\ny"),
        ("a: >+\n  x\n", "x\n"),
        ("a: |2\n   lead\n  x\n", " lead\nx\n"),
        ("a: >2-\n   lead\n  x\n", " lead\nx"),
        ("a: |\n  no newline", "no newline"),
        ("a: |+\n  x\n\n", "x\n\n"),
        ("a: |\n\n  after\n", "\nafter\n"),
        ("a: |\n  # text\n  t # text\n", "# text\nt # text\n"),
        ("a: |\nb: c\n", ""),
    ])
    func blockScalar(text: String, expected: String) throws {
        #expect(try Self.value(text).scalarText == expected)
    }

    @Test("double-quoted escapes", arguments: [
        (#"a: "\0\a\b\t\n\v\f\r\e""#, "\u{0}\u{7}\u{8}\t\n\u{B}\u{C}\r\u{1B}"),
        (#"a: "\ \"\/\\""#, " \"/\\"),
        (#"a: "\N\_\L\P""#, "\u{85}\u{A0}\u{2028}\u{2029}"),
        (#"a: "\x41\u00e9\U0001F600""#, "Aé😀"),
        ("a: \"x\\\n  y\"", "xy"),
        ("a: \"x \\\n  y\"", "x y"),
        ("a: \"x\n  y\n\n  z\"", "x y\nz"),
        ("a: \"tab\\\tend\"", "tab\tend"),
    ])
    func escapes(text: String, expected: String) throws {
        let node = try Self.value(text)
        #expect(node.scalarText == expected)
        #expect(node.kind == .scalar(expected, .doubleQuoted))
    }

    @Test("single quotes double their quote and fold lines")
    func singleQuoted() throws {
        #expect(try Self.value("a: 'it''s \\n'").scalarText == "it's \\n")
        #expect(try Self.value("a: 'x\n  y\n\n  z'").scalarText == "x y\nz")
    }

    @Test("CRLF and lone CR line endings read like LF")
    func lineEndings() throws {
        let lf = try Self.read("a: |\n  x\n  y\nb: \"p\n  q\"\nc: [1,\n 2]\n")
        let crlf = try Self.read("a: |\r\n  x\r\n  y\r\nb: \"p\r\n  q\"\r\nc: [1,\r\n 2]\r\n")
        let cr = try Self.read("a: |\r  x\r  y\rb: \"p\r  q\"\rc: [1,\r 2]\r")
        #expect(lf != nil)
        #expect(crlf == lf)
        #expect(cr == lf)
    }

    @Test("a byte order mark is skipped and takes no column")
    func byteOrderMark() throws {
        let root = try #require(try YAMLReader.read([0xEF, 0xBB, 0xBF] + Array("a: b".utf8), file: "t.yaml"))
        #expect(root.location == SourceLocation(file: "t.yaml", line: 1, column: 1))
        #expect(root.mappingEntries?.first?.value.location.column == 4)
    }

    @Test("columns count Unicode scalars, not bytes")
    func nonASCIIColumns() throws {
        let root = try #require(try Self.read("名前: 😀 [x]\né: {ü: [a, b]}\n"))
        let entries = try #require(root.mappingEntries)
        #expect(entries[0].value.location.column == 5)
        let inner = try #require(entries[1].value.mappingEntries?.first)
        #expect(inner.key.location.column == 5)
        #expect(inner.value.location.column == 8)
        #expect(inner.value.sequenceItems?.last?.location.column == 12)
        #expect(Self.error("ñ: *x")?.location?.column == 4)
    }

    @Test("scalars stay text", arguments: ["yes", "no", "on", "1.0", "null", "0x10", "~", "true", "-1", ".inf"])
    func scalarsAreText(word: String) throws {
        #expect(try Self.value("a: \(word)").kind == .scalar(word, .plain))
    }

    @Test("empty documents read as nil", arguments: ["", "\n", "# c\n\n", "---\n", "--- # c\n...\n", "...\n", "\u{FEFF}"])
    func emptyDocuments(text: String) throws {
        #expect(try Self.read(text) == nil)
    }

    @Test("an empty value is an empty plain scalar right after its indicator")
    func emptyValues() throws {
        let root = try #require(try Self.read("a:\nb: # c\nc:\n- \n"))
        let entries = try #require(root.mappingEntries)
        #expect(entries[0].value == Node(.scalar("", .plain), at: SourceLocation(file: "t.yaml", line: 1, column: 3)))
        #expect(entries[1].value.location.column == 3)
        #expect(entries[2].value.sequenceItems?.first?.location == SourceLocation(file: "t.yaml", line: 4, column: 2))
    }

    @Test("collection locations: first key, first dash, opening bracket")
    func collectionLocations() throws {
        let root = try #require(try Self.read("# c\n\nk:\n  - x: 1\n    y: 2\n  - [a, {b: c}]\n"))
        #expect(root.location.line == 3 && root.location.column == 1)
        let list = try #require(root.mappingEntries?.first?.value)
        #expect(list.location.line == 4 && list.location.column == 3)
        let items = try #require(list.sequenceItems)
        #expect(items[0].location.column == 5)
        #expect(items[1].location.column == 5)
        #expect(items[1].sequenceItems?[1].location.column == 9)
    }

    @Test("tabs separate tokens inside a line but never indent (PyYAML rejects both)")
    func tabs() throws {
        #expect(try Self.value("a:\tb\t# c\n").scalarText == "b")
        #expect(try Self.value("a: x\ty\n").scalarText == "x\ty")
        let error = Self.error("a:\n  b: c\n\t d: e\n")
        #expect(error?.message == "tabs are not allowed for indentation")
        #expect(error?.location?.line == 3)
        #expect(error?.location?.column == 1)
        #expect(try Self.read("a: b\n\t\n\t# comment\n") != nil)
    }

    @Test("unsupported features are reported where they stand", arguments: [
        ("a: &x b", "anchors are not supported", 1, 4),
        ("a: [*x]", "aliases are not supported", 1, 5),
        ("a:\n  b: !!str c", "tags are not supported", 2, 6),
        ("a: b\n---\nc: d", "multiple documents are not supported", 2, 1),
        ("? a\n: b", "complex mapping keys ('?') are not supported", 1, 1),
        ("%YAML 1.1\n---\na: b", "directives are not supported", 1, 1),
    ])
    func unsupported(text: String, message: String, line: Int, column: Int) {
        let error = Self.error(text)
        #expect(error?.message == message)
        #expect(error?.location == SourceLocation(file: "t.yaml", line: line, column: column))
    }

    @Test("duplicate keys point at the first in a note")
    func duplicateKey() {
        let error = Self.error("name: a\n\ntype: x\n'name': b\n")
        #expect(error?.message == "duplicate key 'name'")
        #expect(error?.location == SourceLocation(file: "t.yaml", line: 4, column: 1))
        #expect(error?.note == "first defined here")
        #expect(error?.noteLocation == SourceLocation(file: "t.yaml", line: 1, column: 1))
    }

    @Test("the merge key is an ordinary key")
    func mergeKey() throws {
        #expect(try Self.read("<<: a\nb: c")?.mappingEntries?.first?.keyText == "<<")
    }

    @Test("'#' is a comment only after whitespace")
    func hashInScalars() throws {
        #expect(try Self.value("a: x#y #z").scalarText == "x#y")
        #expect(try Self.value("a: [x#y, z]").sequenceItems?.first?.scalarText == "x#y")
    }

    @Test("flow collections: trailing commas, missing values, pairs in sequences")
    func flow() throws {
        let root = try #require(try Self.read("{a: [x, y,], b, c: {d: }, e: [f: g]}"))
        let entries = try #require(root.mappingEntries)
        #expect(entries.map(\.keyText) == ["a", "b", "c", "e"])
        #expect(entries[0].value.sequenceItems?.count == 2)
        #expect(entries[1].value.scalarText == "")
        #expect(entries[2].value.mappingEntries?.first?.value.scalarText == "")
        let pair = try #require(entries[3].value.sequenceItems?.first)
        #expect(pair.mappingEntries?.first?.keyText == "f")
        #expect(pair.location.column == 31)
    }

    @Test("a ':' on a later line than its flow key starts no value")
    func flowKeyAcrossLines() {
        let error = Self.error("a: {k, l\n: m}")
        #expect(error?.message == "expected ',' or '}', but found ':'")
        #expect(error?.location == SourceLocation(file: "t.yaml", line: 2, column: 1))
    }

    @Test("a byte order mark inside the text takes no column")
    func innerByteOrderMark() throws {
        let root = try #require(try Self.read("x\u{FEFF}y: b"))
        #expect(root.mappingEntries?.first?.keyText == "x\u{FEFF}y")
        #expect(root.mappingEntries?.first?.value.location.column == 5)
    }
}
