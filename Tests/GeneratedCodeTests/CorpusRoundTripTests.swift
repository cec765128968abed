import AttributeRuntime
import AttributeSpec
import Foundation
import ResourceModels
import Testing

/// Provider → record → provider loses nothing, for every type of the test corpus: the golden
/// specs' generated types and the bundled catalog (issue 14 §3). Payloads are generated from the
/// specs themselves, so every provider path, dotted paths, nesting and timestamp forms included,
/// is exercised; strict mode proves that every key was read.
@Suite("Corpus round trip")
struct CorpusRoundTripTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The corpus: the golden specs and the bundled spec.
    static var specFiles: [URL] {
        let goldens = packageRoot.appendingPathComponent("Tests/AttributeCodegenTests/Specs")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: goldens.path)) ?? []
        return names.sorted().map { goldens.appendingPathComponent($0) }
            + [packageRoot.appendingPathComponent("Spec/aws_sagemaker_compilation_job.yaml")]
    }

    /// Provider JSON → value → record JSON → value → provider JSON, for each corpus type.
    static let roundTrips: [String: @Sendable ([UInt8]) throws -> [UInt8]] = [
        "aws_sagemaker_compilation_job": { try roundTrip(AWSSagemakerCompilationJob.self, $0) },
        "codegen_deep_nesting": { try roundTrip(CodegenDeepNesting.self, $0) },
        "codegen_deprecated": { try roundTrip(CodegenDeprecated.self, $0) },
        "codegen_every_type": { try roundTrip(EveryType.self, $0) },
        "codegen_hostile_text": { try roundTrip(CodegenHostileText.self, $0) },
        "codegen_keywords": { try roundTrip(CodegenKeywords.self, $0) },
        "codegen_known_values": { try roundTrip(CodegenKnownValues.self, $0) },
        "codegen_store_keywords": { try roundTrip(CodegenStoreKeywords.self, $0) },
        "codegen_package_access": { try roundTrip(CodegenPackageAccess.self, $0) },
        "codegen_timestamp_formats": { try roundTrip(TimestampForms.self, $0) },
    ]

    static func roundTrip<Value: ProviderMappable & Codable & Equatable>(_ type: Value.Type, _ payload: [UInt8]) throws -> [UInt8] {
        let value = try Value(providerJSON: payload, options: MappingOptions(strict: true))
        let record = try JSONDecoder().decode(Value.self, from: JSONEncoder().encode(value))
        #expect(record == value)
        return record.providerJSON()
    }

    @Test("every corpus spec has a generated type here")
    func corpusIsCovered() throws {
        let resources = try Self.specFiles.map { try Self.load($0).spec.resource.value }
        #expect(resources.count >= 7)
        #expect(Set(resources) == Set(Self.roundTrips.keys))
    }

    @Test("provider -> record -> provider loses nothing", arguments: specFiles)
    func lossless(spec file: URL) throws {
        let spec = try Self.load(file).spec
        let roundTrip = try #require(Self.roundTrips[spec.resource.value])
        var generator = SplitMix(seed: 2026)
        var failures: [String] = []
        for _ in 0..<60 {
            var payload = PayloadGenerator(tableFormat: spec.timestampFormat?.value, generator: generator)
            let object = payload.object(for: spec.attributes)
            generator = payload.generator
            let bytes = JSONValue.object(object).serialized(sortedKeys: true)
            do {
                let written = try roundTrip(bytes)
                if written != bytes { failures.append("\(String(decoding: bytes, as: UTF8.self))\n-> \(String(decoding: written, as: UTF8.self))") }
            } catch {
                failures.append("\(String(decoding: bytes, as: UTF8.self)): \(error)")
            }
        }
        #expect(failures.isEmpty, "\(spec.resource.value): \(failures.prefix(3).joined(separator: "\n"))")
    }

    static func load(_ file: URL) throws -> ValidatedSpec {
        let (spec, diagnostics) = SpecFile.load(try [UInt8](Data(contentsOf: file)), file: file.lastPathComponent)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return try #require(spec)
    }
}

/// Random provider payloads in the shape a spec describes; some attributes are left out.
struct PayloadGenerator {
    let tableFormat: AttributeSpec.TimestampFormat?
    var generator: SplitMix

    static let strings = ["", "a", "ml-platform", "Quote\"d\\", "Größe 値", "😀", "line\nbreak", "e\u{301}"]

    mutating func object(for attributes: [Attribute]) -> JSONObject {
        var object = JSONObject()
        for attribute in attributes {
            guard let provider = attribute.providerName?.value, Int.random(in: 0..<5, using: &generator) > 0 else { continue }
            let value = value(for: attribute)
            let keys = provider.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).map { String(Substring($0)) }
            Self.store(value, in: &object, at: keys[...])
        }
        return object
    }

    private static func store(_ value: JSONValue, in object: inout JSONObject, at keys: ArraySlice<String>) {
        guard let key = keys.first else { return }
        if keys.count == 1 {
            object[key] = value
            return
        }
        var inner = object[key]?.objectValue ?? JSONObject()
        store(value, in: &inner, at: keys.dropFirst())
        object[key] = .object(inner)
    }

    mutating func value(for attribute: Attribute) -> JSONValue {
        switch attribute.type.value {
        case .string: return .string(string(in: attribute))
        case .int32: return .number(JSONNumber(Int64(Int32.random(in: .min ... .max, using: &generator))))
        case .int64: return .number(JSONNumber(Int64.random(in: .min ... .max, using: &generator)))
        case .boolean: return .bool(Bool.random(using: &generator))
        case .double: return JSONNumber(exactly: Double.random(in: -1e12...1e12, using: &generator)).map(JSONValue.number) ?? .null
        case .float: return JSONNumber(exactly: Float.random(in: -1e6...1e6, using: &generator)).map(JSONValue.number) ?? .null
        case .timestamp: return timestamp(attribute.timestampFormat?.value ?? tableFormat)
        case .unorderedListString: return .array((0..<Int.random(in: 0...3, using: &generator)).map { _ in .string(string(in: attribute)) })
        case .unorderedListInt32: return .array((0..<Int.random(in: 0...3, using: &generator)).map { _ in .number(JSONNumber(Int64(Int32.random(in: -9...9, using: &generator)))) })
        case .mapStringString:
            return .object(JSONObject((0..<Int.random(in: 0...3, using: &generator)).map { ("k\($0)", .string(string())) }))
        case .structure: return .object(object(for: attribute.fields ?? []))
        case .unorderedListStruct:
            return .array((0..<Int.random(in: 0...2, using: &generator)).map { _ in .object(object(for: attribute.fields ?? [])) })
        }
    }

    /// A value of a closed set, or half the time one of an open set (the other half, any string:
    /// a value the provider added); any string for an attribute without known values.
    private mutating func string(in attribute: Attribute) -> String {
        guard let values = attribute.values, !values.isEmpty,
              attribute.hasClosedValues || Bool.random(using: &generator) else { return string() }
        return values[Int.random(in: 0..<values.count, using: &generator)].value.value
    }

    private mutating func string() -> String {
        Self.strings[Int.random(in: 0..<Self.strings.count, using: &generator)]
    }

    /// A timestamp anywhere in the supported range, in the attribute's provider form.
    private mutating func timestamp(_ format: AttributeSpec.TimestampFormat?) -> JSONValue {
        let milliseconds = Int64.random(in: Timestamp.supportedMilliseconds, using: &generator)
        let date = Timestamp.date(epochMilliseconds: milliseconds)
        switch format {
        case .epochMilliseconds: return .number(JSONNumber(milliseconds))
        case .rfc3339: return Timestamp.rfc3339String(from: date).map(JSONValue.string) ?? .null
        case .epochSeconds, .epochSecondsOrRFC3339, nil: return Timestamp.epochSeconds(of: date).map(JSONValue.number) ?? .null
        }
    }
}
