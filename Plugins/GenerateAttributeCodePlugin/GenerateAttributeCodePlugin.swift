import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-attribute-code [ARGS]`:
/// regenerates the package's checked-in output by running `attribute-codegen generate` on
/// `Spec/` into `Generated/`, from the package's root so that its `attribute-codegen.yaml`
/// (if any) applies. Extra arguments are passed to the tool unchanged.
///
/// The tool does the work, so the command plugin writes exactly what `attribute-codegen
/// generate` and `check` would: only files whose bytes change, and stale outputs removed.
@main
struct GenerateAttributeCodePlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "attribute-codegen")
        let root = context.package.directoryURL
        let hasExplicitPaths = Self.hasPaths(arguments)
        var toolArguments = ["generate"]
        if !hasExplicitPaths {
            toolArguments += [
                root.appendingPathComponent("Spec").path,
                "--output", root.appendingPathComponent("Generated").path,
            ]
        }
        toolArguments += arguments

        let process = Process()
        process.executableURL = tool.url
        process.arguments = toolArguments
        process.currentDirectoryURL = root
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            Diagnostics.error("attribute-codegen generate failed with status \(process.terminationStatus)")
            throw PluginError("attribute-codegen generate failed")
        }
    }
}

extension GenerateAttributeCodePlugin {
    /// The tool's options that take a value: their values are not paths.
    static let optionsWithValue: Set<String> = ["--output", "-o", "--config", "--access-level"]

    /// Whether the arguments name spec paths, which then replace the default `Spec/`.
    static func hasPaths(_ arguments: [String]) -> Bool {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { return index + 1 < arguments.count }
            if optionsWithValue.contains(argument) {
                index += 2
                continue
            }
            if !argument.hasPrefix("-") { return true }
            index += 1
        }
        return false
    }
}

/// An error that SwiftPM prints as the plugin's failure.
struct PluginError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
