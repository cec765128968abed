import Foundation
import PackagePlugin

/// Generates Swift from every attribute spec of a target, one build command per spec.
///
/// The specs are the `.yaml`, `.yml` and `.json` files in the target's `Spec/` folder
/// (`CodegenFileRules.isSpecFile`); the configuration file, `attribute-codegen.yaml` or
/// `attribute-codegen.yml`, sits in the target's own folder. Every other file of the target is
/// left alone, so JSON resources and fixtures may sit beside the specs.
///
/// One command per spec (rather than one for the folder) lets the build system rerun only the
/// command whose spec changed, and recompile only that spec's Swift file. Declaring the spec
/// and the configuration file as the command's inputs is also what keeps SwiftPM (5.10 and
/// later) from warning that they are "unhandled" files of the target.
@main
struct AttributeCodegenPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        // `Target.directoryURL` needs tools 6.1; the concrete target types have it in 6.0.
        let root: URL
        switch target {
        case let swift as SwiftSourceModuleTarget: root = swift.directoryURL
        case let clang as ClangSourceModuleTarget: root = clang.directoryURL
        default: return []
        }
        guard let target = target as? SourceModuleTarget else { return [] }
        return try AttributeCodegenCommands.make(
            files: target.sourceFiles.map(\.url),
            root: root,
            tool: context.tool(named: "attribute-codegen").url,
            workDirectory: context.pluginWorkDirectoryURL
        )
    }
}

#if canImport(XcodeProjectPlugin)
import XcodeProjectPlugin

extension AttributeCodegenPlugin: XcodeBuildToolPlugin {
    func createBuildCommands(context: XcodePluginContext, target: XcodeTarget) throws -> [Command] {
        // An Xcode target has no folder of its own: the project's folder stands for it, so the
        // specs are the files under a `Spec` folder anywhere in the project's tree.
        try AttributeCodegenCommands.make(
            files: target.inputFiles.map(\.url),
            root: context.xcodeProject.directoryURL,
            tool: context.tool(named: "attribute-codegen").url,
            workDirectory: context.pluginWorkDirectoryURL
        )
    }
}
#endif

/// The commands for one target, shared by the SwiftPM and Xcode entry points.
enum AttributeCodegenCommands {
    static func make(files: [URL], root: URL, tool: URL, workDirectory: URL) throws -> [Command] {
        let sorted = files.map(\.path).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let rootPath = root.path
        let configs = sorted.filter { CodegenFileRules.isConfigurationFile($0, inTargetAt: rootPath) }
        if configs.count > 1 {
            throw PluginError("\(configs[1]): error: a second configuration file beside \(configs[0]); keep one of the two")
        }
        let config = configs.first
        for misplaced in sorted where CodegenFileRules.isConfigurationFileName(misplaced) && misplaced != config {
            Diagnostics.warning("not read: the configuration file belongs in the target's folder, \(rootPath)", file: misplaced, line: nil)
        }
        let specs = sorted.filter { CodegenFileRules.isSpecFile($0, inTargetAt: rootPath) }
        var seen: [String: String] = [:]
        return try specs.map { spec in
            let outputName = CodegenFileRules.swiftFileName(forSpecFile: spec)
            if let other = seen.updateValue(spec, forKey: outputName) {
                throw PluginError("\(spec): error: generates \(outputName), as \(other) does; rename one of the two specs")
            }
            let specURL = URL(fileURLWithPath: spec)
            let output = workDirectory.appendingPathComponent(outputName)
            // --swift-only: Markdown is not a compilable output; --no-prune: the folder holds
            // the other specs' files, which this command must leave alone.
            var arguments = ["generate", spec, "--output", workDirectory.path, "--swift-only", "--no-prune", "--quiet"]
            if let config {
                arguments += ["--config", config]
            }
            return .buildCommand(
                displayName: "Generating \(outputName) from \(specURL.lastPathComponent)",
                executable: tool,
                arguments: arguments,
                inputFiles: [specURL] + (config.map { [URL(fileURLWithPath: $0)] } ?? []),
                outputFiles: [output]
            )
        }
    }
}
