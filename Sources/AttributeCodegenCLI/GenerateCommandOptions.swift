import AttributeCodegen
import AttributeSpec
import Foundation

/// The command-line options `generate` and `check` share, parsed: one run's choices. The
/// settings that outlive a run are the configuration file's (`Configuration`); the two are
/// merged into the pipeline's `GeneratorOptions`.
///
/// `generate [PATH ...] [--output DIR] [--config FILE] [--access-level LEVEL] [--swift-only] [--no-prune] [--quiet]`
struct GenerateCommandOptions: Hashable, Sendable {
    /// The folder searched when no path is given.
    static let defaultPath = CodegenFileRules.specFolderName + "/"
    /// The output folder when none is given.
    static let defaultOutput = CodegenFileRules.outputFolderName

    /// Spec files or folders (searched recursively); `Spec/` when none is given.
    var paths: [String] = []
    /// The output folder.
    var output = GenerateCommandOptions.defaultOutput
    /// The folder for the Markdown pages and their index; `nil` puts them in the output
    /// folder's `Docs/`. Checked-in output inside a target needs it: SwiftPM warns about Markdown
    /// among a target's files, and cannot exclude a folder that does not exist yet.
    var docsOutput: String?
    /// The configuration file; when `nil`, `attribute-codegen.yaml` or `attribute-codegen.yml`
    /// in the current folder is used if it exists, so running from a package's root picks up
    /// the package's settings.
    var config: String?
    /// Overrides the configuration's access level.
    var accessLevel: AccessLevel?
    /// Writes only the Swift files, for the build-tool plugin, whose outputs must all compile.
    var swiftOnly = false
    /// Keeps other generated files in the output folder, for the build-tool plugin, which runs
    /// one command per batch of specs into a shared folder.
    var prune = true
    /// Leaves out the summary line, which would only add noise to every build's log.
    var quiet = false
    /// Whether `--help` was given.
    var help = false

    /// The output folders and what each receives: every file into `output`, or, with
    /// `docsOutput`, the Markdown (the pipeline's `Docs/` files, without that prefix) there and
    /// the Swift into `output`. Each folder is pruned of its own stale files only, so neither
    /// may hold the other.
    func destinations(for files: [OutputFile]) throws(UsageError) -> [(folder: String, files: [OutputFile])] {
        guard let docsOutput else { return [(output, files)] }
        let swiftRoot = URL(fileURLWithPath: output).standardizedFileURL.path + "/"
        let docsRoot = URL(fileURLWithPath: docsOutput).standardizedFileURL.path + "/"
        if swiftRoot.hasPrefix(docsRoot) || docsRoot.hasPrefix(swiftRoot) {
            throw UsageError(message: "--docs-output '\(docsOutput)' and --output '\(output)' must not be one inside the other")
        }
        let prefix = GeneratorPipeline.documentationFolder
        var swift: [OutputFile] = []
        var docs: [OutputFile] = []
        for file in files {
            if file.path.hasPrefix(prefix) {
                docs.append(OutputFile(path: String(file.path.dropFirst(prefix.count)), bytes: file.bytes))
            } else {
                swift.append(file)
            }
        }
        return [(output, swift), (docsOutput, docs)]
    }

    /// What the help says the default paths are.
    static let defaultPathsHelp = "the package's Spec/, else its targets' Sources/<Target>/Spec/"
    /// What the help of `lint` and `breaking` says their default paths are.
    static let allSpecFoldersHelp = "every Spec folder of the package: Spec/ and Sources/<Target>/Spec/"

    /// The parser for `generate`; `check` accepts the same arguments.
    private static let parser = ArgumentParser(
        flags: ["--swift-only": "swift-only", "--no-prune": "no-prune", "--quiet": "quiet", "-q": "quiet"],
        options: CodegenFileRules.optionsWithValue
    )

    /// Parses the arguments after the command name.
    static func parse(_ arguments: [String]) throws(UsageError) -> GenerateCommandOptions {
        let parsed = try parser.parse(arguments)
        var options = GenerateCommandOptions()
        options.paths = parsed.positionals
        options.output = parsed.options["output"] ?? defaultOutput
        options.config = parsed.options["config"]
        options.docsOutput = parsed.options["docs-output"]
        if let text = parsed.options["access-level"] {
            guard let level = AccessLevel(rawValue: text) else {
                throw UsageError(message: "unknown access level '\(text)'; expected public, package or internal")
            }
            options.accessLevel = level
        }
        options.swiftOnly = parsed.flags.contains("swift-only")
        options.prune = !parsed.flags.contains("no-prune")
        options.quiet = parsed.flags.contains("quiet")
        options.help = parsed.flags.contains("help")
        return options
    }

    /// The options section of both commands' help.
    static let optionsHelp = """
        OPTIONS:
          -o, --output <dir>      The output folder (default: \(defaultOutput)).
          --docs-output <dir>     The folder for the Markdown (default: Docs/ in the output folder).
        \(ConfigurationFile.optionHelp(column: 26, reads: "Its access_level, acronyms and outputs apply to every spec."))
          --access-level <level>  public, package or internal; overrides the configuration.
          --swift-only            Write only the Swift files (the build-tool plugin uses it).
          --no-prune              Keep generated files whose spec is gone.
          -q, --quiet             Print no summary.
          -h, --help              Show this help.
        """
}
