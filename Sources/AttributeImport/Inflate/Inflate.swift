/// A DEFLATE (RFC 1951) and gzip (RFC 1952) decoder, written for reading the compressed
/// service models providers ship (botocore's `service-2.json.gz`).
///
/// Decoding is table driven: each Huffman code becomes a lookup table indexed by the next
/// bits of input, so one symbol costs one table read. Every malformed input ends in an
/// `InflateError` naming the byte where decoding stopped; output is capped by `limit` so
/// that a small hostile file cannot claim unbounded memory.
public enum Inflate {
    /// The default cap on decompressed bytes: 512 MiB, far beyond any service model (the
    /// biggest botocore model is under 10 MB) and well within a machine's memory.
    public static let defaultLimit = 512 * 1024 * 1024

    /// Decodes a gzip file: one or more members, each checked against its CRC-32 and size.
    public static func gunzip(_ bytes: [UInt8], limit: Int = defaultLimit) throws(InflateError) -> [UInt8] {
        try bytes.withUnsafeBufferPointer { (buffer) throws(InflateError) -> [UInt8] in
            var output = OutputBuffer(limit: limit)
            var offset = 0
            repeat {
                offset = try GzipHeader.skip(buffer, from: offset)
                var reader = BitReader(buffer, from: offset)
                let start = output.count
                try Decoder.inflate(&reader, into: &output)
                offset = reader.alignedOffset()
                guard offset + 8 <= buffer.count else { throw InflateError(.truncated, at: buffer.count) }
                let expectedCRC = littleEndian32(buffer, at: offset)
                let expectedSize = littleEndian32(buffer, at: offset + 4)
                let end = output.count
                let actualCRC = output.storage.withUnsafeBufferPointer { CRC32.checksum(UnsafeBufferPointer(rebasing: $0[start..<end])) }
                guard expectedCRC == actualCRC else {
                    throw InflateError(.checksumMismatch(expected: expectedCRC, actual: actualCRC), at: offset)
                }
                let actualSize = UInt32(truncatingIfNeeded: end - start)
                guard expectedSize == actualSize else {
                    throw InflateError(.sizeMismatch(expected: expectedSize, actual: actualSize), at: offset + 4)
                }
                offset += 8
                // Another member may follow (`cat a.gz b.gz`); anything else is an error.
                guard offset < buffer.count else { break }
                guard buffer[offset] == 0x1F else { throw InflateError(.trailingGarbage, at: offset) }
            } while true
            return output.finish()
        }
    }

    /// Decodes a raw DEFLATE stream (no zlib or gzip wrapper); bytes after its final block are ignored.
    public static func inflate(_ bytes: [UInt8], limit: Int = defaultLimit) throws(InflateError) -> [UInt8] {
        try bytes.withUnsafeBufferPointer { (buffer) throws(InflateError) -> [UInt8] in
            var reader = BitReader(buffer, from: 0)
            var output = OutputBuffer(limit: limit)
            try Decoder.inflate(&reader, into: &output)
            return output.finish()
        }
    }

    /// Whether `bytes` start with the gzip magic number.
    public static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    static func littleEndian32(_ buffer: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt32 {
        UInt32(buffer[offset]) | UInt32(buffer[offset + 1]) << 8 | UInt32(buffer[offset + 2]) << 16 | UInt32(buffer[offset + 3]) << 24
    }
}

/// The gzip member header: magic, method, flags, and the optional fields the flags announce.
enum GzipHeader {
    static let textFlag: UInt8 = 0x01
    static let headerCRCFlag: UInt8 = 0x02
    static let extraFlag: UInt8 = 0x04
    static let nameFlag: UInt8 = 0x08
    static let commentFlag: UInt8 = 0x10

    /// Checks the header at `offset` and returns the offset of the DEFLATE data after it.
    static func skip(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) throws(InflateError) -> Int {
        guard buffer.count - start >= 10 else {
            if buffer.count - start >= 2, buffer[start] != 0x1F || buffer[start + 1] != 0x8B {
                throw InflateError(.notGzip, at: start)
            }
            throw InflateError(.truncated, at: buffer.count)
        }
        guard buffer[start] == 0x1F, buffer[start + 1] == 0x8B else { throw InflateError(.notGzip, at: start) }
        guard buffer[start + 2] == 8 else { throw InflateError(.unsupportedMethod(buffer[start + 2]), at: start + 2) }
        let flags = buffer[start + 3]
        guard flags & 0xE0 == 0 else { throw InflateError(.reservedFlags(flags), at: start + 3) }
        var offset = start + 10
        if flags & extraFlag != 0 {
            guard offset + 2 <= buffer.count else { throw InflateError(.truncated, at: buffer.count) }
            offset += 2 + (Int(buffer[offset]) | Int(buffer[offset + 1]) << 8)
        }
        for flag in [nameFlag, commentFlag] where flags & flag != 0 {
            // A zero-terminated Latin-1 string.
            while offset < buffer.count, buffer[offset] != 0 { offset += 1 }
            offset += 1
        }
        if flags & headerCRCFlag != 0 { offset += 2 }
        guard offset <= buffer.count else { throw InflateError(.truncated, at: buffer.count) }
        return offset
    }
}

/// Reads the input least significant bit first, as DEFLATE packs it, through a 64-bit buffer.
struct BitReader {
    let input: UnsafeBufferPointer<UInt8>
    /// The next input byte not yet in `bits`.
    var position: Int
    var bits: UInt64 = 0
    /// How many bits of `bits` are real input.
    var count = 0

    init(_ input: UnsafeBufferPointer<UInt8>, from position: Int) {
        self.input = input
        self.position = position
    }

    /// Tops the buffer up to at least 57 bits, or with whatever input remains.
    @inline(__always)
    mutating func refill() {
        while count <= 56, position < input.count {
            bits |= UInt64(input[position]) << UInt64(count)
            position += 1
            count += 8
        }
    }

    /// The next `n` bits (n ≤ 32) without consuming them; past the end of input they read as zero.
    @inline(__always)
    mutating func peek(_ n: Int) -> UInt32 {
        if count < n { refill() }
        return UInt32(truncatingIfNeeded: bits & ((1 << UInt64(n)) - 1))
    }

    /// Drops `n` bits, failing when they go past the end of the input.
    @inline(__always)
    mutating func consume(_ n: Int) throws(InflateError) {
        guard n <= count else { throw InflateError(.truncated, at: input.count) }
        bits >>= UInt64(n)
        count -= n
    }

    /// Reads `n` bits (n ≤ 32) as a number.
    @inline(__always)
    mutating func read(_ n: Int) throws(InflateError) -> Int {
        let value = peek(n)
        try consume(n)
        return Int(value)
    }

    /// Drops the bits up to the next byte boundary and hands the whole bytes still buffered
    /// back to the input, returning the offset of the next unread byte.
    mutating func alignedOffset() -> Int {
        position -= count / 8
        bits = 0
        count = 0
        return position
    }

    /// The offset of the byte holding the next unread bit, for error messages.
    var offset: Int { (position * 8 - count) / 8 }
}

/// A canonical Huffman code as a lookup table indexed by the next `bits` input bits.
///
/// Each entry is `symbol << 4 | codeLength`; length 0 marks bit patterns that no code
/// starts with (possible only for incomplete codes).
struct HuffmanTable {
    var entries: [UInt32]
    var bits: Int

    /// Builds the table from one code length per symbol (0 = symbol unused).
    init(lengths: [Int], name: String, at offset: Int) throws(InflateError) {
        var lengthCounts = [Int](repeating: 0, count: 16)
        for length in lengths { lengthCounts[length] += 1 }
        lengthCounts[0] = 0
        // Over-subscribed codes cannot be decoded; incomplete ones are allowed (RFC 1951 permits a
        // distance code with one symbol) and their unused patterns fail at decode time.
        var available = 1
        for length in 1...15 {
            available = available * 2 - lengthCounts[length]
            guard available >= 0 else { throw InflateError(.invalidCodeLengths("\(name) code is over-subscribed"), at: offset) }
        }
        let maximum = lengths.max() ?? 0
        bits = max(1, maximum)
        entries = [UInt32](repeating: 0, count: 1 << bits)
        var nextCode = [Int](repeating: 0, count: 16)
        var code = 0
        for length in 1...15 {
            code = (code + lengthCounts[length - 1]) << 1
            nextCode[length] = code
        }
        let size = entries.count
        for (symbol, length) in lengths.enumerated() where length > 0 {
            let code = nextCode[length]
            nextCode[length] += 1
            // Codes are sent most significant bit first, so the table is indexed by the reversed code.
            var reversed = 0
            for bit in 0..<length where code & (1 << bit) != 0 {
                reversed |= 1 << (length - 1 - bit)
            }
            let entry = UInt32(symbol) << 4 | UInt32(length)
            var index = reversed
            while index < size {
                entries[index] = entry
                index += 1 << length
            }
        }
    }

    /// Reads one symbol.
    @inline(__always)
    func decode(_ reader: inout BitReader) throws(InflateError) -> Int {
        let entry = entries.withUnsafeBufferPointer { $0[Int(reader.peek(bits))] }
        let length = Int(entry & 0xF)
        guard length > 0 else { throw InflateError(.invalidSymbol, at: reader.offset) }
        try reader.consume(length)
        return Int(entry >> 4)
    }
}

/// The block loop of RFC 1951 §3.2.3.
enum Decoder {
    static let lengthBase: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase: [Int] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
        4097, 6145, 8193, 12289, 16385, 24577,
    ]
    static let distanceExtra: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    /// The order in which a dynamic block sends its code-length code lengths.
    static let codeLengthOrder: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// The fixed codes of block type 1, built once.
    static let fixedTables: (literals: HuffmanTable, distances: HuffmanTable)? = {
        var lengths = [Int](repeating: 8, count: 288)
        for symbol in 144..<256 { lengths[symbol] = 9 }
        for symbol in 256..<280 { lengths[symbol] = 7 }
        guard let literals = try? HuffmanTable(lengths: lengths, name: "fixed literal/length", at: 0),
              let distances = try? HuffmanTable(lengths: [Int](repeating: 5, count: 30), name: "fixed distance", at: 0)
        else { return nil }
        return (literals, distances)
    }()

    static func inflate(_ reader: inout BitReader, into output: inout OutputBuffer) throws(InflateError) {
        var isFinal = false
        while !isFinal {
            isFinal = try reader.read(1) == 1
            switch try reader.read(2) {
            case 0:
                try storedBlock(&reader, into: &output)
            case 1:
                guard let fixed = fixedTables else { throw InflateError(.invalidCodeLengths("fixed codes"), at: reader.offset) }
                try huffmanBlock(&reader, literals: fixed.literals, distances: fixed.distances, into: &output)
            case 2:
                let tables = try dynamicTables(&reader)
                try huffmanBlock(&reader, literals: tables.literals, distances: tables.distances, into: &output)
            default:
                throw InflateError(.invalidBlockType, at: reader.offset)
            }
        }
    }

    static func storedBlock(_ reader: inout BitReader, into output: inout OutputBuffer) throws(InflateError) {
        var offset = reader.alignedOffset()
        let input = reader.input
        guard offset + 4 <= input.count else { throw InflateError(.truncated, at: input.count) }
        let length = Int(input[offset]) | Int(input[offset + 1]) << 8
        let complement = Int(input[offset + 2]) | Int(input[offset + 3]) << 8
        guard length == ~complement & 0xFFFF else { throw InflateError(.storedLengthMismatch, at: offset) }
        offset += 4
        guard offset + length <= input.count else { throw InflateError(.truncated, at: input.count) }
        guard output.count + length <= output.limit else { throw InflateError(.outputTooLarge(limit: output.limit), at: offset) }
        output.reserve(length)
        let start = output.count
        output.storage.withUnsafeMutableBufferPointer { out in
            for index in 0..<length { out[start + index] = input[offset + index] }
        }
        output.count += length
        reader.position = offset + length
    }

    static func dynamicTables(_ reader: inout BitReader) throws(InflateError) -> (literals: HuffmanTable, distances: HuffmanTable) {
        let start = reader.offset
        let literalCount = try reader.read(5) + 257
        let distanceCount = try reader.read(5) + 1
        let codeLengthCount = try reader.read(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else {
            throw InflateError(.invalidCodeLengths("\(literalCount) literal/length and \(distanceCount) distance codes"), at: start)
        }
        var codeLengthLengths = [Int](repeating: 0, count: 19)
        for index in 0..<codeLengthCount {
            codeLengthLengths[codeLengthOrder[index]] = try reader.read(3)
        }
        let codeLengths = try HuffmanTable(lengths: codeLengthLengths, name: "code length", at: start)
        var lengths: [Int] = []
        lengths.reserveCapacity(literalCount + distanceCount)
        while lengths.count < literalCount + distanceCount {
            let symbol = try codeLengths.decode(&reader)
            let repeated: Int
            let count: Int
            switch symbol {
            case 0...15:
                lengths.append(symbol)
                continue
            case 16:
                guard let last = lengths.last else {
                    throw InflateError(.invalidCodeLengths("repeat with no previous length"), at: reader.offset)
                }
                repeated = last
                count = try reader.read(2) + 3
            case 17:
                repeated = 0
                count = try reader.read(3) + 3
            default:
                repeated = 0
                count = try reader.read(7) + 11
            }
            guard lengths.count + count <= literalCount + distanceCount else {
                throw InflateError(.invalidCodeLengths("repeat runs past the last code"), at: reader.offset)
            }
            lengths.append(contentsOf: repeatElement(repeated, count: count))
        }
        guard lengths[256] > 0 else { throw InflateError(.invalidCodeLengths("no end-of-block code"), at: start) }
        let literals = try HuffmanTable(lengths: Array(lengths[..<literalCount]), name: "literal/length", at: start)
        let distances = try HuffmanTable(lengths: Array(lengths[literalCount...]), name: "distance", at: start)
        return (literals, distances)
    }

    static func huffmanBlock(
        _ reader: inout BitReader, literals: HuffmanTable, distances: HuffmanTable, into output: inout OutputBuffer
    ) throws(InflateError) {
        let limit = output.limit
        var finished = false
        while !finished {
            // Room for at least one longest match, then decode through a pointer until the room
            // runs short or the block ends.
            output.reserve(258)
            var count = output.count
            // Moved out so the array is uniquely referenced while written through a pointer.
            var storage = output.storage
            output.storage = []
            finished = try storage.withUnsafeMutableBufferPointer { (out) throws(InflateError) -> Bool in
                while count + 258 <= out.count {
                    let symbol = try literals.decode(&reader)
                    if symbol < 256 {
                        guard count < limit else { throw InflateError(.outputTooLarge(limit: limit), at: reader.offset) }
                        out[count] = UInt8(truncatingIfNeeded: symbol)
                        count += 1
                        continue
                    }
                    if symbol == 256 { return true }
                    let lengthIndex = symbol - 257
                    guard lengthIndex < 29 else { throw InflateError(.invalidSymbol, at: reader.offset) }
                    let length = lengthBase[lengthIndex] + (try reader.read(lengthExtra[lengthIndex]))
                    let distanceSymbol = try distances.decode(&reader)
                    guard distanceSymbol < 30 else { throw InflateError(.invalidSymbol, at: reader.offset) }
                    let distance = distanceBase[distanceSymbol] + (try reader.read(distanceExtra[distanceSymbol]))
                    guard distance <= count else {
                        throw InflateError(.distanceTooFar(distance: distance, available: count), at: reader.offset)
                    }
                    guard count + length <= limit else { throw InflateError(.outputTooLarge(limit: limit), at: reader.offset) }
                    // Byte by byte, forwards: the copy may overlap what it writes (a run repeats
                    // the last `distance` bytes).
                    var from = count - distance
                    for _ in 0..<length {
                        out[count] = out[from]
                        count += 1
                        from += 1
                    }
                }
                return false
            }
            output.storage = storage
            output.count = count
        }
    }
}

/// The decoded bytes, in an array kept longer than what is written (zero-filled ahead) so that
/// the decoding loop writes through a pointer instead of appending byte by byte.
struct OutputBuffer {
    /// Storage; only the first `count` bytes are output.
    var storage: [UInt8] = []
    /// How many bytes are output.
    var count = 0
    /// The most bytes the output may hold.
    let limit: Int

    init(limit: Int) {
        self.limit = limit
    }

    /// Makes room for `extra` more bytes: doubling, from 32 KiB, never past `limit + extra`.
    mutating func reserve(_ extra: Int) {
        let needed = count + extra
        guard needed > storage.count else { return }
        let target = max(needed, min(max(storage.count * 2, 1 << 15), limit + extra))
        // One zero-filled array appended in bulk: appending a `repeatElement` walks an iterator
        // per byte, which in a debug build made a 32 KiB reserve cost more than decoding.
        storage.append(contentsOf: [UInt8](repeating: 0, count: target - storage.count))
    }

    /// The output, without the room ahead.
    mutating func finish() -> [UInt8] {
        storage.removeLast(storage.count - count)
        return storage
    }
}
