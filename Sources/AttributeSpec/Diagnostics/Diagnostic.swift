/// One problem found in a spec file: what is wrong, where, and how bad it is.
///
/// Rendered as `path:line:column: error: message`, the form SwiftPM and Xcode attach to the
/// offending line, with a note on a line of its own (`path:line:column: note: …`) as compilers
/// attach theirs. Message factories live next to the rule that raises them, as
/// `extension Diagnostic { static func … }`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Error {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable, Comparable {
        /// The file cannot be used; generation fails.
        case error
        /// The file can be used but something looks wrong.
        case warning
        /// Extra information attached to another diagnostic.
        case note

        private var rank: Int {
            switch self {
            case .error: 2
            case .warning: 1
            case .note: 0
            }
        }

        /// Orders severities from `note` to `error`.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// How serious the problem is.
    public var severity: Severity
    /// What is wrong, as one sentence without a trailing period.
    public var message: String
    /// Where the problem is; `nil` when it concerns a whole file that could not be opened.
    public var location: SourceLocation?
    /// An optional hint printed as a note of its own, such as a "did you mean" suggestion.
    public var note: String?
    /// Where the note points when that is elsewhere than the problem (the first of two
    /// duplicates); `nil` puts the note at the problem's own location.
    public var noteLocation: SourceLocation?

    /// Creates a diagnostic.
    public init(
        _ severity: Severity,
        _ message: String,
        at location: SourceLocation?,
        note: String? = nil,
        noteLocation: SourceLocation? = nil
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.note = note
        self.noteLocation = noteLocation
    }

    /// Creates an error diagnostic.
    public static func error(
        _ message: String,
        at location: SourceLocation?,
        note: String? = nil,
        noteLocation: SourceLocation? = nil
    ) -> Diagnostic {
        Diagnostic(.error, message, at: location, note: note, noteLocation: noteLocation)
    }

    /// Creates a warning diagnostic.
    public static func warning(_ message: String, at location: SourceLocation?, note: String? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: location, note: note)
    }

    /// `path:line:column: error: message`, and when there is a note, a second line
    /// `path:line:column: note: did you mean 'STRING'?` that SwiftPM and Xcode attach to the
    /// error the way they attach a compiler's notes.
    public var description: String {
        var text = Self.line(location, severity, message)
        if let note {
            text += "\n" + Self.line(noteLocation ?? location, .note, note)
        }
        return text
    }

    private static func line(_ location: SourceLocation?, _ severity: Severity, _ message: String) -> String {
        let prefix = location.map { "\($0): " } ?? ""
        return prefix + "\(severity.rawValue): \(message)"
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic in the list is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }

    /// The diagnostics in file order, so output is the same on every run.
    public func sortedByLocation() -> [Diagnostic] {
        sortedByLocation(\.location)
    }
}

extension Array {
    /// The elements in the order of their locations: those without one first, then by file, line
    /// and column; elements at one location keep their order. The one ordering of every report.
    package func sortedByLocation(_ location: (Element) -> SourceLocation?) -> [Element] {
        enumerated().sorted { a, b in
            switch (location(a.element), location(b.element)) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return true
            case (_?, nil): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }
}
