import Foundation
import Testing
@testable import AttributeSpec

/// Hostile and broken input: every case must end in a located error or a tree, never a
/// crash, a hang or a stack overflow.
@Suite("YAML reader robustness")
struct YAMLRobustnessTests {
    static let sample = Array("""
        resource: aws_thing # comment
        description: >-
          Folded "text"
          é 日本
        attributes:
          - name: a
            type: STRUCT
            fields: [{name: b, type: 'STRING'}, {name: c, type: "INT32\\n"}]
          - name: d
            description: |+
              kept

        ...

        """.utf8)

    /// Reads, and when it fails checks the error points inside the document.
    static func readOrLocatedError(_ bytes: [UInt8], file: String = "t.yaml") -> Diagnostic? {
        do {
            _ = try YAMLReader.read(bytes, file: file)
            return nil
        } catch {
            let lines = bytes.filter { $0 == 0x0A || $0 == 0x0D }.count + 1
            let location = error.location
            #expect(location != nil)
            #expect((location?.line ?? 0) >= 1 && (location?.line ?? .max) <= lines, "\(error)")
            #expect((location?.column ?? 0) >= 1, "\(error)")
            #expect(location?.file == file)
            return error
        }
    }

    @Test("the sample reads")
    func sampleReads() throws {
        let node = try #require(try YAMLReader.read(Self.sample, file: "t.yaml"))
        #expect(node.mappingEntries?.map(\.keyText) == ["resource", "description", "attributes"])
    }

    @Test("a document cut at every byte offset never crashes")
    func truncated() {
        var errors = 0
        for length in 0..<Self.sample.count {
            if Self.readOrLocatedError(Array(Self.sample[..<length])) != nil { errors += 1 }
        }
        // Cuts inside a quoted scalar, a flow collection or a UTF-8 sequence must fail.
        #expect(errors > 20)
    }

    @Test("random garbage yields a tree or a located error", arguments: 0..<8)
    func garbage(seed: UInt64) {
        var generator = SplitMix(seed: seed)
        let alphabet = Array(" \t\n\r-:?,[]{}#&*!|>'\"%@`a1é\\.".utf8) + [0x00, 0xC3, 0xFF]
        for _ in 0..<300 {
            let length = Int(generator.next() % 80)
            let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            _ = Self.readOrLocatedError(bytes)
        }
    }

    @Test("binary data is invalid UTF-8 at the first bad byte")
    func binary() {
        var bytes = Array("a: b\nc: ".utf8)
        bytes += [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]
        let error = Self.readOrLocatedError(bytes)
        #expect(error?.message == "invalid UTF-8 byte sequence")
        #expect(error?.location?.line == 2)
        #expect(error?.location?.column == 4)
    }

    @Test("a NUL byte is an error at its location")
    func nul() {
        let error = Self.readOrLocatedError(Array("a: 'x\u{0}'".utf8))
        #expect(error?.message == "control character U+0000 is not allowed in YAML")
        #expect(error?.location?.column == 6)
    }

    @Test("a 10 MB single line is read")
    func longLine() throws {
        let text = "description: " + String(repeating: "word ", count: 2_000_000) + "end\n"
        let node = try #require(try YAMLReader.read(Array(text.utf8), file: "t.yaml"))
        #expect(node.mappingEntries?.first?.value.scalarText?.utf8.count == 10_000_003)
    }

    @Test("a 1 MB flow sequence on one line is read")
    func longFlowLine() throws {
        let text = "[" + String(repeating: "ab, ", count: 250_000) + "z]"
        let node = try #require(try YAMLReader.read(Array(text.utf8), file: "t.yaml"))
        #expect(node.sequenceItems?.count == 250_001)
    }

    @Test("flow collections nested 100,000 deep stop at the limit", arguments: [("[", 1), ("{a: ", 1), ("[a: ", 2)])
    func deepFlow(opener: String, levelsPerOpener: Int) {
        let text = String(repeating: opener, count: 100_000)
        let error = Self.readOrLocatedError(Array(text.utf8))
        #expect(error?.message == "the document is nested deeper than \(YAMLReader.maximumDepth) levels")
        // The collection that crosses the limit is the one after the first 512; `[a: ` opens
        // a sequence and a one-pair mapping.
        let expectedColumn = YAMLReader.maximumDepth / levelsPerOpener * opener.count + 1
        #expect(error?.location?.column == expectedColumn)
    }

    @Test("block mappings nested 2,000 deep stop at the limit")
    func deepBlock() {
        var text = ""
        for level in 0..<2_000 { text += String(repeating: " ", count: level) + "k:\n" }
        let error = Self.readOrLocatedError(Array(text.utf8))
        #expect(error?.message == "the document is nested deeper than \(YAMLReader.maximumDepth) levels")
        #expect(error?.location == SourceLocation(file: "t.yaml", line: 513, column: 513))
    }

    @Test("block sequences nested 2,000 deep on one line stop at the limit")
    func deepBlockSequence() {
        let text = String(repeating: "- ", count: 2_000) + "x\n"
        let error = Self.readOrLocatedError(Array(text.utf8))
        #expect(error?.location == SourceLocation(file: "t.yaml", line: 1, column: 1025))
    }

    @Test("nesting exactly at the limit is accepted")
    func atLimit() throws {
        let depth = YAMLReader.maximumDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        var node = try #require(try YAMLReader.read(Array(text.utf8), file: "t.yaml"))
        var levels = 1
        while let inner = node.sequenceItems?.first {
            node = inner
            levels += 1
        }
        #expect(levels == depth)
    }

    /// Pending simple keys at every flow level at once: each level's `kN:` is a key only once
    /// its `:` arrives, after the deeper levels' keys were saved; with a line break between
    /// the levels the outer keys also go stale while the inner ones wait. The scanner keeps the
    /// pending keys ordered by level; a mistake there puts a KEY token at the wrong level.
    @Test("keys pending at 300 flow levels each land at their own level", arguments: ["", "\n"])
    func keysAtEveryFlowLevel(separator: String) throws {
        let depth = 300
        var text = "{"
        for level in 0..<depth {
            // `{k: [` nests a mapping and a sequence, `[k: ` a single-pair mapping in a sequence.
            text += level.isMultiple(of: 2) ? "k\(level): [\(separator)" : "k\(level): {\(separator)"
        }
        text += "leaf: x"
        for level in (0..<depth).reversed() {
            text += level.isMultiple(of: 2) ? "]" : "}"
        }
        text += "}"
        // 1 + 300 + 150 collections (each `[k: ` adds a single-pair mapping): under the limit.
        var node = try #require(try YAMLReader.read(Array(text.utf8), file: "t.yaml"))
        for level in 0..<depth {
            let entries = try #require(node.mappingEntries, "level \(level): \(node.shapeDescription)")
            #expect(entries.count == 1)
            #expect(entries.first?.key.scalarText == "k\(level)")
            let value = try #require(entries.first?.value)
            if level.isMultiple(of: 2) {
                let items = try #require(value.sequenceItems, "level \(level)")
                #expect(items.count == 1)
                node = try #require(items.first)
            } else {
                node = value
            }
        }
        // The innermost level (299, odd) is a flow mapping: `{leaf: x}`.
        #expect(node.mappingEntries?.first?.key.scalarText == "leaf")
        #expect(node.mappingEntries?.first?.value.scalarText == "x")
    }

    /// A flow collection is a candidate key (of a block mapping here) while the keys inside it
    /// are pending at deeper levels: its `:` comes last, so the scanner must wait for the oldest
    /// pending key, not the newest, before handing out the first `[`.
    @Test("a flow collection key holding 300 levels is reported at its start", arguments: [0, 300])
    func flowCollectionKeyOverDeepNesting(depth: Int) {
        let text = String(repeating: "[", count: depth + 1) + "a: b" + String(repeating: "]", count: depth + 1) + ": c\n"
        let error = Self.readOrLocatedError(Array(text.utf8))
        #expect(error?.message == "mapping keys must be scalars")
        #expect(error?.location == SourceLocation(file: "t.yaml", line: 1, column: 1))
    }
}
