/// Escaping rules that keep spec text literal in CommonMark: descriptions may contain `*`, `_`,
/// `|`, `<tag>`, backticks, `#` at a line start or blank lines, and none of them may change the
/// structure of a generated page.
enum MarkdownText {
    /// ASCII punctuation that can open or close inline markup anywhere in a line.
    private static let inlineSpecials = ByteClass("\\`*_[]<>&|~!")

    /// Characters that start a block (heading, quote, list, thematic break, fence, table) when
    /// they open a line.
    private static let blockStarters = ByteClass("#>-+=*_~`|:")

    /// One line of running text with every markup character escaped.
    ///
    /// Line-start markers (`#`, `>`, `-`, `1.`) are escaped too, so the caller can put the
    /// result anywhere a line of a paragraph may stand. With `keepingCodeSpans`, a backtick run
    /// closed by a run of the same length on the same line stays a code span: its content is
    /// literal in CommonMark, so keeping it cannot change the page's structure.
    ///
    /// Works on the UTF-8 bytes in one pass: every markup character is ASCII, and no byte of a
    /// multi-byte character is.
    static func escapeLine(_ line: Substring, keepingCodeSpans: Bool = false) -> String {
        var line = line
        return line.withUTF8 { bytes in
            var start = 0
            while start < bytes.count, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t") {
                start += 1
            }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count - start + 8)
            var digitsAtStart = true
            var index = start
            while index < bytes.count {
                let byte = bytes[index]
                if keepingCodeSpans, byte == UInt8(ascii: "`"), let end = closingBacktickRun(in: bytes, from: index) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                    digitsAtStart = false
                    index = end
                    continue
                }
                if inlineSpecials.contains(byte) || (index == start && blockStarters.contains(byte)) {
                    out.append(UInt8(ascii: "\\"))
                } else if digitsAtStart, index > start, byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")"),
                          index + 1 == bytes.count || bytes[index + 1] == UInt8(ascii: " ") {
                    // `1.` or `1)` followed by a space at a line start would open an ordered list.
                    out.append(UInt8(ascii: "\\"))
                }
                if !(byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) { digitsAtStart = false }
                switch byte {
                case 0x09:
                    out.append(UInt8(ascii: " "))
                case 0x00...0x1F, 0x7F:
                    appendControlEscape(UInt32(byte), to: &out)
                case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
                    // A C1 control (U+0080...U+009F) is 0xC2 then the code point's own byte.
                    appendControlEscape(UInt32(bytes[index + 1]), to: &out)
                    index += 1
                default:
                    out.append(byte)
                }
                index += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// A control character, invisible in a rendered page and invalid in some renderers, shown
    /// as an escape the way the Swift comments show them: `\\u{1B}`.
    private static func appendControlEscape(_ value: UInt32, to out: inout [UInt8]) {
        out.append(contentsOf: "\\\\u{".utf8)
        out.append(contentsOf: String(value, radix: 16, uppercase: true).utf8)
        out.append(UInt8(ascii: "}"))
    }

    /// The index just past the backtick run that closes the run starting at `start`, when a run
    /// of exactly the same length follows on the line.
    private static func closingBacktickRun(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let backtick = UInt8(ascii: "`")
        var openEnd = start
        while openEnd < bytes.count, bytes[openEnd] == backtick { openEnd += 1 }
        let length = openEnd - start
        var index = openEnd
        while index < bytes.count {
            guard bytes[index] == backtick else {
                index += 1
                continue
            }
            var runEnd = index
            while runEnd < bytes.count, bytes[runEnd] == backtick { runEnd += 1 }
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
            if line.utf8.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
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
        // Most text is one line: no byte that can start a line break.
        if !utf8.contains(where: { (0x0A...0x0D).contains($0) || $0 == 0xC2 || $0 == 0xE2 }) {
            return trimmingSpaces()
        }
        return TextLines.split(self)
            .map { $0.trimmingSpaces() }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    fileprivate func trimmingSpaces() -> String {
        let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        if let first = utf8.first, let last = utf8.last, !isSpace(first), !isSpace(last) {
            return self
        }
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

/// A set of ASCII bytes as a 128-bit mask: membership is two shifts, not a hash.
struct ByteClass {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    init(_ members: StaticString) {
        members.withUTF8Buffer { bytes in
            for byte in bytes {
                precondition(byte < 0x80, "ByteClass holds ASCII only")
                if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
            }
        }
    }

    func contains(_ byte: UInt8) -> Bool {
        byte < 64 ? low & (1 << UInt64(byte)) != 0 : byte < 128 && high & (1 << UInt64(byte - 64)) != 0
    }
}
