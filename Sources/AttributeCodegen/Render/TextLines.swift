/// How every renderer splits spec text into lines, so a description breaks at the same places
/// in a `///` comment and on a Markdown page.
///
/// Splitting works on the UTF-8 bytes in one pass: renderers call it for every description, and
/// descriptions are most of a spec's text.
enum TextLines {
    /// Line feed, carriage return, and the separators some editors break lines at.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// The lines of `text`, split at every line break (CRLF counts once), without the breaks.
    static func split(_ text: String) -> [String] {
        withUTF8(of: text) { bytes in
            lineRanges(in: bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
        }
    }

    /// The byte ranges of the lines of `bytes`, split as `split(_:)` splits; always one range
    /// more than there are line breaks.
    static func lineRanges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var lineStart = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let breakLength = lineBreakLength(in: bytes, at: index)
            guard breakLength > 0 else {
                index += 1
                continue
            }
            ranges.append(lineStart..<index)
            index += breakLength
            lineStart = index
        }
        ranges.append(lineStart..<count)
        return ranges
    }

    /// The length in bytes of the line break at `index` (CRLF is one break of two bytes), or 0
    /// when no line break starts there.
    static func lineBreakLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch bytes[index] {
        case 0x0A, 0x0B, 0x0C:
            return 1
        case 0x0D:
            return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
        case 0xC2:
            // U+0085 NEXT LINE.
            return index + 1 < bytes.count && bytes[index + 1] == 0x85 ? 2 : 0
        case 0xE2:
            // U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR.
            guard index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 else {
                return 0
            }
            return 3
        default:
            return 0
        }
    }

    /// Runs `body` over the UTF-8 bytes of `text`, copying only a string that is not stored
    /// contiguously (a bridged one).
    static func withUTF8<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = text
        return text.withUTF8(body)
    }
}
