import Testing
@testable import AttributeRuntime

/// The mappers look provider names up by their exact UTF-8 bytes, as `JSONObject` does.
@Suite("Provider key identity")
struct ProviderKeyIdentityTests {
    /// Equivalent as Swift strings, different bytes, same UTF-8 length.
    static let spelled = "\u{1E0A}\u{323}"
    static let other = "\u{1E0C}\u{307}"

    struct Keyed: ProviderMappable, Equatable {
        var plain: String?
        var dotted: String?
        var labels: [String: String]?

        init(plain: String? = nil, dotted: String? = nil, labels: [String: String]? = nil) {
            self.plain = plain
            self.dotted = dotted
            self.labels = labels
        }

        init(mapping reader: inout ProviderReader) {
            self.init(
                plain: reader.string(ProviderKeyIdentityTests.spelled, attribute: "plain"),
                dotted: reader.string("x.\u{301}y", attribute: "dotted"),
                labels: reader.stringMap("Labels", attribute: "labels"))
        }

        func write(to writer: inout ProviderWriter) {
            writer.write(plain, at: ProviderKeyIdentityTests.spelled)
            writer.write(dotted, at: "x.\u{301}y")
            writer.write(labels, at: "Labels")
        }
    }

    @Test("a payload key with other bytes is not the attribute's key")
    func lookup() throws {
        #expect(try Keyed(providerJSON: #"{"\#(Self.other)": "a"}"#).plain == nil)
        #expect(try Keyed(providerJSON: #"{"\#(Self.spelled)": "a"}"#).plain == "a")
    }

    @Test("dotted paths split on the '.' byte, even before a combining mark")
    func dottedSplit() throws {
        let value = try Keyed(providerJSON: #"{"x": {"\u0301y": "b"}}"#)
        #expect(value.dotted == "b")
        #expect(String(decoding: value.providerJSON(), as: UTF8.self) == "{\"x\":{\"\u{301}y\":\"b\"}}")
    }

    @Test("strict mode reports a key that only looks like the attribute's")
    func strict() {
        #expect(throws: MappingErrors([MappingError(.unknownKey, providerPath: Self.other)])) {
            try Keyed(providerJSON: #"{"\#(Self.other)": "a"}"#, options: MappingOptions(strict: true))
        }
        #expect(throws: Never.self) {
            try Keyed(providerJSON: #"{"\#(Self.spelled)": "a", "x": {"\u0301y": "b"}}"#, options: MappingOptions(strict: true))
        }
    }

    @Test("a MAP_STRING_STRING with equivalent keys is an error, not a silent merge")
    func mapKeys() {
        #expect(throws: MappingErrors([MappingError(
            .equivalentMapKeys(Self.spelled, Self.other), attributePath: "labels.\(Self.other)", providerPath: "Labels.\(Self.other)")])) {
            try Keyed(providerJSON: #"{"Labels": {"\#(Self.spelled)": "1", "\#(Self.other)": "2"}}"#)
        }
    }
}
