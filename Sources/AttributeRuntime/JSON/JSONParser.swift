/// A one-pass JSON parser over UTF-8 bytes that builds a `JSONDocument` tape.
///
/// Every value appends one entry (objects also one per key), so parsing allocates nothing per
/// object, per key or per string; escaped strings are decoded once into a side buffer.
struct JSONParser {
    /// The default nesting limit: far beyond any provider payload, far below stack exhaustion.
    static let defaultMaxDepth = 256

    /// What a parse produces: the tape, and the decoded bytes of escaped strings, which the
    /// tape addresses as if they followed the input.
    struct Tape {
        var entries: JSONDocument.EntryStorage
        var decoded: [UInt8]
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0
    private let maxDepth: Int
    private let entries: JSONDocument.EntryStorage
    private var decoded: [UInt8] = []

    private init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
        // About one entry per 16 bytes of typical provider JSON; the array grows if needed.
        entries = JSONDocument.EntryStorage(capacity: bytes.count / 16 + 4)
    }

    /// Parses exactly one JSON value, surrounded by optional whitespace.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> Tape {
        var parser = JSONParser(bytes: bytes, maxDepth: maxDepth)
        // A UTF-8 byte order mark is not JSON, but editors add it; skipping it costs nothing.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            parser.index = 3
        }
        try parser.parseValue()
        parser.skipWhitespace()
        if parser.index < bytes.count {
            throw parser.error(.trailingData, at: parser.index)
        }
        return Tape(entries: parser.entries, decoded: parser.decoded)
    }

    private func error(_ kind: JSONParseError.Kind, at offset: Int) -> JSONParseError {
        JSONParseError(kind, offset: offset, in: bytes)
    }

    private func unexpected(at offset: Int) -> JSONParseError {
        offset < bytes.count ? error(.unexpectedCharacter(bytes[offset]), at: offset) : error(.unexpectedEnd, at: offset)
    }

    /// Most calls find no whitespace at all; only those that do leave the caller.
    @inline(__always)
    private mutating func skipWhitespace() {
        if index < bytes.count, bytes[index] > 0x20 { return }
        skipWhitespaceRun()
    }

    private mutating func skipWhitespaceRun() {
        // Indentation first, eight spaces at a time.
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count, UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) == 0x2020_2020_2020_2020 {
                index += 8
            }
        }
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private mutating func append(_ kind: JSONDocument.Kind, start: Int = 0, count: Int = 0, extra: Int64 = 0) {
        entries.append(JSONDocument.Entry(kind: kind, start: start, count: count, extra: extra))
    }

    private mutating func parseValue() throws(JSONParseError) {
        skipWhitespace()
        guard index < bytes.count else { throw error(.unexpectedEnd, at: index) }
        switch bytes[index] {
        case UInt8(ascii: "\""): try parseString()
        case UInt8(ascii: "{"): try parseObject()
        case UInt8(ascii: "["): try parseArray()
        case UInt8(ascii: "t"): try parseLiteral("true"); append(.true)
        case UInt8(ascii: "f"): try parseLiteral("false"); append(.false)
        case UInt8(ascii: "n"): try parseLiteral("null"); append(.null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try parseNumber()
        default: throw unexpected(at: index)
        }
    }

    private mutating func parseLiteral(_ literal: StaticString) throws(JSONParseError) {
        let count = literal.utf8CodeUnitCount
        let expected = literal.utf8Start
        for offset in 0..<count {
            guard index + offset < bytes.count, bytes[index + offset] == expected[offset] else {
                throw unexpected(at: index + offset)
            }
        }
        index += count
    }

    private mutating func enterContainer() throws(JSONParseError) {
        depth += 1
        if depth > maxDepth { throw error(.tooDeep(limit: maxDepth), at: index) }
        index += 1
    }

    private mutating func parseArray() throws(JSONParseError) {
        try enterContainer()
        defer { depth -= 1 }
        let container = entries.count
        append(.array)
        defer { entries[container].extra = Int64(entries.count) }
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return
        }
        var count = 0
        while true {
            try parseValue()
            count += 1
            skipWhitespace()
            guard index < bytes.count else { throw error(.unexpectedEnd, at: index) }
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: ",") { continue }
            if byte == UInt8(ascii: "]") { break }
            throw unexpected(at: index - 1)
        }
        entries[container].count = count
    }

    private mutating func parseObject() throws(JSONParseError) {
        try enterContainer()
        defer { depth -= 1 }
        let container = entries.count
        append(.object)
        defer { entries[container].extra = Int64(entries.count) }
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return
        }
        var keyCount = 0
        // Big objects (tag maps) switch from pairwise duplicate checks to a set. Both compare
        // keys by their UTF-8 bytes, as `JSONObject` does.
        var seenKeys: Set<JSONObject.ByteKey>?
        while true {
            skipWhitespace()
            let keyOffset = index
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw unexpected(at: index) }
            try parseString()
            let key = entries.count - 1
            let signature = withBytes(of: entries[key]) { JSONDocument.signature($0) }
            entries[key].extra = signature
            if var keys = seenKeys {
                seenKeys = nil
                let text = string(of: entries[key])
                if !keys.insert(JSONObject.ByteKey(text)).inserted { throw error(.duplicateKey(text), at: keyOffset) }
                seenKeys = keys
            } else {
                // The earlier keys of this object, walked on the tape; signatures first.
                var earlier = container + 1
                while earlier < key {
                    if entries[earlier].extra == signature, sameKey(earlier, key) {
                        throw error(.duplicateKey(string(of: entries[key])), at: keyOffset)
                    }
                    earlier = next(after: earlier + 1)
                }
                keyCount += 1
                if keyCount == 33 {
                    var keys = Set<JSONObject.ByteKey>()
                    var earlier = container + 1
                    while earlier <= key {
                        keys.insert(JSONObject.ByteKey(string(of: entries[earlier])))
                        earlier = next(after: earlier + 1)
                    }
                    seenKeys = keys
                }
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw unexpected(at: index) }
            index += 1
            try parseValue()
            entries[key].link = UInt32(exactly: entries.count - key) ?? 0
            entries[container].count += 1
            skipWhitespace()
            guard index < bytes.count else { throw error(.unexpectedEnd, at: index) }
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: ",") { continue }
            if byte == UInt8(ascii: "}") { break }
            throw unexpected(at: index - 1)
        }
    }

    /// The bytes of a string entry, in the input or among the decoded ones.
    private func withBytes<Result>(of entry: JSONDocument.Entry, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if entry.start < bytes.count {
            return body(UnsafeBufferPointer(rebasing: bytes[entry.range]))
        }
        let offset = entry.start - bytes.count
        return decoded.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[offset..<(offset + entry.count)])) }
    }

    private func string(of entry: JSONDocument.Entry) -> String {
        withBytes(of: entry) { String(decoding: $0, as: UTF8.self) }
    }

    /// The index of the value after the one at `index` (its subtree skipped), or for a
    /// container still being parsed, the end of the tape.
    @inline(__always)
    private func next(after index: Int) -> Int {
        guard index < entries.count else { return entries.count }
        let entry = entries[index]
        return entry.kind.rawValue >= JSONDocument.Kind.array.rawValue ? Int(truncatingIfNeeded: entry.extra) : index + 1
    }

    /// Whether the keys at two entries have the same bytes.
    private func sameKey(_ first: Int, _ second: Int) -> Bool {
        let left = entries[first]
        let right = entries[second]
        guard left.extra == right.extra, left.count == right.count else { return false }
        return withBytes(of: left) { leftBytes in
            withBytes(of: right) { rightBytes in leftBytes.elementsEqual(rightBytes) }
        }
    }

    private mutating func parseString() throws(JSONParseError) {
        let start = index + 1
        var position = start
        var highBits: UInt8 = 0
        // Eight bytes at a time while none is a quote, a backslash or a control character.
        if let base = bytes.baseAddress {
            var highWords: UInt64 = 0
            while position + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
                if Self.hasSpecialByte(word) { break }
                highWords |= word
                position += 8
            }
            if highWords & 0x8080_8080_8080_8080 != 0 { highBits = 0x80 }
        }
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                index = position + 1
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<position])
                // `String(validating:)` would need macOS 15; validate by hand.
                guard highBits < 0x80 || UTF8Validation.isValid(slice) else { throw error(.invalidUTF8, at: start) }
                append(.string, start: start, count: position - start)
                return
            }
            if byte == UInt8(ascii: "\\") {
                return try parseEscapedString(start: start, firstEscape: position)
            }
            if byte < 0x20 { throw error(.controlCharacterInString, at: position) }
            highBits |= byte
            position += 1
        }
        throw error(.unexpectedEnd, at: position)
    }

    /// Whether any byte of `word` is `"`, `\\` or below 0x20 (SWAR: a zero byte of
    /// `word ^ pattern`, or a borrow out of a byte of `word - 0x20…`, sets that byte's top bit;
    /// a borrow may also flag a higher byte, which only sends the scan to the byte loop early).
    @inline(__always)
    private static func hasSpecialByte(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let quotes = word ^ (ones &* 0x22)
        let backslashes = word ^ (ones &* 0x5C)
        let quote = (quotes &- ones) & ~quotes
        let backslash = (backslashes &- ones) & ~backslashes
        let control = (word &- ones &* 0x20) & ~word
        return (quote | backslash | control) & high != 0
    }

    /// The slow path for strings with escapes: decode straight into the decoded bytes.
    private mutating func parseEscapedString(start: Int, firstEscape: Int) throws(JSONParseError) {
        if decoded.capacity == 0 { decoded.reserveCapacity(max(64, bytes.count / 8)) }
        let decodedStart = decoded.count
        decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<firstEscape]))
        var position = firstEscape
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                index = position + 1
                let valid = decoded.withUnsafeBufferPointer { UTF8Validation.isValid(UnsafeBufferPointer(rebasing: $0[decodedStart...])) }
                guard valid else { throw error(.invalidUTF8, at: start) }
                append(.string, start: bytes.count + decodedStart, count: decoded.count - decodedStart)
                return
            }
            if byte < 0x20 { throw error(.controlCharacterInString, at: position) }
            guard byte == UInt8(ascii: "\\") else {
                // Copy the run up to the next quote, backslash or control character at once.
                var end = position + 1
                while end < bytes.count {
                    let next = bytes[end]
                    if next == UInt8(ascii: "\"") || next == UInt8(ascii: "\\") || next < 0x20 { break }
                    end += 1
                }
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<end]))
                position = end
                continue
            }
            do {
                position += try JSONEscape.decode(bytes, at: position, into: &decoded)
            } catch {
                throw escapeError(error, at: position)
            }
        }
        throw error(.unexpectedEnd, at: position)
    }

    /// The parse error for an escape the shared decoder rejected at `backslash`.
    private func escapeError(_ failure: JSONEscape.Failure, at backslash: Int) -> JSONParseError {
        switch failure {
        case .unterminated: error(.unexpectedEnd, at: backslash + 1)
        case .unknown: error(.invalidEscape, at: backslash)
        case .badHexDigits(_, endOfInput: true): error(.unexpectedEnd, at: bytes.count)
        case .badHexDigits(let escapeAt, endOfInput: false): error(.invalidEscape, at: escapeAt)
        case .loneSurrogate: error(.loneSurrogate, at: backslash)
        }
    }

    private mutating func parseNumber() throws(JSONParseError) {
        let start = index
        var negative = false
        if bytes[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        guard index < bytes.count else { throw error(.invalidNumber, at: start) }
        var magnitude: UInt64 = 0
        var overflow = false
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else if bytes[index] >= UInt8(ascii: "1"), bytes[index] <= UInt8(ascii: "9") {
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                let (times10, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times10.addingReportingOverflow(UInt64(bytes[index] - UInt8(ascii: "0")))
                overflow = overflow || overflow1 || overflow2
                magnitude = sum
                index += 1
            }
        } else {
            throw error(.invalidNumber, at: start)
        }
        var isInteger = true
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard skipDigits() > 0 else { throw error(.invalidNumber, at: start) }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            isInteger = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard skipDigits() > 0 else { throw error(.invalidNumber, at: start) }
        }
        if isInteger, !overflow {
            if !negative, magnitude <= UInt64(Int64.max) {
                append(.integer, extra: Int64(magnitude))
                return
            }
            if negative, magnitude <= UInt64(Int64.max) + 1 {
                append(.integer, extra: Int64(truncatingIfNeeded: 0 &- magnitude))
                return
            }
        }
        append(.number, start: start, count: index - start)
    }

    private mutating func skipDigits() -> Int {
        let start = index
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
        return index - start
    }
}

extension JSONValue {
    /// Parses UTF-8 JSON text (an `[UInt8]`, `Data`, `String.UTF8View`, …).
    ///
    /// - Parameters:
    ///   - bytes: the JSON text as UTF-8 bytes; invalid UTF-8 inside a string is an error.
    ///   - maxDepth: how deeply arrays and objects may nest before parsing fails. Keep it modest:
    ///     parsing recurses once per level.
    /// - Throws: the first problem, with its byte offset, line and column.
    public init(parsing bytes: some Collection<UInt8>, maxDepth: Int = 256) throws(JSONParseError) {
        self = try JSONDocument.parse(bytes, maxDepth: maxDepth).value(at: 0)
    }

    /// Parses JSON text.
    public init(parsing text: String, maxDepth: Int = 256) throws(JSONParseError) {
        self = try JSONDocument.parse(text.utf8, maxDepth: maxDepth).value(at: 0)
    }
}

extension JSONParser {
    /// `parse` with its outcome as a value, for use inside buffer-access closures.
    static func parseResult(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) -> Result<Tape, JSONParseError> {
        do {
            return .success(try parse(bytes, maxDepth: maxDepth))
        } catch {
            return .failure(error)
        }
    }
}
