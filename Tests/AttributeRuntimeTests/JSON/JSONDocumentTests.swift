import Testing
@testable import AttributeRuntime

/// The tape the mappers read: key lookup by bytes, escaped keys, the SWAR string scan and the
/// tree built from the tape.
@Suite("JSON document tape")
struct JSONDocumentTests {
    /// Every key of a 40-member object (past the 32 where the duplicate check switches to a set)
    /// is found from every hint, including the wrap-around from a later member.
    @Test("lookup finds every member from any starting hint")
    func lookupWithHints() throws {
        let members = (0..<40).map { #""key-\#($0)-\#(String(repeating: "x", count: $0 % 11))": \#($0)"# }
        let document = try JSONDocument.parse(Array(("{" + members.joined(separator: ",") + ", \"nested\": {\"a\": [1, {\"b\": 2}]}, \"last\": 7}").utf8), maxDepth: 8)
        var keyIndices: [Int] = []
        var key = 1
        while key < document.end(of: 0) {
            keyIndices.append(key)
            key = document.next(after: key + 1)
        }
        #expect(keyIndices.count == 42)
        for hint in keyIndices + [0, 1_000] {
            for number in 0..<40 {
                let name = "key-\(number)-\(String(repeating: "x", count: number % 11))"
                let found = try #require(document.member(name, in: 0, hint: hint))
                #expect(document.value(at: found + 1) == .number(JSONNumber(Int64(number))))
            }
            #expect(document.member("last", in: 0, hint: hint).map { document.value(at: $0 + 1) } == 7)
            #expect(document.member("key-1-", in: 0, hint: hint) == nil)
            #expect(document.member("missing", in: 0, hint: hint) == nil)
        }
    }

    @Test("an escaped key is found by its decoded bytes and is a duplicate of the plain spelling")
    func escapedKeys() throws {
        let document = try JSONDocument.parse(Array(#"{"pl\u0061in": 1, "quo\"te": 2, "caf\u00e9": 3}"#.utf8), maxDepth: 8)
        #expect(document.member("plain", in: 0, hint: 0).map { document.value(at: $0 + 1) } == 1)
        #expect(document.member("quo\"te", in: 0, hint: 0).map { document.value(at: $0 + 1) } == 2)
        #expect(document.member("caf\u{E9}", in: 0, hint: 0).map { document.value(at: $0 + 1) } == 3)
        #expect(document.member("cafe\u{301}", in: 0, hint: 0) == nil)
        #expect(throws: JSONParseError(.duplicateKey("plain"), offset: 13, line: 1, column: 14)) {
            try JSONValue(parsing: #"{"plain": 1, "pl\u0061in": 2}"#)
        }
    }

    /// Strings of every length around the eight-byte scan step, with the special byte at every
    /// position, parse exactly as the byte loop would.
    @Test("strings around the eight-byte scan step")
    func wordScan() throws {
        for length in 0..<20 {
            let plain = String(repeating: "a", count: length)
            #expect(try JSONValue(parsing: "[\"\(plain)\"]") == [.string(plain)])
            #expect(try JSONValue(parsing: "[\"\(plain)é!\"]") == [.string(plain + "é!")])
            #expect(try JSONValue(parsing: "[\"\(plain)\\n\(plain)\"]") == [.string(plain + "\n" + plain)])
            #expect(throws: JSONParseError(.controlCharacterInString, offset: 2 + length, line: 1, column: 3 + length)) {
                try JSONValue(parsing: "[\"\(plain)\u{1}\(plain)\"]")
            }
            #expect(throws: JSONParseError(.invalidUTF8, offset: 2, line: 1, column: 3)) {
                try JSONValue(parsing: Array("[\"\(plain)".utf8) + [0xFF] + Array("\(plain)\"]".utf8))
            }
        }
    }

    @Test("a tree built from the tape, and a tape built from a tree, keep every value")
    func treeRoundTrip() throws {
        let text = #"{"s": "x\ty", "n": [0, -1, 2.5, 1e400, 9223372036854775808], "b": [true, false, null], "o": {"": {}, "e": []}}"#
        let value = try JSONValue(parsing: text)
        let rebuilt = JSONDocument(value)
        #expect(rebuilt.value(at: 0) == value)
        let object = try #require(rebuilt.member("o", in: 0, hint: 0))
        #expect(rebuilt.member("", in: object + 1, hint: 0) != nil)
        #expect(value["s"] == "x\ty")
        #expect(value["n"]?[3] == .number(try #require(JSONNumber("1e400"))))
    }
}
