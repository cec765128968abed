import Testing
@testable import AttributeSpec

/// The rules for `values` and `values_closed`, each diagnostic at its exact line and column.
@Suite("Known value rules")
struct KnownValueRulesTests {
    private func diagnostics(_ attribute: String) -> [String] {
        let text = "resource: t\nattributes:\n" + attribute
        return SpecFile.load(Array(text.utf8), file: "t.yaml").diagnostics.map(\.description)
    }

    @Test("values and values_closed only on STRING and UNORDERED_LIST_STRING")
    func misplaced() {
        #expect(diagnostics("  - name: n\n    type: INT32\n    values:\n      - A\n    values_closed: true\n") == [
            "t.yaml:5:5: error: 'values' applies to STRING and UNORDERED_LIST_STRING only, not INT32",
            "t.yaml:7:20: error: 'values_closed' applies to STRING and UNORDERED_LIST_STRING only, not INT32",
        ])
    }

    @Test("values_closed needs values; values must not be empty")
    func closedWithoutValuesAndEmptyList() {
        #expect(diagnostics("  - name: n\n    type: STRING\n    values_closed: true\n") == [
            "t.yaml:5:20: error: 'values_closed' needs a 'values' list to close",
        ])
        #expect(diagnostics("  - name: n\n    type: STRING\n    values: []\n") == ["t.yaml:5:5: error: 'values' must not be empty"])
    }

    @Test("an empty value and a duplicate are errors, with the first one noted")
    func emptyAndDuplicate() {
        #expect(diagnostics("  - name: n\n    type: STRING\n    values:\n      - A\n      - ''\n      - A\n") == [
            "t.yaml:7:9: error: a known value must not be empty",
            "t.yaml:8:9: error: duplicate value 'A'\nt.yaml:6:9: note: first listed here",
        ])
    }

    @Test("a value with no constant is a warning, and stays a value")
    func unnamedAndColliding() throws {
        let text = "resource: t\nattributes:\n  - name: n\n    type: UNORDERED_LIST_STRING\n    values:\n      - '*'\n      - in-progress\n      - IN_PROGRESS\n"
        let loaded = SpecFile.load(Array(text.utf8), file: "t.yaml")
        #expect(loaded.diagnostics.map(\.description) == [
            "t.yaml:6:9: warning: value '*' has no letter or digit to name a Swift constant; it gets none\n"
                + "t.yaml:6:9: note: it is still a known value: listed in 'allValues', in the docs and by the values check",
            "t.yaml:8:9: warning: value 'IN_PROGRESS' would get the Swift constant 'inProgress', which 'in-progress' already has; it gets none\n"
                + "t.yaml:8:9: note: it is still a known value: listed in 'allValues', in the docs and by the values check",
        ])
        let named = try #require(loaded.spec?.attributes.first?.knownValues)
        #expect(named.typeName == "NValues")
        #expect(named.constantNames == [nil, "inProgress", nil])
    }

    @Test("a value's mapping form: value is required, other keys are unknown")
    func mappingForm() {
        #expect(diagnostics("  - name: n\n    type: STRING\n    values:\n      - description: x\n      - value: B\n        note: y\n") == [
            "t.yaml:6:9: error: missing required key 'value'",
            "t.yaml:8:9: error: unknown key 'note'",
        ])
    }

    @Test("constant names", arguments: [
        ("IN_PROGRESS", "inProgress"), ("INPROGRESS", "inprogress"), ("InService", "inService"), ("t2.micro", "t2Micro"),
        ("x86_64", "x86_64"), ("1.0", "_1_0"), ("self", "selfValue"), ("allValues", "allValuesValue"), ("default", "default"),
        ("ml.p4d.24xlarge", "mlP4d24xlarge"), ("é", nil), ("", nil), ("--", nil),
    ] as [(String, String?)])
    func constantNames(value: String, expected: String?) {
        #expect(SwiftNaming.valueConstantName(for: value) == expected)
    }
}
