/// JSON string literals, written by one rule for every JSON this package prints: canonical specs
/// (`normalize`) and the JSON Schemas of records.
package enum JSONStringLiteral {
    /// Writes `text` as a quoted JSON string: quotes, backslashes and control characters escaped
    /// (`\n`, `\r`, `\t`, and `\b`, `\f` unless `asciiOnly`, the rest as `\u00XX`).
    ///
    /// - Parameter asciiOnly: escape every character outside printable ASCII as `\uXXXX` (UTF-16,
    ///   so a surrogate pair for a character beyond the BMP), so the file is ASCII and no invisible
    ///   character hides in it; otherwise such characters are written as they are.
    package static func write(_ text: String, asciiOnly: Bool = false, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{8}" where !asciiOnly: output += "\\b"
            case "\u{C}" where !asciiOnly: output += "\\f"
            case "\u{0}"..."\u{1F}": escape(scalar, to: &output)
            case " "..."~": output.unicodeScalars.append(scalar)
            default:
                if asciiOnly {
                    escape(scalar, to: &output)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }

    /// `text` as a quoted JSON string (`write(_:asciiOnly:to:)`).
    package static func quoted(_ text: String, asciiOnly: Bool = false) -> String {
        var output = ""
        write(text, asciiOnly: asciiOnly, to: &output)
        return output
    }

    /// `\uXXXX` for each UTF-16 unit of the scalar, in lowercase hex.
    private static func escape(_ scalar: Unicode.Scalar, to output: inout String) {
        for unit in String(scalar).utf16 {
            let hex = String(unit, radix: 16, uppercase: false)
            output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
    }
}
