/// Why a gzip or DEFLATE stream could not be decoded, and at which input byte.
public struct InflateError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Hashable, Sendable {
        /// The input ends before the stream does.
        case truncated
        /// The first two bytes are not the gzip magic number `1f 8b`.
        case notGzip
        /// The gzip header names a compression method other than DEFLATE (8).
        case unsupportedMethod(UInt8)
        /// The gzip header sets flag bits that RFC 1952 reserves.
        case reservedFlags(UInt8)
        /// A block header with type 3, which RFC 1951 reserves.
        case invalidBlockType
        /// A stored block whose length and its complement disagree.
        case storedLengthMismatch
        /// A Huffman code description that is over-subscribed or otherwise impossible.
        case invalidCodeLengths(String)
        /// Bits that match no code of the block's Huffman tables.
        case invalidSymbol
        /// A back reference further back than the output reaches.
        case distanceTooFar(distance: Int, available: Int)
        /// The checksum of the decoded data differs from the trailer's.
        case checksumMismatch(expected: UInt32, actual: UInt32)
        /// The decoded size modulo 2^32 differs from the trailer's.
        case sizeMismatch(expected: UInt32, actual: UInt32)
        /// The output would grow past the caller's limit (a decompression bomb, or a bigger file than allowed).
        case outputTooLarge(limit: Int)
        /// Bytes after the last gzip member that do not start another member.
        case trailingGarbage
    }

    /// What went wrong.
    public var reason: Reason
    /// The offset in the input where the problem was found.
    public var offset: Int

    /// Creates an error.
    public init(_ reason: Reason, at offset: Int) {
        self.reason = reason
        self.offset = offset
    }

    /// One sentence, lowercase, naming the byte offset.
    public var description: String {
        let what: String
        switch reason {
        case .truncated: what = "compressed data is truncated"
        case .notGzip: what = "not a gzip file (missing the 1f 8b magic number)"
        case .unsupportedMethod(let method): what = "unsupported gzip compression method \(method); only DEFLATE (8) exists"
        case .reservedFlags(let flags): what = "gzip header sets reserved flag bits (flags 0x\(String(flags, radix: 16)))"
        case .invalidBlockType: what = "invalid DEFLATE block type 3"
        case .storedLengthMismatch: what = "stored block length does not match its complement"
        case .invalidCodeLengths(let detail): what = "invalid Huffman code lengths: \(detail)"
        case .invalidSymbol: what = "invalid Huffman code in compressed data"
        case .distanceTooFar(let distance, let available):
            what = "back reference distance \(distance) reaches before the start of the data (\(available) bytes written)"
        case .checksumMismatch(let expected, let actual):
            what = "CRC-32 mismatch: trailer says \(Self.hex(expected)), data gives \(Self.hex(actual))"
        case .sizeMismatch(let expected, let actual):
            what = "size mismatch: trailer says \(expected) bytes, data has \(actual)"
        case .outputTooLarge(let limit): what = "decompressed data exceeds the limit of \(limit) bytes"
        case .trailingGarbage: what = "unexpected bytes after the end of the gzip data"
        }
        return "\(what) (at byte \(offset))"
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return "0x" + String(repeating: "0", count: 8 - digits.count) + digits
    }
}
