import AttributeSpec

/// `attribute-codegen lint [PATH ...]`: checks spec files and reports every problem.
struct LintCommand: Command {
    /// Where output goes.
    var console: Console

    let name = "lint"
    let abstract = "Check spec files and report every problem."

    var help: String {
        """
        OVERVIEW: \(abstract)

        USAGE: \(Tool.name) lint [<path> ...] [--config <file>]

        ARGUMENTS:
          <path>           Spec files, or folders searched recursively for .yaml, .yml and .json
                           specs (default: \(GenerateCommandOptions.allSpecFoldersHelp)).

        OPTIONS:
        \(ConfigurationFile.optionHelp(column: 19, reads: "Its acronym style decides the Swift names, as in generate."))
          -h, --help       Show this help.

        Diagnostics go to standard error as 'path:line:column: error: message'; a summary goes
        to standard output. Exit status: 0 without errors, 1 with errors, 2 for a usage error.

        """
    }

    func run(_ arguments: [String]) -> Int32 {
        let found: [ConfiguredSpecs]
        do throws(UsageError) {
            let parsed = try ArgumentParser(options: ["--config": "config"]).parse(arguments)
            if parsed.flags.contains("help") {
                console.output(help)
                return ExitStatus.success
            }
            found = try ConfiguredSpecs.find(parsed.positionals, explicitConfiguration: parsed.options["config"])
        } catch {
            return console.reportUsageError(error, helpCommand: "\(Tool.name) lint")
        }

        // Each group's specs are named with its own configuration's acronym style, as the
        // build names them.
        var diagnostics: [Diagnostic] = []
        for specs in found {
            diagnostics += specs.configuration.diagnostics
            _ = specs.load(problems: &diagnostics)
        }
        let counts = console.report(diagnostics)
        let fileCount = found.reduce(0) { $0 + $1.files.count }
        console.printLine(Self.summary(files: fileCount, errors: counts.errors, warnings: counts.warnings))
        return counts.errors > 0 ? ExitStatus.failure : ExitStatus.success
    }

    /// `2 specs checked, no problems` or `2 specs checked, 3 errors, 1 warning`.
    static func summary(files: Int, errors: Int, warnings: Int) -> String {
        var problems: [String] = []
        if errors > 0 { problems.append(counted(errors, "error")) }
        if warnings > 0 { problems.append(counted(warnings, "warning")) }
        return counted(files, "spec") + " checked, " + (problems.isEmpty ? "no problems" : problems.joined(separator: ", "))
    }

    private static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
