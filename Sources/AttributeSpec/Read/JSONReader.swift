/// Reads a JSON document into a located `Node` tree.
///
/// One pass over the UTF-8 bytes with an explicit stack instead of recursion, so that
/// hostile nesting produces a diagnostic rather than a stack overflow. Strings become
/// `.doubleQuoted` scalars, numbers `.plain` scalars (their text as written) and
/// `true`/`false`/`null` `.jsonLiteral` scalars: the loader, not the reader, decides what
/// a value may be.
public enum JSONReader {
    /// How deeply arrays and objects may nest; far beyond any real spec, far below a stack limit.
    public static let maximumDepth = 512

    /// Reads `bytes` as one JSON document.
    ///
    /// - Returns: the root node, or `nil` when the document holds nothing but whitespace.
    /// - Throws: the first syntax error, located at the offending character.
    public static func read(_ bytes: [UInt8], file: String) throws(Diagnostic) -> Node? {
        try bytes.withUnsafeBufferPointer { (buffer) throws(Diagnostic) -> Node? in
            var parser = JSONParser(bytes: buffer, file: file)
            return try parser.parseDocument()
        }
    }
}

extension Diagnostic {
    /// Something other than what the JSON grammar allows at this point.
    static func jsonExpected(_ expected: String, found: String, at location: SourceLocation) -> Diagnostic {
        .error("expected \(expected), found \(found)", at: location)
    }

    /// A key that already appeared in the same object.
    static func duplicateKey(_ key: String, first: SourceLocation, at location: SourceLocation) -> Diagnostic {
        .error("duplicate key '\(key)'", at: location, note: "first defined here", noteLocation: first)
    }

    /// Arrays and objects nested past `JSONReader.maximumDepth`.
    static func nestingTooDeep(limit: Int, at location: SourceLocation) -> Diagnostic {
        .error("nesting deeper than \(limit) levels", at: location)
    }

    /// Bytes that are not UTF-8.
    static func invalidUTF8(_ byte: UInt8, at location: SourceLocation) -> Diagnostic {
        .error("invalid UTF-8 byte \(hexByte(byte))", at: location)
    }

    /// A raw control character inside a string, which JSON requires to be escaped.
    static func controlCharacterInString(_ byte: UInt8, at location: SourceLocation) -> Diagnostic {
        .error("control character \(scalarName(UInt32(byte))) in string must be escaped", at: location)
    }

    /// A backslash followed by something that is not a JSON escape.
    static func invalidEscape(_ text: String, at location: SourceLocation) -> Diagnostic {
        .error("invalid escape sequence '\(text)'", at: location)
    }

    /// A `\u` escape naming half of a surrogate pair without the other half.
    static func unpairedSurrogate(_ value: UInt32, at location: SourceLocation) -> Diagnostic {
        .error("unpaired surrogate \(scalarName(value)) in \\u escape", at: location)
    }

    /// A string whose closing quote never comes.
    static func unterminatedString(at location: SourceLocation) -> Diagnostic {
        .error("unterminated string", at: location)
    }

    /// `U+000A`, the way Unicode names a code point.
    static func scalarName(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `0xFF`.
    static func hexByte(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "0x" + (hex.count < 2 ? "0" : "") + hex
    }
}

/// The state of one JSON parse: the bytes, a cursor, and the line bookkeeping for locations.
private struct JSONParser {
    /// An array or object whose closing bracket has not been read yet.
    enum Frame {
        case array(SourceLocation, [Node])
        case object(SourceLocation, [Node.MappingEntry], [String: SourceLocation], key: Node)
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    var index = 0
    var line = 1
    var lineStart = 0
    /// The last column computed and the offset it belongs to, so that columns are counted
    /// incrementally: locations are asked for in increasing order, which keeps a 10 MB
    /// single-line file linear.
    var columnOffset = 0
    var column = 1

    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            // A byte order mark is not content; columns start after it.
            index = 3
            lineStart = 3
            columnOffset = 3
        }
    }

    // MARK: Locations

    /// The location of the byte at `offset` on the current line.
    mutating func location(at offset: Int) -> SourceLocation {
        if offset < columnOffset || columnOffset < lineStart {
            columnOffset = lineStart
            column = 1
        }
        var cursor = columnOffset
        while cursor < offset {
            if TextPosition.startsColumn(bytes, at: cursor) { column += 1 }
            cursor += 1
        }
        columnOffset = offset
        return SourceLocation(file: file, line: line, column: column)
    }

    mutating func here() -> SourceLocation { location(at: index) }

    /// How the byte at the cursor reads in a message.
    func describeCurrent() -> String {
        guard index < bytes.count else { return "end of file" }
        let byte = bytes[index]
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        if byte < 0x80 { return Diagnostic.scalarName(UInt32(byte)) }
        if let (scalar, _) = UTF8Validation.decodeScalar(bytes, at: index) { return Diagnostic.scalarName(scalar) }
        return "invalid UTF-8 byte \(Diagnostic.hexByte(byte))"
    }

    mutating func expected(_ what: String) -> Diagnostic {
        let found = describeCurrent()
        return .jsonExpected(what, found: found, at: here())
    }

    // MARK: Document structure

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09:
                index += 1
            case 0x0A, 0x0D:
                let endsLine = TextPosition.endsLine(bytes, at: index)
                index += 1
                if endsLine {
                    line += 1
                    lineStart = index
                }
            default:
                return
            }
        }
    }

    mutating func parseDocument() throws(Diagnostic) -> Node? {
        skipWhitespace()
        if index == bytes.count { return nil }
        var stack: [Frame] = []
        while true {
            skipWhitespace()
            var value: Node
            let start = here()
            guard index < bytes.count else { throw expected("a value") }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                try checkDepth(stack.count, at: start)
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    value = Node(.mapping([]), at: start)
                } else {
                    let key = try parseKey()
                    stack.append(.object(start, [], [key.scalarText ?? "": key.location], key: key))
                    continue
                }
            case UInt8(ascii: "["):
                try checkDepth(stack.count, at: start)
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    value = Node(.sequence([]), at: start)
                } else {
                    stack.append(.array(start, []))
                    continue
                }
            case UInt8(ascii: "\""):
                value = Node(.scalar(try parseString(), .doubleQuoted), at: start)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = Node(.scalar(try parseNumber(), .plain), at: start)
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                value = Node(.scalar(try parseLiteral(), .jsonLiteral), at: start)
            default:
                throw expected("a value")
            }

            // Attach the finished value to its parent, closing every container it completes.
            attaching: while true {
                guard let frame = stack.popLast() else {
                    skipWhitespace()
                    guard index == bytes.count else { throw expected("end of file after the JSON value") }
                    return value
                }
                skipWhitespace()
                switch frame {
                case .array(let location, var items):
                    items.append(value)
                    if index < bytes.count, bytes[index] == UInt8(ascii: ",") {
                        index += 1
                        stack.append(.array(location, items))
                        break attaching
                    }
                    guard index < bytes.count, bytes[index] == UInt8(ascii: "]") else { throw expected("',' or ']'") }
                    index += 1
                    value = Node(.sequence(items), at: location)
                case .object(let location, var entries, var seen, let key):
                    entries.append(Node.MappingEntry(key: key, value: value))
                    if index < bytes.count, bytes[index] == UInt8(ascii: ",") {
                        index += 1
                        skipWhitespace()
                        let next = try parseKey()
                        let text = next.scalarText ?? ""
                        if let first = seen[text] {
                            throw Diagnostic.duplicateKey(text, first: first, at: next.location)
                        }
                        seen[text] = next.location
                        stack.append(.object(location, entries, seen, key: next))
                        break attaching
                    }
                    guard index < bytes.count, bytes[index] == UInt8(ascii: "}") else { throw expected("',' or '}'") }
                    index += 1
                    value = Node(.mapping(entries), at: location)
                }
            }
        }
    }

    mutating func checkDepth(_ depth: Int, at location: SourceLocation) throws(Diagnostic) {
        if depth >= JSONReader.maximumDepth {
            throw Diagnostic.nestingTooDeep(limit: JSONReader.maximumDepth, at: location)
        }
    }

    /// Reads `"key" :` and leaves the cursor before the value.
    mutating func parseKey() throws(Diagnostic) -> Node {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw expected("a string key") }
        let start = here()
        let key = Node(.scalar(try parseString(), .doubleQuoted), at: start)
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw expected("':' after the key") }
        index += 1
        return key
    }

    // MARK: Scalars

    mutating func parseLiteral() throws(Diagnostic) -> String {
        for word in ["true", "false", "null"] where matches(word) {
            index += word.utf8.count
            return word
        }
        throw expected("a value")
    }

    func matches(_ word: String) -> Bool {
        var cursor = index
        for byte in word.utf8 {
            guard cursor < bytes.count, bytes[cursor] == byte else { return false }
            cursor += 1
        }
        return true
    }

    mutating func parseNumber() throws(Diagnostic) -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw expected("a digit") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            skipDigits()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw expected("a digit after '.'") }
            skipDigits()
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw expected("a digit in the exponent") }
            skipDigits()
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    mutating func skipDigits() {
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Reads a string starting at its opening quote, validating UTF-8 on the way.
    mutating func parseString() throws(Diagnostic) -> String {
        let opening = here()
        index += 1
        let contentStart = index
        // Fast path: no escapes means the text is a slice of the input.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[contentStart..<index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            try stepContentByte(byte)
        }
        guard index < bytes.count else { throw Diagnostic.unterminatedString(at: opening) }

        var buffer = Array(UnsafeBufferPointer(rebasing: bytes[contentStart..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: buffer, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                try parseEscape(into: &buffer)
                continue
            }
            let start = index
            try stepContentByte(byte)
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        }
        throw Diagnostic.unterminatedString(at: opening)
    }

    /// Moves past one unescaped character of a string, rejecting control characters and
    /// malformed UTF-8.
    mutating func stepContentByte(_ byte: UInt8) throws(Diagnostic) {
        if byte < 0x20 {
            throw Diagnostic.controlCharacterInString(byte, at: here())
        }
        if byte < 0x80 {
            index += 1
            return
        }
        guard let (_, length) = UTF8Validation.decodeScalar(bytes, at: index) else {
            throw Diagnostic.invalidUTF8(byte, at: here())
        }
        index += length
    }

    /// Decodes the escape at the cursor (a backslash) into `buffer`, with the shared decoder.
    mutating func parseEscape(into buffer: inout [UInt8]) throws(Diagnostic) {
        let start = here()
        do {
            index += try JSONEscape.decode(bytes, at: index, into: &buffer)
        } catch {
            switch error {
            case .unterminated:
                throw Diagnostic.unterminatedString(at: start)
            case .unknown(let byte):
                let shown = byte >= 0x21 && byte < 0x7F ? "\\" + String(Character(Unicode.Scalar(byte))) : "\\"
                throw Diagnostic.invalidEscape(shown, at: start)
            case .badHexDigits(let escapeAt, _):
                throw Diagnostic.error("'\\u' must be followed by four hexadecimal digits", at: location(at: escapeAt))
            case .loneSurrogate(let value):
                throw Diagnostic.unpairedSurrogate(value, at: start)
            }
        }
    }
}
