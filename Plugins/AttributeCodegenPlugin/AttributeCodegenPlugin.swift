import Foundation
import PackagePlugin

/// Generates Swift from every attribute spec of a target, one build command per spec.
///
/// One command per spec (rather than one for the folder) lets the build system rerun only the
/// command whose spec changed, and recompile only that spec's Swift file. Declaring the spec
/// and the configuration file as the command's inputs is also what keeps SwiftPM (5.10 and
/// later) from warning that they are "unhandled" files of the target.
@main
struct AttributeCodegenPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        return try AttributeCodegenCommands.make(
            files: target.sourceFiles.map(\.url),
            tool: context.tool(named: "attribute-codegen").url,
            workDirectory: context.pluginWorkDirectoryURL
        )
    }
}

#if canImport(XcodeProjectPlugin)
import XcodeProjectPlugin

extension AttributeCodegenPlugin: XcodeBuildToolPlugin {
    func createBuildCommands(context: XcodePluginContext, target: XcodeTarget) throws -> [Command] {
        try AttributeCodegenCommands.make(
            files: target.inputFiles.map(\.url),
            tool: context.tool(named: "attribute-codegen").url,
            workDirectory: context.pluginWorkDirectoryURL
        )
    }
}
#endif

/// The commands for one target, shared by the SwiftPM and Xcode entry points.
enum AttributeCodegenCommands {
    /// The configuration file's name; it is an input of every command but not a spec.
    static let configFileName = "attribute-codegen.yaml"

    static func make(files: [URL], tool: URL, workDirectory: URL) throws -> [Command] {
        let sorted = files.sorted { $0.path < $1.path }
        let config = sorted.first { $0.lastPathComponent == configFileName }
        let specs = sorted.filter { isSpecFileName($0.lastPathComponent) }
        var seen: [String: URL] = [:]
        return try specs.map { spec in
            let outputName = swiftFileName(forSpecFile: spec.lastPathComponent)
            if let other = seen.updateValue(spec, forKey: outputName) {
                throw PluginError(
                    "\(spec.path): error: generates \(outputName), as \(other.path) does; rename one of the two specs"
                )
            }
            let output = workDirectory.appendingPathComponent(outputName)
            // --swift-only: Markdown is not a compilable output; --no-prune: the folder holds
            // the other specs' files, which this command must leave alone.
            var arguments = ["generate", spec.path, "--output", workDirectory.path, "--swift-only", "--no-prune", "--quiet"]
            if let config {
                arguments += ["--config", config.path]
            }
            return .buildCommand(
                displayName: "Generating \(outputName) from \(spec.lastPathComponent)",
                executable: tool,
                arguments: arguments,
                inputFiles: [spec] + (config.map { [$0] } ?? []),
                outputFiles: [output]
            )
        }
    }

    /// Mirrors `SpecFile.isSpecFileName`, which a plugin cannot import: plugins may only
    /// depend on executables, not on library targets.
    static func isSpecFileName(_ name: String) -> Bool {
        if name == configFileName || name.hasSuffix(".schema.json") { return false }
        return name.hasSuffix(".yaml") || name.hasSuffix(".yml") || name.hasSuffix(".json")
    }

    /// Mirrors `GeneratorPipeline.swiftFileName(forSpecFile:)`: the last extension becomes
    /// `.swift`. The end-to-end test fails if the two ever disagree, because the build would
    /// then declare an output the tool never writes.
    static func swiftFileName(forSpecFile name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name + ".swift" }
        return String(name[..<dot]) + ".swift"
    }
}

/// An error that SwiftPM prints as the plugin's failure.
struct PluginError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
