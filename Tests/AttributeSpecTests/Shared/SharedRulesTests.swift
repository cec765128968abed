import Testing
@testable import AttributeSpec

/// The rules in `Sources/Shared/`, compiled into both AttributeSpec and AttributeRuntime from
/// one file each: one table per rule, tested here through AttributeSpec's copy of the file.
@Suite("Shared rules")
struct SharedRulesTests {
    private static func withBuffer<T>(_ bytes: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        bytes.withUnsafeBufferPointer(body)
    }

    @Test("UTF-8: well-formed sequences decode, every malformed kind is rejected", arguments: [
        ([0xC3, 0xA9], 0xE9, 2),
        ([0xE2, 0x82, 0xAC], 0x20AC, 3),
        ([0xEF, 0xBB, 0xBF], 0xFEFF, 3),
        ([0xF0, 0x9F, 0x98, 0x80], 0x1F600, 4),
        ([0xF4, 0x8F, 0xBF, 0xBF], 0x10FFFF, 4),
        ([0xC0, 0x80], nil, nil),              // overlong NUL
        ([0xC1, 0xBF], nil, nil),              // overlong
        ([0xE0, 0x80, 0x80], nil, nil),        // overlong three-byte form
        ([0xF0, 0x80, 0x80, 0x80], nil, nil),  // overlong four-byte form
        ([0xED, 0xA0, 0x80], nil, nil),        // a surrogate
        ([0xF4, 0x90, 0x80, 0x80], nil, nil),  // above U+10FFFF
        ([0xF5, 0x80, 0x80, 0x80], nil, nil),  // no such lead byte
        ([0x80], nil, nil),                    // a lone continuation byte
        ([0xC3], nil, nil),                    // cut off
        ([0xE2, 0x82], nil, nil),              // cut off
        ([0xE2, 0x28, 0xA1], nil, nil),        // not a continuation byte
        ([0xF0, 0x9F, 0x98, 0x41], nil, nil),  // last byte not a continuation
    ] as [([UInt8], UInt32?, Int?)])
    func utf8(bytes: [UInt8], value: UInt32?, length: Int?) {
        let decoded = Self.withBuffer(bytes) { UTF8Validation.decodeScalar($0, at: 0) }
        #expect(decoded?.value == value)
        #expect(decoded?.length == length)
        let padded = Array("a".utf8) + bytes + Array("z".utf8)
        #expect(Self.withBuffer(padded) { UTF8Validation.isValid($0) } == (value != nil))
        if let value, let scalar = Unicode.Scalar(value) {
            #expect(Array(String(scalar).utf8) == bytes)
        }
    }

    @Test("line:column: lines end at LF, CR LF or a lone CR; columns count scalars, U+FEFF none", arguments: [
        ("abc", 0, 0, 1, 1),
        ("abc", 2, 0, 1, 3),
        ("abc", 9, 0, 1, 4),              // past the end: the end
        ("a\nb", 2, 0, 2, 1),
        ("a\r\nb", 3, 0, 2, 1),
        ("a\r\nb", 2, 0, 1, 2),           // the LF of a CR LF: the CR takes no column
        ("a\rb", 2, 0, 2, 1),
        ("a\n\n\nb", 4, 0, 4, 1),
        ("é x", 3, 0, 1, 3),              // é is two bytes, one column
        ("😀x", 4, 0, 1, 2),
        ("\u{FEFF}x", 3, 0, 1, 1),        // a byte order mark takes no column
        ("\u{FEFF}x", 3, 3, 1, 1),        // nor does starting past it
        ("a\u{FEFF}b", 4, 0, 1, 2),       // inside the text either
    ])
    func lineColumn(text: String, offset: Int, start: Int, line: Int, column: Int) {
        let position = TextPosition.lineAndColumn(of: offset, in: Array(text.utf8), from: start)
        #expect(position.line == line)
        #expect(position.column == column)
    }

    @Test("JSON escapes: every escape, surrogate pairs, and each way an escape fails", arguments: [
        (#"\""#, Result<([UInt8], Int), JSONEscape.Failure>.success(([0x22], 2))),
        (#"\\"#, .success(([0x5C], 2))),
        (#"\/"#, .success(([0x2F], 2))),
        (#"\b\f"#, .success(([0x08], 2))),
        (#"\f"#, .success(([0x0C], 2))),
        (#"\n"#, .success(([0x0A], 2))),
        (#"\r"#, .success(([0x0D], 2))),
        (#"\t"#, .success(([0x09], 2))),
        (#"\u0041"#, .success(([0x41], 6))),
        (#"\u00e9"#, .success(([0xC3, 0xA9], 6))),
        (#"\u20AC"#, .success(([0xE2, 0x82, 0xAC], 6))),
        (#"\ud83d\ude00"#, .success(([0xF0, 0x9F, 0x98, 0x80], 12))),
        (#"\"#, .failure(.unterminated)),
        (#"\q"#, .failure(.unknown(UInt8(ascii: "q")))),
        (#"\u12"#, .failure(.badHexDigits(escapeAt: 0, endOfInput: true))),
        (#"\u12G4"#, .failure(.badHexDigits(escapeAt: 0, endOfInput: false))),
        (#"\udc00"#, .failure(.loneSurrogate(0xDC00))),
        (#"\ud800x"#, .failure(.loneSurrogate(0xD800))),
        (#"\ud800\u0041"#, .failure(.loneSurrogate(0xD800))),
        (#"\ud800\u12"#, .failure(.badHexDigits(escapeAt: 6, endOfInput: true))),
    ])
    func jsonEscape(input: String, expected: Result<([UInt8], Int), JSONEscape.Failure>) {
        var buffer: [UInt8] = [0x61]
        let result = Self.withBuffer(Array(input.utf8)) { bytes in
            Result { () throws(JSONEscape.Failure) -> Int in try JSONEscape.decode(bytes, at: 0, into: &buffer) }
        }
        switch (result, expected) {
        case (.success(let length), .success(let (appended, expectedLength))):
            #expect(length == expectedLength)
            #expect(buffer == [0x61] + appended)
        case (.failure(let failure), .failure(let expectedFailure)):
            #expect(failure == expectedFailure)
        default:
            Issue.record("\(input): got \(result), expected \(expected)")
        }
    }
}
