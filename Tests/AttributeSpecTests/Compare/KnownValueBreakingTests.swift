import Testing
@testable import AttributeSpec

/// The `breaking` rules for known values, each at its exact line and column.
@Suite("Breaking-change comparison: known values")
struct KnownValueBreakingTests {
    /// `status` has an open set, `direction` a closed one.
    static let baseline = """
        resource: t
        attributes:
          - name: status
            type: STRING
            provider_name: Status
            values:
              - ON
              - OFF
          - name: direction
            type: STRING
            provider_name: Direction
            values:
              - INGRESS
              - EGRESS
            values_closed: true
        """

    private func changes(_ current: String) throws -> [String] {
        func load(_ text: String, _ file: String) throws -> ValidatedSpec {
            let result = SpecFile.load(Array(text.utf8), file: file)
            return try #require(result.spec, "\(result.diagnostics.map(\.description))")
        }
        let changes = SpecComparator.compare(baseline: [try load(Self.baseline, "old/t.yaml")], current: [try load(current, "t.yaml")])
        return changes.map(\.description)
    }

    private func edited(_ old: String, _ new: String) -> String {
        #expect(Self.baseline.contains(old))
        return Self.baseline.replacing(old, with: new)
    }

    @Test("a value added to an open set, or a new open set, breaks nothing")
    func addedToOpenSet() throws {
        #expect(try changes(edited("      - OFF\n", "      - OFF\n      - STANDBY\n")) == [])
        #expect(try changes(Self.baseline + "\n  - name: kind\n    type: STRING\n    values:\n      - A\n") == [])
    }

    @Test("KNOWN_VALUE_REMOVED at the current values key, with a note at the baseline's value")
    func removed() throws {
        #expect(try changes(edited("      - ON\n      - OFF\n", "      - ON\n")) == [
            "t.yaml:6:5: error: value 'OFF' of 'status' was removed; its Swift constant goes with it [KNOWN_VALUE_REMOVED]\n"
                + "old/t.yaml:8:9: note: the baseline listed 'OFF' here",
        ])
    }

    @Test("KNOWN_VALUE_ADDED_TO_CLOSED_SET at the new value")
    func addedToClosedSet() throws {
        #expect(try changes(edited("      - EGRESS\n", "      - EGRESS\n      - BOTH\n")) == [
            "t.yaml:15:9: error: value 'BOTH' was added to the closed values of 'direction'; code that handles every value misses it [KNOWN_VALUE_ADDED_TO_CLOSED_SET]",
        ])
    }

    @Test("KNOWN_VALUES_CLOSED at values_closed")
    func closed() throws {
        #expect(try changes(edited("      - OFF\n", "      - OFF\n    values_closed: true\n")) == [
            "t.yaml:9:20: error: the values of 'status' are now closed; the values check reports values it let through before [KNOWN_VALUES_CLOSED]",
        ])
    }

    @Test("KNOWN_VALUES_OPENED at values_closed: false, or at the name when the set was dropped")
    func opened() throws {
        #expect(try changes(edited("    values_closed: true", "    values_closed: false")) == [
            "t.yaml:15:20: error: the closed values of 'direction' are now open; values outside them may now arrive [KNOWN_VALUES_OPENED]\n"
                + "old/t.yaml:15:20: note: the baseline closed them here",
        ])
        let dropped = edited("    values:\n      - INGRESS\n      - EGRESS\n    values_closed: true", "")
        #expect(try changes(dropped) == [
            "t.yaml:9:11: error: value 'INGRESS' of 'direction' was removed; its Swift constant goes with it [KNOWN_VALUE_REMOVED]\n"
                + "old/t.yaml:13:9: note: the baseline listed 'INGRESS' here",
            "t.yaml:9:11: error: value 'EGRESS' of 'direction' was removed; its Swift constant goes with it [KNOWN_VALUE_REMOVED]\n"
                + "old/t.yaml:14:9: note: the baseline listed 'EGRESS' here",
            "t.yaml:9:11: error: the closed values of 'direction' were dropped; values outside them may now arrive [KNOWN_VALUES_OPENED]\n"
                + "old/t.yaml:15:20: note: the baseline closed them here",
        ])
    }
}
