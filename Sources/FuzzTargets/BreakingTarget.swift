import AttributeSpec

/// The breaking-change comparison. The input is two spec documents, the baseline and the
/// current one, split at the first NUL byte (no spec holds one). When both load and
/// validate: a spec compared with itself has no change, a spec compared with one of equal
/// canonical JSON has none either, and every change is located inside the document it names:
/// the current one, except a deleted table (the baseline), and notes point into the baseline.
enum BreakingTarget {
    static let baselineFile = "baseline/fuzz_table.yaml"
    static let currentFile = "fuzz_table.yaml"

    static func check(_ bytes: [UInt8]) throws(InvariantFailure) {
        let split = bytes.firstIndex(of: 0) ?? bytes.count
        let baselineBytes = Array(bytes[..<split])
        let currentBytes = split < bytes.count ? Array(bytes[(split + 1)...]) : []
        let baselineBounds = InputBounds(baselineBytes, file: baselineFile)
        let currentBounds = InputBounds(currentBytes, file: currentFile)
        guard let baseline = SpecFile.load(baselineBytes, file: baselineFile).spec,
              let current = SpecFile.load(currentBytes, file: currentFile).spec else { return }

        for (spec, name) in [(baseline, "baseline"), (current, "current")] {
            let changes = SpecComparator.compare(baseline: [spec], current: [spec])
            guard changes.isEmpty else {
                throw InvariantFailure("the \(name) spec compared with itself has changes: \(changes)")
            }
        }
        let changes = SpecComparator.compare(baseline: [baseline], current: [current])
        for change in changes {
            let bounds = change.rule == .tableDeleted ? baselineBounds : currentBounds
            try bounds.check(change.diagnostic.location, of: "change '\(change)'")
            if let note = change.note {
                try baselineBounds.check(note.location, of: "the note of change '\(change)'")
            }
        }
        if !changes.isEmpty, SpecNormalizer.canonicalJSON(baseline.spec) == SpecNormalizer.canonicalJSON(current.spec) {
            throw InvariantFailure("specs with the same canonical JSON have changes: \(changes)")
        }
    }
}
