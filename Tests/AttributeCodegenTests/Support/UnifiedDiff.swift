/// A `git diff --no-index`-style unified diff of two texts, for golden-file failures.
enum UnifiedDiff {
    /// The diff from `old` to `new` with three lines of context, or `nil` when they are equal.
    static func diff(old: String, new: String, oldName: String, newName: String) -> String? {
        guard old != new else { return nil }
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let edits = script(a, b)
        var out = "--- a/\(oldName)\n+++ b/\(newName)\n"
        let changes = edits.indices.filter { edits[$0].kind != " " }
        var groupStart = 0
        while groupStart < changes.count {
            // Changes closer than two contexts' worth of lines share a hunk.
            var groupEnd = groupStart
            while groupEnd + 1 < changes.count, changes[groupEnd + 1] - changes[groupEnd] <= 6 {
                groupEnd += 1
            }
            let hunk = edits[max(changes[groupStart] - 3, 0)..<min(changes[groupEnd] + 4, edits.count)]
            let oldStart = (hunk.first?.oldLine ?? 0) + 1
            let newStart = (hunk.first?.newLine ?? 0) + 1
            let oldCount = hunk.filter { $0.kind != "+" }.count
            let newCount = hunk.filter { $0.kind != "-" }.count
            out += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for edit in hunk {
                out += "\(edit.kind)\(edit.text)\n"
            }
            groupStart = groupEnd + 1
        }
        return out
    }

    private struct Edit {
        var kind: Character
        var text: String
        var oldLine: Int
        var newLine: Int
    }

    /// A shortest edit script from the longest common subsequence; golden files are small
    /// enough for the quadratic table.
    private static func script(_ a: [String], _ b: [String]) -> [Edit] {
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                edits.append(Edit(kind: " ", text: a[i], oldLine: i, newLine: j))
                i += 1
                j += 1
            } else if i < a.count, j == b.count || lengths[i + 1][j] >= lengths[i][j + 1] {
                edits.append(Edit(kind: "-", text: a[i], oldLine: i, newLine: j))
                i += 1
            } else {
                edits.append(Edit(kind: "+", text: b[j], oldLine: i, newLine: j))
                j += 1
            }
        }
        return edits
    }
}
