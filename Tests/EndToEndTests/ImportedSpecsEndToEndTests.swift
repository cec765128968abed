import AttributeImport
import AttributeSpec
import Foundation
import Testing

/// Specs imported from real AWS models (the 57 shapes of `AttributeImportTests/Resources/broad_shapes.txt`)
/// generate Swift that compiles without a warning: one `swift build` of the README's consumer
/// package, with every imported spec in its models target's `Spec/` folder beside the README's
/// `Exports.swift`, and an executable that names each generated table type.
///
/// Part of the serialized end-to-end suite, so it shares the consumer package's folder and
/// `.build` (this package is compiled there once) and never builds at the same time.
extension BuildToolPluginEndToEndTests {
    static let importResources = ConsumerPackage.producerRoot.appendingPathComponent("Tests/AttributeImportTests/Resources")

    @Test func importedSpecsBuildWithoutWarnings() throws {
        let list = try String(contentsOf: Self.importResources.appendingPathComponent("broad_shapes.txt"), encoding: .utf8)
        let consumer = try ConsumerPackage()
        var models: [String: ProviderModel] = [:]
        var typeNames: [String] = []
        for line in list.split(separator: "\n") {
            let parts = line.split(separator: "#", omittingEmptySubsequences: false)[0].split(separator: " ").map(String.init)
            guard parts.count == 3 else { continue }
            let (service, name) = (parts[0], parts[2])
            if models[service] == nil {
                let bytes = [UInt8](try Data(contentsOf: Self.importResources.appendingPathComponent("Models/\(service).json.gz")))
                let read = AWSModelReader.read(bytes, file: "\(service).json.gz")
                let model = try #require(read.model, "\(read.diagnostics)")
                models[service] = model
            }
            let model = try #require(models[service])
            let resource = "aws_\(service)_" + (SnakeCaseNaming.snakeCase(name) ?? name)
            let request = ImportRequest(
                root: parts[1] == "shape" ? .shape(name) : .operation(name), resource: resource,
                context: [ContextAttribute(name: "account_id", type: .string)],
                outputFile: Self.specFolder + resource + ".yaml")
            let output = ImportPipeline.run(model: model, request: request)
            let yaml = try #require(output.yaml, "\(service) \(name): \(output.diagnostics)")
            // The type the generated file declares, as the validator names it (acronyms and all).
            let loaded = SpecFile.load(Array(yaml.utf8), file: request.outputFile)
            typeNames.append(try #require(loaded.spec?.typeName, "\(loaded.diagnostics)"))
            try consumer.write(request.outputFile, yaml)
        }
        #expect(typeNames.count >= 50)
        #expect(typeNames.contains("AWSEC2Instance"))
        try consumer.write("Sources/InventoryModels/Exports.swift", try ConsumerPackage.readmeFile("Sources/InventoryModels/Exports.swift"))
        try consumer.write("Sources/Inventory/main.swift", """
            import InventoryModels

            let tables: [any ProviderMappable.Type] = [
            \(typeNames.map { "    \($0).self," }.joined(separator: "\n"))
            ]
            print("imported \\(tables.count) tables")

            """)

        let build = try consumer.build()
        #expect(build.status == 0, "build of the imported specs failed:\n\(build.output)")
        let warnings = build.output.split(separator: "\n").filter { $0.contains("warning:") }
        #expect(warnings.isEmpty, "warnings:\n\(warnings.joined(separator: "\n"))")
        #expect(try consumer.runProduct().output == "imported \(typeNames.count) tables\n")
    }
}
