import Foundation
import Testing
@testable import AttributeRuntime

@Suite("Provider writer, one named method per type")
struct ProviderWriterTypedTests {
    @Test("each named method writes what the overloaded write(_:at:) writes")
    func sameAsOverloads() throws {
        let job = try Job(providerJSON: fullJobPayload)
        var named = ProviderWriter()
        named.string(job.name, at: "Name")
        named.int32(job.count, at: "Count")
        named.int64(job.big, at: "Big")
        named.bool(job.enabled, at: "Enabled")
        named.double(job.ratio, at: "Ratio")
        named.float(job.weight, at: "Weight")
        named.timestamp(job.created, at: "Created")
        named.structure(job.config, at: "Config")
        named.stringList(job.ids, at: "Ids")
        named.int32List(job.ports, at: "Ports")
        named.stringMap(job.labels, at: "Labels")
        named.structureList(job.containers, at: "Containers")
        named.bool(job.softDelete, at: "properties.enableSoftDelete")
        named.string(job.vaultUri, at: "properties.vaultUri")
        named.string(nil, at: "Absent")
        var overloaded = ProviderWriter()
        job.write(to: &overloaded)
        #expect(JSONValue.object(named.object).serialized(sortedKeys: true) == JSONValue.object(overloaded.object).serialized(sortedKeys: true))
        #expect(named.object.count == 13)
    }
}
