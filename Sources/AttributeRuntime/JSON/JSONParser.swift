/// A one-pass JSON parser over UTF-8 bytes.
///
/// Containers collect into arrays reserved for a typical provider object up front, so most
/// cost one allocation and values move into them without reference-count traffic.
struct JSONParser {
    /// The default nesting limit: far beyond any provider payload, far below stack exhaustion.
    static let defaultMaxDepth = 256

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0
    private let maxDepth: Int
    private var scratch: [UInt8] = []

    private init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    /// Parses exactly one JSON value, surrounded by optional whitespace.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSONValue {
        var parser = JSONParser(bytes: bytes, maxDepth: maxDepth)
        // A UTF-8 byte order mark is not JSON, but editors add it; skipping it costs nothing.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            parser.index = 3
        }
        let value = try parser.parseValue()
        parser.skipWhitespace()
        if parser.index < bytes.count {
            throw parser.error(.trailingData, at: parser.index)
        }
        return value
    }

    private func error(_ kind: JSONParseError.Kind, at offset: Int) -> JSONParseError {
        JSONParseError(kind, offset: offset, in: bytes)
    }

    private func unexpected(at offset: Int) -> JSONParseError {
        offset < bytes.count ? error(.unexpectedCharacter(bytes[offset]), at: offset) : error(.unexpectedEnd, at: offset)
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private mutating func parseValue() throws(JSONParseError) -> JSONValue {
        skipWhitespace()
        guard index < bytes.count else { throw error(.unexpectedEnd, at: index) }
        switch bytes[index] {
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "t"): try parseLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try parseLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try parseLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
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

    private mutating func parseArray() throws(JSONParseError) -> JSONValue {
        try enterContainer()
        defer { depth -= 1 }
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array([])
        }
        var elements: [JSONValue] = []
        elements.reserveCapacity(4)
        while true {
            elements.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw error(.unexpectedEnd, at: index) }
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: ",") { continue }
            if byte == UInt8(ascii: "]") { break }
            throw unexpected(at: index - 1)
        }
        return .array(elements)
    }

    private mutating func parseObject() throws(JSONParseError) -> JSONValue {
        try enterContainer()
        defer { depth -= 1 }
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(JSONObject())
        }
        var members: [JSONObject.Member] = []
        members.reserveCapacity(8)
        // Big objects (tag maps) switch from pairwise duplicate checks to a set. Both compare
        // keys by their UTF-8 bytes, as `JSONObject` does.
        var seenKeys: Set<JSONObject.ByteKey>?
        while true {
            skipWhitespace()
            let keyOffset = index
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw unexpected(at: index) }
            let key = try parseString()
            if var keys = seenKeys {
                seenKeys = nil
                if !keys.insert(JSONObject.ByteKey(key)).inserted { throw error(.duplicateKey(key), at: keyOffset) }
                seenKeys = keys
            } else {
                for member in members where JSONObject.sameKey(member.key, key) {
                    throw error(.duplicateKey(key), at: keyOffset)
                }
                if members.count == 32 {
                    seenKeys = Set(members.lazy.map { JSONObject.ByteKey($0.key) }).union(CollectionOfOne(JSONObject.ByteKey(key)))
                }
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw unexpected(at: index) }
            index += 1
            members.append(JSONObject.Member(key: key, value: try parseValue()))
            skipWhitespace()
            guard index < bytes.count else { throw error(.unexpectedEnd, at: index) }
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: ",") { continue }
            if byte == UInt8(ascii: "}") { break }
            throw unexpected(at: index - 1)
        }
        return .object(JSONObject(uniqueMembers: members))
    }

    private mutating func parseString() throws(JSONParseError) -> String {
        let start = index + 1
        var position = start
        var highBits: UInt8 = 0
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                index = position + 1
                return try makeString(start..<position, ascii: highBits < 0x80)
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

    private func makeString(_ range: Range<Int>, ascii: Bool) throws(JSONParseError) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        // `String(validating:)` would need macOS 15; validate by hand, then decode.
        guard ascii || UTF8Validation.isValid(slice) else { throw error(.invalidUTF8, at: range.lowerBound) }
        return String(decoding: slice, as: UTF8.self)
    }

    /// The slow path for strings with escapes: decode into a reused scratch buffer.
    private mutating func parseEscapedString(start: Int, firstEscape: Int) throws(JSONParseError) -> String {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<firstEscape]))
        var position = firstEscape
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                index = position + 1
                let valid = scratch.withUnsafeBufferPointer { UTF8Validation.isValid($0) }
                guard valid else { throw error(.invalidUTF8, at: start) }
                return String(decoding: scratch, as: UTF8.self)
            }
            if byte < 0x20 { throw error(.controlCharacterInString, at: position) }
            guard byte == UInt8(ascii: "\\") else {
                scratch.append(byte)
                position += 1
                continue
            }
            do {
                position += try JSONEscape.decode(bytes, at: position, into: &scratch)
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

    private mutating func parseNumber() throws(JSONParseError) -> JSONNumber {
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
            if !negative, magnitude <= UInt64(Int64.max) { return JSONNumber(storage: .integer(Int64(magnitude))) }
            if negative, magnitude <= UInt64(Int64.max) + 1 {
                return JSONNumber(storage: .integer(Int64(truncatingIfNeeded: 0 &- magnitude)))
            }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        return JSONNumber(storage: .text(text))
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
    /// - Parameter maxDepth: how deeply arrays and objects may nest before parsing fails. Keep
    ///   it modest: parsing recurses once per level.
    /// - Throws: the first problem, with its byte offset, line and column.
    public init(parsing bytes: some Collection<UInt8>, maxDepth: Int = 256) throws(JSONParseError) {
        // Closures return `Result` instead of throwing: typed-throws closure types need a newer
        // runtime on Apple platforms.
        let parsed = bytes.withContiguousStorageIfAvailable { buffer in
            JSONParser.parseResult(buffer, maxDepth: maxDepth)
        }
        if let parsed {
            self = try parsed.get()
        } else {
            self = try Array(bytes).withUnsafeBufferPointer { JSONParser.parseResult($0, maxDepth: maxDepth) }.get()
        }
    }

    /// Parses JSON text.
    public init(parsing text: String, maxDepth: Int = 256) throws(JSONParseError) {
        var text = text
        self = try text.withUTF8 { JSONParser.parseResult($0, maxDepth: maxDepth) }.get()
    }
}

extension JSONParser {
    /// `parse` with its outcome as a value, for use inside buffer-access closures.
    static func parseResult(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) -> Result<JSONValue, JSONParseError> {
        do {
            return .success(try parse(bytes, maxDepth: maxDepth))
        } catch {
            return .failure(error)
        }
    }
}
