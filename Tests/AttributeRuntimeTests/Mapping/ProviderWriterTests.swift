import Foundation
import Testing
@testable import AttributeRuntime

@Suite("Provider writer")
struct ProviderWriterTests {
    @Test("dotted paths create and merge nested objects")
    func dottedPaths() {
        var writer = ProviderWriter()
        writer.write("a", at: "properties.vault.uri")
        writer.write(true, at: "properties.enableSoftDelete")
        writer.write(Int32(2), at: "properties.vault.version")
        writer.write(nil as String?, at: "properties.missing")
        writer.write("top", at: "Name")
        #expect(JSONValue.object(writer.object) == [
            "properties": ["vault": ["uri": "a", "version": 2], "enableSoftDelete": true],
            "Name": "top",
        ])
    }

    @Test("a scalar in the way of a dotted path is replaced by an object")
    func conflictingPath() {
        var writer = ProviderWriter()
        writer.write("flat", at: "properties")
        writer.write("v", at: "properties.key")
        #expect(JSONValue.object(writer.object) == ["properties": ["key": "v"]])
    }

    @Test("values JSON cannot hold are left out")
    func unrepresentable() {
        var writer = ProviderWriter()
        writer.write(Double.nan, at: "A")
        writer.write(Float.infinity, at: "B")
        writer.write(Date(timeIntervalSince1970: .infinity), at: "C")
        #expect(writer.object.isEmpty)
    }

    @Test("provider JSON is compact, sorted and byte-stable")
    func byteStable() throws {
        let job = try Job(providerJSON: fullJobPayload)
        let expected = #"{"Big":9007199254740993,"Config":{"Os":"LINUX","TargetPlatform":{"Arch":"X86_64","Cores":8}},"# +
            #""Containers":[{"Image":"img-0"},{"Image":"img-1"}],"Count":3,"Created":1795547102.557,"Enabled":true,"# +
            #""Ids":["sg-1","sg-2"],"Labels":{"env":"prod","team":"ml"},"Name":"neo-job","Ports":[80,443],"Ratio":0.25,"# +
            #""Weight":0.1,"properties":{"enableSoftDelete":false,"vaultUri":"https://vault.example"}}"#
        #expect(String(decoding: job.providerJSON(), as: UTF8.self) == expected)
        // Labels come from a Dictionary whose order varies per process; the bytes must not.
        for _ in 0..<20 {
            var copy = job
            copy.labels = Dictionary(uniqueKeysWithValues: (job.labels ?? [:]).shuffled().map { ($0.key, $0.value) })
            #expect(copy.providerJSON() == job.providerJSON())
        }
    }

    @Test("context-only attributes are not written")
    func contextNotWritten() throws {
        let job = try Job(providerJSON: "{}", context: ["account_id": "1", "tags": ["a:b"]])
        #expect(job.providerValue() == [:])
    }

    @Test("provider -> value -> provider round trip")
    func roundTrip() throws {
        let original = try JSONValue(parsing: fullJobPayload)
        let job = try Job(providerValue: original)
        #expect(job.providerValue() == original)
        #expect(try Job(providerJSON: job.providerJSON()) == job)
    }

    @Test("value -> provider -> value round trip keeps extremes")
    func valueRoundTrip() throws {
        let job = Job(
            name: "é \"quoted\" \n", count: Int32.min, big: Int64.max, enabled: false, ratio: 0.1 + 0.2,
            weight: Float.leastNonzeroMagnitude, created: Timestamp.date(epochMilliseconds: -62_135_596_800_001),
            config: Job.Config(os: nil, platform: Job.Platform(arch: "", cores: 0)), ids: [], ports: [Int32.max],
            labels: [:], containers: [], softDelete: true, vaultUri: nil)
        #expect(try Job(providerJSON: job.providerJSON()) == job)
    }
}
