// One source file compiled into two modules: it is symlinked into AttributeSpec (the JSON spec
// reader) and AttributeRuntime (the payload parser), which must not depend on each other.
// Keep its declarations internal so that a client importing both modules sees no clash.

/// The one decoder of JSON's backslash escapes (RFC 8259 §7), surrogate pairs included.
///
/// Each caller turns a `Failure` into its own error type and location.
enum JSONEscape {
    /// Why the escape at a backslash is not valid JSON.
    enum Failure: Error, Equatable {
        /// The input ends right after the backslash.
        case unterminated
        /// The backslash is followed by a byte that starts no escape.
        case unknown(UInt8)
        /// A `\u` at `escapeAt` (the offset of its backslash) is not followed by four hex
        /// digits; `endOfInput` when the input ran out first.
        case badHexDigits(escapeAt: Int, endOfInput: Bool)
        /// A `\u` escape gives a surrogate that is not half of a high-low pair.
        case loneSurrogate(UInt32)
    }

    /// Decodes the escape whose backslash is at `backslash`, appending its UTF-8 to `buffer`.
    ///
    /// - Returns: how many bytes the escape takes, the backslash included.
    @inline(__always)
    static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>,
        at backslash: Int,
        into buffer: inout [UInt8]
    ) throws(Failure) -> Int {
        guard backslash + 1 < bytes.count else { throw .unterminated }
        let escape = bytes[backslash + 1]
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(escape)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            var value = try hexQuad(bytes, escapeAt: backslash)
            if value >= 0xDC00, value <= 0xDFFF { throw .loneSurrogate(value) }
            guard value >= 0xD800, value <= 0xDBFF else {
                appendScalar(value, to: &buffer)
                return 6
            }
            let low = backslash + 6
            guard low + 1 < bytes.count, bytes[low] == UInt8(ascii: "\\"), bytes[low + 1] == UInt8(ascii: "u") else {
                throw .loneSurrogate(value)
            }
            let lowValue = try hexQuad(bytes, escapeAt: low)
            guard lowValue >= 0xDC00, lowValue <= 0xDFFF else { throw .loneSurrogate(value) }
            value = 0x10000 + ((value - 0xD800) << 10) + (lowValue - 0xDC00)
            appendScalar(value, to: &buffer)
            return 12
        default:
            throw .unknown(escape)
        }
        return 2
    }

    /// The value of the four hex digits after the `\u` at `escapeAt`.
    private static func hexQuad(_ bytes: UnsafeBufferPointer<UInt8>, escapeAt: Int) throws(Failure) -> UInt32 {
        var value: UInt32 = 0
        for offset in (escapeAt + 2)..<(escapeAt + 6) {
            guard offset < bytes.count else { throw .badHexDigits(escapeAt: escapeAt, endOfInput: true) }
            guard let digit = hexDigitValue(bytes[offset]) else {
                throw .badHexDigits(escapeAt: escapeAt, endOfInput: false)
            }
            value = value << 4 | digit
        }
        return value
    }

    /// The value of a hexadecimal digit, `nil` for any other byte.
    @inline(__always)
    static func hexDigitValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x41...0x46: UInt32(byte - 0x41 + 10)
        case 0x61...0x66: UInt32(byte - 0x61 + 10)
        default: nil
        }
    }

    /// Appends a scalar's UTF-8; `value` is never a surrogate here.
    private static func appendScalar(_ value: UInt32, to buffer: inout [UInt8]) {
        guard let scalar = Unicode.Scalar(value) else { return }
        UTF8.encode(scalar) { buffer.append($0) }
    }
}
