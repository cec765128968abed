/// The one grammar of provider paths (`provider_name`), shared by lint, the JSON Schema and
/// the runtime mapper:
///
///     path = key *("." key)
///     key  = 1*(any character but ".", "[", "]", white space or a control character)
///
/// The mapper splits a path at its `.` bytes and looks every key up by its exact UTF-8 bytes,
/// so each path of the grammar is followed as written, whatever its script. What the grammar
/// leaves out is what the mapper cannot follow: list indices such as `Layers[0].Arn` (map the
/// list as an `UNORDERED_LIST_STRUCT` instead), empty keys, and white space or control
/// characters, which no provider key holds and a spec only gets by accident. White space is
/// ECMAScript's `\s`, so that `schemaPattern` means the same in any JSON Schema validator.
public enum ProviderPath {
    /// The pattern of `provider_name` in `Spec/attribute-spec.schema.json`, the same grammar
    /// spelled as an ECMAScript regular expression with explicit ranges; a test keeps the two
    /// equal and checks that the pattern and `violation(in:)` agree.
    public static let schemaPattern = "^\(keyPattern)(\\.\(keyPattern))*$"

    private static let keyPattern = "[^.\\[\\]\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]+"

    /// Why a text is not a provider path.
    public enum Violation: Hashable, Sendable {
        /// The text is empty.
        case empty
        /// The path starts or ends with `.` or has two in a row.
        case emptyKey
        /// A key holds a character the grammar leaves out.
        case forbidden(Unicode.Scalar)
    }

    /// The first reason `path` is outside the grammar, or `nil` when it is a provider path.
    public static func violation(in path: String) -> Violation? {
        let utf8 = path.utf8
        guard !utf8.isEmpty else { return .empty }
        // ASCII (every real provider name) is checked on bytes, the rest by scalar.
        var previousWasDot = true
        var sawNonASCII = false
        for byte in utf8 {
            if byte == UInt8(ascii: ".") {
                if previousWasDot { return .emptyKey }
                previousWasDot = true
                continue
            }
            previousWasDot = false
            if byte >= 0x80 {
                sawNonASCII = true
            } else if byte <= 0x20 || byte == 0x7F || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") {
                return .forbidden(Unicode.Scalar(byte))
            }
        }
        if previousWasDot { return .emptyKey }
        if sawNonASCII, let scalar = path.unicodeScalars.first(where: isForbiddenNonASCII) {
            return .forbidden(scalar)
        }
        return nil
    }

    /// The first reason `key` cannot be one key of a path: a `.` (which would make it two
    /// keys) or a reason it is outside the grammar.
    public static func keyViolation(in key: String) -> Violation? {
        key.utf8.contains(UInt8(ascii: ".")) ? .forbidden(".") : violation(in: key)
    }

    /// A character a key may not hold, as a diagnostic shows it: quoted when it is visible,
    /// as `U+XXXX` when it is white space, a control or a format character.
    public static func shown(_ scalar: Unicode.Scalar) -> String {
        let visible = scalar.value > 0x20 && !scalar.properties.isWhitespace && scalar.properties.generalCategory != .control
            && scalar.properties.generalCategory != .format
        guard !visible else { return "'\(scalar)'" }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.utf8.count)) + hex
    }

    /// The non-ASCII characters `schemaPattern` excludes: C1 controls, no-break and other
    /// spaces, line and paragraph separators and the byte order mark.
    private static func isForbiddenNonASCII(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x80...0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }

    /// The keys of a valid path, split at `.` bytes as the mapper splits them.
    static func keys(of path: String) -> [[UInt8]] {
        path.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).map(Array.init)
    }
}
