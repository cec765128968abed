/// Turns a provider's member names (`CompilationJobArn`, `DNSName`, `IPv6Address`) into the
/// snake_case attribute names reference catalogs use (`compilation_job_arn`, `dns_name`,
/// `ipv6_address`).
///
/// The rule, applied to ASCII letters and digits (anything else separates words and is dropped):
/// 1. A word starts at an uppercase letter that follows a lowercase letter or a digit
///    (`compilation|Job`, `S3|Uri`, `Ec2|Instance`).
/// 2. In a run of two or more uppercase letters followed by a lowercase letter, the last
///    uppercase letter starts the next word (`DNS|Name`, `DB|Instance`)...
/// 3. ...except when the lowercase letters after the run are a version (followed by a digit:
///    `IPv6`, `TLSv1`) or a plural `s` (`ARNs`, `CPUs`, `IDs`): they stay with the acronym.
/// 4. Digits stay with the word before them (`S3`, `Md5`, `Route53`).
/// 5. Words are lowercased and joined with `_`.
public enum SnakeCaseNaming {
    /// The snake_case name of `name`, or `nil` when it has no ASCII letter or digit.
    public static func snakeCase(_ name: String) -> String? {
        let words = self.words(name)
        guard !words.isEmpty else { return nil }
        return words.joined(separator: "_")
    }

    /// The lowercased words of `name` under the rule above.
    public static func words(_ name: String) -> [String] {
        let bytes = Array(name.utf8)
        var words: [String] = []
        // The current word's bytes as written; lowercased when the word ends.
        var current: [UInt8] = []
        func flush() {
            if !current.isEmpty {
                words.append(String(decoding: current.map { isUpper($0) ? $0 + 0x20 : $0 }, as: UTF8.self))
            }
            current.removeAll(keepingCapacity: true)
        }
        for (index, byte) in bytes.enumerated() {
            guard isUpper(byte) || isLower(byte) || isDigit(byte) else {
                flush()
                continue
            }
            if isUpper(byte), let previous = current.last {
                if isLower(previous) || isDigit(previous) {
                    flush()
                } else if index + 1 < bytes.count, isLower(bytes[index + 1]),
                          !lowercaseRunStaysWithAcronym(bytes, from: index + 1) {
                    // `previous` is uppercase here: this letter ends an acronym run and starts a word.
                    flush()
                }
            }
            current.append(byte)
        }
        flush()
        return words
    }

    /// Whether the lowercase letters starting at `start` (after an uppercase run) are a
    /// version (`v6` in `IPv6`) or a plural `s` (`ARNs`), which belong to the acronym.
    private static func lowercaseRunStaysWithAcronym(_ bytes: [UInt8], from start: Int) -> Bool {
        var end = start
        while end < bytes.count, isLower(bytes[end]) { end += 1 }
        // `ARNs`, `CPUsPerNode`: a lone `s` that ends the name or is followed by a new word.
        if end - start == 1, bytes[start] == UInt8(ascii: "s"), end == bytes.count || !isDigit(bytes[end]) {
            return true
        }
        return end < bytes.count && isDigit(bytes[end])
    }

    private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    private static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
