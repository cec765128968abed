import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-attribute-code [ARGS]`:
/// regenerates the package's checked-in output by running `attribute-codegen generate` on
/// `Spec/` into `Generated/` (or the folder `--output` names), from the package's root so that
/// its configuration file (if any) applies. Extra arguments are passed to the tool unchanged,
/// except `--add-exports`; `--help` prints the plugin's own help.
///
/// Without paths, it finds the specs by the rule the tool and the build-tool plugin share
/// (`CodegenFileRules.specFolders(inPackageFiles:)`): a package whose specs are all in its
/// targets' `Spec/` folders has nothing checked in to regenerate, and is told so.
///
/// The tool does the work, so the command plugin writes exactly what `attribute-codegen
/// generate` and `check` would: only files whose bytes change, and stale outputs removed.
///
/// It also looks for the trap of the build-tool plugin's setup: a target folder whose specs
/// sit in `Spec/` but which holds no Swift file. SwiftPM drops such a target before any plugin
/// runs (swift-package-manager issue 8061), so its module never exists. The plugin names each
/// such folder, and with `--add-exports` writes the one file it needs.
@main
struct GenerateAttributeCodePlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let root = context.package.directoryURL
        if arguments.contains("--help") || arguments.contains("-h") {
            print(CodegenFileRules.commandPluginHelp, terminator: "")
            return
        }
        let addExports = arguments.contains(CodegenFileRules.addExportsFlag)
        let toolArguments = arguments.filter { $0 != CodegenFileRules.addExportsFlag }
        // `Target.directoryURL` needs tools 6.1; the concrete target types have it in 6.0.
        let known = Set(context.package.targets.compactMap { target in
            ((target as? SwiftSourceModuleTarget)?.directoryURL ?? (target as? ClangSourceModuleTarget)?.directoryURL)?
                .standardizedFileURL.path
        })
        let skipped = Self.specFoldersWithoutSwift(in: root).filter { !known.contains($0.standardizedFileURL.path) }
        for folder in skipped {
            let exports = folder.appendingPathComponent(CodegenFileRules.exportsFileName)
            if addExports {
                try Data(CodegenFileRules.exportsFileContents.utf8).write(to: exports)
                print("created \(exports.path)")
            } else {
                Diagnostics.warning(CodegenFileRules.missingSwiftFileWarning(folder: folder.path), file: folder.path, line: nil)
            }
        }

        let hasExplicitPaths = CodegenFileRules.argumentsNamePaths(toolArguments)
        let specFolder = root.appendingPathComponent(CodegenFileRules.specFolderName)
        if !hasExplicitPaths {
            // The specs by the rule the tool and the build-tool plugin follow: without `Spec/`
            // at the root, the specs are the targets', generated at build time.
            let folders = CodegenFileRules.specFolders(inPackageFiles: Self.packageFiles(in: root))
            if folders.isEmpty {
                if addExports || !skipped.isEmpty { return }
                Diagnostics.error(CodegenFileRules.noSpecsInPackage)
                throw PluginError(CodegenFileRules.noSpecsInPackage)
            }
            if !folders.contains(CodegenFileRules.specFolderName) {
                print(CodegenFileRules.nothingToRegenerate(specFolders: folders))
                return
            }
        }
        var invocation = ["generate"]
        if !hasExplicitPaths {
            invocation += [specFolder.path, "--output", root.appendingPathComponent(CodegenFileRules.outputFolderName).path]
        }
        invocation += toolArguments

        let process = Process()
        process.executableURL = try context.tool(named: "attribute-codegen").url
        process.arguments = invocation
        process.currentDirectoryURL = root
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            Diagnostics.error("attribute-codegen generate failed with status \(process.terminationStatus)")
            throw PluginError("attribute-codegen generate failed")
        }
    }

    /// The paths, relative to `root`, of the files in `Spec/` and in the folders under
    /// `Sources/` and `Tests/`: what `CodegenFileRules.specFolders(inPackageFiles:)` reads.
    static func packageFiles(in root: URL) -> [String] {
        let fileManager = FileManager.default
        var folders = [CodegenFileRules.specFolderName]
        for parent in CodegenFileRules.targetParentFolderNames {
            let names = (try? fileManager.contentsOfDirectory(atPath: root.appendingPathComponent(parent).path)) ?? []
            folders += names.map { parent + "/" + $0 }
        }
        return folders.flatMap { folder in
            (fileManager.enumerator(atPath: root.appendingPathComponent(folder).path)?.allObjects as? [String] ?? [])
                .map { folder + "/" + $0 }
        }
    }

    /// The folders directly under `Sources/` and `Tests/` that have a `Spec/` folder holding a
    /// spec but no Swift file anywhere below them.
    static func specFoldersWithoutSwift(in root: URL) -> [URL] {
        let fileManager = FileManager.default
        var found: [URL] = []
        for parent in ["Sources", "Tests"] {
            let parentURL = root.appendingPathComponent(parent)
            let names = (try? fileManager.contentsOfDirectory(atPath: parentURL.path)) ?? []
            for name in names.sorted() {
                let folder = parentURL.appendingPathComponent(name)
                let files = fileManager.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
                let hasSpec = files.contains { CodegenFileRules.isSpecFile(folder.path + "/" + $0, inTargetAt: folder.path) }
                if hasSpec, !files.contains(where: { $0.hasSuffix(".swift") }) {
                    found.append(folder)
                }
            }
        }
        return found
    }
}
