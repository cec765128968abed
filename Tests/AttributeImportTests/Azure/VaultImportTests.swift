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

    @Test func vaultFlattensItsPropertiesBag() throws {
        let imported = try Self.imported(.shape("Vault"))
        let outline = CompilationJobImportTests.outline(imported.spec.attributes)
        // Top level: the resource envelope, then the `properties` bag lifted with dotted paths.
        #expect(outline.filter { !$0.split(separator: " ")[0].contains(".") } == [
            "access_policies UNORDERED_LIST_STRUCT properties.accessPolicies",
            "create_mode STRING properties.createMode",
            "enable_purge_protection BOOLEAN properties.enablePurgeProtection",
            "enable_rbac_authorization BOOLEAN properties.enableRbacAuthorization",
            "enable_soft_delete BOOLEAN properties.enableSoftDelete",
            "enabled_for_deployment BOOLEAN properties.enabledForDeployment",
            "enabled_for_disk_encryption BOOLEAN properties.enabledForDiskEncryption",
            "enabled_for_template_deployment BOOLEAN properties.enabledForTemplateDeployment",
            "hsm_pool_resource_id STRING properties.hsmPoolResourceId",
            "id STRING id",
            "location STRING location",
            "name STRING name",
            "network_acls STRUCT properties.networkAcls",
            "private_endpoint_connections UNORDERED_LIST_STRUCT properties.privateEndpointConnections",
            "provisioning_state STRING properties.provisioningState",
            "public_network_access STRING properties.publicNetworkAccess",
            "sku STRUCT properties.sku",
            "soft_delete_retention_in_days INT32 properties.softDeleteRetentionInDays",
            "system_data STRUCT systemData",
            "tags MAP_STRING_STRING tags",
            "tenant_id STRING properties.tenantId",
            "type STRING type",
            "vault_uri STRING properties.vaultUri",
        ])
        // Nested: access policies, network rules, the connection items (whose own bag is
        // flattened too) and the system data from `common.json`.
        for line in [
            "access_policies.permissions.keys UNORDERED_LIST_STRING keys",
            "access_policies.tenant_id STRING tenantId",
            "network_acls.ip_rules.value STRING value",
            "network_acls.virtual_network_rules.ignore_missing_vnet_service_endpoint BOOLEAN ignoreMissingVnetServiceEndpoint",
            "private_endpoint_connections.private_endpoint.id STRING id",
            "private_endpoint_connections.provisioning_state STRING properties.provisioningState",
            "sku.family STRING family",
            "system_data.created_at TIMESTAMP createdAt",
            "system_data.created_by_type STRING createdByType",
        ] {
            #expect(outline.contains(line), "\(line)")
        }
        #expect(imported.diagnostics.isEmpty, "\(imported.diagnostics)")
    }

    @Test func theOperationImportsItsResponse() throws {
        let byOperation = try Self.imported(.operation("Vaults_Get")).spec
        let byDefinition = try Self.imported(.shape("Vault")).spec
        #expect(CompilationJobImportTests.outline(byOperation.attributes) == CompilationJobImportTests.outline(byDefinition.attributes))
    }

    @Test func enumsKeepTheirNameAndOpenness() throws {
        let model = try Self.model()
        let createMode = try #require(model.shapes["VaultProperties.createMode"]?.enumeration)
        #expect(createMode.values == ["recover", "default"])
        #expect(createMode.name == "CreateMode")
        #expect(createMode.isOpen == false)
        let identityType = try #require(model.shapes[Self.file.replacingOccurrences(of: "keyvault.json", with: "common.json") + "#/definitions/IdentityType"])
        #expect(identityType.enumeration?.isOpen == true)
        #expect(identityType.enumeration?.values.contains("User") == true)
    }

    /// `allOf` across files: the managed identity's `Identity` inherits `TrackedResource` from
    /// `common-types/resource-management/v1/types.json`, itself `allOf` `Resource`.
    @Test func basesFromCommonTypesComeFirst() throws {
        let path = ImportResources.path("Azure/specification/msi/resource-manager/Microsoft.ManagedIdentity/stable/2018-11-30/ManagedIdentity.json")
        let read = AzureOpenAPIReader.read(try Data(contentsOf: URL(fileURLWithPath: path)).map { $0 }, file: path, loadFile: Self.loadFile)
        let model = try #require(read.model, "\(read.diagnostics)")
        let members = try #require(model.shapes["Identity"]?.members).map(\.name)
        #expect(members == ["id", "name", "type", "tags", "location", "properties"])
        let request = ImportRequest(root: .shape("Identity"), resource: "azure_msi_identity", outputFile: "Spec/azure_msi_identity.yaml")
        let output = ImportPipeline.run(model: model, request: request)
        let yaml = try #require(output.yaml, "\(output.diagnostics)")
        #expect(yaml.contains("    provider_name: properties.principalId\n"))
    }

    static func read(_ files: [String: String], root: String = "spec/doc.json") -> (model: ProviderModel?, diagnostics: [Diagnostic]) {
        AzureOpenAPIReader.read(Array(files[root, default: ""].utf8), file: root, loadFile: { files[$0].map { Array($0.utf8) } })
    }

    @Test func aFlattenedNameThatClashesIsAnErrorNamingBoth() throws {
        let read = Self.read(["spec/doc.json": """
            {"swagger": "2.0", "definitions": {
              "Thing": {"properties": {"name": {"type": "string"}, "properties": {"$ref": "#/definitions/Bag"}}},
              "Bag": {"properties": {"name": {"type": "string"}, "size": {"type": "integer"}}}
            }}
            """])
        let model = try #require(read.model, "\(read.diagnostics)")
        let request = ImportRequest(root: .shape("Thing"), resource: "azure_thing", outputFile: "Spec/azure_thing.yaml")
        let output = ImportPipeline.run(model: model, request: request)
        #expect(output.yaml == nil)
        #expect(output.diagnostics.map(\.description) == [
            "spec/doc.json:3:26: error: members 'Thing.name' and 'Thing.properties.name' both map to attribute name 'name'",
        ])
    }

    @Test func allOfMergesBaseFirstAndOwnMembersWin() throws {
        let read = Self.read([
            "spec/v1/doc.json": """
            {"swagger": "2.0", "definitions": {
              "Thing": {"allOf": [{"$ref": "../common/types.json#/definitions/Base"}],
                        "properties": {"size": {"type": "integer", "format": "int64"}, "id": {"type": "string", "description": "own"}}}
            }}
            """,
            "spec/common/types.json": """
            {"definitions": {"Base": {"properties": {"id": {"type": "string"}, "kind": {"type": "string", "enum": ["a", "b"]}}}}}
            """,
        ], root: "spec/v1/doc.json")
        let model = try #require(read.model, "\(read.diagnostics)")
        let members = try #require(model.shapes["Thing"]?.members)
        #expect(members.map(\.name) == ["id", "kind", "size"])
        #expect(members[0].documentation == .text("own"))
        #expect(model.shapes["spec/common/types.json#/definitions/Base.kind"]?.enumeration?.values == ["a", "b"])
    }

    /// Flattened bags that fan out at every level stop at the attribute budget with an error,
    /// instead of growing exponentially.
    @Test func fanningOutFlattenedBagsStopAtTheBudget() throws {
        var definitions: [String] = []
        for level in 0..<12 {
            let next = level == 11 ? "{\"type\": \"string\"}" : "{\"$ref\": \"#/definitions/L\(level + 1)\", \"x-ms-client-flatten\": true}"
            let members = (0..<8).map { "\"m\(level)x\($0)\": \(next)" }.joined(separator: ", ")
            definitions.append("\"L\(level)\": {\"properties\": {\(members)}}")
        }
        let read = Self.read(["spec/doc.json": "{\"swagger\": \"2.0\", \"definitions\": {" + definitions.joined(separator: ",\n") + "}}"])
        let model = try #require(read.model, "\(read.diagnostics)")
        let request = ImportRequest(root: .shape("L0"), resource: "azure_fan", outputFile: "Spec/azure_fan.yaml")
        let output = ImportPipeline.run(model: model, request: request)
        #expect(output.yaml == nil)
        #expect(output.diagnostics.filter { $0.message.contains("more than \(ImportTranslator.maximumAttributes) attributes") }.count == 1)
    }

    @Test func additionalPropertiesBesidePropertiesAreAWarning() throws {
        let read = Self.read(["spec/doc.json": """
            {"swagger": "2.0", "definitions": {
              "Thing": {"type": "object", "properties": {"name": {"type": "string"}}, "additionalProperties": {"type": "string"}}
            }}
            """])
        #expect(read.model != nil)
        #expect(read.diagnostics.map(\.description) == [
            "spec/doc.json:2:99: warning: 'Thing' has both 'properties' and 'additionalProperties'; "
                + "the named properties are imported, other keys are left out",
        ])
    }

    @Test func referenceProblemsAreReportedAtTheRef() {
        let read = Self.read([
            "spec/doc.json": """
            {"swagger": "2.0", "definitions": {
              "A": {"properties": {"b": {"$ref": "#/definitions/Bee"}, "c": {"$ref": "#/parameters/X"}}},
              "Bed": {"allOf": [{"$ref": "#/definitions/Bed"}]},
              "D": {"properties": {"e": {"$ref": "other.json#/definitions/Resourc"}}}
            }}
            """,
            "spec/other.json": #"{"definitions": {"Resource": {"properties": {}}}}"#,
        ])
        #expect(read.model == nil)
        #expect(read.diagnostics.map(\.description) == [
            "spec/doc.json:2:38: error: $ref '#/definitions/Bee' names no definition 'Bee' of 'spec/doc.json'\nspec/doc.json:2:38: note: did you mean 'Bed'?",
            "spec/doc.json:2:74: error: $ref '#/parameters/X' does not point at a definition ('<file>#/definitions/<Name>')",
            "spec/doc.json:4:38: error: $ref 'other.json#/definitions/Resourc' names no definition 'Resourc' of 'spec/other.json'\nspec/doc.json:4:38: note: did you mean 'Resource'?",
            "spec/doc.json:3:21: error: 'allOf' of 'Bed' leads back to 'Bed'",
        ])
        let notOpenAPI = Self.read(["spec/doc.json": "{}"])
        #expect(notOpenAPI.diagnostics.map(\.description) == [
            "spec/doc.json:1:1: error: 'spec/doc.json' is not an OpenAPI 2.0 document: expected an object with 'swagger' and 'definitions'",
        ])
    }

    @Test(arguments: [
        ("a/b/c/doc.json", "../../../../common-types/types.json", "../common-types/types.json"),
        ("/x/spec/svc/v1/doc.json", "../../common/v1/definitions.json", "/x/spec/common/v1/definitions.json"),
        ("doc.json", "./common.json", "common.json"),
        ("/doc.json", "../../a.json", "/a.json"),
    ])
    func relativePathsResolveAgainstTheFolder(_ file: String, _ reference: String, _ resolved: String) {
        #expect(AzureOpenAPIReader.resolve(reference, from: file) == resolved)
    }
}
