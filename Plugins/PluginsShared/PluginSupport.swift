// Compiled into the two plugins only (symlinked into each plugin's folder), beside
// CodegenFileRules.swift: what the plugins say and do that the tool and the spec library do not
// need. The rules both sides follow stay in CodegenFileRules.swift, which AttributeSpec compiles too.

/// An error that SwiftPM (or Xcode) prints as a plugin's failure; also the shape of the
/// plugins' own messages, `path: error: message`, so that tools show them on the file.
public struct PluginError: Error, CustomStringConvertible {
    /// The whole message, as printed.
    public let description: String

    /// An error with this message.
    public init(_ description: String) {
        self.description = description
    }
}

extension CodegenFileRules {
    /// The command plugin's own flag: write `exportsFileName` into every target folder that
    /// has specs but no Swift file.
    public static let addExportsFlag = "--add-exports"

    /// What the command plugin says about a target folder that has specs but no Swift file.
    public static func missingSwiftFileWarning(folder: String) -> String {
        "\(folder) has specs but no Swift file, so SwiftPM skips the target before the plugin runs "
            + "('no such module'); add \(exportsFileName) with '@_exported import AttributeRuntime', or run "
            + "'swift package --allow-writing-to-package-directory generate-attribute-code \(addExportsFlag)'"
    }
}

extension CodegenFileRules {
    /// Whether the arguments of `generate` name spec paths (which then replace the default
    /// `Spec/`), telling option values from paths with `optionsWithValue`.
    public static func argumentsNamePaths(_ arguments: [String]) -> Bool {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { return index + 1 < arguments.count }
            if optionsWithValue[argument] != nil {
                index += 2
                continue
            }
            if argument == "-" || !argument.hasPrefix("-") { return true }
            index += 1
        }
        return false
    }
}

extension CodegenFileRules {
    /// The command plugin's verb.
    public static let commandPluginVerb = "generate-attribute-code"

    /// What the command plugin prints for `--help` or `-h`: its own arguments, then the tool's
    /// it passes on.
    public static let commandPluginHelp = """
        OVERVIEW: Regenerate the package's checked-in Swift and Markdown from its specs.

        USAGE: swift package --allow-writing-to-package-directory \(commandPluginVerb) [<path> ...] [options]

        Runs 'attribute-codegen generate' at the package's root, so the configuration file
        beside Spec/ applies: the specs in Spec/ into Generated/ unless paths or --output are
        given. A package whose specs are all in Sources/<Target>/Spec/ has nothing to regenerate
        (the build-tool plugin generates them at build time): the command then only looks for
        targets that SwiftPM would skip for want of a Swift file.

        OPTIONS:
          \(addExportsFlag)           Write \(exportsFileName) ('@_exported import AttributeRuntime') into every
                                  target folder that has specs but no Swift file.
          -h, --help              Show this help.

        Passed on to 'attribute-codegen generate':
          <path>                  Spec files, or folders searched recursively (default: Spec/).
          -o, --output <dir>      The output folder (default: Generated/).
          --docs-output <dir>     The folder for the Markdown (default: Docs/ in the output folder).
          --config <file>         The configuration file (default: \(defaultConfigurationDescription)).
          --access-level <level>  public, package or internal; overrides the configuration.
          --swift-only            Write only the Swift files.
          --no-prune              Keep generated files whose spec is gone.
          -q, --quiet             Print no summary.

        """

    /// What the command plugin says, run without paths in a package whose specs are all its
    /// targets', which the build-tool plugin generates.
    public static func nothingToRegenerate(specFolders: [String]) -> String {
        "nothing to regenerate: \(specFolders.joined(separator: ", ")) "
            + (specFolders.count == 1 ? "is" : "are")
            + " generated at build time by the build-tool plugin (AttributeCodegenPlugin); checked-in output comes from specs in Spec/ at the package's root"
    }

    /// What the command plugin says in a package without any spec.
    public static let noSpecsInPackage = "no specs: put them in Spec/ at the package's root for checked-in output "
        + "(written into Generated/, or the folder --output names), or in Sources/<Target>/Spec/ for the build-tool plugin"
}
