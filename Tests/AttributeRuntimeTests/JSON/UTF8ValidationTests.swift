import Testing
@testable import AttributeRuntime

@Suite("UTF-8 validation")
struct UTF8ValidationTests {
    /// The standard library's repairing decoder as the oracle: bytes are valid exactly when
    /// decoding and re-encoding them changes nothing.
    private func oracle(_ bytes: [UInt8]) -> Bool {
        Array(String(decoding: bytes, as: UTF8.self).utf8) == bytes
    }

    @Test("agrees with the standard library on every short sequence of boundary bytes")
    func boundaryBytes() {
        let interesting: [UInt8] = [0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
                                    0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
        var disagreements = 0
        for a in interesting {
            for b in interesting {
                for c in interesting {
                    for sequence in [[a], [a, b], [a, b, c], [a, b, c, 0x80], [a, b, c, 0xBF]] {
                        let valid = sequence.withUnsafeBufferPointer { UTF8Validation.isValid($0) }
                        if valid != oracle(sequence) { disagreements += 1 }
                    }
                }
            }
        }
        #expect(disagreements == 0)
    }

    @Test("real text is valid")
    func realText() {
        let bytes = Array("ASCII, café, 日本語, 😀, \u{10FFFF}".utf8)
        #expect(bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0) })
    }
}
