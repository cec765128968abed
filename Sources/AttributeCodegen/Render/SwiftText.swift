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
        // Keys and provider paths are nearly always printable ASCII without quotes or
        // backslashes: then the literal is the text in quotes.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 <= 0x7E && $0 != 0x22 && $0 != 0x5C }) {
            return "\"" + text + "\""
        }
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
    /// text (`*/`, quotes, backslashes) can end the comment. Descriptions are most of a spec's
    /// text, so this works on UTF-8 bytes in one pass and copies a clean line in one piece.
    static func commentLines(_ text: String) -> [String] {
        commentLines(text, prefix: [], blank: "")
    }

    /// The `///` lines of a doc comment on `text`: each of `commentLines(_:)` after `/// `,
    /// an empty one as `///`. Built in one step, as the renderer prints one per description line.
    static func docCommentLines(_ text: String) -> [String] {
        commentLines(text, prefix: Array("/// ".utf8), blank: "///")
    }

    private static func commentLines(_ text: String, prefix: [UInt8], blank: String) -> [String] {
        TextLines.withUTF8(of: text) { bytes in
            var scratch: [UInt8] = []
            return TextLines.lineRanges(in: bytes).map { range in
                let line = UnsafeBufferPointer(rebasing: bytes[range])
                scratch.removeAll(keepingCapacity: true)
                scratch.append(contentsOf: prefix)
                if line.contains(where: needsEscapeOrSpace) {
                    appendVisible(line, escapingLineSeparators: false, to: &scratch)
                } else {
                    scratch.append(contentsOf: line)
                }
                while scratch.count > prefix.count, scratch.last == 0x20 { scratch.removeLast() }
                return scratch.count == prefix.count ? blank : String(decoding: scratch, as: UTF8.self)
            }
        }
    }

    /// `text` on one comment line: line breaks and control characters shown as `\u{…}`.
    static func commentInline(_ text: String) -> String {
        guard text.utf8.contains(where: needsEscapeOrSpace) else { return text }
        return TextLines.withUTF8(of: text) { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            appendVisible(bytes, escapingLineSeparators: true, to: &out)
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether a byte may start something `appendVisible` changes: a C0 control or tab, DEL,
    /// the lead byte of a C1 control (`C2`), or of U+2028/U+2029 (`E2`).
    private static func needsEscapeOrSpace(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2
    }

    /// Appends `bytes` (well-formed UTF-8), with tabs as spaces and each control character a
    /// compiler would warn about or an editor would hide as its `\u{…}` escape; with
    /// `escapingLineSeparators`, U+2028 and U+2029 are escaped too. (U+0085 and the ASCII line
    /// breaks are controls, so they are always escaped.)
    private static func appendVisible(_ bytes: UnsafeBufferPointer<UInt8>, escapingLineSeparators: Bool, to out: inout [UInt8]) {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x09 {
                out.append(0x20)
            } else if byte < 0x20 || byte == 0x7F {
                appendEscape(UInt32(byte), to: &out)
            } else if byte == 0xC2, index + 1 < count, bytes[index + 1] <= 0x9F {
                // C2 80…C2 9F encode U+0080…U+009F, the C1 controls.
                appendEscape(UInt32(bytes[index + 1]), to: &out)
                index += 1
            } else if escapingLineSeparators, byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80,
                      bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                appendEscape(0x2000 | UInt32(bytes[index + 2] & 0x3F), to: &out)
                index += 2
            } else {
                out.append(byte)
            }
            index += 1
        }
    }

    private static func appendEscape(_ value: UInt32, to out: inout [UInt8]) {
        out.append(contentsOf: "\\u{".utf8)
        out.append(contentsOf: String(value, radix: 16, uppercase: true).utf8)
        out.append(UInt8(ascii: "}"))
    }

    private static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }
}
