import AttributeRuntime
import Foundation
import ResourceModels
import Testing

/// The generated `ProviderMappable` conformances, driven through the runtime.
@Suite("Generated provider mapping")
struct ProviderMappingTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    private func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: Self.fixtures.appendingPathComponent(name))
    }

    private func callerContext() throws -> MappingContext {
        guard case .object(let object) = try JSONValue(parsing: [UInt8](fixture("DescribeCompilationJob.caller.json"))) else {
            Issue.record("caller fixture is not an object")
            return MappingContext()
        }
        return MappingContext(Dictionary(object.members.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last }))
    }

    /// The first error of a payload that must fail to map.
    private func firstError<T: ProviderMappable>(_ type: T.Type, _ json: String, strict: Bool = false) -> MappingError? {
        do {
            _ = try T(providerJSON: json, options: MappingOptions(strict: strict))
            return nil
        } catch {
            return error.errors.first
        }
    }

    @Test("a DescribeCompilationJob response maps to the expected record")
    func describeCompilationJob() throws {
        let job = try AWSSagemakerCompilationJob(
            providerJSON: [UInt8](fixture("DescribeCompilationJob.json")), context: callerContext()
        )
        let expected = try JSONDecoder().decode(
            AWSSagemakerCompilationJob.self, from: fixture("DescribeCompilationJob.expected.json")
        )
        #expect(job == expected)
        #expect(job.accountID == "111122223333")
        #expect(job.tags == ["team:ml-platform", "env:production"])
        #expect(job.failureReason == "")
        #expect(job.outputConfig?.targetPlatform?.os == "LINUX")
        #expect(job.lastModifiedTime == Date(timeIntervalSince1970: 1_795_547_499.12))
        let record = String(decoding: try JSONEncoder().encode(job), as: UTF8.self)
        #expect(record.contains(#""last_modified_time":"2026-11-24T"#) && record.contains(#".120Z""#))
    }

    @Test("provider to value to provider is lossless and byte-stable")
    func providerRoundTrip() throws {
        let job = try AWSSagemakerCompilationJob(providerJSON: [UInt8](fixture("DescribeCompilationJob.json")))
        let payload = job.providerJSON()
        let again = try AWSSagemakerCompilationJob(providerJSON: payload)
        #expect(again == job)
        #expect(again.providerJSON() == payload)
        // Caller-supplied attributes have no provider name and are never written.
        let withCaller = try AWSSagemakerCompilationJob(providerJSON: payload, context: callerContext())
        #expect(withCaller.providerJSON() == payload)
    }

    @Test("every type, dotted paths and lists of structs round-trip through the provider form")
    func everyTypeRoundTrip() throws {
        let value = RecordCodingTests.everyType
        let payload = String(decoding: value.providerJSON(), as: UTF8.self)
        #expect(payload.contains(#""properties":{"enableSoftDelete":false}"#))
        #expect(payload.contains(#""Containers":[{"Environment":{"A":"1","B":"2"},"Image":"img"}]"#))
        let context: MappingContext = ["account_id": "123456789012", "tags": ["env:prod"]]
        #expect(try EveryType(providerJSON: payload, context: context) == value)
    }

    @Test("a value of the wrong type names its attribute and provider paths")
    func typeMismatch() throws {
        let error = try #require(firstError(AWSSagemakerCompilationJob.self, #"{"OutputConfig":{"TargetPlatform":{"Os":7}}}"#))
        #expect(error.kind == .typeMismatch(expected: .string, found: .number))
        #expect(error.attributePath == "output_config.target_platform.os")
        #expect(error.providerPath == "OutputConfig.TargetPlatform.Os")
    }

    @Test("errors inside lists of structs carry the element index")
    func listElementError() throws {
        let error = try #require(firstError(EveryType.self, #"{"Containers":[{"Image":"a"},{"Image":true}]}"#))
        #expect(error.kind == .typeMismatch(expected: .string, found: .bool))
        #expect(error.attributePath == "containers[1].image")
        #expect(error.providerPath == "Containers[1].Image")
    }

    @Test("numbers out of range or not integral are reported")
    func numbers() throws {
        let range = try #require(firstError(EveryType.self, #"{"Count32":2147483648}"#))
        #expect(range.kind == .numberOutOfRange(number: "2147483648", type: .int32))
        #expect(range.attributePath == "count32")
        let fraction = try #require(firstError(EveryType.self, #"{"Count64":1.5}"#))
        #expect(fraction.kind == .numberNotIntegral(number: "1.5", type: .int64))
        #expect(fraction.providerPath == "Count64")
    }

    @Test("a timestamp that is neither epoch seconds nor RFC 3339 is reported")
    func malformedTimestamp() throws {
        let error = try #require(firstError(EveryType.self, #"{"Settings":{"UpdatedAt":"yesterday"}}"#))
        #expect(error.kind == .malformedTimestamp("yesterday"))
        #expect(error.attributePath == "settings.updated_at")
        #expect(error.providerPath == "Settings.UpdatedAt")
    }

    @Test("payloads that are not JSON objects are reported")
    func payloadShape() throws {
        let array = try #require(firstError(EveryType.self, "[]"))
        #expect(array.kind == .rootNotObject(found: .array))
        let broken = try #require(firstError(EveryType.self, "{"))
        if case .invalidJSON = broken.kind {} else {
            Issue.record("expected invalidJSON, got \(broken.kind)")
        }
    }

    @Test("strict mode reports keys no attribute reads")
    func unknownKey() throws {
        let error = try #require(firstError(EveryType.self, #"{"Name":"a","Surprise":1}"#, strict: true))
        #expect(error.kind == .unknownKey)
        #expect(error.providerPath == "Surprise")
        #expect(firstError(EveryType.self, #"{"Name":"a","Surprise":1}"#) == nil)
    }

    @Test("keyword and shadowing names map under their provider keys")
    func keywords() throws {
        let value = try CodegenKeywords(providerJSON: #"{"Self":"s","Default":"d","Type":{"Name":"t"},"Foundation":{"Date":1.5}}"#)
        #expect(value.`self` == "s")
        #expect(value.`default` == "d")
        #expect(value.type?.name == "t")
        #expect(value.foundation?.date == Date(timeIntervalSince1970: 1.5))
    }
}
