import Foundation
import Testing
@testable import AttributeSpec

/// One grammar for provider paths (issue 14 §3): lint, the JSON Schema and the mapper agree, and
/// overlapping paths at one level are rejected with both attributes named.
@Suite("Provider path grammar")
struct ProviderPathTests {
    private func validate(_ attributes: String...) throws -> [String] {
        let text = "{\"resource\": \"t\", \"attributes\": [\n" + attributes.joined(separator: ",\n") + "\n]}"
        let loaded = try loadJSON(text)
        #expect(loaded.diagnostics == [], "the loader should accept the test input")
        let spec = try #require(loaded.spec)
        return SpecValidator.validate(spec).diagnostics.sortedByLocation().map(\.description)
    }

    private func validate(provider: String) throws -> [String] {
        let escaped = String(decoding: try JSONSerialization.data(withJSONObject: provider, options: .fragmentsAllowed), as: UTF8.self)
        return try validate(#"{"name": "a", "type": "STRING", "provider_name": \#(escaped)}"#)
    }

    @Test("paths the mapper cannot follow are lint errors at the provider_name", arguments: [
        ("Layers[0].Arn", "t.json:2:50: error: provider_name 'Layers[0].Arn' is not a provider path: '[' is not allowed in a key\nt.json:2:50: note: list elements cannot be addressed; map the list as UNORDERED_LIST_STRUCT with fields"),
        ("Function Name", "t.json:2:50: error: provider_name 'Function Name' is not a provider path: U+0020 is not allowed in a key\nt.json:2:50: note: a provider path is keys joined by '.'; a key may not hold '[', ']', white space or control characters"),
        (" Name", "t.json:2:50: error: provider_name ' Name' is not a provider path: U+0020 is not allowed in a key\nt.json:2:50: note: a provider path is keys joined by '.'; a key may not hold '[', ']', white space or control characters"),
        ("Line\nBreak", "t.json:2:50: error: provider_name 'Line\\nBreak' is not a provider path: U+000A is not allowed in a key\nt.json:2:50: note: a provider path is keys joined by '.'; a key may not hold '[', ']', white space or control characters"),
        ("No\u{A0}Break", "t.json:2:50: error: provider_name 'No\u{A0}Break' is not a provider path: U+00A0 is not allowed in a key\nt.json:2:50: note: a provider path is keys joined by '.'; a key may not hold '[', ']', white space or control characters"),
        ("Bom\u{FEFF}", "t.json:2:50: error: provider_name 'Bom\u{FEFF}' is not a provider path: U+FEFF is not allowed in a key\nt.json:2:50: note: a provider path is keys joined by '.'; a key may not hold '[', ']', white space or control characters"),
        ("a.b]", "t.json:2:50: error: provider_name 'a.b]' is not a provider path: ']' is not allowed in a key\nt.json:2:50: note: list elements cannot be addressed; map the list as UNORDERED_LIST_STRUCT with fields"),
        ("a..b", "t.json:2:50: error: provider_name 'a..b' has an empty component"),
    ])
    func rejected(provider: String, expected: String) throws {
        #expect(try validate(provider: provider) == [expected])
    }

    @Test("keys in any script, with punctuation, pass", arguments: [
        "Größe.値", "Quote\"d\\Name", "@odata.etag", "kebab-case", "$ref", "a.b.c", "x.\u{301}y", "😀",
    ])
    func accepted(provider: String) throws {
        #expect(try validate(provider: provider) == [])
    }

    @Test("the JSON Schema's provider_name pattern is the grammar")
    func schemaPatternIsTheGrammar() throws {
        let schemaURL = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Spec/attribute-spec.schema.json")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as? [String: Any])
        let defs = try #require(schema["$defs"] as? [String: Any])
        let attribute = try #require(defs["attribute"] as? [String: Any])
        let properties = try #require(attribute["properties"] as? [String: Any])
        let provider = try #require(properties["provider_name"] as? [String: Any])
        #expect(provider["pattern"] as? String == ProviderPath.schemaPattern)
    }

    @Test("the pattern and lint agree on generated paths", arguments: [UInt64(11), 12])
    func patternAgreesWithLint(seed: UInt64) throws {
        let regex = try NSRegularExpression(pattern: ProviderPath.schemaPattern)
        let alphabet: [Unicode.Scalar] = [
            "a", "Z", "0", "_", "-", "@", "$", ".", ".", "[", "]", " ", "\t", "\n", "\u{0}", "\u{1F}", "\u{7F}", "\u{85}",
            "\u{A0}", "\u{A1}", "é", "\u{301}", "\u{1680}", "\u{2000}", "\u{200A}", "\u{200B}", "\u{2028}", "\u{2029}",
            "\u{202F}", "\u{205F}", "\u{3000}", "\u{FEFF}", "値", "😀",
        ]
        var generator = SplitMix(seed: seed)
        var disagreements: [String] = []
        for _ in 0..<4_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...6, using: &generator) {
                text.unicodeScalars.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)])
            }
            let range = NSRange(text.startIndex..., in: text)
            // ICU's `$` also matches before a final line break, ECMAScript's does not: compare
            // whole-text matches, which is what the schema's anchors mean.
            let matches = regex.firstMatch(in: text, range: range)?.range == range
            if matches != (ProviderPath.violation(in: text) == nil) {
                disagreements.append(text.unicodeScalars.map { "U+" + String($0.value, radix: 16) }.joined(separator: " "))
            }
        }
        #expect(disagreements.isEmpty, "seed \(seed): \(disagreements.prefix(5))")
    }

    // MARK: Overlaps

    @Test("a STRUCT and a dotted path into it overlap, in either order", arguments: [true, false])
    func structAndDottedPath(structFirst: Bool) throws {
        let structure = #"{"name": "configuration", "type": "STRUCT", "provider_name": "Configuration", "fields": [{"name": "x", "type": "STRING", "provider_name": "X"}]}"#
        let string = #"{"name": "a_function_name", "type": "STRING", "provider_name": "Configuration.FunctionName"}"#
        let diagnostics = structFirst ? try validate(structure, string) : try validate(string, structure)
        let note = ": note: one provider value may feed only one attribute; read the inner key as a field of the outer STRUCT instead"
        #expect(diagnostics == [structFirst
            ? "t.json:3:64: error: provider_name 'Configuration.FunctionName' of 'a_function_name' overlaps provider_name 'Configuration' of 'configuration' on line 2\nt.json:3:64" + note
            : "t.json:3:62: error: provider_name 'Configuration' of 'configuration' overlaps provider_name 'Configuration.FunctionName' of 'a_function_name' on line 2\nt.json:3:62" + note,
        ])
    }

    @Test("deeper overlaps are found; siblings and shared prefixes of keys are not overlaps")
    func otherOverlaps() throws {
        #expect(try validate(
            #"{"name": "a", "type": "STRING", "provider_name": "P.Q"}"#,
            #"{"name": "b", "type": "STRING", "provider_name": "P.Q.R"}"#
        ).count == 1)
        #expect(try validate(
            #"{"name": "a", "type": "STRING", "provider_name": "P.Q"}"#,
            #"{"name": "b", "type": "STRING", "provider_name": "P.R"}"#,
            #"{"name": "c", "type": "STRING", "provider_name": "PQ"}"#,
            #"{"name": "d", "type": "STRING", "provider_name": "P.QR"}"#,
            #"{"name": "e", "type": "STRUCT", "provider_name": "S", "fields": [{"name": "f", "type": "STRING", "provider_name": "P"}]}"#
        ) == [])
    }

    @Test("provider names are told apart by bytes, as the mapper tells keys apart")
    func duplicatesByBytes() throws {
        #expect(try validate(
            #"{"name": "a", "type": "STRING", "provider_name": "\u00e9"}"#,
            #"{"name": "b", "type": "STRING", "provider_name": "e\u0301"}"#
        ) == [])
    }
}
