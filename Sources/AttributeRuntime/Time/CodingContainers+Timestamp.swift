#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension KeyedDecodingContainer {
    /// Decodes a timestamp written by `encodeTimestampIfPresent(_:forKey:)`: an RFC 3339 string,
    /// with or without fraction digits, in UTC or with an offset. Independent of the decoder's
    /// date strategy, so records read the same whoever configured the decoder.
    ///
    /// - Returns: `nil` when the key is absent or `null`.
    /// - Throws: `DecodingError.dataCorrupted` for a string that is not a timestamp.
    public func decodeTimestampIfPresent(forKey key: Key) throws -> Date? {
        guard let text = try decodeIfPresent(String.self, forKey: key) else { return nil }
        guard let milliseconds = Timestamp.epochMilliseconds(rfc3339: text) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self,
                debugDescription: "Expected an RFC 3339 timestamp such as 2026-11-24T17:45:02.557Z, found '\(text)'")
        }
        guard Timestamp.supportedMilliseconds.contains(milliseconds) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "Timestamp '\(text)' is outside \(Timestamp.supportedRangeDescription)")
        }
        return Timestamp.date(epochMilliseconds: milliseconds)
    }
}

extension KeyedEncodingContainer {
    /// Encodes a timestamp as an RFC 3339 string in UTC with milliseconds
    /// (`2026-11-24T17:45:02.557Z`), whatever the encoder's date strategy; `nil` writes nothing.
    ///
    /// - Throws: `EncodingError.invalidValue` for a date outside years 0000 to 9999
    ///   (`Timestamp.supportedMilliseconds`), rather than writing a different date.
    public mutating func encodeTimestampIfPresent(_ value: Date?, forKey key: Key) throws {
        guard let value else { return }
        guard let text = Timestamp.rfc3339String(from: value) else {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: codingPath + [key],
                debugDescription: "Timestamp \(value.timeIntervalSince1970) s since 1970 is outside \(Timestamp.supportedRangeDescription)"))
        }
        try encode(text, forKey: key)
    }
}
