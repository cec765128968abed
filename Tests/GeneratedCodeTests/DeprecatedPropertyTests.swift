import AttributeRuntime
import Foundation
import Testing

/// Deprecated attributes keep their place in records and provider payloads: only their public
/// Swift names are deprecated. These tests stay on the initialisers, Codable and the mappers,
/// which must not touch the deprecated accessors (this target builds without warnings).
@Suite("Generated deprecated properties")
struct DeprecatedPropertyTests {
    static let instant = Date(timeIntervalSince1970: 1_714_566_896.789)

    static let value = CodegenDeprecated(
        jobName: "job",
        legacyStatus: "old",
        status: "new",
        oldCreatedAt: instant,
        default: true,
        limits: CodegenDeprecated.Limits(maxRuntime: 60, maxRuntimeSeconds: 3600),
        tags: [CodegenDeprecated.Tag(key: "team", values: ["ml", "ops"], owner: "me")]
    )

    @Test("deprecated attributes are encoded and decoded under their spec names")
    func recordRoundTrip() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = try encoder.encode(Self.value)
        #expect(String(decoding: json, as: UTF8.self) == #"{"default":true,"job_name":"job","legacy_status":"old","limits":{"max_runtime":60,"max_runtime_seconds":3600},"old_created_at":"2024-05-01T12:34:56.789Z","status":"new","tags":[{"key":"team","owner":"me","values":["ml","ops"]}]}"#)
        let decoded = try JSONDecoder().decode(CodegenDeprecated.self, from: json)
        #expect(decoded == Self.value)
        #expect(decoded.hashValue == Self.value.hashValue)
    }

    @Test("deprecated attributes are mapped from and back to the provider payload")
    func providerRoundTrip() throws {
        let payload = #"{"Default":false,"JobName":"job","LegacyStatus":"old","Limits":{"MaxRuntime":1,"MaxRuntimeSeconds":2},"OldCreatedAt":1714566896.789,"Status":"new","Tags":[{"Key":"k","Values":["v"]}]}"#
        let mapped = try CodegenDeprecated(providerJSON: payload)
        let expected = CodegenDeprecated(
            jobName: "job",
            legacyStatus: "old",
            status: "new",
            oldCreatedAt: Self.instant,
            default: false,
            limits: CodegenDeprecated.Limits(maxRuntime: 1, maxRuntimeSeconds: 2),
            tags: [CodegenDeprecated.Tag(key: "k", values: ["v"])]
        )
        #expect(mapped == expected)
        #expect(String(decoding: mapped.providerJSON(), as: UTF8.self) == payload)
    }

    @Test("a value differing only in a deprecated attribute is a different value")
    func equality() {
        let other = CodegenDeprecated(
            jobName: "job",
            legacyStatus: "changed",
            status: "new",
            oldCreatedAt: Self.instant,
            default: true,
            limits: CodegenDeprecated.Limits(maxRuntime: 60, maxRuntimeSeconds: 3600),
            tags: [CodegenDeprecated.Tag(key: "team", values: ["ml", "ops"], owner: "me")]
        )
        #expect(other != Self.value)
    }
}
