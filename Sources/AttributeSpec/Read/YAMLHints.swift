/// Hints for the YAML mistakes people make most in spec files, attached as the note of the
/// reader's error: what to change, shown on the user's own line where it can be.
///
/// The reader stays a plain YAML reader; this looks at the failing line afterwards, so it costs
/// nothing when a file reads cleanly.
enum YAMLHints {
    /// `diagnostic` with a hint as its note when it is one of the common mistakes and has no
    /// note yet; otherwise `diagnostic` unchanged.
    static func addingHint(to diagnostic: Diagnostic, source bytes: [UInt8]) -> Diagnostic {
        guard diagnostic.note == nil, let location = diagnostic.location else { return diagnostic }
        var hinted = diagnostic
        hinted.note = hint(for: diagnostic.message, at: location, lines: Lines(bytes))
        return hinted
    }

    private static func hint(for message: String, at location: SourceLocation, lines: Lines) -> String? {
        let probe = SourceLocation(file: "", line: 1, column: 1)
        switch message {
        case Diagnostic.yamlMappingValueNotAllowed(at: probe).message:
            return colonHint(at: location, lines: lines)
        case Diagnostic.yamlTabIndentation(at: probe).message:
            return "indent with spaces"
        case Diagnostic.yamlUnsupported("aliases", at: probe).message,
            Diagnostic.yamlUnsupported("anchors", at: probe).message,
            Diagnostic.yamlUnsupported("tags", at: probe).message:
            return quoteHint(at: location, lines: lines, reason: "'*', '&' and '!' start YAML aliases, anchors and tags")
        default:
            if message.hasSuffix("cannot start any token") {
                return quoteHint(at: location, lines: lines, reason: "'@' and '`' are reserved in YAML")
            }
            return nil
        }
    }

    /// `key: value: more` is the usual cause: the value needs quotes. Otherwise the line
    /// continues a plain value from an earlier line, whose `key:value` lacks a space or whose
    /// next line is indented too far.
    private static func colonHint(at location: SourceLocation, lines: Lines) -> String? {
        guard let text = lines[location.line] else { return nil }
        let scalars = Array(text.unicodeScalars)
        let before = scalars.prefix(location.column - 1)
        if let separator = colonSpace(in: Array(before)) {
            let key = string(scalars[..<separator]).trimmingSpaces()
            let value = string(scalars[(separator + 2)...]).trimmingSpaces()
            return "a value that contains ': ' must be quoted: \(key): \(quoted(value))"
        }
        var previous = location.line - 1
        while previous > 0, lines[previous]?.trimmingSpaces().isEmpty ?? false { previous -= 1 }
        guard previous > 0, let earlier = lines[previous] else { return nil }
        let earlierScalars = Array(earlier.unicodeScalars)
        if colonSpace(in: earlierScalars) == nil,
            let colon = earlierScalars.indices.first(where: { earlierScalars[$0] == ":" && $0 + 1 < earlierScalars.count })
        {
            let fixed = string(earlierScalars[...colon]) + " " + string(earlierScalars[(colon + 1)...])
            return "line \(previous) needs a space after ':' (\(fixed.trimmingSpaces()))"
        }
        return "this line is read as the rest of the value on line \(previous); check its indentation"
    }

    /// The index of the first `: ` in `scalars`.
    private static func colonSpace(in scalars: [Unicode.Scalar]) -> Int? {
        scalars.indices.first { scalars[$0] == ":" && $0 + 1 < scalars.count && scalars[$0 + 1] == " " }
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(scalars))
    }

    private static func quoteHint(at location: SourceLocation, lines: Lines, reason: String) -> String {
        guard let text = lines[location.line] else { return "\(reason): quote the value" }
        let scalars = Array(text.unicodeScalars)
        let value = string(scalars.dropFirst(location.column - 1)).trimmingSpaces()
        let before = string(scalars.prefix(location.column - 1)).trimmingSpaces()
        return "\(reason): quote the value (\(before.isEmpty ? "" : before + " ")\(quoted(value)))"
    }

    /// Double quotes when the text has none, else single quotes with `'` doubled.
    private static func quoted(_ value: String) -> String {
        if !value.unicodeScalars.contains(where: { $0 == "\"" || $0 == "\\" }) { return "\"" + value + "\"" }
        var single = "'"
        for scalar in value.unicodeScalars {
            single.unicodeScalars.append(scalar)
            if scalar == "'" { single.unicodeScalars.append("'") }
        }
        return single + "'"
    }

    /// The lines of the source, 1-based, decoded leniently (only for display).
    private struct Lines {
        let lines: [String]

        init(_ bytes: [UInt8]) {
            lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
                String(decoding: line.last == 0x0D ? line.dropLast() : line[...], as: UTF8.self)
            }
        }

        subscript(_ number: Int) -> String? {
            number >= 1 && number <= lines.count ? lines[number - 1] : nil
        }
    }
}

private extension StringProtocol {
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
            let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
