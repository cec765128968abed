import Foundation
import Testing
@testable import AttributeCodegen
import AttributeSpec

@Suite("Generator pipeline")
struct GeneratorPipelineTests {
    /// The package root, found from this file so tests run from any working directory.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let specsFolder = packageRoot.appendingPathComponent("Tests/AttributeCodegenTests/Specs")
    static let referencesFolder = packageRoot.appendingPathComponent("Tests/GeneratedCodeTests/References")
    /// Markdown references live beside these tests: the compiled target holds Swift only.
    static let docsReferencesFolder = packageRoot.appendingPathComponent("Tests/AttributeCodegenTests/References")

    /// Specs rendered with another access level than the default.
    static let accessLevels: [String: AccessLevel] = ["codegen_package_access": .package]

    /// Every golden spec. The bundled table's references are the checked-in `Generated/` folder
    /// itself, which the catalog test compares byte for byte with a fresh run.
    static var goldenSpecs: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: specsFolder.path)) ?? []
        return names.sorted().map { specsFolder.appendingPathComponent($0) }
    }

    private func generate(_ spec: URL) throws -> GeneratorResult {
        let bytes = try [UInt8](Data(contentsOf: spec))
        let table = spec.deletingPathExtension().lastPathComponent
        let options = GeneratorOptions(accessLevel: Self.accessLevels[table] ?? .public, documentation: true)
        return GeneratorPipeline.run(specBytes: bytes, file: "Specs/\(spec.lastPathComponent)", options: options)
    }

    @Test("output file names depend on the spec's file name only", arguments: [
        ("aws_x.yaml", "aws_x.swift"),
        ("dir/sub/aws_x.yml", "aws_x.swift"),
        ("/abs/aws_x.json", "aws_x.swift"),
        ("aws_x", "aws_x.swift"),
        ("a.b/aws_x", "aws_x.swift"),
    ])
    func fileNames(spec: String, expected: String) {
        #expect(GeneratorPipeline.swiftFileName(forSpecFile: spec) == expected)
    }

    @Test("there are golden specs to check")
    func goldenSpecsExist() {
        #expect(Self.goldenSpecs.count >= 5)
    }

    @Test("generated Swift and Markdown match the reference files byte for byte", arguments: goldenSpecs)
    func golden(spec: URL) throws {
        let result = try generate(spec)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        #expect(result.files.map { ($0.path as NSString).pathExtension } == ["swift", "md"])
        for file in result.files {
            try compareWithReference(file)
        }
    }

    @Test("the docs index over every golden spec matches its reference")
    func goldenIndex() throws {
        let inputs = try Self.goldenSpecs.map { SpecInput(bytes: try [UInt8](Data(contentsOf: $0)), file: $0.lastPathComponent) }
        let result = GeneratorPipeline.run(specs: inputs, options: GeneratorOptions(documentation: true))
        #expect(result.diagnostics.isEmpty)
        let index = try #require(result.files.last)
        #expect(index.path == "Docs/README.md")
        try compareWithReference(index)
    }

    /// The golden specs' key columns, as a configuration's `key_columns` would name them.
    static let keyColumns: [String: [Located<String>]] = [
        "codegen_store_keywords": [Located("key", at: SourceLocation(file: "attribute-codegen.yaml", line: 1, column: 1))],
        "codegen_keywords": [
            Located("default", at: SourceLocation(file: "attribute-codegen.yaml", line: 1, column: 1)),
            Located("init", at: SourceLocation(file: "attribute-codegen.yaml", line: 1, column: 1)),
        ],
    ]

    @Test("JSON Schema and SQL outputs match the reference files byte for byte", arguments: goldenSpecs)
    func goldenStoreOutputs(spec: URL) throws {
        let bytes = try [UInt8](Data(contentsOf: spec))
        var options = GeneratorOptions(accessLevel: .public, documentation: false)
        options.storeOutputs = Set(StoreOutput.allCases)
        options.keyColumns = Self.keyColumns
        let result = GeneratorPipeline.run(specBytes: bytes, file: "Specs/\(spec.lastPathComponent)", options: options)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let stem = spec.deletingPathExtension().lastPathComponent
        #expect(result.files.map(\.path) == [
            "\(stem).swift", "Schema/\(stem).schema.json", "SQL/\(stem).postgresql.sql", "SQL/\(stem).sqlite.sql",
        ])
        for file in result.files.dropFirst() {
            try compareWithReference(file)
        }
    }

    @Test("without outputs in the configuration, a run writes the Swift and Markdown it always did")
    func noStoreOutputsByDefault() throws {
        let spec = try #require(Self.goldenSpecs.first)
        let result = try generate(spec)
        #expect(result.files.count == 2)
        #expect(!result.files.contains { $0.path.hasPrefix("SQL/") || $0.path.hasPrefix("Schema/") })
    }

    private func compareWithReference(_ file: GeneratedFile) throws {
        let folder = file.path.hasSuffix(".swift") ? Self.referencesFolder : Self.docsReferencesFolder
        let reference = folder.appendingPathComponent(file.path)
        if ProcessInfo.processInfo.environment["RECORD_REFERENCES"] == "1" {
            try FileManager.default.createDirectory(at: reference.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: reference)
            return
        }
        let expected = (try? [UInt8](Data(contentsOf: reference))) ?? []
        let diff = UnifiedDiff.unified(old: expected, new: Array(file.contents.utf8), oldName: file.path, newName: file.path)
        if !diff.isEmpty {
            Issue.record("\(file.path) differs from its reference (RECORD_REFERENCES=1 swift test rewrites it):\n\(diff)")
        }
    }

    @Test("two runs produce the same bytes", arguments: goldenSpecs)
    func deterministic(spec: URL) throws {
        let first = try generate(spec)
        let second = try generate(spec)
        #expect(first.files == second.files)
        #expect(!first.files.isEmpty)
    }

    @Test("a spec with errors produces diagnostics and no file")
    func invalidSpec() {
        let result = GeneratorPipeline.run(specBytes: Array("resource: [".utf8), file: "bad.yaml", options: GeneratorOptions())
        #expect(result.files.isEmpty)
        #expect(result.diagnostics.containsErrors)
        #expect(result.diagnostics.allSatisfy { $0.location?.file == "bad.yaml" || $0.location == nil })
    }

    @Test("a set of specs, generated on every core, gives each spec's own files and diagnostics in the given order")
    func concurrentSetMatchesOneByOne() throws {
        let golden = try Self.goldenSpecs.map { SpecInput(bytes: try [UInt8](Data(contentsOf: $0)), file: $0.lastPathComponent) }
        // Many inputs, so several run at once; failing ones in between, whose diagnostics must
        // stay in place, and no index, since a spec failed.
        var inputs: [SpecInput] = []
        for round in 0..<12 {
            inputs += golden
            inputs.append(SpecInput(bytes: Array("resource: [\(round)".utf8), file: "broken_\(round).yaml"))
        }
        let options = GeneratorOptions(documentation: true)
        let combined = GeneratorPipeline.run(specs: inputs, options: options)
        let oneByOne = inputs.map { GeneratorPipeline.run(specBytes: $0.bytes, file: $0.file, options: options) }
        #expect(combined.files == oneByOne.flatMap(\.files))
        #expect(combined.diagnostics.map(\.description) == oneByOne.flatMap(\.diagnostics).map(\.description))
        #expect(combined.diagnostics.containsErrors)
        #expect(!combined.files.contains { $0.path == "Docs/README.md" })
        #expect(combined.files.count == 12 * golden.count * 2)
    }
}
