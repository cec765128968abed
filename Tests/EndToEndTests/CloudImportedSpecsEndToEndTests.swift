import AttributeImport
import AttributeSpec
import Foundation
import Testing

/// Specs imported from Google Cloud discovery documents and Azure OpenAPI documents (the tables
/// of `AttributeImportTests/Resources/cloud_broad.txt`) generate Swift that compiles without a
/// warning in one `swift build` of the README's consumer package; its executable then maps two
/// real payloads provider → value → provider in strict mode: a compute `firewalls.get` response
/// (`GCP/firewall.response.json`) and the Key Vault document's own `getVault` example response.
///
/// Nothing may be lost on the way back: the payload written from the value must equal the
/// original, key for key, with one stated allowance: a timestamp comes back in the runtime's
/// form (UTC, milliseconds), so two timestamp strings are equal when they name the same instant.
extension BuildToolPluginEndToEndTests {
    @Test func cloudImportedSpecsBuildAndMapLosslessly() throws {
        let list = try String(contentsOf: Self.importResources.appendingPathComponent("cloud_broad.txt"), encoding: .utf8)
        let consumer = try ConsumerPackage()
        var models: [String: ProviderModel] = [:]
        var typeNames: [String: String] = [:]
        var order: [String] = []
        let loadFile: (String) -> [UInt8]? = { path in (try? Data(contentsOf: URL(fileURLWithPath: path))).map { [UInt8]($0) } }
        for line in list.split(separator: "\n") {
            let parts = line.split(separator: "#", omittingEmptySubsequences: false)[0].split(separator: " ").map(String.init)
            guard parts.count == 4, let provider = ImportProvider(rawValue: parts[0]) else { continue }
            let document = parts[1]
            let name = parts[3]
            let path = Self.importResources.appendingPathComponent((provider == .gcp ? "GCP/" : "Azure/") + document).path
            if models[document] == nil {
                let read = ImportPipeline.read(provider, modelBytes: loadFile(path) ?? [], modelFile: path, loadFile: loadFile)
                let model = try #require(read.model, "\(document): \(read.diagnostics)")
                models[document] = model
            }
            let model = try #require(models[document])
            let service = provider == .gcp ? String(document.split(separator: ".")[0]) : String(document.split(separator: "/")[1]).lowercased()
            let resource = "\(provider.rawValue)_\(service)_" + (SnakeCaseNaming.snakeCase(name.replacingOccurrences(of: ".", with: "_")) ?? name)
            let isShape = parts[2] == "schema" || parts[2] == "definition"
            let request = ImportRequest(root: isShape ? .shape(name) : .operation(name), resource: resource, outputFile: Self.specFolder + resource + ".yaml")
            let output = ImportPipeline.run(model: model, request: request)
            let yaml = try #require(output.yaml, "\(document) \(name): \(output.diagnostics)")
            let loaded = SpecFile.load(Array(yaml.utf8), file: request.outputFile)
            typeNames[resource] = try #require(loaded.spec?.typeName, "\(loaded.diagnostics)")
            order.append(resource)
            try consumer.write(request.outputFile, yaml)
        }
        #expect(order.count >= 30)
        let firewall = try #require(typeNames["gcp_compute_firewall"])
        let vault = try #require(typeNames["azure_keyvault_vault"])
        let firewallPayload = Self.importResources.appendingPathComponent("GCP/firewall.response.json").path
        let vaultExample = Self.importResources
            .appendingPathComponent("Azure/specification/keyvault/resource-manager/Microsoft.KeyVault/stable/2021-10-01/examples/getVault.json").path
        try consumer.write("Sources/InventoryModels/Exports.swift", try ConsumerPackage.readmeFile("Sources/InventoryModels/Exports.swift"))
        try consumer.write("Sources/Inventory/main.swift", """
            import Foundation
            import InventoryModels

            let tables: [any ProviderMappable.Type] = [
            \(order.map { "    \(typeNames[$0] ?? $0).self," }.joined(separator: "\n"))
            ]
            print("imported \\(tables.count) tables")

            /// Where two provider payloads differ; timestamps are equal when they name the same instant.
            func differences(_ original: JSONValue, _ written: JSONValue, at path: String) -> [String] {
                switch (original, written) {
                case (.object(let a), .object(let b)):
                    var found: [String] = []
                    for key in Set(a.keys).union(b.keys).sorted() {
                        guard let left = a[key] else { found.append("\\(path).\\(key) was added"); continue }
                        guard let right = b[key] else { found.append("\\(path).\\(key) was lost"); continue }
                        found += differences(left, right, at: path + "." + key)
                    }
                    return found
                case (.array(let a), .array(let b)):
                    guard a.count == b.count else { return ["\\(path) has \\(b.count) elements, not \\(a.count)"] }
                    return zip(a, b).enumerated().flatMap { differences($0.element.0, $0.element.1, at: "\\(path)[\\($0.offset)]") }
                case (.string(let a), .string(let b)):
                    if a == b { return [] }
                    if let x = Timestamp.date(rfc3339: a), let y = Timestamp.date(rfc3339: b), x == y { return [] }
                    return ["\\(path): \\(a) became \\(b)"]
                case (.number(let a), .number(let b)):
                    return a.text == b.text || (a.doubleValue != nil && a.doubleValue == b.doubleValue) ? [] : ["\\(path): \\(a) became \\(b)"]
                default:
                    return original == written ? [] : ["\\(path): \\(original) became \\(written)"]
                }
            }

            func roundTrip<T: ProviderMappable & Equatable>(_ type: T.Type, _ payload: JSONValue, _ label: String) {
                do {
                    let value = try T(providerValue: payload, options: MappingOptions(strict: true))
                    let written = value.providerValue()
                    let again = try T(providerValue: written, options: MappingOptions(strict: true))
                    let lost = differences(payload, written, at: label)
                    print("\\(label): \\(lost.isEmpty && again == value ? "lossless" : "LOST " + lost.joined(separator: "; "))")
                } catch {
                    print("\\(label): mapping failed: \\(error)")
                }
            }

            func load(_ path: String) -> JSONValue {
                guard let data = FileManager.default.contents(atPath: path), let value = try? JSONValue(parsing: [UInt8](data)) else {
                    print("cannot read \\(path)")
                    return .null
                }
                return value
            }

            roundTrip(\(firewall).self, load(\(String(reflecting: firewallPayload))), "firewall")
            let example = load(\(String(reflecting: vaultExample)))
            roundTrip(\(vault).self, example["responses"]?["200"]?["body"] ?? .null, "vault")

            """)

        let build = try consumer.build()
        #expect(build.status == 0, "build of the imported specs failed:\n\(build.output)")
        let warnings = build.output.split(separator: "\n").filter { $0.contains("warning:") }
        #expect(warnings.isEmpty, "warnings:\n\(warnings.joined(separator: "\n"))")
        let run = try consumer.runProduct()
        #expect(run.output == "imported \(order.count) tables\nfirewall: lossless\nvault: lossless\n", "\(run.output)")
    }
}
