import Foundation
import Testing
@testable import AttributeImport
import AttributeSpec

/// Google Cloud's compute `Firewall` schema, from `Resources/GCP/compute.v1.json` (the discovery
/// document of google-api-python-client 2.202.0, trimmed by `make_cloud_resources.py`).
@Suite("Import: Google Cloud compute Firewall")
struct FirewallImportTests {
    static let file = ImportResources.path("GCP/compute.v1.json")

    static func model() throws -> ProviderModel {
        let read = GCPDiscoveryReader.read(try ImportResources.bytes("GCP/compute.v1.json"), file: file)
        #expect(!read.diagnostics.containsErrors, "\(read.diagnostics)")
        return try #require(read.model)
    }

    static func imported(_ root: ImportRequest.Root) throws -> (spec: Spec, diagnostics: [Diagnostic]) {
        let request = ImportRequest(root: root, resource: "gcp_compute_firewall", outputFile: "Spec/gcp_compute_firewall.yaml")
        let output = ImportPipeline.run(model: try model(), request: request)
        let yaml = try #require(output.yaml, "\(output.diagnostics)")
        let loaded = SpecFile.load(Array(yaml.utf8), file: request.outputFile)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        return (try #require(loaded.spec).spec, output.diagnostics)
    }

    @Test func outline() throws {
        let imported = try Self.imported(.shape("Firewall"))
        print(CompilationJobImportTests.outline(imported.spec.attributes).joined(separator: "\n"))
        print(imported.diagnostics.map(\.description).joined(separator: "\n"))
    }
}
