import Foundation
import Testing
@testable import AttributeSpec

@Suite("Breaking-change comparison")
struct SpecComparatorTests {
    /// The baseline every test edits, as `old/t.yaml`.
    static let baseline = """
        resource: t
        attributes:
          - name: a
            type: INT32
            provider_name: A
          - name: b
            type: STRING
          - name: s
            type: STRUCT
            provider_name: S
            fields:
              - name: x
                type: STRING
                provider_name: X
              - name: y
                type: STRING
                provider_name: Y
                deprecated: true
        """

    /// Loads and validates a spec that must have no error.
    private func load(_ text: String, file: String) throws -> ValidatedSpec {
        let result = SpecFile.load(Array(text.utf8), file: file)
        #expect(!result.diagnostics.containsErrors, "\(result.diagnostics.map(\.description))")
        return try #require(result.spec)
    }

    /// The rendered changes between the baseline and `current` (as `t.yaml`).
    private func changes(_ current: String, baseline: String = SpecComparatorTests.baseline) throws -> [String] {
        let old = try load(baseline, file: "old/t.yaml")
        let new = try load(current, file: "t.yaml")
        return SpecComparator.compare(baseline: [old], current: [new]).map(\.description)
    }

    /// The baseline with `old` replaced by `new`, which must occur.
    private func edited(_ old: String, _ new: String) -> String {
        #expect(Self.baseline.contains(old))
        return Self.baseline.replacing(old, with: new)
    }

    @Test("an unchanged spec has no breaking change")
    func unchanged() throws {
        #expect(try changes(Self.baseline) == [])
    }

    @Test("TABLE_DELETED at the baseline's resource")
    func tableDeleted() throws {
        let old = try load(Self.baseline, file: "old/t.yaml")
        let other = try load("resource: u\nattributes:\n  - name: a\n    type: STRING\n", file: "old/u.yaml")
        let changes = SpecComparator.compare(baseline: [old, other], current: [old])
        #expect(changes.map(\.description) == ["old/u.yaml:1:11: error: table 'u' was deleted [TABLE_DELETED]"])
        #expect(changes.map(\.rule.category) == [.record])
    }

    @Test("ATTRIBUTE_DELETED at the enclosing 'attributes' key, with a note at the old attribute")
    func attributeDeleted() throws {
        let current = edited("  - name: b\n    type: STRING\n", "")
        let found = try changes(current)
        #expect(found == [
            "t.yaml:2:1: error: attribute 'b' was deleted [ATTRIBUTE_DELETED]\nold/t.yaml:6:5: note: 'b' was declared here",
        ])
    }

    @Test("ATTRIBUTE_DELETED for a nested field, at the enclosing 'fields' key")
    func fieldDeleted() throws {
        let current = edited("      - name: x\n        type: STRING\n        provider_name: X\n", "")
        let found = try changes(current)
        #expect(found == [
            "t.yaml:11:5: error: field 's.x' was deleted [ATTRIBUTE_DELETED]\nold/t.yaml:12:9: note: 's.x' was declared here",
        ])
    }

    @Test("deleting an attribute the baseline deprecated is a warning")
    func deprecatedDeleted() throws {
        let current = edited("\n      - name: y\n        type: STRING\n        provider_name: Y\n        deprecated: true", "")
        let found = try changes(current)
        #expect(found == [
            "t.yaml:11:5: warning: field 's.y' was deleted (it was deprecated) [ATTRIBUTE_DELETED]\nold/t.yaml:15:9: note: 's.y' was declared here",
        ])
    }

    @Test("a rename is reported as a deletion, and said to be one")
    func renamed() throws {
        let current = edited("  - name: a\n", "  - name: alpha\n")
        let found = try changes(current)
        #expect(found == [
            "t.yaml:2:1: error: attribute 'a' was deleted; if it was renamed to 'alpha', that is still a deletion plus an addition: records stored with 'a' lose the value [ATTRIBUTE_DELETED]\nold/t.yaml:3:5: note: 'a' was declared here",
        ])
    }

    @Test("TYPE_CHANGED at the new type: widening, scalar to list, struct to list of structs")
    func typeChanged() throws {
        let current = edited("    type: INT32\n", "    type: INT64\n")
            .replacing("  - name: b\n    type: STRING\n", with: "  - name: b\n    type: UNORDERED_LIST_STRING\n")
            .replacing("    type: STRUCT\n", with: "    type: UNORDERED_LIST_STRUCT\n")
        let found = try changes(current)
        #expect(found == [
            "t.yaml:4:11: error: type of 'a' changed from INT32 to INT64 [TYPE_CHANGED]",
            "t.yaml:7:11: error: type of 'b' changed from STRING to UNORDERED_LIST_STRING [TYPE_CHANGED]",
            // The list's element type is named after the list: `S` becomes `SItem`.
            "t.yaml:8:11: error: Swift name of 's' changed: type 'S' is now 'SItem' [SWIFT_NAME_CHANGED]",
            "t.yaml:9:11: error: type of 's' changed from STRUCT to UNORDERED_LIST_STRUCT [TYPE_CHANGED]",
        ])
    }

    @Test("SWIFT_NAME_CHANGED at the swift_name, or at the name when the generated name changes")
    func swiftNameChanged() throws {
        let current = edited("resource: t\n", "resource: t\nswift_name: Table\n")
            .replacing("  - name: b\n    type: STRING\n", with: "  - name: b\n    type: STRING\n    swift_name: bee\n")
            .replacing("    type: STRUCT\n", with: "    type: STRUCT\n    swift_name: settings\n")
        let found = try changes(current)
        #expect(found == [
            "t.yaml:2:13: error: Swift type 'T' of table 't' is now 'Table' [SWIFT_NAME_CHANGED]",
            "t.yaml:9:17: error: Swift name of 'b' changed: property 'b' is now 'bee' [SWIFT_NAME_CHANGED]",
            "t.yaml:12:17: error: Swift name of 's' changed: property 's' is now 'settings', type 'S' is now 'Settings' [SWIFT_NAME_CHANGED]",
        ])
    }

    @Test("a swift_name equal to the old generated name is not a change")
    func sameSwiftName() throws {
        let current = edited("resource: t\n", "resource: t\nswift_name: T\n")
            .replacing("  - name: b\n    type: STRING\n", with: "  - name: b\n    type: STRING\n    swift_name: b\n")
        let found = try changes(current)
        #expect(found == [])
    }

    @Test("PROVIDER_NAME_CHANGED, _ADDED at the new provider_name; _REMOVED at the name with a note")
    func providerNames() throws {
        let current = edited("    provider_name: A\n", "")
            .replacing("  - name: b\n    type: STRING\n", with: "  - name: b\n    type: STRING\n    provider_name: B\n")
            .replacing("        provider_name: X\n", with: "        provider_name: Inner.X\n")
        let found = try changes(current)
        #expect(found == [
            "t.yaml:3:11: error: provider_name 'A' of 'a' was removed; callers must now supply it [PROVIDER_NAME_REMOVED]\nold/t.yaml:5:20: note: the baseline's provider_name of 'a'",
            "t.yaml:7:20: error: 'b' now has provider_name 'B'; callers used to supply it [PROVIDER_NAME_ADDED]",
            "t.yaml:14:24: error: provider_name of 's.x' changed from 'X' to 'Inner.X' [PROVIDER_NAME_CHANGED]",
        ])
    }

    @Test("ATTRIBUTES_REORDERED: a warning at the first attribute that moved behind another, once per level")
    func reordered() throws {
        let current = """
            resource: t
            attributes:
              - name: s
                type: STRUCT
                provider_name: S
                fields:
                  - name: y
                    type: STRING
                    provider_name: Y
                    deprecated: true
                  - name: x
                    type: STRING
                    provider_name: X
              - name: a
                type: INT32
                provider_name: A
              - name: b
                type: STRING
            """
        let found = try changes(current)
        #expect(found == [
            "t.yaml:11:15: warning: 'x' now comes after 'y' in 's': the generated initialiser takes its arguments in this order, so calls that pass both must be reordered [ATTRIBUTES_REORDERED]",
            "t.yaml:14:11: warning: 'a' now comes after 's': the generated initialiser takes its arguments in this order, so calls that pass both must be reordered [ATTRIBUTES_REORDERED]",
        ])
        // Additions and deletions alone move no argument: the others keep their order.
        let grown = edited("  - name: b\n", "  - name: new_one\n    type: BOOLEAN\n  - name: b\n")
        #expect(try changes(grown) == [])
    }

    @Test("not breaking: new attributes and fields, new tables, reordering (a warning), descriptions, deprecating")
    func nonBreaking() throws {
        let current = """
            resource: t
            description: Now with a description.
            attributes:
              - name: s
                type: STRUCT
                provider_name: S
                description: Moved first.
                fields:
                  - name: y
                    type: STRING
                    provider_name: Y
                    deprecated: Still here.
                  - name: x
                    type: STRING
                    provider_name: X
                    deprecated: true
                  - name: z
                    type: BOOLEAN
              - name: b
                type: STRING
                description: Edited.
              - name: new_one
                type: TIMESTAMP
                provider_name: NewOne
              - name: a
                type: INT32
                provider_name: A
            """
        // Only warnings: the order of the initialiser's arguments, at each level that changed it.
        let found = try changes(current)
        #expect(found.allSatisfy { $0.contains(": warning: ") && $0.hasSuffix("[ATTRIBUTES_REORDERED]") }, "\(found)")
        #expect(found.count == 2)
        let old = try load(Self.baseline, file: "old/t.yaml")
        let added = try load("resource: u\nattributes:\n  - name: a\n    type: STRING\n", file: "u.yaml")
        let all = SpecComparator.compare(baseline: [old], current: [added, try load(current, file: "t.yaml")])
        #expect(all.allSatisfy { $0.diagnostic.severity == .warning })
        #expect(SpecComparator.filter(all, ignoring: ["ATTRIBUTES_REORDERED"]).isEmpty)
    }

    @Test("every change is reported at once, in the current file's order")
    func allAtOnce() throws {
        let current = edited("    type: INT32\n", "    type: STRING\n")
            .replacing("  - name: b\n    type: STRING\n", with: "")
            .replacing("        provider_name: X\n", with: "        provider_name: X2\n")
        let rules = try changes(current).map { $0.split(separator: "[").last.map(String.init) ?? "" }
        #expect(rules == ["ATTRIBUTE_DELETED]\nold/t.yaml:6:5: note: 'b' was declared here", "TYPE_CHANGED]", "PROVIDER_NAME_CHANGED]"])
    }

    @Test("ACCESS_LEVEL_NARROWED at the new access_level, with the baseline's in a note")
    func accessLevel() {
        let publicConfig = ConfigurationLoader.load(Array("access_level: public\n".utf8), file: "old/attribute-codegen.yaml").config
        let packageConfig = ConfigurationLoader.load(Array("# settings\naccess_level: package\n".utf8), file: "attribute-codegen.yaml").config
        let internalConfig = ConfigurationLoader.load(Array("access_level: internal\n".utf8), file: "attribute-codegen.yaml").config
        #expect(SpecComparator.compareAccessLevel(baseline: publicConfig, current: packageConfig).map(\.description) == [
            "attribute-codegen.yaml:2:15: error: access level narrowed from public to package [ACCESS_LEVEL_NARROWED]\nold/attribute-codegen.yaml:1:15: note: the baseline's access level was public",
        ])
        // No setting is the default, public.
        #expect(SpecComparator.compareAccessLevel(baseline: Configuration(), current: internalConfig).map(\.rule) == [.accessLevelNarrowed])
        #expect(SpecComparator.compareAccessLevel(baseline: internalConfig, current: packageConfig).isEmpty)
        #expect(SpecComparator.compareAccessLevel(baseline: packageConfig, current: Configuration()).isEmpty)
        #expect(SpecComparator.compareAccessLevel(baseline: packageConfig, current: packageConfig).isEmpty)
    }

    @Test("ignore turns rules off by id or by category")
    func ignore() throws {
        let current = edited("    type: INT32\n    provider_name: A\n", "    type: INT64\n    provider_name: A2\n")
        let old = try load(Self.baseline, file: "old/t.yaml")
        let all = SpecComparator.compare(baseline: [old], current: [try load(current, file: "t.yaml")])
        #expect(all.map(\.rule) == [.typeChanged, .providerNameChanged])
        #expect(SpecComparator.filter(all, ignoring: ["TYPE_CHANGED"]).map(\.rule) == [.providerNameChanged])
        #expect(SpecComparator.filter(all, ignoring: ["mapping"]).map(\.rule) == [.typeChanged])
        #expect(SpecComparator.filter(all, ignoring: ["record", "PROVIDER_NAME_CHANGED"]).isEmpty)
    }

    @Test("each rule has a category and a summary")
    func rules() {
        #expect(BreakingRule.allCases.map(\.id) == [
            "TABLE_DELETED", "ATTRIBUTE_DELETED", "TYPE_CHANGED", "SWIFT_NAME_CHANGED", "ACCESS_LEVEL_NARROWED",
            "PROVIDER_NAME_CHANGED", "PROVIDER_NAME_ADDED", "PROVIDER_NAME_REMOVED", "ATTRIBUTES_REORDERED",
            "KNOWN_VALUE_REMOVED", "KNOWN_VALUE_ADDED_TO_CLOSED_SET", "KNOWN_VALUES_CLOSED", "KNOWN_VALUES_OPENED",
        ])
        #expect(BreakingRule.allCases.map(\.category.rawValue) == [
            "record", "record", "record", "swift_api", "swift_api", "mapping", "mapping", "mapping", "swift_api",
            "swift_api", "mapping", "mapping", "mapping",
        ])
        #expect(BreakingRule.allCases.allSatisfy { !$0.summary.isEmpty })
    }

    @Test("the documentation's rules table is the rules' own summaries, one row each")
    func rulesTableMatchesSummaries() throws {
        let article = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/AttributeRuntime/Documentation.docc/Articles/BreakingChanges.md")
        let text = try String(contentsOf: article, encoding: .utf8)
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("| `") }.map(String.init)
        #expect(rows == BreakingRule.allCases.map { "| `\($0.id)` | `\($0.category.rawValue)` | \($0.summary) |" })
    }
}
