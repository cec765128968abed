/// Accumulates generated text line by line with indentation: the only way renderers emit text.
///
/// Blank lines are never indented, outdenting past the margin is a programming error, and
/// `contents` always ends with exactly one newline.
///
/// Text goes straight into one growing buffer rather than an array of lines joined at the end:
/// a file is tens of thousands of short lines, and each would otherwise be a separate string.
struct Printer {
    private var text = ""
    /// The length in bytes of `text` up to the end of the last non-blank line, without its
    /// newline: where `contents` cuts off trailing blank lines.
    private var endOfLastLine = 0
    private var level = 0
    private let unit: String
    /// `unit` repeated for each level reached so far: one append per line, not one per level.
    private var indentations: [String] = [""]

    /// Creates a printer that indents by `unit` per level.
    init(indentUnit unit: String = "    ") {
        self.unit = unit
        text.reserveCapacity(16_384)
    }

    /// Appends one line at the current indentation; an empty string appends a blank line.
    mutating func print(_ line: String = "") {
        if line.isEmpty {
            text += "\n"
            return
        }
        text += indentations[level]
        text += line
        endOfLastLine = text.utf8.count
        text += "\n"
    }

    /// Appends each line of a multi-line string at the current indentation.
    mutating func printLines(_ text: String) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            print(String(line))
        }
    }

    /// Runs `body` one level deeper.
    mutating func indent(_ body: (inout Printer) -> Void) {
        level += 1
        if level == indentations.count {
            indentations.append(indentations[level - 1] + unit)
        }
        body(&self)
        precondition(level > 0, "Printer outdented past its margin")
        level -= 1
    }

    /// Prints `open`, the body one level deeper, then `close`: `struct X {` … `}`.
    mutating func block(_ open: String, close: String = "}", _ body: (inout Printer) -> Void) {
        print(open)
        indent(body)
        print(close)
    }

    /// The text printed so far, without trailing blank lines, ending with one newline.
    var contents: String {
        if text.utf8.count == endOfLastLine + 1 {
            return text
        }
        var result = String(decoding: text.utf8.prefix(endOfLastLine), as: UTF8.self)
        result += "\n"
        return result
    }
}
