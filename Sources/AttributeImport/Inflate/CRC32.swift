/// The CRC-32 of ISO 3309 / ITU-T V.42 that gzip stores in its trailer (polynomial 0xEDB88320, reflected).
public enum CRC32 {
    /// One entry per byte value: the register after shifting that byte through.
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 {
            value = value & 1 == 1 ? (value >> 1) ^ 0xEDB8_8320 : value >> 1
        }
        return value
    }

    /// The checksum of `bytes`, continuing from `initial` (the checksum of what came before).
    public static func checksum(_ bytes: [UInt8], continuing initial: UInt32 = 0) -> UInt32 {
        bytes.withUnsafeBufferPointer { checksum($0, continuing: initial) }
    }

    /// The checksum of the bytes in `buffer`, continuing from `initial`.
    public static func checksum(_ buffer: UnsafeBufferPointer<UInt8>, continuing initial: UInt32 = 0) -> UInt32 {
        table.withUnsafeBufferPointer { table in
            var crc = ~initial
            for byte in buffer {
                crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
            }
            return ~crc
        }
    }
}
