import Testing

@Suite("Unified diff for golden failures")
struct UnifiedDiffTests {
    @Test("equal texts have no diff")
    func equal() {
        #expect(UnifiedDiff.diff(old: "a\nb\n", new: "a\nb\n", oldName: "x", newName: "y") == nil)
    }

    @Test("a changed line shows as a hunk with context")
    func changed() {
        let old = "1\n2\n3\n4\n5\n6\n7\n8\n"
        let new = "1\n2\n3\n4\nfive\n6\n7\n8\n"
        #expect(UnifiedDiff.diff(old: old, new: new, oldName: "ref.swift", newName: "ref.swift") == """
            --- a/ref.swift
            +++ b/ref.swift
            @@ -2,7 +2,7 @@
             2
             3
             4
            -5
            +five
             6
             7
             8

            """)
    }
}
