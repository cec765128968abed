import AttributeRuntime
import Foundation
import ResourceModels
import Testing

/// Known values in generated code (`codegen_known_values.yaml`): constants for the documented
/// values, properties that stay `String` so that any other value survives every hop unchanged,
/// and the opt-in check that reports values outside a set.
@Suite("Generated known values")
struct KnownValuesTests {
    /// A payload with a value outside every set: `PAUSED`, `SIDEWAYS`, `riscv64`, `MAYBE`, and
    /// an `é` written decomposed, which Swift's `==` would call equal to a known precomposed one.
    static let payload = #"{"Architectures":["arm64","riscv64",""# + "e\u{301}" + #"-accent"],"Direction":"SIDEWAYS","Status":"PAUSED","StatusValues":{"Status":"MAYBE"}}"#

    @Test("the constants are the values, in the spec's order, and say whether the set is closed")
    func constants() {
        #expect(CodegenKnownValues.StatusValuesItem.inProgress == "IN_PROGRESS")
        #expect(CodegenKnownValues.StatusValuesItem.allValues == ["IN_PROGRESS", "COMPLETED", "FAILED"])
        #expect(!CodegenKnownValues.StatusValuesItem.isClosed)
        #expect(CodegenKnownValues.DirectionValues.isClosed)
        #expect(CodegenKnownValues.ArchitecturesValues.x86_64 == "x86_64")
        #expect(CodegenKnownValues.ArchitecturesValues._1_0 == "1.0")
        #expect(CodegenKnownValues.ArchitecturesValues.default == "default")
        #expect(CodegenKnownValues.ArchitecturesValues.selfValue == "self")
        #expect(CodegenKnownValues.ArchitecturesValues.quoteAndBackslash == "quote\"and\\backslash")
        #expect(CodegenKnownValues.StatusValues.StatusValuesItem.allValues == ["ON", "OFF"])
        // A switch over a property reads the way a switch over an enum does.
        func describe(_ record: CodegenKnownValues) -> String {
            switch record.status {
            case CodegenKnownValues.StatusValuesItem.completed?: "done"
            case CodegenKnownValues.StatusValuesItem.failed?: "failed"
            case let other?: "other: \(other)"
            case nil: "none"
            }
        }
        #expect(describe(CodegenKnownValues(status: "FAILED")) == "failed")
        #expect(describe(CodegenKnownValues(status: "PAUSED")) == "other: PAUSED")
    }

    @Test("unknown values map without error and survive provider → value → record → value → provider byte for byte")
    func unknownValuesRoundTrip() throws {
        let mapped = try CodegenKnownValues(providerJSON: Self.payload)
        #expect(mapped.status == "PAUSED")
        #expect(mapped.direction == "SIDEWAYS")
        #expect(mapped.architectures?.last.map { Array($0.utf8) } == Array("e\u{301}-accent".utf8))
        let record = try JSONEncoder().encode(mapped)
        let decoded = try JSONDecoder().decode(CodegenKnownValues.self, from: record)
        #expect(decoded == mapped)
        #expect(decoded.providerJSON() == Array(Self.payload.utf8))
    }

    @Test("the values check is off by default, reports closed sets or all sets when asked, with the attribute path")
    func valueCheck() throws {
        #expect(throws: Never.self) { try CodegenKnownValues(providerJSON: Self.payload, options: MappingOptions(strict: true)) }
        let closed = #expect(throws: MappingErrors.self) {
            try CodegenKnownValues(providerJSON: Self.payload, options: MappingOptions(valueCheck: .closedSets))
        }
        #expect(closed?.errors.map(\.description) == [
            "attribute 'direction' (provider Direction): value 'SIDEWAYS' is not one of the attribute's known values",
            "attribute 'status_values.status' (provider StatusValues.Status): value 'MAYBE' is not one of the attribute's known values",
        ])
        let all = #expect(throws: MappingErrors.self) {
            try CodegenKnownValues(providerJSON: Self.payload, options: MappingOptions(valueCheck: .allSets))
        }
        #expect(all?.errors.map(\.description) == [
            "attribute 'status' (provider Status): value 'PAUSED' is not one of the attribute's known values",
            "attribute 'direction' (provider Direction): value 'SIDEWAYS' is not one of the attribute's known values",
            "attribute 'architectures[1]' (provider Architectures[1]): value 'riscv64' is not one of the attribute's known values",
            "attribute 'architectures[2]' (provider Architectures[2]): value 'e\u{301}-accent' is not one of the attribute's known values",
            "attribute 'status_values.status' (provider StatusValues.Status): value 'MAYBE' is not one of the attribute's known values",
        ])
        // Known values pass every check.
        let known = #"{"Architectures":["arm64","\u00e9-accent"],"Direction":"INGRESS","Status":"FAILED","StatusValues":{"Status":"ON"}}"#
        #expect(throws: Never.self) { try CodegenKnownValues(providerJSON: known, options: MappingOptions(valueCheck: .allSets)) }
    }
}

/// The bundled catalog carries the SageMaker model's values; the README's snippet runs as written.
@Suite("Bundled catalog known values")
struct BundledKnownValuesTests {
    @Test("the README's known-values snippet, on the bundled AWSSagemakerCompilationJob")
    func readmeSnippet() throws {
        let job = try AWSSagemakerCompilationJob(providerJSON: #"{"CompilationJobStatus":"FAILED"}"#)
        let failed = job.compilationJobStatus == AWSSagemakerCompilationJob.CompilationJobStatusValues.failed
        let known = AWSSagemakerCompilationJob.CompilationJobStatusValues.allValues  // spec order; .isClosed is false
        #expect(failed)
        #expect(known == ["INPROGRESS", "COMPLETED", "FAILED", "STARTING", "STOPPING", "STOPPED"])
        #expect(!AWSSagemakerCompilationJob.CompilationJobStatusValues.isClosed)
        #expect(AWSSagemakerCompilationJob.OutputConfig.TargetPlatform.ArchValues.x86_64 == "X86_64")
    }
}
