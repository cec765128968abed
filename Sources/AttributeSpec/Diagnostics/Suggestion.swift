/// "Did you mean" suggestions for misspelled keys and type names.
public enum Suggestion {
    /// The candidate closest to `input`, compared case-insensitively, or `nil` when none is
    /// close enough to be a plausible typo.
    ///
    /// A candidate is close when its edit distance is at most a third of its length (at least
    /// 2), or when `input` (3 characters or more) is a prefix of it (`desc` → `description`).
    /// Ties go to the earlier candidate, so suggestions are stable.
    public static func closest(to input: String, among candidates: [String]) -> String? {
        let typed = Array(input.lowercased().unicodeScalars)
        guard !typed.isEmpty else { return nil }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let target = Array(candidate.lowercased().unicodeScalars)
            let limit = max(2, target.count / 3)
            let isPrefix = typed.count >= 3 && target.starts(with: typed)
            // The distance is at least the length difference: skip the quadratic work for
            // inputs that cannot be close, such as a megabyte-long key.
            guard isPrefix || abs(typed.count - target.count) <= limit else { continue }
            let distance = editDistance(typed, target)
            guard distance <= limit || isPrefix else { continue }
            if best == nil || distance < best?.distance ?? Int.max {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// The Levenshtein distance, with one row of memory.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
