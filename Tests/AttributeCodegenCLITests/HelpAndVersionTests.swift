import Foundation
import Testing
@testable import AttributeCodegenCLI

/// `--version`, `help <command>`, and "did you mean" for misspelled commands and options.
@Suite("Help and version")
struct HelpAndVersionTests {
    @Test("--version prints the tool's version")
    func version() {
        let result = runTool(["--version"])
        #expect(result.status == 0)
        #expect(result.output == "attribute-codegen \(Tool.version)\n")
        #expect(result.error == "")
    }

    @Test("help alone is the tool's help")
    func helpAlone() {
        let help = runTool(["help"])
        #expect(help.status == 0)
        #expect(help.output == runTool(["--help"]).output)
        #expect(help.output.contains("--version"))
        #expect(help.output.contains("Run 'attribute-codegen help <command>'"))
    }

    @Test("help import lists the types a context attribute may have")
    func helpImportListsTheTypes() {
        let help = runTool(["help", "import"])
        #expect(help.output.contains("""
              --context <name>:<TYPE> An attribute the caller supplies at mapping time (repeatable),
                                      e.g. account_id:STRING. <TYPE> is one of
                                      \(contextTypes)

            """), "\(help.output)")
    }

    @Test("help <command> is that command's --help", arguments: ["generate", "check", "lint", "normalize", "import"])
    func helpCommand(command: String) {
        let help = runTool(["help", command])
        #expect(help.status == 0)
        #expect(help.output == runTool([command, "--help"]).output)
        #expect(help.output.contains("USAGE: attribute-codegen \(command)"))
    }

    @Test("misspelled commands and options get a suggestion", arguments: [
        (["help", "lnt"], "error: unknown command 'lnt'; did you mean 'lint'?\nrun 'attribute-codegen --help' for usage\n"),
        (["hepl"], "error: unknown command 'hepl'; did you mean 'help'?\nrun 'attribute-codegen --help' for usage\n"),
        (["help", "lint", "extra"], "error: unexpected argument 'extra'; help takes one command\nrun 'attribute-codegen --help' for usage\n"),
        (["--verison"], "error: unknown option '--verison'; did you mean '--version'?\nrun 'attribute-codegen --help' for usage\n"),
        (["generate", "--ouput", "Out"], "error: unknown option '--ouput'; did you mean '--output'?\nrun 'attribute-codegen generate --help' for usage\n"),
        (["check", "--acess-level=package"], "error: unknown option '--acess-level'; did you mean '--access-level'?\nrun 'attribute-codegen check --help' for usage\n"),
        (["generate", "--swiftonly"], "error: unknown option '--swiftonly'; did you mean '--swift-only'?\nrun 'attribute-codegen generate --help' for usage\n"),
        (["lint", "--hlep"], "error: unknown option '--hlep'; did you mean '--help'?\nrun 'attribute-codegen lint --help' for usage\n"),
        (["normalize", "--frobnicate"], "error: unknown option '--frobnicate'\nrun 'attribute-codegen normalize --help' for usage\n"),
    ])
    func suggestions(arguments: [String], expected: String) {
        let result = runTool(arguments)
        #expect(result.status == 2)
        #expect(result.error == expected)
        #expect(result.output == "")
    }
}

/// The release basics agree with each other: the version, the README's dependency line, the
/// CHANGELOG, the license, the Swift Package Index manifest and the platforms.
@Suite("Release basics")
struct ReleaseTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test("the README's dependency line follows main (there is no tag yet) and names the version the first tag will be")
    func readmeNamesTheVersion() throws {
        let readme = try Self.read("README.md")
        #expect(readme.contains(#".package(url: "https://github.com/attribute-codegen/attribute-codegen", branch: "main"),"#))
        #expect(!readme.contains(#"attribute-codegen", from:"#), "a from: line does not resolve until a tag exists")
        #expect(readme.contains("`MAJOR.MINOR.PATCH` without a `v` (the first `\(Tool.version)`"))
        #expect(readme.contains("`from: \"\(Tool.version)\"` in place of `branch: \"main\"`"))
    }

    @Test("the CHANGELOG's latest released entry is the tool's version")
    func changelogNamesTheVersion() throws {
        // Changes not yet released gather under "## Unreleased", above the latest version.
        let headings = try Self.read("CHANGELOG.md").split(separator: "\n").filter { $0.hasPrefix("## ") && $0 != "## Unreleased" }
        #expect(headings.first == "## \(Tool.version)")
    }

    @Test("the license is Apache 2.0, and the package says which platforms it supports")
    func licenseAndPlatforms() throws {
        let license = try Self.read("LICENSE")
        #expect(license.contains("Apache License"))
        #expect(license.contains("Version 2.0, January 2004"))
        #expect(license.contains("END OF TERMS AND CONDITIONS"))
        let manifest = try Self.read("Package.swift")
        for platform in [".macOS(.v10_15)", ".iOS(.v13)", ".tvOS(.v13)", ".watchOS(.v6)", ".visionOS(.v1)"] {
            #expect(manifest.contains(platform), "Package.swift does not declare \(platform)")
            #expect(try Self.read("README.md").contains(Self.readmeName(platform)), "the README does not state \(platform)")
        }
    }

    @Test("the Swift Package Index builds the runtime's documentation")
    func spiManifest() throws {
        let spi = try Self.read(".spi.yml")
        #expect(spi.contains("version: 1"))
        #expect(spi.contains("documentation_targets: [AttributeRuntime]"))
    }

    /// `.macOS(.v10_15)` → `macOS 10.15`.
    static func readmeName(_ platform: String) -> String {
        let name = platform.dropFirst().prefix { $0 != "(" }
        let version = platform.split(separator: ".v").last.map { $0.dropLast().replacingOccurrences(of: "_", with: ".") } ?? ""
        return "\(name) \(version)"
    }
}
