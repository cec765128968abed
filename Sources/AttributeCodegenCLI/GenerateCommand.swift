import Foundation

/// `attribute-codegen generate`: writes the Swift and Markdown generated from specs into the
/// output folder, touching only files whose bytes change and removing our stale files.
struct GenerateCommand: OutputFolderCommand {
    /// Where output goes.
    var console: Console

    let name = "generate"
    let abstract = "Generate Swift and Markdown from specs into an output folder."

    var help: String {
        """
        OVERVIEW: \(abstract)

        USAGE: \(Tool.name) generate [<path> ...] [options]

        ARGUMENTS:
          <path>                  Spec files, or folders searched recursively (default:
                                  \(GenerateCommandOptions.defaultPathsHelp)).

        \(GenerateCommandOptions.optionsHelp)

        Writes '<table>.swift' and 'Docs/<table>.md' per spec plus 'Docs/README.md', each only
        when its bytes change, and removes files an earlier run generated from a spec that is
        gone. Exit status: 0 on success, 1 when a spec or the configuration has errors or the
        folder cannot be written, 2 for a usage error.

        """
    }

    func runBuiltByPlugin(_ options: GenerateCommandOptions, groups: [SpecLayout.Group]) -> Int32 {
        let folders = groups.flatMap(\.paths).joined(separator: ", ")
        let usage = UsageError(
            message: "nothing to generate here: \(folders) is generated at build time by the build-tool plugin ('swift build'); "
                + "to write its files anyway, name the folder and --output"
        )
        return console.reportUsageError(usage, helpCommand: "\(Tool.name) generate")
    }

    func run(_ destinations: [(folder: String, files: [OutputFile])], options: GenerateCommandOptions) -> Int32 {
        do {
            // Every folder is planned before any is written, so a folder that cannot be written
            // leaves the other untouched.
            var plans: [(OutputDirectory, OutputPlan)] = []
            for (folder, files) in destinations {
                let directory = OutputDirectory(root: URL(fileURLWithPath: folder))
                plans.append((directory, try directory.plan(for: files, prune: options.prune)))
            }
            for (directory, plan) in plans {
                try directory.apply(plan)
            }
            let all = OutputPlan(changes: plans.flatMap(\.1.changes), unchangedCount: plans.reduce(0) { $0 + $1.1.unchangedCount })
            if !options.quiet { console.printLine(all.summary) }
        } catch {
            console.printErrorLine(error.description)
            return ExitStatus.failure
        }
        return ExitStatus.success
    }
}
