/// One breaking change found by comparing a spec with its baseline.
public struct BreakingChange: Hashable, Sendable, CustomStringConvertible {
    /// The rule that caught it.
    public var rule: BreakingRule
    /// The problem, on the current spec's line, its message ending with `[RULE_ID]`. A warning
    /// when the change was announced (deleting an attribute the baseline deprecated).
    public var diagnostic: Diagnostic
    /// Where the baseline declared what changed, for deletions and removals.
    public var note: Diagnostic?

    /// Creates a change; the rule's id is appended to `message`.
    init(_ rule: BreakingRule, severity: Diagnostic.Severity = .error, _ message: String, at location: SourceLocation?, note: Diagnostic? = nil) {
        self.rule = rule
        self.diagnostic = Diagnostic(severity, "\(message) [\(rule.id)]", at: location)
        self.note = note
    }

    /// The diagnostic's line, then the note's line when there is one.
    public var description: String {
        [diagnostic.description, note?.description].compactMap { $0 }.joined(separator: "\n")
    }
}

extension Diagnostic {
    /// A `note:` pointing at the baseline's declaration.
    static func baselineNote(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.note, message, at: location)
    }
}
