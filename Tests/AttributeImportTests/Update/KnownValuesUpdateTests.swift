import Foundation
import Testing
@testable import AttributeImport
import AttributeSpec

/// `import --update` keeps known values in step with the model: values it added go in, values it
/// dropped go, the summary names both, and a set the model does not have (a person's) stays.
@Suite("Update: known values")
struct KnownValuesUpdateTests {
    static func model(status: [String], size: String = "Number") -> [UInt8] {
        let values = status.map { "\"\($0)\"" }.joined(separator: ", ")
        return Array("""
            {"shapes": {
              "Widget": {"type": "structure", "members": {"Status": {"shape": "Status"}, "Size": {"shape": "\(size)"}, "Kind": {"shape": "Text"}}},
              "Status": {"type": "string", "enum": [\(values)]},
              "Text": {"type": "string"},
              "Sized": {"type": "string", "enum": ["SMALL", "LARGE"]},
              "Number": {"type": "integer"}
            }}
            """.utf8)
    }
    static let request = ImportRequest(root: .shape("Widget"), resource: "toy_widget", outputFile: "Spec/toy_widget.yaml")

    static func run(_ model: [UInt8], existing: String? = nil) throws -> ImportPipeline.Output {
        ImportPipeline.run(modelBytes: model, modelFile: "toy.json", request: request, existing: existing.map { Array($0.utf8) })
    }

    @Test func importWritesTheModelsValues() throws {
        let yaml = try #require(try Self.run(Self.model(status: ["ON", "OFF"])).yaml)
        #expect(yaml.contains("""
              - name: status
                type: STRING
                provider_name: Status
                values:
                  - "ON"
                  - "OFF"

            """), "\(yaml)")
    }

    @Test func updateAddsAndRemovesValuesAndKeepsDescriptionsAndHandWrittenSets() throws {
        let text = """
            resource: toy_widget
            attributes:
              - name: kind
                type: STRING
                provider_name: Kind
                values:   # by hand
                  - A
                  - B
              - name: size
                type: INT32
                provider_name: Size
              - name: status
                type: STRING
                provider_name: Status
                values:
                  - "ON"
                  - value: "OFF"
                    description: Switched off.
                  - BROKEN
                values_closed: true

            """
        let output = try Self.run(Self.model(status: ["ON", "OFF", "STANDBY"], size: "Sized"), existing: text)
        let yaml = try #require(output.yaml, "\(output.diagnostics)")
        #expect(yaml == """
            resource: toy_widget
            attributes:
              - name: kind
                type: STRING
                provider_name: Kind
                values:   # by hand
                  - A
                  - B
              - name: size
                type: STRING
                provider_name: Size
                values:
                  - SMALL
                  - LARGE
              - name: status
                type: STRING
                provider_name: Status
                values:
                  - "ON"
                  - value: "OFF"
                    description: Switched off.
                  - STANDBY
                values_closed: true

            """)
        let summary = try #require(output.summary)
        #expect(summary.revalued == ["size: added 2 values", "status: added STANDBY; removed BROKEN"])
        #expect(summary.lines.contains("changed values of status: added STANDBY; removed BROKEN"))
        #expect(summary.keptEdits.contains("kind values (the model has none)"))
        #expect(summary.keptEdits.contains("status values_closed"))
        // Settled: again against the same model, nothing changes.
        let again = try Self.run(Self.model(status: ["ON", "OFF", "STANDBY"], size: "Sized"), existing: yaml)
        #expect(again.yaml == yaml && again.summary?.hasChanges == false, "\(again.summary?.lines ?? [])")
    }

    @Test func aNestedFieldRetypedToAnEnumGetsItsValues() throws {
        let older = Array("""
            {"shapes": {
              "Widget": {"type": "structure", "members": {"Parts": {"shape": "Parts"}}},
              "Parts": {"type": "list", "member": {"shape": "Part"}},
              "Part": {"type": "structure", "members": {"Block": {"shape": "Block"}}},
              "Block": {"type": "structure", "members": {"State": {"shape": "Number"}, "Message": {"shape": "Text"}}},
              "Text": {"type": "string"},
              "Number": {"type": "integer"}
            }}
            """.utf8)
        let newer = Array("""
            {"shapes": {
              "Widget": {"type": "structure", "members": {"Parts": {"shape": "Parts"}}},
              "Parts": {"type": "list", "member": {"shape": "Part"}},
              "Part": {"type": "structure", "members": {"Block": {"shape": "Block"}}},
              "Block": {"type": "structure", "members": {"State": {"shape": "State"}, "Message": {"shape": "Text"}}},
              "State": {"type": "string", "enum": ["associating", "associated"]},
              "Text": {"type": "string"}
            }}
            """.utf8)
        let first = try #require(try Self.run(older).yaml)
        let output = try Self.run(newer, existing: first)
        let yaml = try #require(output.yaml, "\(output.diagnostics)")
        #expect(yaml == (try Self.run(newer).yaml))
    }
}

/// A set the model closes (Azure's `modelAsString: false`) gets `values_closed: true` on update.
@Suite("Update: a set the model closes")
struct ClosedValuesUpdateTests {
    @Test func theModelClosingASetAddsValuesClosed() throws {
        let here = SourceLocation(file: "Spec/t.yaml", line: 1, column: 1)
        func spec(closed: Bool) -> Spec {
            let status = Attribute(
                name: Located("status", at: here), type: Located(.string, at: here), providerName: Located("status", at: here),
                values: [KnownValue(value: Located("on", at: here)), KnownValue(value: Located("off", at: here))],
                valuesClosed: closed ? Located(true, at: here) : nil, location: here)
            return Spec(file: "Spec/t.yaml", resource: Located("t", at: here), attributes: [status], attributesLocation: here)
        }
        let text = "resource: t\nattributes:\n  - name: status\n    type: STRING\n    provider_name: status\n    values:\n      - on\n      - off\n"
        let existing = try #require(SpecFile.load(Array(text.utf8), file: "Spec/t.yaml").spec?.spec)
        let merged = SpecMerger.merge(existing: existing, imported: spec(closed: true))
        #expect(merged.spec.attributes.first?.hasClosedValues == true)
        #expect(merged.summary.revalued == ["status: closed, as the model now says"])
        #expect(SpecMerger.merge(existing: existing, imported: spec(closed: false)).summary.hasChanges == false)
    }
}

/// AWS models give no per-value descriptions, but member documentation often lists the values.
@Suite("Import: value descriptions from documentation")
struct ValueDescriptionsTests {
    @Test func aListOfValuesInCodeSpansDescribesThem() {
        let text = """
            Specifies a target platform accelerator.

            - `NVIDIA`: Nvidia graphics processing unit.
            - `MALI` - ARM Mali graphics processor
            - `UNLISTED`: not a value of the enum.
            - `NVIDIA`: a second item for a value is ignored.
            - `INTEL_GRAPHICS`
            """
        #expect(DocumentationText.valueDescriptions(in: text, values: ["NVIDIA", "MALI", "INTEL_GRAPHICS"]) == [
            "NVIDIA": "Nvidia graphics processing unit.",
            "MALI": "ARM Mali graphics processor",
        ])
    }
}
