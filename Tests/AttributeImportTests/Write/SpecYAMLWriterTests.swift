import Testing
@testable import AttributeImport
import AttributeSpec

@Suite("Spec YAML writer")
struct SpecYAMLWriterTests {
    static let here = SourceLocation(file: "t.yaml", line: 1, column: 1)

    static func attribute(_ name: String, _ type: AttributeType = .string, provider: String? = nil, description: String? = nil, fields: [Attribute]? = nil) -> Attribute {
        Attribute(
            name: Located(name, at: here), type: Located(type, at: here),
            providerName: provider.map { Located($0, at: here) }, description: description.map { Located($0, at: here) },
            fields: fields, location: here)
    }

    static func spec(_ attributes: [Attribute], description: String? = nil) -> Spec {
        Spec(file: "t.yaml", resource: Located("t", at: here), description: description.map { Located($0, at: here) },
             attributes: attributes, attributesLocation: here)
    }

    /// Writes, reads back, and returns the description the reader sees.
    static func roundTrip(_ description: String) throws -> String? {
        let yaml = SpecYAMLWriter.yaml(spec([attribute("a", provider: "A", description: description)]))
        let loaded = SpecFile.load(Array(yaml.utf8), file: "t.yaml")
        let spec = try #require(loaded.spec, "\(loaded.diagnostics)\n\(yaml)")
        return spec.spec.attributes.first?.description?.value
    }

    @Test func layout() {
        let yaml = SpecYAMLWriter.yaml(Self.spec([
            Self.attribute("account_id"),
            Self.attribute("config", .structure, provider: "Config", description: "Short.", fields: [
                Self.attribute("s3_uri", provider: "S3Uri", description: String(repeating: "word ", count: 30) + "end."),
            ]),
        ], description: "A table."), header: ["Made by a test."])
        #expect(yaml == """
            # yaml-language-server: $schema=attribute-spec.schema.json
            # Made by a test.
            resource: t
            description: A table.
            attributes:
              - name: account_id
                type: STRING

              - name: config
                type: STRUCT
                provider_name: Config
                description: Short.
                fields:
                  - name: s3_uri
                    type: STRING
                    provider_name: S3Uri
                    description: >-
                      word word word word word word word word word word word word word word word word
                      word word word word word word word word word word word word word word end.

            """)
    }

    @Test(arguments: [
        "Plain text.",
        "A long single paragraph " + String(repeating: "that goes on and on ", count: 12) + "until it ends.",
        "First paragraph.\n\n- item `one`\n  - nested: item\n\n  Continued.",
        "yes",
        "123",
        "- looks like a list",
        "key: value",
        "# not a comment",
        "`code` first",
        "ends with colon:",
        " leading space",
        "trailing space ",
        "two  spaces  inside a long line that must be wrapped somewhere " + String(repeating: "x ", count: 40),
        "tab\tinside",
        "control \u{7} character and \u{2028} separator",
        "quotes \" and backslash \\ and 'single'",
        "\nstarts with a newline",
        "line with trailing space \nnext",
        String(repeating: "averyveryverylongwordwithoutanyspaces", count: 4) + " and more words after it",
        "Ünïcödé ‘curly’ “quotes” — dashes",
    ])
    func everyTextReadsBackExactly(_ text: String) throws {
        #expect(try Self.roundTrip(text) == text)
    }

    @Test func wrapBreaksOnlyAtSingleSpaces() {
        #expect(SpecYAMLWriter.wrap("aa bb cc", width: 5) == ["aa bb", "cc"])
        #expect(SpecYAMLWriter.wrap("aaaaaaa bb", width: 5) == ["aaaaaaa", "bb"])
        #expect(SpecYAMLWriter.wrap("aa  bb cc", width: 5) == ["aa  bb", "cc"])
        #expect(SpecYAMLWriter.wrap("", width: 5) == [""])
    }
}
