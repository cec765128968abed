/// Escaping rules that keep spec text literal in CommonMark: descriptions may contain `*`, `_`,
/// `|`, `<tag>`, backticks, `#` at a line start or blank lines, and none of them may change the
/// structure of a generated page.
enum MarkdownText {
    /// ASCII punctuation that can open or close inline markup anywhere in a line.
    private static let inlineSpecials: Set<UInt8> = Set("\\`*_[]<>&|~!".utf8)

    /// Characters that start a block (heading, quote, list, thematic break, fence, table) when
    /// they open a line.
    private static let blockStarters: Set<UInt8> = Set("#>-+=*_~`|:".utf8)

    /// One line of running text with every markup character escaped.
    ///
    /// Line-start markers (`#`, `>`, `-`, `1.`) are escaped too, so the caller can put the
    /// result anywhere a line of a paragraph may stand. With `keepingCodeSpans`, a backtick run
    /// closed by a run of the same length on the same line stays a code span: its content is
    /// literal in CommonMark, so keeping it cannot change the page's structure.
    static func escapeLine(_ line: Substring, keepingCodeSpans: Bool = false) -> String {
        let scalars = Array(line.drop { $0 == " " || $0 == "\t" }.unicodeScalars)
        var out = ""
        out.reserveCapacity(scalars.count + 8)
        var digitsAtStart = true
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if keepingCodeSpans, scalar == "`", let end = closingBacktickRun(in: scalars, from: index) {
                out.unicodeScalars.append(contentsOf: scalars[index..<end])
                digitsAtStart = false
                index = end
                continue
            }
            let isASCII = scalar.value < 0x80
            let byte = UInt8(truncatingIfNeeded: scalar.value)
            if isASCII, inlineSpecials.contains(byte) || (index == 0 && blockStarters.contains(byte)) {
                out.append("\\")
            } else if digitsAtStart, index > 0, byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")"),
                      index + 1 == scalars.count || scalars[index + 1] == " " {
                // `1.` or `1)` followed by a space at a line start would open an ordered list.
                out.append("\\")
            }
            if !(isASCII && byte >= 0x30 && byte <= 0x39) { digitsAtStart = false }
            switch scalar.value {
            case 0x09:
                out.append(" ")
            case 0x00...0x1F, 0x7F...0x9F:
                // Invisible in a rendered page and invalid in some renderers: shown as an escape,
                // the way the Swift comments show them.
                out += "\\\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default:
                out.unicodeScalars.append(scalar)
            }
            index += 1
        }
        return out
    }

    /// The index just past the backtick run that closes the run starting at `start`, when a run
    /// of exactly the same length follows on the line.
    private static func closingBacktickRun(in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var openEnd = start
        while openEnd < scalars.count, scalars[openEnd] == "`" { openEnd += 1 }
        let length = openEnd - start
        var index = openEnd
        while index < scalars.count {
            guard scalars[index] == "`" else {
                index += 1
                continue
            }
            var runEnd = index
            while runEnd < scalars.count, scalars[runEnd] == "`" { runEnd += 1 }
            if runEnd - index == length { return runEnd }
            index = runEnd
        }
        return nil
    }

    /// Running text that may span lines: each line escaped; runs of blank lines become one
    /// paragraph break. Leading and trailing blank lines are dropped.
    static func paragraphs(_ text: String, keepingCodeSpans: Bool = false) -> [String] {
        var lines: [String] = []
        var pendingBlank = false
        for line in TextLines.split(text) {
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                pendingBlank = !lines.isEmpty
                continue
            }
            if pendingBlank { lines.append("") }
            pendingBlank = false
            lines.append(escapeLine(Substring(line), keepingCodeSpans: keepingCodeSpans))
        }
        return lines
    }

    /// Text for one table cell: escaped, pipes escaped, line breaks as `<br>`.
    static func tableCell(_ text: String) -> String {
        paragraphs(text).joined(separator: "<br>")
    }

    /// A code span that shows `text` literally, whatever backticks it contains.
    static func code(_ text: String) -> String {
        let flat = text.replacingNewlines()
        var longestRun = 0
        var run = 0
        for byte in flat.utf8 {
            run = byte == UInt8(ascii: "`") ? run + 1 : 0
            longestRun = max(longestRun, run)
        }
        let fence = String(repeating: "`", count: longestRun + 1)
        let needsPadding = flat.hasPrefix("`") || flat.hasSuffix("`") || flat.hasPrefix(" ") && flat.hasSuffix(" ")
        let body = needsPadding ? " \(flat) " : flat
        return fence + body + fence
    }

    /// A code span safe inside a table cell: pipes in the code are escaped, as GFM tables need.
    static func codeInTable(_ text: String) -> String {
        code(text).replacingPipes()
    }

    /// The first sentence of `text`: up to and including the first `.`, `!` or `?` that ends a
    /// word, on a single line.
    static func firstSentence(_ text: String) -> String {
        let flat = text.replacingNewlines().trimmingSpaces()
        let scalars = Array(flat.unicodeScalars)
        for index in scalars.indices where ".!?".unicodeScalars.contains(scalars[index]) {
            let next = index + 1
            if next == scalars.count || scalars[next] == " " {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[...index])
                return String(view)
            }
        }
        return flat
    }
}

extension String {
    /// The text on one line: newlines (and the spaces around them) become one space.
    fileprivate func replacingNewlines() -> String {
        TextLines.split(self)
            .map { $0.trimmingSpaces() }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    fileprivate func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return "" }
        return String(scalars[first...last])
    }

    fileprivate func replacingPipes() -> String {
        var out = ""
        for scalar in unicodeScalars {
            if scalar == "|" { out.append("\\") }
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
