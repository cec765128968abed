import AttributeSpec

/// A YAML spec's text as lines, with what the editor needs to know about each: whether it is
/// blank, a comment, or part of a scalar (inside a block scalar or a multi-line quoted scalar,
/// where a `#` or an empty line is content, not a comment or a separator).
struct SpecTextLines {
    /// The lines, without their line breaks.
    var lines: [String]
    /// The line break the file uses (`\n` or `\r\n`), for inserted lines.
    let newline: String
    /// Whether the last line ended with a line break.
    let endsWithNewline: Bool
    /// A byte order mark the file started with, given back as it was.
    let byteOrderMark: Bool
    /// 0-based indices of lines that belong to a scalar's content after its first line.
    private(set) var scalarContinuation: Set<Int> = []

    init(_ text: String) {
        // Split on scalars: as Characters, "\r\n" is one grapheme and equals neither "\r" nor "\n".
        var scalars = Substring(text).unicodeScalars[...]
        byteOrderMark = scalars.first == "\u{FEFF}"
        if byteOrderMark { scalars = scalars.dropFirst() }
        var split: [String] = []
        var current = String.UnicodeScalarView()
        var sawCRLF = false
        for scalar in scalars {
            if scalar == "\n" {
                if current.last == "\r" {
                    current.removeLast()
                    sawCRLF = true
                }
                split.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        endsWithNewline = scalars.last == "\n"
        if !endsWithNewline { split.append(String(current)) }
        newline = sawCRLF ? "\r\n" : "\n"
        lines = split
    }

    /// Marks the continuation lines of every multi-line scalar under `node`.
    mutating func markScalars(in node: Node, keyColumn: Int? = nil) {
        switch node.kind {
        case .scalar(_, let style):
            let line = node.location.line - 1
            switch style {
            case .literal, .folded:
                // Content lines are blank or indented deeper than the key that holds the scalar.
                let parent = keyColumn ?? -1
                // Trailing blank lines separate what follows (only `|+` keeps them as content,
                // which the check after editing would catch).
                var index = line + 1
                var last = line
                while index < lines.count, isBlank(index) || indent(index) > parent {
                    if !isBlank(index) { last = index }
                    index += 1
                }
                if last > line {
                    for content in (line + 1)...last { scalarContinuation.insert(content) }
                }
            case .singleQuoted, .doubleQuoted:
                if let end = closingQuoteLine(from: node.location, quote: style == .singleQuoted ? "'" : "\""), end > line {
                    for index in (line + 1)...end { scalarContinuation.insert(index) }
                }
            case .plain, .jsonLiteral:
                break
            }
        case .sequence(let items):
            for item in items { markScalars(in: item, keyColumn: keyColumn) }
        case .mapping(let entries):
            for entry in entries { markScalars(in: entry.value, keyColumn: entry.key.location.column - 1) }
        }
    }

    /// The 0-based line of the quote that closes the quoted scalar starting at `location`.
    private func closingQuoteLine(from location: SourceLocation, quote: Unicode.Scalar) -> Int? {
        var lineIndex = location.line - 1
        guard lines.indices.contains(lineIndex) else { return nil }
        var scalars = Array(lines[lineIndex].unicodeScalars)
        var column = location.column  // just past the opening quote (columns are 1-based)
        while true {
            while column < scalars.count {
                let scalar = scalars[column]
                if quote == "\"", scalar == "\\" {
                    column += 2
                    continue
                }
                if scalar == quote {
                    if quote == "'", column + 1 < scalars.count, scalars[column + 1] == "'" {
                        column += 2
                        continue
                    }
                    return lineIndex
                }
                column += 1
            }
            lineIndex += 1
            guard lineIndex < lines.count else { return nil }
            scalars = Array(lines[lineIndex].unicodeScalars)
            column = 0
        }
    }

    /// Whether a line holds only spaces and tabs.
    func isBlank(_ index: Int) -> Bool {
        guard lines.indices.contains(index) else { return false }
        return !scalarContinuation.contains(index) && lines[index].allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// Whether a line is a comment and nothing else.
    func isComment(_ index: Int) -> Bool {
        guard lines.indices.contains(index) else { return false }
        return !scalarContinuation.contains(index) && lines[index].drop { $0 == " " || $0 == "\t" }.first == "#"
    }

    /// Whether a line holds part of the document: not blank and not only a comment.
    func isContent(_ index: Int) -> Bool {
        scalarContinuation.contains(index) || (!isBlank(index) && !isComment(index))
    }

    /// The number of spaces a line starts with.
    func indent(_ index: Int) -> Int {
        guard lines.indices.contains(index) else { return 0 }
        return lines[index].prefix { $0 == " " }.count
    }

    /// The first line of the comment lines directly above `line` (no blank line between) that
    /// are not indented deeper than `column`: the comment that belongs to what starts there.
    func leadingCommentStart(above line: Int, column: Int) -> Int {
        var start = line
        while start > 0, isComment(start - 1), indent(start - 1) <= column {
            start -= 1
        }
        return start
    }

    /// The last line, from `start` up to before `limit`, of something that starts at `column`:
    /// its content lines and the comments indented deeper than `column`.
    func lastLine(from start: Int, before limit: Int, column: Int) -> Int {
        var last = start
        var index = start + 1
        while index < limit {
            if isContent(index) {
                // Anything at or left of `column` is no longer part of it.
                if !scalarContinuation.contains(index), indent(index) <= column { break }
                last = index
            } else if isComment(index), indent(index) > column {
                last = index
            }
            index += 1
        }
        return last
    }

    /// The text of the lines, with the file's line breaks and byte order mark.
    var text: String {
        var text = byteOrderMark ? "\u{FEFF}" : ""
        text += lines.joined(separator: newline)
        if endsWithNewline, !lines.isEmpty { text += newline }
        return text
    }
}
