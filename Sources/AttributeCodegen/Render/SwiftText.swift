/// How arbitrary spec text is made safe inside generated Swift: in string literals and in
/// `///` comment lines.
///
/// Spec text can hold anything a YAML or JSON string can: quotes, backslashes, `*/`, `"""`,
/// line breaks, control characters and any Unicode. None of it may end a literal or a comment
/// early, and the output stays the same bytes on every machine.
enum SwiftText {
    /// A string literal that evaluates to exactly `text`.
    ///
    /// Everything outside printable ASCII is written as a `\u{…}` escape, so the generated file
    /// is ASCII in its code and no invisible or bidirectional character can hide in a literal.
    static func stringLiteral(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case " "..."~": out.unicodeScalars.append(scalar)
            default: out += unicodeEscape(scalar)
            }
        }
        out += "\""
        return out
    }

    /// The lines of `text` as they may follow `/// `: split at every line break a reader or an
    /// editor would honour, control characters made visible, trailing blanks removed.
    ///
    /// A `///` line ends only at a line break, so once the breaks are handled nothing in the
    /// text (`*/`, quotes, backslashes) can end the comment.
    static func commentLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            if scalar == "\n", previousWasCarriageReturn {
                previousWasCarriageReturn = false
                continue
            }
            previousWasCarriageReturn = scalar == "\r"
            if isLineBreak(scalar) {
                lines.append(trimmingTrailingBlanks(current))
                current = ""
            } else {
                appendVisible(scalar, to: &current)
            }
        }
        lines.append(trimmingTrailingBlanks(current))
        return lines
    }

    /// `text` on one comment line: line breaks and control characters shown as `\u{…}`.
    static func commentInline(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if isLineBreak(scalar) {
                out += unicodeEscape(scalar)
            } else {
                appendVisible(scalar, to: &out)
            }
        }
        return out
    }

    /// Line feed, carriage return, and the separators some editors break lines at.
    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// Appends `scalar`, or its escape when it is a control character the compiler would warn
    /// about or an editor would hide. Tabs become spaces for the same reason.
    private static func appendVisible(_ scalar: Unicode.Scalar, to out: inout String) {
        switch scalar.value {
        case 0x09: out += " "
        case 0x00...0x1F, 0x7F...0x9F: out += unicodeEscape(scalar)
        default: out.unicodeScalars.append(scalar)
        }
    }

    private static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }

    private static func trimmingTrailingBlanks(_ line: String) -> String {
        var scalars = line.unicodeScalars[...]
        while let last = scalars.last, last == " " {
            scalars = scalars.dropLast()
        }
        return String(String.UnicodeScalarView(scalars))
    }
}
