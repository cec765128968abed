import AttributeSpec

/// The arguments `generate` and `check` share, parsed.
///
/// `generate [PATH ...] [--output DIR] [--config FILE] [--access-level LEVEL] [--swift-only] [--no-prune]`
struct GenerateOptions: Hashable, Sendable {
    /// Spec files or folders (searched recursively); `Spec` when none is given.
    var paths: [String] = []
    /// The output folder.
    var output = "Generated"
    /// The configuration file; when `nil`, `attribute-codegen.yaml` in the current folder is
    /// used if it exists, so running from a package's root picks up the package's settings.
    var config: String?
    /// Overrides the configuration's access level.
    var accessLevel: GeneratorConfig.AccessLevel?
    /// Writes only the Swift files, for the build-tool plugin, whose outputs must all compile.
    var swiftOnly = false
    /// Keeps other generated files in the output folder, for the build-tool plugin, which runs
    /// one command per spec into a shared folder.
    var prune = true
    /// Leaves out the summary line, which would only add noise to every build's log.
    var quiet = false

    /// The inputs to search, with the default applied.
    var inputPaths: [String] { paths.isEmpty ? ["Spec"] : paths }

    /// The usage line printed with argument errors.
    static func usage(_ command: String) -> String {
        "usage: attribute-codegen \(command) [PATH ...] [--output DIR] [--config FILE]"
            + (command == "generate" ? " [--access-level public|package|internal] [--swift-only] [--no-prune] [--quiet]" : " [--access-level public|package|internal]")
    }

    /// Parses the arguments after the command name.
    static func parse(_ arguments: [String], command: String) throws(UsageError) -> GenerateOptions {
        var options = GenerateOptions()
        var remaining = arguments[...]
        func value(for flag: String) throws(UsageError) -> String {
            guard let next = remaining.popFirst(), !next.hasPrefix("--") else {
                throw UsageError("\(flag) needs a value")
            }
            return next
        }
        while let argument = remaining.popFirst() {
            switch argument {
            case "--output", "-o":
                options.output = try value(for: argument)
            case "--config":
                options.config = try value(for: argument)
            case "--access-level":
                let text = try value(for: argument)
                guard let level = GeneratorConfig.AccessLevel(rawValue: text) else {
                    throw UsageError("unknown access level '\(text)'; expected public, package or internal")
                }
                options.accessLevel = level
            case "--swift-only" where command == "generate":
                options.swiftOnly = true
            case "--no-prune" where command == "generate":
                options.prune = false
            case "--quiet", "-q":
                options.quiet = true
            case "--":
                options.paths += remaining
                remaining = []
            default:
                guard !argument.hasPrefix("-") || argument == "-" else {
                    throw UsageError("unknown option '\(argument)'")
                }
                options.paths.append(argument)
            }
        }
        return options
    }
}

/// A problem with the command line itself; the tool prints it with the usage and exits 2.
struct UsageError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong with the arguments.
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
