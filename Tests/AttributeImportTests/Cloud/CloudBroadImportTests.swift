import Foundation
import Testing
@testable import AttributeImport
import AttributeSpec

/// Every table listed in `Resources/cloud_broad.txt` (Google Cloud schemas and methods from nine
/// discovery documents, Azure definitions and operations from five services' OpenAPI
/// documents, all committed trimmed) imports without an error and loads back lint clean.
/// `EndToEndTests` builds the Swift generated from the same imports.
@Suite("Import: broad set of Google Cloud and Azure tables")
struct CloudBroadImportTests {
    struct Entry: CustomStringConvertible {
        var provider: ImportProvider
        var document: String
        var root: ImportRequest.Root
        var name: String
        var description: String { "\(provider.rawValue) \(document) \(name)" }
        /// `gcp_compute_firewall`, `azure_keyvault_vault`: the provider, the service, the root.
        var resource: String {
            let service = provider == .gcp
                ? String(document.split(separator: ".")[0])
                : String(document.split(separator: "/")[1]).lowercased()
            let root = SnakeCaseNaming.snakeCase(name.replacingOccurrences(of: ".", with: "_")) ?? name
            return "\(provider.rawValue)_\(service)_\(root)"
        }
    }

    static let entries: [Entry] = {
        guard let text = try? String(contentsOf: ImportResources.folder.appendingPathComponent("cloud_broad.txt"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "#", omittingEmptySubsequences: false)[0].split(separator: " ").map(String.init)
            guard parts.count == 4, let provider = ImportProvider(rawValue: parts[0]) else { return nil }
            let root: ImportRequest.Root = parts[2] == "schema" || parts[2] == "definition" ? .shape(parts[3]) : .operation(parts[3])
            return Entry(provider: provider, document: parts[1], root: root, name: parts[3])
        }
    }()

    /// The model of an entry's document, read as the command reads it.
    static func model(_ entry: Entry) -> (model: ProviderModel?, diagnostics: [Diagnostic]) {
        let path = ImportResources.path((entry.provider == .gcp ? "GCP/" : "Azure/") + entry.document)
        let bytes = (try? Data(contentsOf: URL(fileURLWithPath: path))).map { [UInt8]($0) } ?? []
        return ImportPipeline.read(entry.provider, modelBytes: bytes, modelFile: path, loadFile: { file in
            (try? Data(contentsOf: URL(fileURLWithPath: file))).map { [UInt8]($0) }
        })
    }

    @Test func theListIsBroad() {
        #expect(Self.entries.count >= 30)
        #expect(Set(Self.entries.filter { $0.provider == .gcp }.map(\.document)).count >= 5)
        #expect(Set(Self.entries.filter { $0.provider == .azure }.map(\.document)).count >= 4)
        #expect(Set(Self.entries.map(\.resource)).count == Self.entries.count)
    }

    @Test func everyTableImportsLintClean() throws {
        var models: [String: ProviderModel] = [:]
        var warnings = 0
        var attributes = 0
        for entry in Self.entries {
            if models[entry.document] == nil {
                let read = Self.model(entry)
                let model = try #require(read.model, "\(entry): \(read.diagnostics)")
                models[entry.document] = model
            }
            let model = try #require(models[entry.document])
            let request = ImportRequest(root: entry.root, resource: entry.resource, outputFile: "Spec/\(entry.resource).yaml")
            let output = ImportPipeline.run(model: model, request: request)
            #expect(!output.diagnostics.containsErrors, "\(entry): \(output.diagnostics)")
            warnings += output.diagnostics.count
            let yaml = try #require(output.yaml, "\(entry)")
            let loaded = SpecFile.load(Array(yaml.utf8), file: request.outputFile)
            #expect(loaded.diagnostics.isEmpty, "\(entry): \(loaded.diagnostics)")
            attributes += loaded.spec?.spec.attributes.count ?? 0
        }
        print("cloud broad import: \(Self.entries.count) tables, \(attributes) top-level attributes, \(warnings) warnings")
        #expect(attributes > 600)
        #expect(warnings > 0)
    }
}
