import Foundation

/// `attribute-codegen generate`: writes the Swift (and Markdown) generated from specs into the
/// output folder, touching only files whose bytes change and removing our stale files.
///
/// Exit status: 0 when everything was generated, 1 when a spec (or the configuration) has
/// errors or the output folder could not be written, 2 for a bad command line.
package enum GenerateCommand {
    /// Runs the command with the arguments after `generate`.
    package static func run(_ arguments: [String], console: Console = .standard) -> Int32 {
        let options: GenerateOptions
        do {
            options = try GenerateOptions.parse(arguments, command: "generate")
        } catch {
            console.error("error: \(error)\n\(GenerateOptions.usage("generate"))")
            return 2
        }
        let run = GenerateRun(options: options)
        for diagnostic in run.diagnostics {
            console.error(diagnostic.description)
        }
        for failure in run.failures {
            console.error(failure)
        }
        if run.failed { return 1 }
        let directory = OutputDirectory(root: URL(fileURLWithPath: options.output))
        do {
            let plan = try directory.plan(for: run.files, prune: options.prune)
            try directory.apply(plan)
            if !options.quiet { console.output(plan.summary) }
        } catch {
            console.error(error.description)
            return 1
        }
        return 0
    }
}

/// Where a command prints; tests capture it instead of the process's streams.
package struct Console: Sendable {
    /// Prints one line of regular output.
    package var output: @Sendable (String) -> Void
    /// Prints one line of diagnostics.
    package var error: @Sendable (String) -> Void

    /// The process's standard output and standard error.
    package static let standard = Console(
        output: { print($0) },
        error: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
    )
}
