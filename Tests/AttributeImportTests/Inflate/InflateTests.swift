import Foundation
import Testing
@testable import AttributeImport

/// The decoder against streams Python's zlib and gzip produced (see Resources/make_resources.py),
/// and against truncated, corrupt and hostile input, which must fail cleanly.
@Suite("Inflate")
struct InflateTests {
    struct Vector: CustomStringConvertible {
        var file: String
        var original: String
        /// "0", "1", "2" for the first block's type, or "gzip".
        var kind: String
        var description: String { file }
    }

    static let vectors: [Vector] = {
        guard let text = try? String(contentsOf: ImportResources.folder.appendingPathComponent("Inflate/manifest.txt"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let parts = line.split(separator: " ").map(String.init)
            return Vector(file: parts[0], original: parts[1], kind: parts[2])
        }
    }()

    static func original(_ name: String) throws -> [UInt8] {
        // The megabyte of zeros is not committed; it is what its name says.
        name == "zeros_1m" ? [UInt8](repeating: 0, count: 1 << 20) : try ImportResources.bytes("Inflate/\(name).bin")
    }

    @Test func theManifestCoversEveryBlockTypeAndGzip() {
        let kinds = Set(Self.vectors.map(\.kind))
        #expect(kinds == ["0", "1", "2", "gzip"])
        #expect(Self.vectors.count >= 30)
    }

    @Test(arguments: vectors)
    func decodesWhatPythonEncoded(_ vector: Vector) throws {
        let compressed = try ImportResources.bytes("Inflate/\(vector.file)")
        let expected = try Self.original(vector.original)
        if vector.kind == "gzip" {
            #expect(try Inflate.gunzip(compressed) == expected)
        } else {
            // The manifest's block type is really the stream's first block type.
            #expect(String((compressed[0] >> 1) & 3) == vector.kind)
            #expect(try Inflate.inflate(compressed) == expected)
        }
    }

    @Test func everyTruncationOfAGzipFileIsAnError() throws {
        for name in ["hello.gz", "runs.gz", "text_60k.gz", "all_header_fields_two_members.gz"] {
            let bytes = try ImportResources.bytes("Inflate/\(name)")
            let step = max(1, bytes.count / 400)
            for length in stride(from: 0, to: bytes.count, by: step) {
                // A prefix that ends exactly after a whole first member is a complete file.
                if name.hasPrefix("all_header"), length == 65 { continue }
                #expect(throws: InflateError.self, "\(name) cut to \(length) bytes") {
                    _ = try Inflate.gunzip(Array(bytes[..<length]))
                }
            }
        }
    }

    @Test func truncationIsReportedAsTruncation() throws {
        let bytes = try ImportResources.bytes("Inflate/text_60k.gz")
        let error = try #require(throws: InflateError.self) { try Inflate.gunzip(Array(bytes[..<(bytes.count / 2)])) }
        #expect(error.reason == .truncated)
        #expect(error.description.hasPrefix("compressed data is truncated"))
    }

    @Test func corruptBytesNeverCrashAndAreCaughtByTheChecksum() throws {
        let bytes = try ImportResources.bytes("Inflate/text_60k.gz")
        let expected = try Self.original("text_60k")
        var generator = SystemRandomNumberGenerator()
        var failures = 0
        for trial in 0..<300 {
            var corrupt = bytes
            let index = 10 + Int.random(in: 0..<(bytes.count - 10), using: &generator)
            corrupt[index] ^= UInt8(1 << (trial % 8))
            do {
                let decoded = try Inflate.gunzip(corrupt, limit: 1 << 20)
                // Only a flip in a header field that nothing checks may decode, and then to the same data.
                #expect(decoded == expected, "flip at \(index) decoded to different data without an error")
            } catch {
                failures += 1
            }
        }
        #expect(failures > 250)
    }

    @Test func aWrongChecksumOrSizeIsNamed() throws {
        var bytes = try ImportResources.bytes("Inflate/hello.gz")
        bytes[bytes.count - 8] ^= 0xFF
        let crc = try #require(throws: InflateError.self) { try Inflate.gunzip(bytes) }
        guard case .checksumMismatch = crc.reason else {
            Issue.record("expected a checksum mismatch, got \(crc)")
            return
        }
        bytes[bytes.count - 8] ^= 0xFF
        bytes[bytes.count - 4] ^= 0x01
        let size = try #require(throws: InflateError.self) { try Inflate.gunzip(bytes) }
        #expect(size.reason == .sizeMismatch(expected: 27, actual: 26))
    }

    @Test func malformedStreams() throws {
        // Block type 3 (final bit set, type bits 11).
        #expect(throws: InflateError(.invalidBlockType, at: 0)) { try Inflate.inflate([0x07]) }
        // A stored block whose complement does not match.
        #expect(throws: InflateError(.storedLengthMismatch, at: 1)) { try Inflate.inflate([0x01, 0x05, 0x00, 0x00, 0x00]) }
        // A fixed block whose first symbol is a match (length 3, distance 1) with nothing written yet.
        let error = try #require(throws: InflateError.self) { try Inflate.inflate([0x03, 0x02, 0x00]) }
        #expect(error.reason == .distanceTooFar(distance: 1, available: 0))
        // Not gzip, a wrong method, reserved flags, trailing garbage.
        #expect(throws: InflateError(.notGzip, at: 0)) { try Inflate.gunzip(Array("{\"shapes\": {}}".utf8)) }
        var hello = try ImportResources.bytes("Inflate/hello.gz")
        let good = hello
        hello[2] = 7
        #expect(throws: InflateError(.unsupportedMethod(7), at: 2)) { try Inflate.gunzip(hello) }
        hello = good
        hello[3] = 0x20
        #expect(throws: InflateError(.reservedFlags(0x20), at: 3)) { try Inflate.gunzip(hello) }
        #expect(throws: InflateError(.trailingGarbage, at: good.count)) { try Inflate.gunzip(good + [0x42]) }
        // Empty input.
        #expect(throws: InflateError(.truncated, at: 0)) { try Inflate.gunzip([]) }
        #expect(throws: InflateError.self) { try Inflate.inflate([]) }
    }

    @Test func overSubscribedCodesAreRejected() {
        // A dynamic block (final, type 2) whose code-length code gives three symbols a 1-bit
        // code: only two 1-bit codes exist.
        var writer = BitWriter()
        writer.write(1, bits: 1)
        writer.write(2, bits: 2)
        writer.write(0, bits: 5)
        writer.write(0, bits: 5)
        writer.write(0, bits: 4) // 4 code-length codes: 16, 17, 18, 0
        for _ in 0..<3 { writer.write(1, bits: 3) }
        writer.write(0, bits: 3)
        let error = #expect(throws: InflateError.self) { try Inflate.inflate(writer.bytes + [0, 0, 0, 0]) }
        guard case .invalidCodeLengths(let detail)? = error?.reason else {
            Issue.record("expected invalid code lengths, got \(String(describing: error))")
            return
        }
        #expect(detail.contains("over-subscribed"))
    }

    @Test func theOutputLimitStopsADecompressionBomb() throws {
        let bomb = try ImportResources.bytes("Inflate/zeros_1m.gz")
        #expect(bomb.count < 2000)
        let error = try #require(throws: InflateError.self) { try Inflate.gunzip(bomb, limit: 64 * 1024) }
        #expect(error.reason == .outputTooLarge(limit: 64 * 1024))
        #expect(try Inflate.gunzip(bomb).count == 1 << 20)
    }

    @Test func randomInputNeverCrashes() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let count = Int.random(in: 0..<200, using: &generator)
            var bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = try? Inflate.inflate(bytes, limit: 1 << 16)
            if bytes.count >= 10 {
                bytes[0] = 0x1F
                bytes[1] = 0x8B
                bytes[2] = 8
                bytes[3] &= 0x1F
                _ = try? Inflate.gunzip(bytes, limit: 1 << 16)
            }
        }
    }

    @Test func crc32MatchesKnownValues() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
        let whole = CRC32.checksum(Array("hello world".utf8))
        #expect(CRC32.checksum(Array(" world".utf8), continuing: CRC32.checksum(Array("hello".utf8))) == whole)
    }
}

/// Packs bits least significant first, as DEFLATE does, to hand-craft malformed streams.
struct BitWriter {
    var bytes: [UInt8] = []
    var used = 8

    mutating func write(_ value: Int, bits: Int) {
        for bit in 0..<bits {
            if used == 8 {
                bytes.append(0)
                used = 0
            }
            if value & (1 << bit) != 0 { bytes[bytes.count - 1] |= 1 << UInt8(used) }
            used += 1
        }
    }
}
