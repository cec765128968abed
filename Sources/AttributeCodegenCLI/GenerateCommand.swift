import Foundation

/// `attribute-codegen generate`: writes the Swift and Markdown generated from specs into the
/// output folder, touching only files whose bytes change and removing our stale files.
struct GenerateCommand: Command {
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
                                  \(GenerateOptions.defaultPathsHelp)).

        \(GenerateOptions.optionsHelp)

        Writes '<table>.swift' and 'Docs/<table>.md' per spec plus 'Docs/README.md', each only
        when its bytes change, and removes files an earlier run generated from a spec that is
        gone. Exit status: 0 on success, 1 when a spec or the configuration has errors or the
        folder cannot be written, 2 for a usage error.

        """
    }

    func run(_ arguments: [String]) -> Int32 {
        let options: GenerateOptions
        let run: GenerateRun
        switch GenerateRun.start(arguments, command: self, console: console) {
        case .finished(let status): return status
        case .builtByPlugin(_, let groups):
            let folders = groups.flatMap(\.paths).joined(separator: ", ")
            let usage = UsageError(
                message: "nothing to generate here: \(folders) is generated at build time by the build-tool plugin ('swift build'); "
                    + "to write its files anyway, name the folder and --output"
            )
            return console.reportUsageError(usage, helpCommand: "\(Tool.name) generate")
        case .generated(let started, let result):
            options = started
            run = result
        }
        let directory = OutputDirectory(root: URL(fileURLWithPath: options.output))
        do {
            let plan = try directory.plan(for: run.files, prune: options.prune)
            try directory.apply(plan)
            if !options.quiet { console.printLine(plan.summary) }
        } catch {
            console.printErrorLine(error.description)
            return ExitStatus.failure
        }
        return ExitStatus.success
    }
}
