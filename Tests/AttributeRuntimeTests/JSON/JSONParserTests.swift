import Testing
@testable import AttributeRuntime

@Suite("JSON parser")
struct JSONParserTests {
    @Test("scalars and containers")
    func validDocuments() throws {
        let value = try JSONValue(parsing: #" { "a" : [1, -2.5e3, true, false, null, "x"], "b": {}, "c": [] } "#)
        #expect(value == ["a": [1, .number(try #require(JSONNumber("-2.5e3"))), true, false, nil, "x"], "b": [:], "c": []])
        #expect(try JSONValue(parsing: "0") == 0)
        #expect(try JSONValue(parsing: "\"\"") == "")
        #expect(try JSONValue(parsing: "\u{FEFF}[]".utf8) == [])
    }

    @Test("member order is kept and equality ignores it")
    func memberOrder() throws {
        let value = try JSONValue(parsing: #"{"b": 1, "a": 2}"#)
        #expect(value.objectValue?.keys == ["b", "a"])
        #expect(value == ["a": 2, "b": 1])
        #expect(value.hashValue == JSONValue.object(["a": 2, "b": 1]).hashValue)
    }

    @Test("Int64 extremes stay exact; larger integers keep their text")
    func integers() throws {
        #expect(try JSONValue(parsing: "9223372036854775807") == .number(JSONNumber(Int64.max)))
        #expect(try JSONValue(parsing: "-9223372036854775808") == .number(JSONNumber(Int64.min)))
        let big = try JSONValue(parsing: "9223372036854775808")
        #expect(big == .number(try #require(JSONNumber("9223372036854775808"))))
        guard case .number(let number) = big else { Issue.record("not a number"); return }
        #expect(number.int64Value == nil)
        #expect(number.text == "9223372036854775808")
    }

    @Test("escapes", arguments: [
        (#""\"\\\/\b\f\n\r\t""#, "\"\\/\u{8}\u{C}\n\r\t"),
        (#""caf\u00e9""#, "café"),
        (#""\u00E9t\u00e9""#, "été"),
        (#""\ud83d\ude00 ok""#, "😀 ok"),
        (#""a\u0000b""#, "a\u{0}b"),
        (#""plain €""#, "plain €"),
    ])
    func escapes(json: String, expected: String) throws {
        #expect(try JSONValue(parsing: json) == .string(expected))
    }

    @Test("errors carry kind, offset, line and column", arguments: [
        ("", JSONParseError.Kind.unexpectedEnd, 0, 1, 1),
        ("[1,]", .unexpectedCharacter(UInt8(ascii: "]")), 3, 1, 4),
        ("{\n  \"a\": tru\n}", .unexpectedCharacter(UInt8(ascii: "\n")), 12, 2, 11),
        ("[01]", .unexpectedCharacter(UInt8(ascii: "1")), 2, 1, 3),
        ("[1.]", .invalidNumber, 1, 1, 2),
        ("-", .invalidNumber, 0, 1, 1),
        ("[1e+]", .invalidNumber, 1, 1, 2),
        (#""\x""#, .invalidEscape, 1, 1, 2),
        (#""\u12G4""#, .invalidEscape, 1, 1, 2),
        (#""\ud83d""#, .loneSurrogate, 1, 1, 2),
        (#""\ud83d\u0041""#, .loneSurrogate, 1, 1, 2),
        (#""\ude00""#, .loneSurrogate, 1, 1, 2),
        ("\"a\tb\"", .controlCharacterInString, 2, 1, 3),
        ("\"abc", .unexpectedEnd, 4, 1, 5),
        (#"{"a": 1, "a": 2}"#, .duplicateKey("a"), 9, 1, 10),
        ("{} {}", .trailingData, 3, 1, 4),
        ("{\"é\": x}", .unexpectedCharacter(UInt8(ascii: "x")), 7, 1, 7),
        ("[1 2]", .unexpectedCharacter(UInt8(ascii: "2")), 3, 1, 4),
        ("{\"a\" 1}", .unexpectedCharacter(UInt8(ascii: "1")), 5, 1, 6),
        ("{1: 2}", .unexpectedCharacter(UInt8(ascii: "1")), 1, 1, 2),
        ("nul", .unexpectedEnd, 3, 1, 4),
    ])
    func errors(json: String, kind: JSONParseError.Kind, offset: Int, line: Int, column: Int) {
        #expect(throws: JSONParseError(kind, offset: offset, line: line, column: column)) {
            try JSONValue(parsing: json)
        }
    }

    @Test("invalid UTF-8 inside a string")
    func invalidUTF8() {
        let bytes: [UInt8] = [0x22, 0x61, 0xC3, 0x28, 0x22]
        #expect(throws: JSONParseError(.invalidUTF8, offset: 1, line: 1, column: 2)) {
            try JSONValue(parsing: bytes)
        }
        let escaped: [UInt8] = Array(#""\n"#.utf8) + [0xFF, 0x22]
        #expect(throws: JSONParseError.self) { try JSONValue(parsing: escaped) }
    }

    @Test("nesting depth is limited")
    func depth() throws {
        let deep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        #expect(throws: JSONParseError(.tooDeep(limit: 256), offset: 256, line: 1, column: 257)) {
            try JSONValue(parsing: deep)
        }
        let allowed = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
        _ = try JSONValue(parsing: allowed)
        #expect(throws: JSONParseError.self) { try JSONValue(parsing: "[[[]]]", maxDepth: 2) }
    }

    @Test("a million unclosed brackets fail fast instead of overflowing the stack")
    func hostileNesting() {
        #expect(throws: JSONParseError.self) {
            try JSONValue(parsing: String(repeating: "[{\"a\":", count: 1_000_000))
        }
    }

    @Test("large objects detect duplicates through the set path")
    func largeObjectDuplicates() throws {
        let keys = (0..<100).map { "\"k\($0)\": \($0)" }
        let valid = try JSONValue(parsing: "{" + keys.joined(separator: ",") + "}")
        #expect(valid.objectValue?.count == 100)
        #expect(valid["k99"] == 99)
        #expect(throws: JSONParseError.self) {
            try JSONValue(parsing: "{" + (keys + ["\"k7\": 0"]).joined(separator: ",") + "}")
        }
    }

    @Test("garbage never crashes: every prefix and byte flip of a document is handled")
    func garbage() {
        let document = Array(#"{"a": [1, 2.5e-3, "x\u00e9\ud83d\ude00", {"b": null}], "c": true}"#.utf8)
        var outcomes = 0
        for end in 0...document.count {
            if (try? JSONValue(parsing: document[..<end])) != nil { outcomes += 1 }
        }
        // Only the full document (and no proper prefix) is valid JSON.
        #expect(outcomes == 1)
        for index in document.indices {
            for replacement: UInt8 in [0x00, 0x22, 0x5C, 0x7B, 0x5D, 0xFF, 0x80] {
                var mutated = document
                mutated[index] = replacement
                _ = try? JSONValue(parsing: mutated)
            }
        }
    }

    @Test("non-contiguous collections parse too")
    func nonContiguous() throws {
        let bytes = #"{"k": [1, 2]}"#.utf8.lazy.map { $0 }
        #expect(try JSONValue(parsing: Array(bytes).reversed().reversed()) == ["k": [1, 2]])
    }
}
