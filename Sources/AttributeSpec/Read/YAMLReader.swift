/// Reads one YAML document into a located `Node` tree.
///
/// The reader covers the YAML 1.1 that spec files use, read the way PyYAML's `BaseLoader`
/// reads it: every scalar is text. What it does not support (anchors, aliases, tags,
/// directives, complex `?` keys, several documents) is reported at its location rather than
/// read approximately. Differences from PyYAML, all deliberate: tabs are accepted as
/// separators inside a line (never as indentation); `\u{85}`, U+2028 and U+2029 are content,
/// not line breaks (as in YAML 1.2); duplicate keys, an empty key (`: value`) and non-scalar
/// keys are errors.
public enum YAMLReader {
    /// How deeply collections may nest. Deeper documents are an error at the collection that
    /// crosses the limit; spec files need a handful of levels, so this only stops hostile input.
    public static let maximumDepth: Int = 512

    /// Reads one YAML document. Returns nil for an empty document (only comments/whitespace/`---`).
    ///
    /// - Parameters:
    ///   - bytes: The UTF-8 file content, with or without a byte order mark.
    ///   - file: The path used in locations.
    /// - Throws: A `Diagnostic` with the line and column of the first problem.
    public static func read(_ bytes: [UInt8], file: String) throws(Diagnostic) -> Node? {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        try validate(bytes, from: start, file: file)
        // The scanner may run ahead of the parser by one pending simple key (at most 1024
        // bytes), so its own flow limit is set past that look-ahead.
        let scanner = YAMLScanner(bytes: bytes, start: start, file: file, flowLimit: maximumDepth + 1100)
        var parser = YAMLParser(scanner: scanner, maximumDepth: maximumDepth)
        return try parser.parseDocument()
    }

    /// Checks the input is well-formed UTF-8 without the control characters YAML forbids,
    /// so the scanner can decode slices without repair and treat a 0 byte as the end.
    static func validate(_ bytes: [UInt8], from start: Int, file: String) throws(Diagnostic) {
        try bytes.withUnsafeBufferPointer { (bytes) throws(Diagnostic) in
            var index = start
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte < 0x20 && byte != .tab && byte != .lf && byte != .cr || byte == 0x7F {
                        throw .yamlForbiddenCharacter(UInt32(byte), at: location(of: index, in: bytes, from: start, file: file))
                    }
                    index += 1
                    continue
                }
                guard let (scalar, length) = UTF8Validation.decodeScalar(bytes, at: index) else {
                    throw .yamlInvalidUTF8(at: location(of: index, in: bytes, from: start, file: file))
                }
                if (0x80...0x9F).contains(scalar) && scalar != 0x85 || scalar == 0xFFFE || scalar == 0xFFFF {
                    throw .yamlForbiddenCharacter(scalar, at: location(of: index, in: bytes, from: start, file: file))
                }
                index += length
            }
        }
    }

    /// The location of a byte offset; only computed on the error path.
    private static func location(
        of offset: Int,
        in bytes: UnsafeBufferPointer<UInt8>,
        from start: Int,
        file: String
    ) -> SourceLocation {
        let (line, column) = TextPosition.lineAndColumn(of: offset, in: bytes, from: start)
        return SourceLocation(file: file, line: line, column: column)
    }
}
