import AttributeRuntime
import Foundation

// Hand-written conformances in exactly the shape the generator emits, covering every reader
// method, a nested STRUCT two levels deep, a list of structs, dotted provider paths and
// context-only attributes.

struct Job: Equatable, Sendable {
    var accountId: String?
    var name: String?
    var count: Int32?
    var big: Int64?
    var enabled: Bool?
    var ratio: Double?
    var weight: Float?
    var created: Date?
    var config: Config?
    var ids: [String]?
    var ports: [Int32]?
    var labels: [String: String]?
    var containers: [Container]?
    var softDelete: Bool?
    var vaultUri: String?
    var tags: [String]?

    struct Config: Equatable, Sendable {
        var os: String?
        var platform: Platform?
    }

    struct Platform: Equatable, Sendable {
        var arch: String?
        var cores: Int32?
    }

    struct Container: Equatable, Sendable {
        var image: String?
        var region: String?
    }
}

extension Job: AttributeRuntime.ProviderMappable {
    init(mapping reader: inout AttributeRuntime.ProviderReader) {
        self.init(
            accountId: reader.string(nil, attribute: "account_id"),
            name: reader.string("Name", attribute: "name"),
            count: reader.int32("Count", attribute: "count"),
            big: reader.int64("Big", attribute: "big"),
            enabled: reader.bool("Enabled", attribute: "enabled"),
            ratio: reader.double("Ratio", attribute: "ratio"),
            weight: reader.float("Weight", attribute: "weight"),
            created: reader.timestamp("Created", attribute: "created"),
            config: reader.structure("Config", attribute: "config", as: Config.self),
            ids: reader.stringList("Ids", attribute: "ids"),
            ports: reader.int32List("Ports", attribute: "ports"),
            labels: reader.stringMap("Labels", attribute: "labels"),
            containers: reader.structureList("Containers", attribute: "containers", as: Container.self),
            softDelete: reader.bool("properties.enableSoftDelete", attribute: "soft_delete"),
            vaultUri: reader.string("properties.vaultUri", attribute: "vault_uri"),
            tags: reader.stringList(nil, attribute: "tags")
        )
    }

    func write(to writer: inout AttributeRuntime.ProviderWriter) {
        writer.write(self.name, at: "Name")
        writer.write(self.count, at: "Count")
        writer.write(self.big, at: "Big")
        writer.write(self.enabled, at: "Enabled")
        writer.write(self.ratio, at: "Ratio")
        writer.write(self.weight, at: "Weight")
        writer.write(self.created, at: "Created")
        writer.write(self.config, at: "Config")
        writer.write(self.ids, at: "Ids")
        writer.write(self.ports, at: "Ports")
        writer.write(self.labels, at: "Labels")
        writer.write(self.containers, at: "Containers")
        writer.write(self.softDelete, at: "properties.enableSoftDelete")
        writer.write(self.vaultUri, at: "properties.vaultUri")
    }
}

extension Job.Config: AttributeRuntime.ProviderMappable {
    init(mapping reader: inout AttributeRuntime.ProviderReader) {
        self.init(
            os: reader.string("Os", attribute: "os"),
            platform: reader.structure("TargetPlatform", attribute: "platform", as: Job.Platform.self)
        )
    }

    func write(to writer: inout AttributeRuntime.ProviderWriter) {
        writer.write(self.os, at: "Os")
        writer.write(self.platform, at: "TargetPlatform")
    }
}

extension Job.Platform: AttributeRuntime.ProviderMappable {
    init(mapping reader: inout AttributeRuntime.ProviderReader) {
        self.init(
            arch: reader.string("Arch", attribute: "arch"),
            cores: reader.int32("Cores", attribute: "cores")
        )
    }

    func write(to writer: inout AttributeRuntime.ProviderWriter) {
        writer.write(self.arch, at: "Arch")
        writer.write(self.cores, at: "Cores")
    }
}

extension Job.Container: AttributeRuntime.ProviderMappable {
    init(mapping reader: inout AttributeRuntime.ProviderReader) {
        self.init(
            image: reader.string("Image", attribute: "image"),
            region: reader.string(nil, attribute: "region")
        )
    }

    func write(to writer: inout AttributeRuntime.ProviderWriter) {
        writer.write(self.image, at: "Image")
    }
}

/// A payload that fills every attribute of `Job` with a valid value.
let fullJobPayload = """
{
  "Name": "neo-job",
  "Count": 3,
  "Big": 9007199254740993,
  "Enabled": true,
  "Ratio": 0.25,
  "Weight": 0.1,
  "Created": 1795547102.557,
  "Config": {"Os": "LINUX", "TargetPlatform": {"Arch": "X86_64", "Cores": 8}},
  "Ids": ["sg-1", "sg-2"],
  "Ports": [80, 443],
  "Labels": {"team": "ml", "env": "prod"},
  "Containers": [{"Image": "img-0"}, {"Image": "img-1"}],
  "properties": {"enableSoftDelete": false, "vaultUri": "https://vault.example"}
}
"""

/// Maps `json` and returns the thrown errors, or an empty list when mapping succeeds.
func mappingErrors(_ json: String, context: MappingContext = .init(), options: MappingOptions = .init()) -> [MappingError] {
    do {
        _ = try Job(providerJSON: json, context: context, options: options)
        return []
    } catch {
        return error.errors
    }
}
