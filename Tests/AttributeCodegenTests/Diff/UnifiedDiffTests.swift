import Testing

@testable import AttributeCodegen

@Suite struct UnifiedDiffTests {
    private func diff(_ old: String, _ new: String, oldName: String? = "f.swift", newName: String? = "f.swift") -> String {
        UnifiedDiff.unified(old: Array(old.utf8), new: Array(new.utf8), oldName: oldName, newName: newName)
    }

    @Test func equalFilesHaveNoDiff() {
        #expect(diff("a\nb\n", "a\nb\n") == "")
        #expect(diff("", "") == "")
    }

    @Test func oneChangedLineInTheMiddle() {
        let old = (1...9).map { "l\($0)\n" }.joined()
        let new = old.replacingOccurrences(of: "l5\n", with: "five\n")
        #expect(
            diff(old, new) == """
                --- a/f.swift
                +++ b/f.swift
                @@ -2,7 +2,7 @@
                 l2
                 l3
                 l4
                -l5
                +five
                 l6
                 l7
                 l8

                """
        )
    }

    @Test func distantChangesMakeTwoHunks() {
        let old = (1...20).map { "l\($0)\n" }.joined()
        let new = old.replacingOccurrences(of: "l2\n", with: "").replacingOccurrences(of: "l19\n", with: "l19\nnew\n")
        #expect(
            diff(old, new) == """
                --- a/f.swift
                +++ b/f.swift
                @@ -1,5 +1,4 @@
                 l1
                -l2
                 l3
                 l4
                 l5
                @@ -17,4 +16,5 @@
                 l17
                 l18
                 l19
                +new
                 l20

                """
        )
    }

    @Test func missingAndRemovedFilesUseDevNull() {
        #expect(diff("", "x\ny\n", oldName: nil) == "--- /dev/null\n+++ b/f.swift\n@@ -0,0 +1,2 @@\n+x\n+y\n")
        #expect(diff("x\n", "", newName: nil) == "--- a/f.swift\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n")
    }

    @Test func missingFinalNewlineIsShown() {
        #expect(diff("a\n", "a") == "--- a/f.swift\n+++ b/f.swift\n@@ -1 +1 @@\n-a\n+a\n\\ No newline at end of file\n")
    }

    @Test(arguments: [
        ("abcabba", "cbabac"),
        ("", "abc"),
        ("abc", ""),
        ("abcdef", "abcdef"),
        ("xaxbxc", "abc"),
    ])
    func editScriptReplaysToTheNewText(old: String, new: String) {
        let a = old.map { Substring(String($0)) }
        let b = new.map { Substring(String($0)) }
        let script = UnifiedDiff.editScript(a, b)
        var rebuilt: [Substring] = []
        var kept: [Substring] = []
        for edit in script {
            switch edit.kind {
            case .equal:
                rebuilt.append(a[edit.old])
                kept.append(a[edit.old])
                #expect(a[edit.old] == b[edit.new])
            case .insert: rebuilt.append(b[edit.new])
            case .delete: kept.append(a[edit.old])
            }
        }
        #expect(rebuilt == b)
        #expect(kept == a)
    }

    @Test func editScriptIsShortest() {
        // The classic Myers example: D = 5.
        let a = "abcabba".map { Substring(String($0)) }
        let b = "cbabac".map { Substring(String($0)) }
        #expect(UnifiedDiff.editScript(a, b).filter { $0.kind != .equal }.count == 5)
    }
}
