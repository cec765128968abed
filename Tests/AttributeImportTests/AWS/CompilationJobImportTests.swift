import Foundation
import Testing
@testable import AttributeImport
import AttributeSpec

/// The issue's done-when: importing `DescribeCompilationJob` reproduces the bundled spec.
///
/// The model is `Resources/Models/sagemaker.json` (and its gzip), botocore 1.43.11's
/// `sagemaker/2017-07-24/service-2.json.gz` trimmed by `make_resources.py` to the shapes the
/// tests need.
@Suite("Import: SageMaker DescribeCompilationJob")
struct CompilationJobImportTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let request = ImportRequest(
        root: .operation("DescribeCompilationJob"),
        resource: "aws_sagemaker_compilation_job",
        context: [ContextAttribute(name: "account_id", type: .string), ContextAttribute(name: "tags", type: .unorderedListString)],
        outputFile: "Spec/aws_sagemaker_compilation_job.yaml")

    /// The imported spec, loaded back from the YAML the import wrote.
    static func imported(_ model: String) throws -> Spec {
        let output = ImportPipeline.run(
            modelBytes: try ImportResources.bytes("Models/\(model)"), modelFile: "Models/\(model)", request: request)
        #expect(output.diagnostics.isEmpty, "\(output.diagnostics)")
        let yaml = try #require(output.yaml)
        return try #require(SpecFile.load(Array(yaml.utf8), file: request.outputFile).spec).spec
    }

    static func bundled() throws -> Spec {
        let bytes = [UInt8](try Data(contentsOf: repositoryRoot.appendingPathComponent("Spec/aws_sagemaker_compilation_job.yaml")))
        return try #require(SpecFile.load(bytes, file: "Spec/aws_sagemaker_compilation_job.yaml").spec).spec
    }

    /// Name, type and provider name of every attribute and nested field, depth first.
    static func outline(_ attributes: [Attribute], prefix: String = "") -> [String] {
        attributes.flatMap { attribute in
            ["\(prefix)\(attribute.name.value) \(attribute.type.value.rawValue) \(attribute.providerName?.value ?? "-")"]
                + outline(attribute.fields ?? [], prefix: prefix + attribute.name.value + ".")
        }
    }

    /// Text compared "ignoring line breaks, code-span backticks and curly versus straight apostrophes".
    static func comparable(_ text: String) -> String {
        text.replacingOccurrences(of: "`", with: "")
            .replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
            .split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    /// The seed page's top-level entries: `name` / `Type: T` / `Provider name: P` / `Description: …`.
    static func seedDescriptions() throws -> [String: String] {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("Tests/Fixtures/seed/aws_sagemaker_compilation_job.txt"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var descriptions: [String: String] = [:]
        var index = 0
        while index + 1 < lines.count {
            guard lines[index + 1].hasPrefix("Type: "), !lines[index].isEmpty else {
                index += 1
                continue
            }
            // The page's residue sometimes sticks to a name (`.model_digests`): keep the snake_case tail.
            let name = String(lines[index].reversed().prefix { $0.isLowercase || $0.isNumber || $0 == "_" }.reversed())
            index += 2
            if index < lines.count, lines[index].hasPrefix("Provider name: ") { index += 1 }
            guard index < lines.count, lines[index].hasPrefix("Description: ") else { continue }
            var description = [String(lines[index].dropFirst(13))]
            index += 1
            // The description runs until a nested field (`name` / TYPE) or the next entry.
            while index + 1 < lines.count, !lines[index + 1].hasPrefix("Type: "), !SeedTypes.names.contains(lines[index + 1]) {
                description.append(lines[index])
                index += 1
            }
            descriptions[name] = description.joined(separator: " ")
        }
        return descriptions
    }

    enum SeedTypes {
        static let names: Set<String> = Set(AttributeType.allCases.map(\.rawValue))
    }

    @Test(arguments: ["sagemaker.json", "sagemaker.json.gz"])
    func reproducesTheBundledSpec(_ model: String) throws {
        let imported = try Self.imported(model)
        let bundled = try Self.bundled()
        #expect(imported.resource.value == bundled.resource.value)
        let importedOutline = Self.outline(imported.attributes)
        let bundledOutline = Self.outline(bundled.attributes)
        #expect(importedOutline == bundledOutline)
        #expect(imported.attributes.count == 20)
        #expect(importedOutline.count - imported.attributes.count == 20)
        for (mine, theirs) in zip(imported.attributes, bundled.attributes) {
            #expect(Self.comparable(mine.description?.value ?? "") == Self.comparable(theirs.description?.value ?? ""), "\(mine.name.value)")
        }
    }

    @Test func topLevelDescriptionsMatchTheSeedPageWordForWord() throws {
        let imported = try Self.imported("sagemaker.json.gz")
        let seed = try Self.seedDescriptions()
        #expect(seed.count == 18)
        for attribute in imported.attributes where attribute.providerName != nil {
            let page = try #require(seed[attribute.name.value], "\(attribute.name.value) is not on the seed page")
            #expect(Self.comparable(attribute.description?.value ?? "") == Self.comparable(page), "\(attribute.name.value)")
        }
    }
}
