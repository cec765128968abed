extension ConfigLoader {
    /// A "did you mean" note for a misspelled word, or `nil` when nothing is close enough.
    ///
    /// Placeholder until the shared suggestion helper lands; the rule is the usual one: the
    /// closest candidate by edit distance, if at most a third of the word differs.
    static func suggestion(for word: String, among candidates: [String]) -> String? {
        let input = Array(word.utf8)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(input, Array(candidate.utf8))
            if distance <= max(1, input.count / 3), distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best.map { "did you mean '\($0.candidate)'?" }
    }

    private static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
