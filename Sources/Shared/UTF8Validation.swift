// One source file compiled into two modules: it is symlinked into AttributeSpec (the spec
// readers) and AttributeRuntime (the payload parser), which must not depend on each other.
// Keep its declarations internal so that a client importing both modules sees no clash.

/// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
///
/// `String(decoding:)` silently repairs bad bytes and `String(validating:)` needs macOS 15, so
/// the readers and the parser check non-ASCII text themselves before decoding it.
enum UTF8Validation {
    /// Whether every byte of `bytes` belongs to a well-formed UTF-8 sequence.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            guard let (_, length) = decodeScalar(bytes, at: index) else { return false }
            index += length
        }
        return true
    }

    /// The scalar value and byte length of the multi-byte sequence whose lead byte is at
    /// `index`, or `nil` when it is malformed, overlong, a surrogate, above U+10FFFF or cut off.
    @inline(__always)
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int)? {
        let lead = bytes[index]
        let length: Int
        // Only the first continuation byte has a narrowed range; the narrowing is what rules
        // out overlong forms, surrogates and values past U+10FFFF.
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        let second = bytes[index + 1]
        guard second >= lower, second <= upper else { return nil }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        value = value << 6 | UInt32(second & 0x3F)
        for offset in 2..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (value, length)
    }
}
