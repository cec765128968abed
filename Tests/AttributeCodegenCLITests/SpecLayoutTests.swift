import Foundation
import Testing

/// Run at the root of a package whose specs live in `Sources/<Target>/Spec/` (the build-tool
/// plugin's layout), every command finds them and the target's configuration file, as the build
/// does.
@Suite("Spec layout: the build-tool plugin's")
struct SpecLayoutTests {
    static let spec = """
        resource: t
        attributes:
          - name: a
            type: STRING
            provider_name: A

        """

    static func pluginPackage() throws -> String {
        try makeFolder([
            "Sources/Models/Spec/t.yaml": spec,
            "Sources/Models/Exports.swift": "@_exported import AttributeRuntime\n",
            "Sources/Models/payload.json": #"{"A": "x"}"#,
            "Sources/Models/attribute-codegen.yaml": "access_level: package\n",
        ])
    }

    @Test("lint and check find the target's specs, with its configuration; generate says the build generates them")
    func lintCheckGenerate() throws {
        let root = try Self.pluginPackage()
        defer { removeFolder(root) }
        let lint = try ExecutableTests.run(["lint"], in: root)
        #expect(lint.status == 0, "\(lint.error)")
        #expect(lint.output == "1 spec checked, no problems\n")

        let check = try ExecutableTests.run(["check"], in: root)
        #expect(check.status == 0, "\(check.error)")
        #expect(check.output == "nothing checked in: Sources/Models/Spec/ is generated at build time by the build-tool plugin; 1 spec without errors\n")
        #expect(!FileManager.default.fileExists(atPath: root + "/Generated"))

        let generate = try ExecutableTests.run(["generate"], in: root)
        #expect(generate.status == 2)
        #expect(generate.error == """
            error: nothing to generate here: Sources/Models/Spec/ is generated at build time by the build-tool plugin ('swift build'); \
            to write its files anyway, name the folder and --output
            run 'attribute-codegen generate --help' for usage

            """)

        // The target's configuration applies when the folder is named, too.
        let named = try ExecutableTests.run(["generate", "Sources/Models/Spec", "--output", "Out", "--quiet"], in: root)
        #expect(named.status == 0, "\(named.error)")
        let swift = try String(contentsOfFile: root + "/Out/t.swift", encoding: .utf8)
        #expect(swift.contains("\npackage struct T: "), "the target's configuration was not applied:\n\(swift)")

        // A spec error in the target fails check as it would fail the build.
        try Data("resource: t\nattributes:\n  - name: a\n    type: STRNG\n".utf8).write(to: URL(fileURLWithPath: root + "/Sources/Models/Spec/t.yaml"))
        let broken = try ExecutableTests.run(["check"], in: root)
        #expect(broken.status == 1)
        #expect(broken.error == "Sources/Models/Spec/t.yaml:4:11: error: unknown type 'STRNG'\nSources/Models/Spec/t.yaml:4:11: note: did you mean 'STRING'?\n")
    }

    @Test("breaking --against-git compares the target's specs and its configuration's access level")
    func breakingReadsTheTargetsConfiguration() throws {
        let root = try Self.pluginPackage()
        defer { removeFolder(root) }
        try BreakingGitTests.git(["init", "-q"], in: root)
        try BreakingGitTests.git(["config", "user.name", "Layout Test"], in: root)
        try BreakingGitTests.git(["config", "user.email", "layout@example.com"], in: root)
        try BreakingGitTests.git(["add", "-A"], in: root)
        try BreakingGitTests.git(["commit", "-q", "-m", "baseline"], in: root)

        let clean = try BreakingGitTests.tool(["breaking", "--against-git", "HEAD"], in: root)
        #expect(clean.status == 0, "\(clean.error)")
        #expect(clean.output == "no breaking changes in 1 spec against HEAD\n")

        try Data("access_level: internal\n".utf8).write(to: URL(fileURLWithPath: root + "/Sources/Models/attribute-codegen.yaml"))
        let expected = """
            Sources/Models/attribute-codegen.yaml:1:15: error: access level narrowed from package to internal [ACCESS_LEVEL_NARROWED]
            HEAD:Sources/Models/attribute-codegen.yaml:1:15: note: the baseline's access level was package

            """
        let narrowed = try BreakingGitTests.tool(["breaking", "--against-git", "HEAD"], in: root)
        #expect(narrowed.status == 1)
        #expect(narrowed.error == expected)
        #expect(narrowed.output == "1 breaking change in 1 spec against HEAD\n")

        // Given the folder, the same.
        let named = try BreakingGitTests.tool(["breaking", "Sources/Models/Spec", "--against-git", "HEAD"], in: root)
        #expect(named.status == 1)
        #expect(named.error == expected.replacingOccurrences(of: "Sources/Models/Spec/", with: "Sources/Models/Spec"))
    }

    @Test("two targets' specs: check names both")
    func twoTargets() throws {
        let root = try makeFolder([
            "Sources/A/Spec/t.json": validJSONSpec("t"),
            "Tests/BTests/Spec/u.json": validJSONSpec("u"),
        ])
        defer { removeFolder(root) }
        let check = try ExecutableTests.run(["check"], in: root)
        #expect(check.status == 0, "\(check.error)")
        #expect(check.output == "nothing checked in: Sources/A/Spec/, Tests/BTests/Spec/ are generated at build time by the build-tool plugin; 2 specs without errors\n")
    }

    @Test("the root's Spec/ and a target's Spec/ each have their own configuration")
    func twoLayoutsInOnePackage() throws {
        let root = try makeFolder([
            "Spec/t.yaml": Self.spec,
            "attribute-codegen.yaml": "acronyms: literal\n",
            "Sources/Models/Spec/u.json": validJSONSpec("u"),
            "Sources/Models/attribute-codegen.yml": "acronyms: literall\n",
        ])
        defer { removeFolder(root) }
        let lint = try ExecutableTests.run(["lint"], in: root)
        #expect(lint.status == 1)
        #expect(lint.error.hasPrefix("Sources/Models/attribute-codegen.yml:1:11: error: "), "\(lint.error)")
        #expect(lint.output == "2 specs checked, 1 error\n")

        // generate and check write the root's specs only: the target's are the build's.
        let generate = try ExecutableTests.run(["generate", "--quiet"], in: root)
        #expect(generate.status == 0, "\(generate.error)")
        #expect(FileManager.default.fileExists(atPath: root + "/Generated/t.swift"))
        #expect(!FileManager.default.fileExists(atPath: root + "/Generated/u.swift"))

        let mixed = try ExecutableTests.run(["generate", "Spec", "Sources/Models/Spec"], in: root)
        #expect(mixed.status == 2)
        #expect(mixed.error == """
            error: the paths have different configuration folders (./, Sources/Models/); run once per folder, or name one file with --config
            run 'attribute-codegen generate --help' for usage

            """)
    }
}

/// `--docs-output`: the Markdown apart from the Swift, so that checked-in Swift can live in a
/// target's folder, where SwiftPM would warn about Markdown files.
@Suite("Docs output folder")
struct DocsOutputTests {
    @Test("generate writes the Swift and the Markdown into their folders; check compares both; nested folders are refused")
    func docsOutput() throws {
        let root = try makeFolder(["Spec/t.json": validJSONSpec("t")])
        defer { removeFolder(root) }
        let arguments = ["--output", "Sources/M/Generated", "--docs-output", "Docs"]
        let generated = try ExecutableTests.run(["generate"] + arguments, in: root)
        #expect(generated.status == 0, "\(generated.error)")
        #expect(generated.output == "wrote 3 files, 0 unchanged, removed 0\n")
        let fileManager = FileManager.default
        #expect(fileManager.fileExists(atPath: root + "/Sources/M/Generated/t.swift"))
        #expect(!fileManager.fileExists(atPath: root + "/Sources/M/Generated/Docs"))
        #expect(fileManager.fileExists(atPath: root + "/Docs/t.md"))
        #expect(fileManager.fileExists(atPath: root + "/Docs/README.md"))

        let fresh = try ExecutableTests.run(["check"] + arguments, in: root)
        #expect(fresh.status == 0, "\(fresh.error)")
        #expect(fresh.output == "Sources/M/Generated and Docs are up to date (3 files)\n")
        try fileManager.removeItem(atPath: root + "/Docs/t.md")
        let stale = try ExecutableTests.run(["check"] + arguments, in: root)
        #expect(stale.status == 1)
        #expect(stale.output.hasPrefix("--- /dev/null\n+++ b/Docs/t.md\n"), "\(stale.output)")
        #expect(stale.output.hasSuffix("Sources/M/Generated and Docs are stale: 1 file(s) differ; run 'attribute-codegen generate' (or 'swift package --allow-writing-to-package-directory generate-attribute-code')\n"))

        let nested = try ExecutableTests.run(["generate", "--output", "Out", "--docs-output", "Out/Docs"], in: root)
        #expect(nested.status == 2)
        #expect(nested.error == "error: --docs-output 'Out/Docs' and --output 'Out' must not be one inside the other\nrun 'attribute-codegen generate --help' for usage\n")
    }
}
