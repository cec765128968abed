import AttributeImport

/// The gzip/DEFLATE decoder: a result or an `InflateError` at an offset inside the input,
/// never more output than the limit, and the limit exact. Bytes that are not gzip are also
/// wrapped in a valid gzip stream of stored blocks, which must decode to exactly those bytes
/// (so the valid path is fuzzed too), and fail with a checksum error once its CRC is wrong.
enum InflateTarget {
    /// The cap on output: far below the default, so that a bomb costs the fuzzer little.
    static let limit = 1 << 20

    static func check(_ bytes: [UInt8]) throws(InvariantFailure) {
        if let output = try decode(bytes, limit: limit) {
            try checkLimitIsExact(bytes, output: output)
        }
        // The raw DEFLATE entry point on the same bytes: a result or a located error.
        _ = try decode(bytes, limit: limit, raw: true)
        guard !Inflate.isGzip(bytes) else { return }

        let wrapped = storedGzip(bytes)
        let output: [UInt8]
        do {
            output = try Inflate.gunzip(wrapped, limit: limit)
        } catch {
            throw InvariantFailure("a valid stored gzip stream of \(bytes.count) bytes fails: \(error)")
        }
        guard output == bytes else {
            throw InvariantFailure("a stored gzip stream of \(bytes.count) bytes decodes to \(output.count) other bytes")
        }
        var corrupted = wrapped
        corrupted[wrapped.count - 8] ^= 0x01
        switch Result(catching: { () throws(InflateError) in try Inflate.gunzip(corrupted, limit: limit) }) {
        case .success(let decoded):
            throw InvariantFailure("a stored gzip stream with a wrong CRC decodes (\(decoded.count) bytes)")
        case .failure(let error):
            guard case .checksumMismatch = error.reason, error.offset == wrapped.count - 8 else {
                throw InvariantFailure("a wrong CRC is reported as: \(error)")
            }
        }
    }

    /// Decodes, checking that an error names an offset inside the input and that the output
    /// stays within `limit`; `nil` when decoding failed.
    static func decode(_ bytes: [UInt8], limit: Int, raw: Bool = false) throws(InvariantFailure) -> [UInt8]? {
        let output: [UInt8]
        do {
            output = raw ? try Inflate.inflate(bytes, limit: limit) : try Inflate.gunzip(bytes, limit: limit)
        } catch {
            guard (0...bytes.count).contains(error.offset) else {
                throw InvariantFailure("an error outside the input (\(bytes.count) bytes, raw: \(raw)): \(error)")
            }
            return nil
        }
        guard output.count <= limit else {
            throw InvariantFailure("\(output.count) bytes of output past the limit of \(limit) (raw: \(raw))")
        }
        return output
    }

    /// A gzip file that decoded to `output` decodes to the same with exactly that much room,
    /// and is `outputTooLarge` with one byte less.
    static func checkLimitIsExact(_ bytes: [UInt8], output: [UInt8]) throws(InvariantFailure) {
        guard try decode(bytes, limit: output.count) == output else {
            throw InvariantFailure("the input does not decode to the same \(output.count) bytes with a limit of exactly that")
        }
        guard !output.isEmpty else { return }
        switch Result(catching: { () throws(InflateError) in try Inflate.gunzip(bytes, limit: output.count - 1) }) {
        case .success:
            throw InvariantFailure("\(output.count) bytes decode with a limit of \(output.count - 1)")
        case .failure(let error):
            guard error.reason == .outputTooLarge(limit: output.count - 1) else {
                throw InvariantFailure("a limit one byte short is reported as: \(error)")
            }
        }
    }

    /// `bytes` as one gzip member of stored (uncompressed, BTYPE 00) blocks, with the CRC-32
    /// and size trailer. The block size comes from the input, so that splits vary.
    static func storedGzip(_ bytes: [UInt8]) -> [UInt8] {
        var gzip: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF]
        let blockSize = 1 + Int(bytes.first ?? 0) * 64
        var start = 0
        repeat {
            let end = min(bytes.count, start + blockSize)
            let length = UInt16(end - start)
            gzip.append(end == bytes.count ? 1 : 0)  // BFINAL, BTYPE 00; then byte-aligned LEN, NLEN
            gzip += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
            gzip += bytes[start..<end]
            start = end
        } while start < bytes.count
        let crc = CRC32.checksum(bytes)
        let size = UInt32(truncatingIfNeeded: bytes.count)
        for value in [crc, size] {
            gzip += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
        }
        return gzip
    }
}
