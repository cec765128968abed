import Foundation

/// `attribute-codegen check`: the command a CI runs to catch a stale output folder.
///
/// It computes exactly what `generate` would write and, instead of writing it, prints a unified
/// diff of every changed, missing or stale file. Exit status: 0 when the folder is current, 1
/// when it differs or a spec has errors, 2 for a bad command line.
package enum CheckCommand {
    /// Runs the command with the arguments after `check`.
    package static func run(_ arguments: [String], console: Console = .standard) -> Int32 {
        let options: GenerateOptions
        do {
            options = try GenerateOptions.parse(arguments, command: "check")
        } catch {
            console.error("error: \(error)\n\(GenerateOptions.usage("check"))")
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
        let plan: OutputPlan
        do {
            plan = try OutputDirectory(root: URL(fileURLWithPath: options.output)).plan(for: run.files, prune: true)
        } catch {
            console.error(error.description)
            return 1
        }
        guard !plan.isEmpty else {
            console.output("\(options.output) is up to date (\(plan.unchangedCount) files)")
            return 0
        }
        var text = ""
        for change in plan.changes {
            let name = options.output.hasSuffix("/") ? options.output + change.path : options.output + "/" + change.path
            switch change {
            case .create(_, let bytes):
                text += CheckDiff.unified(old: [], new: bytes, oldName: nil, newName: name)
            case .update(_, let old, let new):
                text += CheckDiff.unified(old: old, new: new, oldName: name, newName: name)
            case .remove(_, let old):
                text += CheckDiff.unified(old: old, new: [], oldName: name, newName: nil)
            }
        }
        console.output(text + "\(options.output) is stale: \(plan.changes.count) file(s) differ; run 'attribute-codegen generate' (or 'swift package --allow-writing-to-package-directory generate-attribute-code')")
        return 1
    }
}
