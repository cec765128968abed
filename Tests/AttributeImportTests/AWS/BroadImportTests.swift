import Foundation
import Testing
@testable import AttributeImport
import AttributeSpec

/// Every shape listed in `Resources/broad_shapes.txt` (57 shapes from 13 services' botocore
/// models, committed trimmed and gzipped) imports without an error and loads back lint clean.
/// `EndToEndTests` builds the Swift generated from the same imports.
@Suite("Import: broad set of real shapes")
struct BroadImportTests {
    struct Entry: CustomStringConvertible {
        var service: String
        var root: ImportRequest.Root
        var name: String
        var description: String { "\(service) \(name)" }
        var resource: String { "aws_\(service)_" + (SnakeCaseNaming.snakeCase(name) ?? name) }
    }

    static let entries: [Entry] = {
        guard let text = try? String(contentsOf: ImportResources.folder.appendingPathComponent("broad_shapes.txt"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "#", omittingEmptySubsequences: false)[0].split(separator: " ").map(String.init)
            guard parts.count == 3 else { return nil }
            return Entry(service: parts[0], root: parts[1] == "shape" ? .shape(parts[2]) : .operation(parts[2]), name: parts[2])
        }
    }()

    @Test func theListIsBroad() {
        #expect(Self.entries.count >= 50)
        #expect(Set(Self.entries.map(\.service)).count >= 10)
    }

    @Test func everyShapeImportsLintClean() throws {
        var models: [String: ProviderModel] = [:]
        var warnings = 0
        var attributes = 0
        for entry in Self.entries {
            if models[entry.service] == nil {
                let read = AWSModelReader.read(try ImportResources.bytes("Models/\(entry.service).json.gz"), file: "\(entry.service).json.gz")
                let model = try #require(read.model, "\(read.diagnostics)")
                models[entry.service] = model
            }
            let model = try #require(models[entry.service])
            let request = ImportRequest(root: entry.root, resource: entry.resource, context: [ContextAttribute(name: "account_id", type: .string)],
                                        outputFile: "Spec/\(entry.resource).yaml")
            let output = ImportPipeline.run(model: model, request: request)
            #expect(!output.diagnostics.containsErrors, "\(entry): \(output.diagnostics)")
            warnings += output.diagnostics.count
            let yaml = try #require(output.yaml, "\(entry)")
            let loaded = SpecFile.load(Array(yaml.utf8), file: request.outputFile)
            #expect(loaded.diagnostics.isEmpty, "\(entry): \(loaded.diagnostics)")
            attributes += loaded.spec?.spec.attributes.count ?? 0
        }
        #expect(attributes > 1000)
        // Real models do hold documents, maps of structures and recursive shapes; each is a warning.
        #expect(warnings > 0)
    }
}
