import Testing
@testable import AttributeImport
import AttributeSpec

/// `import --update` edits the spec in place: what the model did not change stays byte for
/// byte (comments, blank lines, quoting, block scalars, every hand-written key), and the
/// summary names each change and each hand edit kept.
@Suite("Import --update")
struct SpecMergerTests {
    /// The model before: `Name`, `Colour`, `Size`, `Config { Mode, Level }`, `Tags [{Key, Value}]`.
    static let before = Array(#"""
        {"shapes": {
          "Widget": {"type": "structure", "members": {"Name": {"shape": "Text", "documentation": "<p>The name.</p>"}, "Colour": {"shape": "Text"}, "Size": {"shape": "Number"}, "Config": {"shape": "Config"}, "Tags": {"shape": "TagList"}}},
          "Text": {"type": "string"},
          "Number": {"type": "integer"},
          "TagList": {"type": "list", "member": {"shape": "Tag"}},
          "Tag": {"type": "structure", "members": {"Key": {"shape": "Text"}, "Value": {"shape": "Text"}}},
          "Config": {"type": "structure", "members": {"Mode": {"shape": "Text"}, "Level": {"shape": "Number"}}}
        }}
        """#.utf8)

    /// The model after: `Colour` removed, `Weight` added, `Size` now text, `Name` re-documented,
    /// `Config.Depth` added, `Config.Level` removed.
    static let after = Array(#"""
        {"shapes": {
          "Widget": {"type": "structure", "members": {"Name": {"shape": "Text", "documentation": "<p>The model's new wording.</p>"}, "Size": {"shape": "Text"}, "Weight": {"shape": "Number", "documentation": "<p>How heavy.</p>"}, "Config": {"shape": "Config"}, "Tags": {"shape": "TagList"}}},
          "Text": {"type": "string"},
          "Number": {"type": "integer"},
          "TagList": {"type": "list", "member": {"shape": "Tag"}},
          "Tag": {"type": "structure", "members": {"Key": {"shape": "Text"}, "Value": {"shape": "Text"}}},
          "Config": {"type": "structure", "members": {"Mode": {"shape": "Text"}, "Depth": {"shape": "Number"}}}
        }}
        """#.utf8)

    static func request(_ context: [ContextAttribute] = [ContextAttribute(name: "account_id", type: .string)]) -> ImportRequest {
        ImportRequest(root: .shape("Widget"), resource: "toy_widget", context: context, outputFile: "Spec/toy_widget.yaml")
    }

    /// The first import of `before`, with the edits a person makes by hand: every key the
    /// import does not write, comments (one inside a block scalar, which is text), quoting,
    /// a trailing comment, a context attribute added at the end out of order.
    static let handEdited = #"""
        # yaml-language-server: $schema=attribute-spec.schema.json
        # Imported from the AWS model before.json (--shape Widget) by `attribute-codegen import aws`.
        # Hand edits (swift_name, descriptions, context attributes) survive `import --update`.
        resource: toy_widget
        description: 'A toy widget, edited.'
        timestamp_format: epoch_seconds
        attributes:
          - name: account_id
            type: STRING

          # Colour is what the shop calls it.
          - name: colour
            type: STRING
            provider_name: Colour

          - name: config
            type: STRUCT
            provider_name: Config
            fields:
              # level will go
              - name: level
                type: INT32
                provider_name: Level
              - name: mode
                type: STRING
                provider_name: Mode

          - name: name
            type: STRING
            provider_name: Name
            # displayName reads better at call sites
            swift_name: displayName
            description: |-
              The widget's display name.
              # not a comment

              Second paragraph.
            deprecated: "Use size instead."

          - name: size
            type: INT32
            provider_name: Size

          - name: tags
            type: UNORDERED_LIST_STRUCT
            provider_name: Tags
            fields:
              - name: key
                type: STRING
                provider_name: Key
              - name: value
                type: STRING
                provider_name: Value

          - name: region   # filled by the caller
            type: STRING

        """#

    /// `handEdited` after `--update` against `after` with `--context tags:UNORDERED_LIST_STRING --keep colour`.
    static let updated = #"""
        # yaml-language-server: $schema=attribute-spec.schema.json
        # Imported from the AWS model before.json (--shape Widget) by `attribute-codegen import aws`.
        # Hand edits (swift_name, descriptions, context attributes) survive `import --update`.
        resource: toy_widget
        description: 'A toy widget, edited.'
        timestamp_format: epoch_seconds
        attributes:
          - name: account_id
            type: STRING

          # Colour is what the shop calls it.
          - name: colour
            type: STRING
            provider_name: Colour
            pinned: true

          - name: config
            type: STRUCT
            provider_name: Config
            fields:
              - name: depth
                type: INT32
                provider_name: Depth
              - name: mode
                type: STRING
                provider_name: Mode

          - name: name
            type: STRING
            provider_name: Name
            # displayName reads better at call sites
            swift_name: displayName
            description: |-
              The widget's display name.
              # not a comment

              Second paragraph.
            deprecated: "Use size instead."

          - name: size
            type: STRING
            provider_name: Size

          - name: tags
            type: UNORDERED_LIST_STRING

          - name: region   # filled by the caller
            type: STRING

          - name: weight
            type: INT32
            provider_name: Weight
            description: How heavy.

        """#

    @Test func theFixtureIsTheFirstImportWithHandEdits() throws {
        let first = try #require(ImportPipeline.run(modelBytes: Self.before, modelFile: "before.json", request: Self.request()).yaml)
        let edits = Self.handEdited
            .replacingOccurrences(of: "description: 'A toy widget, edited.'\ntimestamp_format: epoch_seconds\n", with: "")
            .replacingOccurrences(of: "  # Colour is what the shop calls it.\n", with: "")
            .replacingOccurrences(of: "      # level will go\n", with: "")
            .replacingOccurrences(of: "    # displayName reads better at call sites\n    swift_name: displayName\n", with: "")
            .replacingOccurrences(of: "    description: |-\n      The widget's display name.\n      # not a comment\n\n      Second paragraph.\n    deprecated: \"Use size instead.\"\n", with: "    description: The name.\n")
            .replacingOccurrences(of: "\n  - name: region   # filled by the caller\n    type: STRING\n", with: "")
        #expect(edits == first)
        #expect(!SpecFile.load(Array(Self.handEdited.utf8), file: "Spec/toy_widget.yaml").diagnostics.containsErrors)
    }

    @Test func theSameModelChangesNoByte() throws {
        let output = ImportPipeline.run(
            modelBytes: Self.before, modelFile: "before.json", request: Self.request(), existing: Array(Self.handEdited.utf8))
        #expect(output.yaml == Self.handEdited, "\(output.diagnostics)")
        #expect(output.summary?.hasChanges == false)
        #expect(output.summary?.lines == [
            "kept hand edit: table description (the model has none)",
            "kept hand edit: table timestamp_format",
            "kept hand edit: name swift_name",
            "kept hand edit: name deprecated",
            "kept hand edit: name description (differs from the model's; delete it or pass --take-descriptions to take the model's)",
            "kept hand edit: region (context attribute)",
            "no changes; 6 hand edits kept",
        ])
    }

    @Test func aNewerModelChangesOnlyWhatItChanged() throws {
        let output = ImportPipeline.run(
            modelBytes: Self.after, modelFile: "after.json",
            request: Self.request([ContextAttribute(name: "account_id", type: .string), ContextAttribute(name: "tags", type: .unorderedListString)]),
            existing: Array(Self.handEdited.utf8), keep: ["colour"])
        #expect(output.yaml == Self.updated, "\(output.diagnostics)")
        #expect(output.summary?.lines == [
            "added config.depth",
            "added weight",
            "removed config.level (no longer in the model; the comment above it went with it)",
            "changed type of size: INT32 → STRING",
            "context attribute tags (UNORDERED_LIST_STRING) takes the place of member Tags",
            "pinned colour (pinned: true, from --keep)",
            "kept hand edit: table description (the model has none)",
            "kept hand edit: table timestamp_format",
            "kept hand edit: name swift_name",
            "kept hand edit: name deprecated",
            "kept hand edit: name description (differs from the model's; delete it or pass --take-descriptions to take the model's)",
            "kept hand edit: region (context attribute)",
            "2 added, 1 removed, 1 retyped, 1 replaced by context, 1 pinned, 6 hand edits kept",
        ])
        // Once updated, the same update changes nothing; without --keep the pin holds.
        // (`--keep` on a member the model still has pins it in the same run: see aPinnedAttributeIsLeftAsItIs.)
        let again = ImportPipeline.run(
            modelBytes: Self.after, modelFile: "after.json",
            request: Self.request([ContextAttribute(name: "account_id", type: .string), ContextAttribute(name: "tags", type: .unorderedListString)]),
            existing: Array(Self.updated.utf8))
        #expect(again.yaml == Self.updated)
        #expect(again.summary?.hasChanges == false)
    }

    @Test func keepPinsInTheSameRun() throws {
        let output = ImportPipeline.run(
            modelBytes: Self.after, modelFile: "after.json", request: Self.request(), existing: Array(Self.handEdited.utf8), keep: ["size"])
        let yaml = try #require(output.yaml, "\(output.diagnostics)")
        #expect(yaml.contains("  - name: size\n    type: INT32\n    provider_name: Size\n    pinned: true\n"))
        #expect(output.summary?.retyped == [])
        #expect(output.summary?.newlyPinned == ["size"])
    }

    @Test func aPinnedAttributeIsLeftAsItIs() throws {
        // `size` pinned: the model's retype does not touch it, nor does its removal.
        let pinned = Self.handEdited.replacingOccurrences(
            of: "    type: INT32\n    provider_name: Size\n", with: "    type: INT32\n    provider_name: Size\n    pinned: true\n")
        let output = ImportPipeline.run(
            modelBytes: Self.after, modelFile: "after.json", request: Self.request(), existing: Array(pinned.utf8))
        let yaml = try #require(output.yaml, "\(output.diagnostics)")
        #expect(yaml.contains("  - name: size\n    type: INT32\n    provider_name: Size\n    pinned: true\n"))
        #expect(output.summary?.retyped == [])
        #expect(output.summary?.keptEdits.contains("size pinned") == true)
    }

    @Test func aMissingDescriptionIsFilledFromTheModel() throws {
        let first = try #require(ImportPipeline.run(modelBytes: Self.before, modelFile: "before.json", request: Self.request()).yaml)
        let deleted = first.replacingOccurrences(of: "    description: The name.\n", with: "")
        let output = ImportPipeline.run(modelBytes: Self.after, modelFile: "after.json", request: Self.request(), existing: Array(deleted.utf8))
        let yaml = try #require(output.yaml)
        #expect(yaml.contains("    provider_name: Name\n    description: The model's new wording.\n"))
        #expect(output.summary?.described == ["name"])
    }

    @Test func anUnknownKeepNameIsAWarning() {
        let output = ImportPipeline.run(
            modelBytes: Self.before, modelFile: "before.json", request: Self.request(), existing: Array(Self.handEdited.utf8), keep: ["colur"])
        #expect(output.yaml == Self.handEdited)
        #expect(output.diagnostics.map(\.description) == ["warning: --keep 'colur' names no attribute of the spec; nothing pinned"])
    }

    @Test func aBrokenExistingSpecStopsTheUpdate() {
        let output = ImportPipeline.run(
            modelBytes: Self.after, modelFile: "toy.json", request: Self.request(),
            existing: Array("resource: toy_widget\nattributes:\n  - name: a\n    type: STRNG\n".utf8))
        #expect(output.yaml == nil)
        #expect(output.diagnostics.map(\.description) == [
            "Spec/toy_widget.yaml:4:11: error: unknown type 'STRNG'\nSpec/toy_widget.yaml:4:11: note: did you mean 'STRING'?",
        ])
    }

    @Test func aFlowListThatNeedsAnEditIsAnErrorNotALoss() {
        let flow = "resource: toy_widget\nattributes: [{name: size, type: INT32, provider_name: Size}]\n"
        let output = ImportPipeline.run(modelBytes: Self.after, modelFile: "after.json", request: Self.request([]), existing: Array(flow.utf8))
        #expect(output.yaml == nil)
        #expect(output.diagnostics.last?.description.hasPrefix(
            "Spec/toy_widget.yaml:2:13: error: import --update cannot edit the spec in place: this flow-style collection needs an edit") == true)
    }

    @Test func takeDescriptionsReplacesThemWhereTheyStand() throws {
        let output = ImportPipeline.run(
            modelBytes: Self.after, modelFile: "after.json",
            request: Self.request([ContextAttribute(name: "account_id", type: .string), ContextAttribute(name: "tags", type: .unorderedListString)]),
            existing: Array(Self.updated.utf8), takeDescriptions: true)
        let yaml = try #require(output.yaml, "\(output.diagnostics)")
        // The block scalar becomes the writer's plain line; the comment and keys around it stay.
        #expect(yaml == Self.updated.replacingOccurrences(
            of: "    description: |-\n      The widget's display name.\n      # not a comment\n\n      Second paragraph.\n",
            with: "    description: The model's new wording.\n"))
        #expect(output.summary?.redescribed == ["name"])
        #expect(output.summary?.lines.contains("took the model's description of name") == true)
        // The table's description is the person's: the model has none to take.
        #expect(yaml.contains("description: 'A toy widget, edited.'\n"))
    }
}
