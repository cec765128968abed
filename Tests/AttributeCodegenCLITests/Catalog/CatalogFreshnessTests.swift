import Foundation
import Testing
@testable import AttributeCodegenCLI

/// The package's own catalog: `Generated/` must hold exactly what `generate` writes from `Spec/`.
@Suite("Checked-in catalog")
struct CatalogFreshnessTests {
    /// The package root, found from this file so the test runs from any working directory.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    @Test("Generated/ is what generate would write from Spec/")
    func generatedIsCurrent() {
        let root = Self.packageRoot
        let result = runTool([
            "check", root + "/Spec",
            "--output", root + "/Generated",
            "--config", root + "/attribute-codegen.yaml",
        ])
        #expect(
            result.status == 0,
            """
            Generated/ is stale. Regenerate it with `swift run attribute-codegen generate` (or \
            `swift package --allow-writing-to-package-directory generate-attribute-code`) and commit it.
            \(result.output)\(result.error)
            """
        )
    }

    @Test("the catalog has a Swift file and a docs page per spec, and the docs index")
    func catalogContents() throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: Self.packageRoot + "/Generated").sorted()
        #expect(files.contains("aws_sagemaker_compilation_job.swift"))
        #expect(files.contains("Docs/aws_sagemaker_compilation_job.md"))
        #expect(files.contains("Docs/README.md"))
    }
}
