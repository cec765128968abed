import Foundation
import PackagePlugin

/// Generates Swift from every attribute spec of a target.
///
/// The specs are the `.yaml`, `.yml` and `.json` files in the target's `Spec/` folder
/// (`CodegenFileRules.isSpecFile`); the configuration file, `attribute-codegen.yaml` or
/// `attribute-codegen.yml`, sits in the target's own folder. Every other file of the target is
/// left alone, so JSON resources and fixtures may sit beside the specs.
///
/// The specs are generated in batches: one command for up to `AttributeCodegenCommands.batchSize`
/// consecutive specs (by path), each declaring its specs and the configuration file as inputs
/// and their Swift files as outputs. Declaring them is also what keeps SwiftPM (5.10 and later)
/// from warning that they are "unhandled" files of the target.
///
/// Why batches rather than one command per spec: SwiftPM re-plans the build whenever a target
/// gains or loses a file, relinks the tool then, and so reruns every command of every target
/// (the tool is an input of each). In a catalog of 1,000 specs that was 1,000 processes, about
/// 9 s of a 22 s rebuild after adding one table. A batch reads its specs again when one of them
/// changes (milliseconds) but writes only the files whose bytes change, so the compiler still
/// recompiles only the edited spec's file.
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
    /// The most specs one command generates. Small enough that an edit re-reads few specs (a
    /// debug build of the tool generates 32 imported tables in about 0.1 s), large enough that a
    /// re-plan of a 1,000-spec target reruns 32 processes rather than 1,000.
    static let batchSize = 32

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
        for spec in specs {
            let outputName = CodegenFileRules.swiftFileName(forSpecFile: spec)
            if let other = seen.updateValue(spec, forKey: outputName) {
                throw PluginError("\(spec): error: generates \(outputName), as \(other) does; rename one of the two specs")
            }
        }
        let configInput = config.map { [URL(fileURLWithPath: $0)] } ?? []
        return stride(from: 0, to: specs.count, by: batchSize).map { start in
            let batch = Array(specs[start..<min(start + batchSize, specs.count)])
            let outputNames = batch.map(CodegenFileRules.swiftFileName(forSpecFile:))
            // --swift-only: Markdown is not a compilable output; --no-prune: the folder holds
            // the other batches' files, which this command must leave alone.
            var arguments = ["generate"] + batch + ["--output", workDirectory.path, "--swift-only", "--no-prune", "--quiet"]
            if let config {
                arguments += ["--config", config]
            }
            let first = CodegenFileRules.lastComponent(of: batch[0])
            let displayName = batch.count == 1
                ? "Generating \(outputNames[0]) from \(first)"
                : "Generating \(batch.count) Swift files from \(first) … \(CodegenFileRules.lastComponent(of: batch[batch.count - 1]))"
            return .buildCommand(
                displayName: displayName,
                executable: tool,
                arguments: arguments,
                inputFiles: batch.map { URL(fileURLWithPath: $0) } + configInput,
                outputFiles: outputNames.map { workDirectory.appendingPathComponent($0) }
            )
        }
    }
}
