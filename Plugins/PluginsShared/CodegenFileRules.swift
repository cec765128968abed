// This file is compiled three times: into the `AttributeSpec` library and into both plugins,
// through symlinks (`Sources/AttributeSpec/CodegenFileRules.swift`,
// `Plugins/AttributeCodegenPlugin/CodegenFileRules.swift`,
// `Plugins/GenerateAttributeCodePlugin/CodegenFileRules.swift`). Plugins may depend on
// executables only, never on library targets, so sharing the file is the one way the tool and
// the plugins can follow the same rules without a second copy of any of them. Standard library
// only, so that it compiles unchanged in all three places. What only the plugins need (their
// error type, the command plugin's help and flags) is in PluginSupport.swift, which
// the plugins compile and the library does not.

/// The file and argument rules the command-line tool and both plugins share: which files are
/// specs, where they live, what the configuration file is called, what a spec's Swift file is
/// called, and which of the tool's options take a value.
public enum CodegenFileRules {
    /// The folder that holds the specs: `Spec/` at a package's root for the command-line tool
    /// and the command plugin (their default input), and a `Spec/` folder inside a target for
    /// the build-tool plugin. Only `.yaml`, `.yml` and `.json` files in it (at any depth) are
    /// specs, so a target's other JSON and YAML files (resources, fixtures, other tools'
    /// settings) are never taken for specs.
    public static let specFolderName = "Spec"

    /// The folder the command-line tool and the command plugin write into by default.
    public static let outputFolderName = "Generated"

    /// The configuration file's names, spelled exactly so: either may be used, not both in one
    /// folder. The tool reads it from its working folder (or `--config`); the build-tool plugin
    /// from the target's folder.
    public static let configurationFileNames = ["attribute-codegen.yaml", "attribute-codegen.yml"]

    /// Which configuration file applies when none is named, as every help text says it.
    public static let defaultConfigurationDescription = configurationFileNames.joined(separator: " or ")
        + " beside the Spec folder, when present: ./ for Spec/, the target's folder for Sources/<Target>/Spec/"

    /// The extensions of spec files, lowercase and without the dot; matched case-insensitively.
    public static let specFileExtensions = ["yaml", "yml", "json"]

    /// The options of `generate` and `check` that take a value, each spelling mapped to the
    /// option's canonical name. The command plugin uses it to tell a value from a path.
    public static let optionsWithValue: [String: String] = [
        "--output": "output", "-o": "output", "--config": "config", "--access-level": "access-level",
        "--docs-output": "docs-output",
    ]

    /// The last component of a `/`-separated path: `Spec/aws_x.yaml` → `aws_x.yaml`.
    public static func lastComponent(of path: String) -> Substring {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path[...] }
        return path[path.utf8.index(after: slash)...]
    }

    /// The last component without its extension: `Spec/aws_x.yaml` → `aws_x`, `a.b.json` → `a.b`.
    public static func stem(of path: String) -> Substring {
        let name = lastComponent(of: path)
        guard let dot = extensionDot(in: name) else { return name }
        return name[..<dot]
    }

    /// The dot that starts the extension of `name`, a last component; a leading dot does not.
    private static func extensionDot(in name: Substring) -> Substring.Index? {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return nil }
        return dot
    }

    /// Whether a file with this name (a path or a last component) is a configuration file.
    public static func isConfigurationFileName(_ name: String) -> Bool {
        configurationFileNames.contains(String(lastComponent(of: name)))
    }

    /// The lowercase extension of a path's last component, without the dot; empty when none.
    public static func fileExtension(of path: String) -> String {
        let name = lastComponent(of: path)
        guard let dot = extensionDot(in: name) else { return "" }
        return name[name.utf8.index(after: dot)...].lowercased()
    }

    /// Whether a file with this name (a path or a last component) may be a spec: a `.yaml`,
    /// `.yml` or `.json` file that is neither a JSON schema (`*.schema.json`) nor the
    /// configuration file. Where the file lives is the other half of the rule
    /// (`isSpecFile(_:inTargetAt:)` for plugin targets; the folders it is given for the tool).
    public static func isSpecFileName(_ name: String) -> Bool {
        guard specFileExtensions.contains(fileExtension(of: name)) else { return false }
        let last = lastComponent(of: name)
        return !last.lowercased().hasSuffix(".schema.json") && !isConfigurationFileName(String(last))
    }

    /// Whether the file at `path` is a spec of the plugin target whose folder is `root`: a spec
    /// file name with a folder named `Spec` on its way from the target's folder (`Spec/x.yaml`,
    /// `Spec/ec2/x.yaml`, `Models/Spec/x.json`). Everything else in the target (Swift
    /// sources, resources, fixtures, other tools' files) is left alone.
    public static func isSpecFile(_ path: String, inTargetAt root: String) -> Bool {
        let folder = root.hasSuffix("/") ? root : root + "/"
        guard path.hasPrefix(folder), isSpecFileName(path) else { return false }
        let folders = path.dropFirst(folder.count).split(separator: "/").dropLast()
        return folders.contains { $0 == specFolderName }
    }

    /// Whether the file at `path` is the configuration file of the plugin target whose folder
    /// is `root`: one of `configurationFileNames` directly in that folder.
    public static func isConfigurationFile(_ path: String, inTargetAt root: String) -> Bool {
        let folder = root.hasSuffix("/") ? root : root + "/"
        guard path.hasPrefix(folder) else { return false }
        let relative = path.dropFirst(folder.count)
        return !relative.contains("/") && isConfigurationFileName(String(relative))
    }

    /// The name of the Swift file generated from a spec file: its last component with `.swift`
    /// in place of the extension (`dir/aws_x.yaml` → `aws_x.swift`). It depends on the file
    /// name alone, so output paths are the same wherever the spec lives.
    public static func swiftFileName(forSpecFile file: String) -> String {
        outputFileName(forSpecFile: file, extension: "swift")
    }

    /// The spec file's last component with `ext` in place of its extension.
    public static func outputFileName(forSpecFile file: String, extension ext: String) -> String {
        stem(of: file) + "." + ext
    }

}

extension CodegenFileRules {
    /// The Swift file a build-tool plugin target needs besides its specs. SwiftPM drops a target
    /// that has no Swift source before any plugin runs (swift-package-manager issue 8061), so a
    /// target of specs alone never becomes a module; this file makes it one, and re-exports the
    /// runtime so that its users need a single import. The command plugin writes it (`--add-exports`),
    /// and so does `split` for each new target.
    public static let exportsFileName = "Exports.swift"

    /// The contents of `exportsFileName`, as the README shows them.
    public static let exportsFileContents = """
        // The one Swift file this target needs: SwiftPM skips a target without Swift sources.
        @_exported import AttributeRuntime

        """
}

extension CodegenFileRules {
    /// The folders of a package whose sub-folders are targets in SwiftPM's default layout.
    public static let targetParentFolderNames = ["Sources", "Tests"]

    /// The spec folders of the package whose files are `files`, paths relative to its root
    /// (`Spec/x.yaml`, `Sources/Models/Spec/y.json`, `Sources/Models/Exports.swift`): `Spec` at
    /// the root, whose output is checked in, and the first `Spec` folder on the way to a spec of a
    /// target (`Sources/<Target>/…/Spec`), which the build-tool plugin generates at build time.
    /// Only folders holding a spec count. Sorted by bytes, the root's first.
    ///
    /// This is the one rule by which the command-line tool (run at a package's root without
    /// paths) and the command plugin find the specs the build-tool plugin sees.
    public static func specFolders(inPackageFiles files: [String]) -> [String] {
        var root = false
        var targets: Set<String> = []
        for file in files where isSpecFileName(file) && !isConfigurationFileName(file) {
            let parts = file.split(separator: "/", omittingEmptySubsequences: false)
            if parts.count >= 2, parts[0] == specFolderName {
                root = true
            } else if parts.count >= 4, targetParentFolderNames.contains(String(parts[0])),
                      let spec = parts[2..<(parts.count - 1)].firstIndex(where: { $0 == specFolderName }) {
                targets.insert(parts[...spec].joined(separator: "/"))
            }
        }
        return (root ? [specFolderName] : []) + targets.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Whether a spec folder `specFolders(inPackageFiles:)` found belongs to a target, whose
    /// Swift the build-tool plugin generates at build time (rather than the root's `Spec`).
    public static func isTargetSpecFolder(_ folder: String) -> Bool {
        guard let first = folder.split(separator: "/").first else { return false }
        return targetParentFolderNames.contains(String(first))
    }

    /// The folder whose configuration file applies to the specs at `path` (a spec file or a
    /// folder), as a prefix to put before a configuration file name: the target's folder for a
    /// spec inside a target (`Sources/Models/Spec/x.yaml` → `Sources/Models/`, as the build-tool
    /// plugin reads it), else the folder that holds the path's first `Spec` folder (`Spec/` → the
    /// empty prefix, the working folder; `/p/Spec/x.yaml` → `/p/`). `nil` when the path has no
    /// `Spec` folder: then the working folder's configuration applies.
    public static func configurationFolder(forSpecPath path: String) -> String? {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false)
        while parts.count > 1, parts.last == "" || parts.last == "." { parts.removeLast() }
        guard let spec = parts.firstIndex(where: { $0 == specFolderName }) else { return nil }
        var end = spec
        if let parent = parts[..<spec].lastIndex(where: { targetParentFolderNames.contains(String($0)) }), parent + 1 < spec {
            end = parent + 2
        }
        let folder = parts[..<end].filter { $0 != "." }
        let prefix = folder.joined(separator: "/")
        if path.hasPrefix("/") && prefix.isEmpty { return "/" }
        return prefix.isEmpty ? "" : prefix + "/"
    }

    /// The note on a spec without `resource`: every spec-named file under a `Spec` folder is
    /// read as a spec, so a JSON resource or fixture put there fails this way.
    public static let notASpecNote = "every .yaml, .yml and .json file under a Spec/ folder is read as a spec; "
        + "keep other JSON or YAML (resources, fixtures, other tools' settings) outside Spec/, for example beside it in the target"
}
