/// Accumulates generated text line by line with indentation: the only way renderers emit text.
///
/// Blank lines are never indented, outdenting past the margin is a programming error, and
/// `contents` always ends with exactly one newline.
struct Printer {
    private var lines: [String] = []
    private var level = 0
    private let unit: String

    /// Creates a printer that indents by `unit` per level.
    init(indentUnit unit: String = "    ") {
        self.unit = unit
    }

    /// Appends one line at the current indentation; an empty string appends a blank line.
    mutating func print(_ line: String = "") {
        if line.isEmpty {
            lines.append("")
        } else {
            lines.append(String(repeating: unit, count: level) + line)
        }
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
        var end = lines.count
        while end > 0, lines[end - 1].isEmpty { end -= 1 }
        return lines[..<end].joined(separator: "\n") + "\n"
    }
}
