/// The coding key of every generated type: an attribute's name as the spec spells it.
///
/// Generated types share this one key type rather than each declaring a `CodingKeys` enum:
/// an enum per type costs the compiler a derived `RawRepresentable` and `CodingKey`
/// conformance each (string switches both ways), which made up a good part of the generated
/// code's compile time. Encoders and decoders see only `stringValue`, so records are the same.
public struct AttributeCodingKey: CodingKey, Hashable, Sendable {
    /// The attribute's spec name, which is the record's key.
    public let stringValue: String

    /// Always `nil`: records are keyed by name only.
    public var intValue: Int? { nil }

    /// A key for the attribute named `stringValue`.
    public init(stringValue: String) {
        self.stringValue = stringValue
    }

    /// Always `nil`: records are keyed by name only.
    public init?(intValue: Int) {
        nil
    }
}
