// One source file compiled into two modules: it is symlinked into AttributeSpec (the spec
// readers) and AttributeRuntime (the payload parser's errors), which must not depend on each
// other. Keep its declarations internal so that a client importing both modules sees no clash.

/// The one rule for where a byte stands in UTF-8 text, as `line:column`.
///
/// Lines end at LF, CR LF or a lone CR. Columns count Unicode scalars, not bytes, so a column
/// is what an editor shows; a U+FEFF (a byte order mark, at the start or inside the text)
/// takes none, as in PyYAML, and neither does a line break.
enum TextPosition {
    /// The 1-based line and column of the byte at `offset`, counting from `start` (past a
    /// byte order mark that is not content). Scans from the start: meant for error paths.
    static func lineAndColumn<Bytes: RandomAccessCollection<UInt8>>(
        of offset: Int,
        in bytes: Bytes,
        from start: Int = 0
    ) -> (line: Int, column: Int) where Bytes.Index == Int {
        var line = 1
        var column = 1
        var index = start
        let end = min(offset, bytes.count)
        while index < end {
            if endsLine(bytes, at: index) {
                line += 1
                column = 1
            } else if startsColumn(bytes, at: index) {
                column += 1
            }
            index += 1
        }
        return (line, column)
    }

    /// Whether the byte at `index` ends a line: an LF, or a CR that no LF follows.
    @inline(__always)
    static func endsLine<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int) -> Bool where Bytes.Index == Int {
        let byte = bytes[index]
        return byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A))
    }

    /// Whether the byte at `index` begins a column: it starts a scalar that is neither a line
    /// break nor U+FEFF. Readers that track columns as they go count with it too.
    @inline(__always)
    static func startsColumn<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int) -> Bool where Bytes.Index == Int {
        let byte = bytes[index]
        if byte < 0x80 {
            return byte != 0x0A && byte != 0x0D
        }
        guard byte & 0xC0 != 0x80 else { return false }
        let isByteOrderMark = byte == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF
        return !isByteOrderMark
    }
}
