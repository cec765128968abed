import Foundation
import Testing
@testable import AttributeSpec

@Suite("Spec normalizer")
struct SpecNormalizerTests {
    /// Expected output prepared with Python's `json.dumps(sort_keys=True, indent=2, ensure_ascii=False)`.
    static let canonical = #"""
    {
      "attributes": [
        {
          "name": "a",
          "provider_name": "A",
          "type": "STRING"
        },
        {
          "fields": [
            {
              "name": "x",
              "type": "INT32"
            }
          ],
          "name": "s",
          "swift_name": "ess",
          "type": "STRUCT"
        }
      ],
      "description": "Tab\tand \"quotes\" \\ é\u0001\n",
      "resource": "t"
    }

    """#

    @Test("sorted keys, two-space indentation, minimal escaping, final newline")
    func canonicalJSON() throws {
        let input = #"""
        {"resource": "t", "description": "Tab\tand \"quotes\" \\ \u00e9\u0001\n", "attributes": [
          {"type": "STRING", "provider_name": "A", "name": "a"},
          {"name": "s", "type": "STRUCT", "swift_name": "ess", "fields": [{"type": "INT32", "name": "x"}]}
        ]}
        """#
        let spec = try #require(try loadJSON(input).spec)
        #expect(SpecNormalizer.canonicalJSON(spec) == Self.canonical)
    }

    @Test("canonical JSON reads back to the same spec and normalizes to itself")
    func idempotent() throws {
        let spec = try #require(try loadJSON(Self.canonical).spec)
        #expect(SpecNormalizer.canonicalJSON(spec) == Self.canonical)
    }

    @Test("empty lists and absent keys")
    func emptyLists() {
        let location = SourceLocation(file: "t.json", line: 1, column: 1)
        let spec = Spec(
            file: "t.json",
            resource: Located("t", at: location),
            attributes: [Attribute(name: Located("s", at: location), type: Located(.structure, at: location), fields: [], location: location)],
            attributesLocation: location
        )
        #expect(SpecNormalizer.canonicalJSON(spec) == """
        {
          "attributes": [
            {
              "fields": [],
              "name": "s",
              "type": "STRUCT"
            }
          ],
          "resource": "t"
        }

        """)
    }

    @Test("control characters")
    func controlCharacters() throws {
        let spec = try #require(try loadJSON(#"{"resource": "t", "description": "\b\f\r\u001f\u007f/", "attributes": []}"#).spec)
        #expect(SpecNormalizer.canonicalJSON(spec).contains(#""description": "\b\f\r\u001f\#u{7F}/""#))
    }
}

@Suite("Normalize YAML and JSON alike")
struct NormalizeTwinTests {
    @Test("a YAML spec and its JSON twin give the same bytes")
    func twins() throws {
        let yaml = try #require(SpecFile.load(Array(TwinSpecs.yaml.utf8), file: "test_table.yaml").spec)
        let json = try #require(SpecFile.load(Array(TwinSpecs.json.utf8), file: "test_table.json").spec)
        let fromYAML = SpecNormalizer.canonicalJSON(yaml.spec)
        #expect(fromYAML == SpecNormalizer.canonicalJSON(json.spec))
        #expect(fromYAML.hasPrefix("{\n  \"attributes\": [\n    {\n      \"name\": \"account_id\",\n"))
        #expect(fromYAML.contains("\"description\": \"Line one.\\nLine two.\\n\","))
    }
}

@Suite("Bundled spec normalisation")
struct BundledSpecNormalizationTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test("the bundled YAML spec and its JSON twin (PyYAML's load of it) normalise to the same bytes")
    func yamlAndJSONAgree() throws {
        let yaml = try [UInt8](Data(contentsOf: Self.root.appendingPathComponent("Spec/aws_sagemaker_compilation_job.yaml")))
        let json = try [UInt8](Data(contentsOf: Self.root.appendingPathComponent("Tests/Fixtures/aws_sagemaker_compilation_job.loaded.json")))
        let fromYAML = SpecLoader.load(try SpecFileReader.read(yaml, file: "aws_sagemaker_compilation_job.yaml"), file: "aws_sagemaker_compilation_job.yaml")
        let fromJSON = SpecLoader.load(try SpecFileReader.read(json, file: "aws_sagemaker_compilation_job.json"), file: "aws_sagemaker_compilation_job.json")
        #expect(fromYAML.diagnostics.isEmpty && fromJSON.diagnostics.isEmpty)
        let yamlSpec = try #require(fromYAML.spec)
        let jsonSpec = try #require(fromJSON.spec)
        let canonical = SpecNormalizer.canonicalJSON(yamlSpec)
        #expect(canonical == SpecNormalizer.canonicalJSON(jsonSpec))
        #expect(canonical.contains("\"name\": \"target_platform\""))
    }
}
