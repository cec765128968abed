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
                           specs (default: \(GenerateOptions.allSpecFoldersHelp)).

        OPTIONS:
          --config <file>  The configuration file (default: \(GenerateOptions.defaultConfigurationHelp)); its
                           acronym style decides the Swift names, as in generate.
          -h, --help       Show this help.

        Diagnostics go to standard error as 'path:line:column: error: message'; a summary goes
        to standard output. Exit status: 0 without errors, 1 with errors, 2 for a usage error.

        """
    }

    func run(_ arguments: [String]) -> Int32 {
        let parsed: ParsedArguments
        var groups: [(group: SpecLayout.Group, files: [String])] = []
        do throws(UsageError) {
            parsed = try ArgumentParser(options: ["--config": "config"]).parse(arguments)
            if parsed.flags.contains("help") {
                console.output(help)
                return ExitStatus.success
            }
            let paths = parsed.positionals.isEmpty ? try SpecLayout.defaultPaths() : parsed.positionals
            for group in SpecLayout.groups(paths, explicitConfiguration: parsed.options["config"]) {
                groups.append((group, try SpecFileCollector.specFiles(under: group.paths)))
            }
        } catch {
            return console.reportUsageError(error, helpCommand: "\(Tool.name) lint")
        }

        var errors = 0
        var warnings = 0
        var diagnostics: [Diagnostic] = []
        // Each group's specs are named with its own configuration's acronym style, as the
        // build names them.
        for (group, files) in groups {
            let configuration = SpecLayout.configuration(for: group, explicit: parsed.options["config"])
            let acronyms = configuration.config.acronyms ?? .apiGuidelines
            diagnostics += configuration.diagnostics
            for file in files {
                switch SpecFileCollector.read(file) {
                case .success(let bytes):
                    diagnostics += SpecFile.load(bytes, file: file, acronyms: acronyms).diagnostics.sortedByLocation()
                case .failure(let diagnostic):
                    diagnostics.append(diagnostic)
                }
            }
        }
        for diagnostic in diagnostics {
            console.printErrorLine(diagnostic.description)
            switch diagnostic.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .note: break
            }
        }
        let fileCount = groups.reduce(0) { $0 + $1.files.count }
        console.printLine(Self.summary(files: fileCount, errors: errors, warnings: warnings))
        return errors > 0 ? ExitStatus.failure : ExitStatus.success
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
