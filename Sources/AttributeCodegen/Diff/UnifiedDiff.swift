/// A line-based unified diff, as `diff -u` and `git diff` print it: how checked-in output
/// differs from what the pipeline would write, for `attribute-codegen check` and the golden tests.
///
/// The edit script comes from Myers' O((N+M)·D) algorithm, so a one-line change in a large
/// generated file costs little even though the files are long.
package enum UnifiedDiff {
    /// Lines of context around each change, as `diff -u` uses by default.
    static let context = 3

    /// The unified diff of `old` and `new`, empty when they are equal. `nil` names stand for
    /// a missing file (`/dev/null`).
    package static func unified(old: [UInt8], new: [UInt8], oldName: String?, newName: String?) -> String {
        let a = Lines(old)
        let b = Lines(new)
        let script = editScript(a.lines, b.lines)
        guard script.contains(where: { $0.kind != .equal }) else { return "" }
        var out = "--- \(oldName.map { "a/\($0)" } ?? "/dev/null")\n"
        out += "+++ \(newName.map { "b/\($0)" } ?? "/dev/null")\n"
        for hunk in hunks(script) {
            out += hunkHeader(hunk, script)
            for edit in script[hunk] {
                switch edit.kind {
                case .equal: out += a.render(edit.old, prefix: " ")
                case .delete: out += a.render(edit.old, prefix: "-")
                case .insert: out += b.render(edit.new, prefix: "+")
                }
            }
        }
        return out
    }

    /// One step of the edit script, with the line indexes it refers to in each file.
    struct Edit: Equatable {
        enum Kind { case equal, delete, insert }
        var kind: Kind
        var old: Int
        var new: Int
    }

    /// The shortest edit script turning `a` into `b`, deletions before insertions in each run.
    static func editScript(_ a: [Substring], _ b: [Substring]) -> [Edit] {
        let n = a.count
        let m = b.count
        let maxD = n + m
        let offset = maxD + 1
        var v = [Int](repeating: 0, count: 2 * maxD + 3)
        var trace: [[Int]] = []
        var finalD = 0
        search: for d in 0...maxD {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = v[offset + k + 1]
                } else {
                    x = v[offset + k - 1] + 1
                }
                var y = x - k
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                v[offset + k] = x
                if x >= n, y >= m {
                    finalD = d
                    break search
                }
            }
        }
        // Walk the trace backwards from (n, m) to recover the path.
        var edits: [Edit] = []
        var x = n
        var y = m
        for d in stride(from: finalD, to: 0, by: -1) {
            let vd = trace[d]
            let k = x - y
            let previousK = (k == -d || (k != d && vd[offset + k - 1] < vd[offset + k + 1])) ? k + 1 : k - 1
            let previousX = vd[offset + previousK]
            let previousY = previousX - previousK
            while x > previousX, y > previousY {
                x -= 1
                y -= 1
                edits.append(Edit(kind: .equal, old: x, new: y))
            }
            if x == previousX {
                y -= 1
                edits.append(Edit(kind: .insert, old: x, new: y))
            } else {
                x -= 1
                edits.append(Edit(kind: .delete, old: x, new: y))
            }
        }
        while x > 0, y > 0 {
            x -= 1
            y -= 1
            edits.append(Edit(kind: .equal, old: x, new: y))
        }
        return edits.reversed()
    }

    /// Ranges of the script to print: each change with up to `context` equal lines around it,
    /// merging changes whose contexts touch.
    private static func hunks(_ script: [Edit]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for (index, edit) in script.enumerated() where edit.kind != .equal {
            let lower = max(0, index - context)
            let upper = min(script.count, index + context + 1)
            if let last = ranges.last, lower <= last.upperBound {
                ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, upper)
            } else {
                ranges.append(lower..<upper)
            }
        }
        return ranges
    }

    private static func hunkHeader(_ hunk: Range<Int>, _ script: [Edit]) -> String {
        let edits = script[hunk]
        let oldCount = edits.filter { $0.kind != .insert }.count
        let newCount = edits.filter { $0.kind != .delete }.count
        let first = script[hunk.lowerBound]
        // A side with no lines is addressed by the line before the hunk, as diff -u does.
        let oldStart = oldCount == 0 ? first.old : first.old + 1
        let newStart = newCount == 0 ? first.new : first.new + 1
        return "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        count == 1 ? "\(start)" : "\(start),\(count)"
    }

    /// A file split into lines once. Each line keeps its newline, so a last line without one
    /// differs from the same text with one, as in `diff`.
    private struct Lines {
        var lines: [Substring]

        init(_ bytes: [UInt8]) {
            let text = String(decoding: bytes, as: UTF8.self)
            var lines: [Substring] = []
            var start = text.startIndex
            var index = text.utf8.startIndex
            while index < text.utf8.endIndex {
                let next = text.utf8.index(after: index)
                if text.utf8[index] == UInt8(ascii: "\n") {
                    lines.append(text[start..<next])
                    start = next
                }
                index = next
            }
            if start < text.endIndex { lines.append(text[start...]) }
            self.lines = lines
        }

        func render(_ index: Int, prefix: String) -> String {
            let line = lines[index]
            return line.hasSuffix("\n") ? prefix + line : prefix + line + "\n\\ No newline at end of file\n"
        }
    }
}
