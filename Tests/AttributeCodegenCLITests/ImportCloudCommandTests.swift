import Foundation
import Testing
@testable import AttributeCodegenCLI

/// `attribute-codegen import gcp` and `import azure` on the committed trimmed documents.
@Suite("Import command: Google Cloud and Azure")
struct ImportCloudCommandTests {
    static let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("AttributeImportTests/Resources")
    static let compute = resources.appendingPathComponent("GCP/compute.v1.json").path
    static let keyVault = resources
        .appendingPathComponent("Azure/specification/keyvault/resource-manager/Microsoft.KeyVault/stable/2021-10-01/keyvault.json").path

    @Test func gcpWritesTheSpecWithWarnings() throws {
        let folder = try makeFolder([:])
        defer { removeFolder(folder) }
        let result = runTool(["import", "gcp", Self.compute, "--method", "firewalls.get", "--resource", "gcp_compute_firewall",
                              "--context", "project_id:STRING", "--output", folder])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == "wrote \(folder)/gcp_compute_firewall.yaml\n")
        // The uint64 id becomes STRING, with a warning at its line in the document.
        #expect(result.error.contains("compute.v1.json:1285:5: warning: member 'Firewall.id' is a 64-bit integer (uint64) that travels as a JSON string"))
        let written = try String(contentsOfFile: folder + "/gcp_compute_firewall.yaml", encoding: .utf8)
        #expect(written.contains("by `attribute-codegen import gcp`"))
        #expect(written.contains("(--method firewalls.get)"))
        // Google sends RFC 3339 text, so the table says so and the mapper writes text back.
        // The writer puts it where every import writes the table's keys: after the description.
        #expect(written.contains("\ntimestamp_format: rfc3339\nattributes:\n"))
        #expect(written.contains("      - name: ip_protocol\n        type: STRING\n        provider_name: IPProtocol\n"))
        #expect(written.contains("    type: TIMESTAMP\n    provider_name: creationTimestamp\n"))

        let again = runTool(["import", "gcp", Self.compute, "--schema", "Firewall", "--resource", "gcp_compute_firewall", "--output", folder])
        #expect(again.status == 1)
        #expect(again.error.contains("already exists; pass --update"))
        // Re-importing changes nothing, timestamp_format included.
        let update = runTool(["import", "gcp", Self.compute, "--method", "firewalls.get", "--resource", "gcp_compute_firewall",
                              "--context", "project_id:STRING", "--output", folder, "--update"])
        #expect(update.status == 0, "\(update.error)")
        #expect(update.output.hasPrefix("\(folder)/gcp_compute_firewall.yaml is up to date\n"), "\(update.output)")
        #expect(try String(contentsOfFile: folder + "/gcp_compute_firewall.yaml", encoding: .utf8) == written)
    }

    @Test func gcpUnknownSchemaSuggests() {
        let result = runTool(["import", "gcp", Self.compute, "--schema", "Firewal", "--resource", "t", "--output", "/nonexistent"])
        #expect(result.status == 1)
        #expect(result.error.contains("error: '\(Self.compute)' has no schema 'Firewal'"))
        #expect(result.error.contains("did you mean 'Firewall'?"))
        let method = runTool(["import", "gcp", Self.compute, "--method", "firewall.get", "--resource", "t", "--output", "/nonexistent"])
        #expect(method.error.contains("has no method 'firewall.get'"))
        #expect(method.error.contains("did you mean 'firewalls.get'?"))
    }

    @Test func azureWritesTheSpecFlattened() throws {
        let folder = try makeFolder([:])
        defer { removeFolder(folder) }
        let result = runTool(["import", "azure", Self.keyVault, "--operation", "Vaults_Get", "--resource", "azure_keyvault_vault",
                              "--context", "subscription_id:STRING", "--output", folder])
        #expect(result.status == 0, "\(result.error)")
        let written = try String(contentsOfFile: folder + "/azure_keyvault_vault.yaml", encoding: .utf8)
        #expect(written.contains("  - name: enable_rbac_authorization\n    type: BOOLEAN\n    provider_name: properties.enableRbacAuthorization\n"))
        #expect(written.contains("  - name: tenant_id\n    type: STRING\n    provider_name: properties.tenantId\n"))
        #expect(written.contains("by `attribute-codegen import azure`"))
        #expect(written.contains("(--operation Vaults_Get)"))
    }

    @Test func azureMissingReferencedFileNamesTheRef() throws {
        let folder = try makeFolder([
            "spec/doc.json": """
            {
              "swagger": "2.0",
              "definitions": {
                "Thing": {
                  "allOf": [{"$ref": "../common/types.json#/definitions/Resource"}],
                  "properties": {"size": {"type": "integer", "format": "int32"}}
                }
              }
            }
            """,
        ])
        defer { removeFolder(folder) }
        let result = runTool(["import", "azure", folder + "/spec/doc.json", "--definition", "Thing", "--resource", "t", "--output", folder])
        #expect(result.status == 1)
        #expect(result.error == "\(folder)/spec/doc.json:5:26: error: cannot read '\(folder)/common/types.json', "
            + "which $ref '../common/types.json#/definitions/Resource' refers to\n")
    }
}
