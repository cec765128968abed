import AttributeSpec
import Foundation

/// Where commands write: standard output for results, standard error for diagnostics.
///
/// A value rather than direct writes so tests can run commands in memory and read what they printed.
package struct Console: Sendable {
    /// Writes text to standard output as is.
    package var output: @Sendable (String) -> Void
    /// Writes text to standard error as is.
    package var error: @Sendable (String) -> Void

    /// The process's standard output and standard error.
    package static var standard: Console {
        Console(
            output: { FileHandle.standardOutput.write(Data($0.utf8)) },
            error: { FileHandle.standardError.write(Data($0.utf8)) }
        )
    }

    /// Writes one line to standard output.
    package func printLine(_ text: String) { output(text + "\n") }

    /// Writes one line to standard error.
    package func printErrorLine(_ text: String) { error(text + "\n") }

    /// Reports a usage error the way every command does: the message, then where help is.
    func reportUsageError(_ usageError: UsageError, helpCommand: String) -> Int32 {
        printErrorLine("error: \(usageError.message)")
        printErrorLine("run '\(helpCommand) --help' for usage")
        return ExitStatus.usage
    }

    /// Prints each diagnostic to standard error, in order; how many were errors and warnings.
    func report(_ diagnostics: [Diagnostic]) -> (errors: Int, warnings: Int) {
        var counts = (errors: 0, warnings: 0)
        for diagnostic in diagnostics {
            printErrorLine(diagnostic.description)
            switch diagnostic.severity {
            case .error: counts.errors += 1
            case .warning: counts.warnings += 1
            case .note: break
            }
        }
        return counts
    }
}
