import Foundation
import Testing
@testable import AttributeImport
import AttributeSpec

/// Azure Key Vault's `Vault` definition, from the 2021-10-01 `keyvault.json` of
/// Azure/azure-rest-api-specs, trimmed by `make_cloud_resources.py` under `Resources/Azure/`
/// with the files it refers to (`common.json`).
@Suite("Import: Azure Key Vault Vault")
struct VaultImportTests {
    static let folder = "Azure/specification/keyvault/resource-manager/Microsoft.KeyVault/stable/2021-10-01/"
    static let file = ImportResources.path(folder + "keyvault.json")

    /// Reads files from disk, as the command does.
    static let loadFile: @Sendable (String) -> [UInt8]? = { path in
        (try? Data(contentsOf: URL(fileURLWithPath: path))).map { [UInt8]($0) }
    }

    static func model() throws -> ProviderModel {
        let read = AzureOpenAPIReader.read(try ImportResources.bytes(folder + "keyvault.json"), file: file, loadFile: loadFile)
        #expect(!read.diagnostics.containsErrors, "\(read.diagnostics)")
        return try #require(read.model)
    }

    static func imported(_ root: ImportRequest.Root) throws -> (spec: Spec, diagnostics: [Diagnostic]) {
        let request = ImportRequest(root: root, resource: "azure_keyvault_vault", outputFile: "Spec/azure_keyvault_vault.yaml")
        let output = ImportPipeline.run(model: try model(), request: request)
        let yaml = try #require(output.yaml, "\(output.diagnostics)")
        let loaded = SpecFile.load(Array(yaml.utf8), file: request.outputFile)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        return (try #require(loaded.spec).spec, output.diagnostics)
    }

    @Test func outline() throws {
        let imported = try Self.imported(.shape("Vault"))
        print(CompilationJobImportTests.outline(imported.spec.attributes).joined(separator: "\n"))
        print(imported.diagnostics.map(\.description).joined(separator: "\n"))
    }
}
