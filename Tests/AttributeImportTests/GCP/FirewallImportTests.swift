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

    @Test func firewallImportsWithTheOneNamingRule() throws {
        let imported = try Self.imported(.shape("Firewall"))
        #expect(CompilationJobImportTests.outline(imported.spec.attributes) == [
            "allowed UNORDERED_LIST_STRUCT allowed",
            "allowed.ip_protocol STRING IPProtocol",
            "allowed.ports UNORDERED_LIST_STRING ports",
            "creation_timestamp TIMESTAMP creationTimestamp",
            "denied UNORDERED_LIST_STRUCT denied",
            "denied.ip_protocol STRING IPProtocol",
            "denied.ports UNORDERED_LIST_STRING ports",
            "description STRING description",
            "destination_ranges UNORDERED_LIST_STRING destinationRanges",
            "direction STRING direction",
            "disabled BOOLEAN disabled",
            "id STRING id",
            "kind STRING kind",
            "log_config STRUCT logConfig",
            "log_config.enable BOOLEAN enable",
            "log_config.metadata STRING metadata",
            "name STRING name",
            "network STRING network",
            "params STRUCT params",
            "params.resource_manager_tags MAP_STRING_STRING resourceManagerTags",
            "priority INT32 priority",
            "self_link STRING selfLink",
            "source_ranges UNORDERED_LIST_STRING sourceRanges",
            "source_service_accounts UNORDERED_LIST_STRING sourceServiceAccounts",
            "source_tags UNORDERED_LIST_STRING sourceTags",
            "target_service_accounts UNORDERED_LIST_STRING targetServiceAccounts",
            "target_tags UNORDERED_LIST_STRING targetTags",
        ])
        // The one treatment: the uint64 id, at its line and column in the document.
        #expect(imported.diagnostics.map(\.description) == [
            "\(Self.file):1285:5: warning: member 'Firewall.id' is a 64-bit integer (uint64) that travels as a JSON string; "
                + "imported as STRING, which gives it back as the provider writes it",
        ])
        #expect(imported.spec.description?.value.hasPrefix("Represents a Firewall Rule resource.") == true)
    }

    @Test func theMethodImportsItsResponseSchema() throws {
        let byMethod = try Self.imported(.operation("firewalls.get")).spec
        let bySchema = try Self.imported(.shape("Firewall")).spec
        #expect(CompilationJobImportTests.outline(byMethod.attributes) == CompilationJobImportTests.outline(bySchema.attributes))
    }

    @Test func enumsAreKeptWithTheirDescriptions() throws {
        let model = try Self.model()
        let direction = try #require(model.shapes["Firewall.direction"]?.enumeration)
        #expect(direction.values == ["EGRESS", "INGRESS"])
        #expect(direction.descriptions == [
            "Indicates that firewall should apply to outgoing traffic.", "Indicates that firewall should apply to incoming traffic.",
        ])
        #expect(direction.isOpen == nil)
        #expect(model.shapes["Firewall.id"]?.kind == .integerText(signed: false))
        #expect(model.shapes["Firewall.creationTimestamp"]?.kind == .timestamp)
        #expect(model.operations["firewalls.get"]?.output == "Firewall")
    }

    @Test(arguments: [
        ("Creation timestamp inRFC3339\ntext format.", true),
        ("Timestamp in RFC 3339 format.", true),
        ("The time, rfc3339-encoded", true),
        ("An RFC 822 date", false),
        ("Creation time", false),
    ])
    func timestampsAreRecognizedByTheirProse(_ description: String, _ isTimestamp: Bool) {
        #expect(GCPDiscoveryReader.describesRFC3339(description) == isTimestamp)
    }

    @Test func typesMapAsStated() throws {
        let document = """
            {
              "name": "demo",
              "schemas": {
                "Thing": {
                  "type": "object",
                  "properties": {
                    "count": {"type": "integer", "format": "int32"},
                    "big": {"type": "integer", "format": "uint32"},
                    "signed": {"type": "string", "format": "int64"},
                    "ratio": {"type": "number", "format": "double"},
                    "small": {"type": "number", "format": "float"},
                    "at": {"type": "string", "format": "google-datetime"},
                    "data": {"type": "string", "format": "byte"},
                    "labels": {"type": "object", "additionalProperties": {"type": "string"}},
                    "byName": {"type": "object", "additionalProperties": {"$ref": "Thing"}},
                    "anything": {"type": "any"},
                    "child": {"$ref": "Thing"},
                    "counts": {"type": "array", "items": {"type": "string", "format": "int64"}}
                  }
                }
              }
            }
            """
        let read = GCPDiscoveryReader.read(Array(document.utf8), file: "demo.json")
        let model = try #require(read.model, "\(read.diagnostics)")
        let request = ImportRequest(root: .shape("Thing"), resource: "gcp_demo_thing", outputFile: "Spec/gcp_demo_thing.yaml")
        let output = ImportPipeline.run(model: model, request: request)
        let yaml = try #require(output.yaml, "\(output.diagnostics)")
        let spec = try #require(SpecFile.load(Array(yaml.utf8), file: request.outputFile).spec).spec
        #expect(CompilationJobImportTests.outline(spec.attributes) == [
            "at TIMESTAMP at",
            "big INT64 big",
            "count INT32 count",
            "counts UNORDERED_LIST_STRING counts",
            "data STRING data",
            "labels MAP_STRING_STRING labels",
            "ratio DOUBLE ratio",
            "signed STRING signed",
            "small FLOAT small",
        ])
        // Each treatment is a warning at the member, never a silent drop.
        let warnings = output.diagnostics.map(\.message)
        #expect(warnings.contains("member 'Thing.anything' is a document (free-form JSON), which no spec type holds; left out"))
        #expect(warnings.contains("member 'Thing.child' refers back to structure 'Thing' (a recursive shape); left out"))
        #expect(warnings.contains { $0.hasPrefix("member 'Thing.byName' is a map of structure values") })
        #expect(warnings.contains { $0.hasPrefix("member 'Thing.data' is a blob") })
        #expect(warnings.contains { $0.hasPrefix("member 'Thing.counts' is a list of 64-bit integers") })
    }

    /// A few real methods (identitytoolkit's `v1.getPublicKeys`) describe their response inline.
    @Test func anInlineResponseIsItsOwnShape() throws {
        let document = #"{"schemas": {}, "resources": {"keys": {"methods": {"list": {"response": {"type": "object", "properties": {"keyId": {"type": "string"}}}}}}}}"#
        let read = GCPDiscoveryReader.read(Array(document.utf8), file: "d.json")
        let model = try #require(read.model, "\(read.diagnostics)")
        #expect(model.operations["keys.list"]?.output == "keys.list.response")
        #expect(model.shapes["keys.list.response"]?.members?.map(\.name) == ["keyId"])
    }

    @Test func problemsAreReportedAtTheirPlace() {
        let document = """
            {
              "schemas": {
                "A": {"type": "object", "properties": {"b": {"$ref": "Bee"}, "c": {"format": "int32"}}},
                "Bed": {"type": "object", "properties": {}}
              },
              "resources": {"as": {"methods": {"get": {"response": {"$ref": "Nope"}}}}}
            }
            """
        let read = GCPDiscoveryReader.read(Array(document.utf8), file: "d.json")
        #expect(read.model == nil)
        #expect(read.diagnostics.map(\.description) == [
            "d.json:3:71: error: malformed discovery document: schema 'A.c' has neither 'type' nor '$ref'",
            "d.json:3:58: error: $ref 'Bee' names no schema of 'd.json'\nd.json:3:58: note: did you mean 'Bed'?",
            "d.json:6:65: error: $ref 'Nope' names no schema of 'd.json'",
        ])
        let notDiscovery = GCPDiscoveryReader.read(Array("[1]".utf8), file: "x.json")
        #expect(notDiscovery.diagnostics.map(\.description) == [
            "x.json:1:1: error: 'x.json' is not a Google discovery document: expected an object with 'schemas'",
        ])
    }
}
