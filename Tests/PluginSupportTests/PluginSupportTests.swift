import Foundation
import Testing

/// The plugins' own part of the shared files (`Plugins/PluginsShared/PluginSupport.swift`),
/// compiled here as the plugins compile it, through symlinks and without `AttributeSpec`, which
/// does not compile it.
@Suite("Plugin support")
struct PluginSupportTests {
    @Test("arguments that name paths replace the default Spec/", arguments: [
        ([], false),
        (["--output", "Out"], false),
        (["-o", "Out", "--config", "c.yml", "--access-level", "package"], false),
        (["--quiet"], false),
        (["Spec/a.yaml"], true),
        (["--output", "Out", "Models"], true),
        (["--", "-odd-name.yaml"], true),
        (["--"], false),
        (["--output=Out"], false),
    ])
    func argumentsNamePaths(arguments: [String], expected: Bool) {
        #expect(CodegenFileRules.argumentsNamePaths(arguments) == expected)
    }

    @Test("the README's Exports.swift is the one the command plugin writes")
    func readmeExportsFile() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let block = "<!-- end-to-end: Sources/InventoryModels/\(CodegenFileRules.exportsFileName) -->\n```swift\n"
            + CodegenFileRules.exportsFileContents + "```\n"
        #expect(readme.contains(block))
    }

    @Test("the command plugin's help names its own flag and the tool's options it passes on")
    func commandPluginHelp() {
        #expect(CodegenFileRules.commandPluginHelp.hasPrefix("""
            OVERVIEW: Regenerate the package's checked-in Swift and Markdown from its specs.

            USAGE: swift package --allow-writing-to-package-directory generate-attribute-code [<path> ...] [options]

            """))
        #expect(CodegenFileRules.commandPluginHelp.contains("""
              --add-exports           Write Exports.swift ('@_exported import AttributeRuntime') into every
                                      target folder that has specs but no Swift file.
            """))
        #expect(CodegenFileRules.commandPluginHelp.contains("  -o, --output <dir>      The output folder (default: Generated/).\n"))
    }

    /// Each plugin compiles the one file, and the spec library does not.
    @Test("the plugins compile the one PluginSupport.swift, and AttributeSpec does not")
    func pluginOnly() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for plugin in ["AttributeCodegenPlugin", "GenerateAttributeCodePlugin"] {
            let path = root.appendingPathComponent("Plugins/\(plugin)/PluginSupport.swift").path
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path) == "../PluginsShared/PluginSupport.swift")
        }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Sources/AttributeSpec/PluginSupport.swift").path))
    }
}
