import Foundation
import Testing
@testable import AttributeCodegen
@testable import AttributeSpec

@Suite("Store rendering")
struct StoreRendererTests {
    typealias B = SpecBuilder

    @Test("JSON strings escape quotes, backslashes and everything outside printable ASCII", arguments: [
        ("plain", #""plain""#),
        ("a\"b\\c", #""a\"b\\c""#),
        ("line\nbreak\r\ttab\u{0}", #""line\nbreak\r\ttab\u0000""#),
        ("Größe 😀", #""Gr\u00f6\u00dfe \ud83d\ude00""#),
        ("\u{2028}", #""\u2028""#),
    ])
    func jsonStrings(text: String, expected: String) throws {
        #expect(JSONText.quoted(text) == expected)
        // What a JSON reader makes of it is the text again.
        let decoded = try JSONDecoder().decode(String.self, from: Data(expected.utf8))
        #expect(decoded == text)
    }

    @Test("PostgreSQL literals: plain when printable ASCII, Unicode escapes otherwise, NUL made visible", arguments: [
        ("It's", "'It''s'"),
        ("a\\b", #"U&'a\\b'"#),
        ("Größe\n", #"U&'Gr\00f6\00dfe\000a'"#),
        ("😀\u{0}", #"U&'\+01f600\\u{0}'"#),
    ])
    func postgresLiterals(text: String, expected: String) {
        #expect(SQLRenderer.postgresLiteral(text) == expected)
    }

    @Test("identifiers are always quoted, a double quote inside doubled")
    func identifiers() {
        #expect(SQLDialect.identifier("order") == "\"order\"")
        #expect(SQLDialect.identifier("a\"b") == "\"a\"\"b\"")
    }

    @Test("the timestamp pattern allows exactly the record decoder's dates and forms", arguments: [
        ("2026-11-24T17:45:02.557Z", true), ("2024-02-29t00:00:00+02", true), ("2000-02-29 00:00:00-0130", true),
        ("0000-02-29T00:00:00Z", true), ("2026-01-01T23:59:60.1234z", true),
        ("1900-02-29T00:00:00Z", false), ("2026-04-31T00:00:00Z", false), ("2026-01-01T00:00:00", false),
        ("2026-01-01T00:00:00Z\n", false), ("2026-01-01T00:00:00+2", false), ("2026-01-01T00:00:00.Z", false),
    ])
    func timestampPattern(text: String, valid: Bool) throws {
        // NSRegularExpression is ICU's, a third engine besides ECMA-262 and Python's.
        let pattern = try NSRegularExpression(pattern: JSONSchemaRenderer.timestampPattern)
        let matches = pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        #expect(matches == valid)
    }

    /// More columns than one `json_object` call takes in older SQLite: the view nests `json_set`.
    @Test("a table of 130 columns loads and reads back through SQLite's record view",
          .enabled(if: StoreTools.runs(StoreTools.missingSQLite), "skipped: \(StoreTools.missingSQLite ?? "")"))
    func wideSQLiteTable() throws {
        let sqlite3 = try #require(StoreTools.sqlite3, "\(StoreTools.missingSQLite ?? "")")
        let spec = B.spec("wide", (0..<130).map { B.attribute("c\($0)", $0 % 2 == 0 ? .int64 : .double, provider: "C\($0)") })
        let sql = SQLRenderer.render(CodeTranslator.translate(spec, options: GeneratorOptions()), dialect: .sqlite, keyColumns: [])
        #expect(sql.components(separatedBy: "json_set(").count == 3)
        let record = "{" + (0..<130).map { "\"c\($0)\":\($0 % 2 == 0 ? "\($0)" : "\($0).25")" }.joined(separator: ",") + "}"
        let script = sql + "\nINSERT INTO \"wide_record\" (record) VALUES ('\(record)');\nSELECT record FROM \"wide_record\";\n"
        let result = try StoreTools.run(sqlite3, ["-batch", "-bail", ":memory:"], stdin: Array(script.utf8))
        try #require(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
        #expect(object.count == 130)
        #expect(object["c128"] as? Int == 128 && object["c129"] as? Double == 129.25 && object["c61"] as? Double == 61.25)
    }
}
