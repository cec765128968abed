import AttributeImport
import AttributeSpec
import Foundation
import Testing

/// Specs imported from real AWS models (the 57 shapes of `AttributeImportTests/Resources/broad_shapes.txt`)
/// generate Swift that compiles without a warning: one `swift build` of a consumer package that
/// holds them all and applies the build-tool plugin.
///
/// Part of the serialized end-to-end suite, so it shares the consumer package's folder and
/// `.build` (this package is compiled there once) and never builds at the same time.
extension BuildToolPluginEndToEndTests {
    static let importResources = ConsumerPackage.producerRoot.appendingPathComponent("Tests/AttributeImportTests/Resources")

    @Test func importedSpecsBuildWithoutWarnings() throws {
        let list = try String(contentsOf: Self.importResources.appendingPathComponent("broad_shapes.txt"), encoding: .utf8)
        let consumer = try ConsumerPackage()
        var models: [String: ProviderModel] = [:]
        var imported = 0
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
                outputFile: "Sources/Consumer/\(resource).yaml")
            let output = ImportPipeline.run(model: model, request: request)
            let yaml = try #require(output.yaml, "\(service) \(name): \(output.diagnostics)")
            try consumer.write(request.outputFile, yaml)
            imported += 1
        }
        #expect(imported >= 50)
        try consumer.write("Sources/Consumer/main.swift", "print(\"imported\")\n")

        let build = try consumer.build()
        #expect(build.status == 0, "build of the imported specs failed:\n\(build.output)")
        let warnings = build.output.split(separator: "\n").filter { $0.contains("warning:") }
        #expect(warnings.isEmpty, "warnings:\n\(warnings.joined(separator: "\n"))")
        #expect(try consumer.runProduct().output == "imported\n")
    }
}
