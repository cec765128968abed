import Testing
@testable import AttributeImport
import AttributeSpec

/// `import --update` on a spec with hand edits: they are kept, new members appear, removed ones
/// are reported and removed (or kept when pinned).
@Suite("Import --update")
struct SpecMergerTests {
    /// The model before: `Name`, `Colour`, `Size`, `Config { Mode, Level }`.
    static func model(_ members: String, config: String) -> [UInt8] {
        Array("""
            {"shapes": {
              "Widget": {"type": "structure", "members": {\(members)}},
              "Text": {"type": "string"},
              "Number": {"type": "integer"},
              "Config": {"type": "structure", "members": {\(config)}}
            }}
            """.utf8)
    }

    static let before = model(
        #""Name": {"shape": "Text", "documentation": "<p>The name.</p>"}, "Colour": {"shape": "Text"}, "Size": {"shape": "Number"}, "Config": {"shape": "Config"}"#,
        config: #""Mode": {"shape": "Text"}, "Level": {"shape": "Number"}"#)
    /// The model after: `Colour` removed, `Weight` added, `Size` now text, `Config.Depth` added, `Config.Level` removed.
    static let after = model(
        #""Name": {"shape": "Text", "documentation": "<p>The model's new wording.</p>"}, "Size": {"shape": "Text"}, "Weight": {"shape": "Number", "documentation": "<p>How heavy.</p>"}, "Config": {"shape": "Config"}"#,
        config: #""Mode": {"shape": "Text"}, "Depth": {"shape": "Number"}"#)

    static let request = ImportRequest(
        root: .shape("Widget"), resource: "toy_widget", context: [ContextAttribute(name: "account_id", type: .string)],
        outputFile: "Spec/toy_widget.yaml")

    /// The first import, then the edits a person makes by hand.
    static func handEdited() throws -> String {
        let first = try #require(ImportPipeline.run(modelBytes: before, modelFile: "toy.json", request: request).yaml)
        var text = first
        text = text.replacingOccurrences(of: "resource: toy_widget\n", with: "resource: toy_widget\ndescription: A toy widget.\n")
        text = text.replacingOccurrences(of: "    provider_name: Name\n    description: The name.\n",
                                         with: "    provider_name: Name\n    description: The widget's display name, edited by hand.\n    swift_name: displayName\n")
        text = text.replacingOccurrences(of: "  - name: size\n", with: "  - name: size\n    swift_name: sizeText\n")
        text += "\n  - name: region\n    type: STRING\n"
        #expect(text != first)
        return text
    }

    static func update(_ existing: String, keep: Set<String> = []) throws -> (spec: Spec, output: ImportPipeline.Output) {
        let output = ImportPipeline.run(modelBytes: after, modelFile: "toy.json", request: request, existing: Array(existing.utf8), keep: keep)
        let yaml = try #require(output.yaml, "\(output.diagnostics)")
        return (try #require(SpecFile.load(Array(yaml.utf8), file: "Spec/toy_widget.yaml").spec).spec, output)
    }

    @Test func handEditsAreKept() throws {
        let (spec, _) = try Self.update(try Self.handEdited())
        #expect(spec.description?.value == "A toy widget.")
        let name = try #require(spec.attributes.first { $0.name.value == "name" })
        #expect(name.swiftName?.value == "displayName")
        #expect(name.description?.value == "The widget's display name, edited by hand.")
        #expect(spec.attributes.first { $0.name.value == "size" }?.swiftName?.value == "sizeText")
        // Context attributes, from the command line and added by hand, stay.
        #expect(spec.attributes.contains { $0.name.value == "account_id" && $0.providerName == nil })
        #expect(spec.attributes.contains { $0.name.value == "region" && $0.providerName == nil })
    }

    @Test func newMembersAreAddedAndRemovedOnesReportedAndRemoved() throws {
        let (spec, output) = try Self.update(try Self.handEdited())
        #expect(spec.attributes.map(\.name.value) == ["account_id", "config", "name", "region", "size", "weight"])
        #expect(spec.attributes.first { $0.name.value == "weight" }?.description?.value == "How heavy.")
        #expect(spec.attributes.first { $0.name.value == "size" }?.type.value == .string)
        #expect(spec.attributes.first { $0.name.value == "config" }?.fields?.map(\.name.value) == ["depth", "mode"])
        let summary = try #require(output.summary)
        #expect(summary.added == ["config.depth", "weight"])
        #expect(summary.removed == ["config.level", "colour"])
        #expect(summary.retyped == ["size: INT32 → STRING"])
        #expect(summary.lines.last == "2 added, 2 removed, 1 retyped, 5 hand edits kept")
        #expect(summary.lines.contains("removed colour (no longer in the model)"))
        #expect(summary.lines.contains("kept hand edit: name description (differs from the model's; delete it to take the model's)"))
    }

    @Test func pinnedMembersSurviveTheirRemoval() throws {
        let (spec, output) = try Self.update(try Self.handEdited(), keep: ["colour", "config.level"])
        #expect(spec.attributes.contains { $0.name.value == "colour" && $0.providerName?.value == "Colour" })
        #expect(spec.attributes.first { $0.name.value == "config" }?.fields?.map(\.name.value) == ["depth", "level", "mode"])
        #expect(output.summary?.removed == [])
        #expect(output.summary?.pinned == ["config.level", "colour"])
    }

    @Test func anUnchangedModelChangesNothing() throws {
        let first = try #require(ImportPipeline.run(modelBytes: Self.before, modelFile: "toy.json", request: Self.request).yaml)
        let again = ImportPipeline.run(modelBytes: Self.before, modelFile: "toy.json", request: Self.request, existing: Array(first.utf8))
        #expect(again.yaml == first)
        #expect(again.summary?.lines == ["0 added, 0 removed, 0 retyped, 0 hand edits kept"])
    }

    @Test func aBrokenExistingSpecStopsTheUpdate() {
        let output = ImportPipeline.run(
            modelBytes: Self.after, modelFile: "toy.json", request: Self.request,
            existing: Array("resource: toy_widget\nattributes:\n  - name: a\n    type: STRNG\n".utf8))
        #expect(output.yaml == nil)
        #expect(output.diagnostics.map(\.description) == [
            "Spec/toy_widget.yaml:4:11: error: unknown type 'STRNG'\nSpec/toy_widget.yaml:4:11: note: did you mean 'STRING'?",
        ])
    }
}
