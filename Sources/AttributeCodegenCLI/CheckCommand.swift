import AttributeCodegen
import Foundation

/// `attribute-codegen check`: the command a CI runs to catch a stale output folder.
///
/// It computes exactly what `generate` would write and, instead of writing it, prints a unified
/// diff of every changed, missing or stale file.
struct CheckCommand: OutputFolderCommand {
    /// Where output goes.
    var console: Console

    let name = "check"
    let abstract = "Exit 1 with a diff when an output folder differs from what generate would write."

    var help: String {
        """
        OVERVIEW: \(abstract)

        USAGE: \(Tool.name) check [<path> ...] [options]

        ARGUMENTS:
          <path>                  Spec files, or folders searched recursively (default:
                                  \(GenerateCommandOptions.defaultPathsHelp)).

        \(GenerateCommandOptions.optionsHelp)

        Exit status: 0 when the folder is current, 1 when it differs or a spec has errors, 2 for
        a usage error.

        """
    }

    func runBuiltByPlugin(_ options: GenerateCommandOptions, groups: [SpecLayout.Group]) -> Int32 {
        // No output folder to compare: the specs are still checked as the build will
        // generate them, so that CI fails before the build does.
        guard let runs = GenerateRun.buildTimeRuns(groups, options: options, console: console) else { return ExitStatus.usage }
        guard !runs.contains(where: \.failed) else { return ExitStatus.failure }
        let folders = groups.flatMap(\.paths)
        let count = runs.reduce(0) { $0 + $1.files.count }
        console.printLine(
            "nothing checked in: \(folders.joined(separator: ", ")) \(folders.count == 1 ? "is" : "are") generated at build time "
                + "by the build-tool plugin; \(count) spec\(count == 1 ? "" : "s") without errors"
        )
        return ExitStatus.success
    }

    func run(_ destinations: [(folder: String, files: [OutputFile])], options: GenerateCommandOptions) -> Int32 {
        var text = ""
        var changed = 0
        var unchanged = 0
        for (folder, files) in destinations {
            let plan: OutputPlan
            do {
                plan = try OutputDirectory(root: URL(fileURLWithPath: folder)).plan(for: files, prune: true)
            } catch {
                console.printErrorLine(error.description)
                return ExitStatus.failure
            }
            changed += plan.changes.count
            unchanged += plan.unchangedCount
            text += Self.diff(plan, in: folder)
        }
        let folders = destinations.map(\.folder).joined(separator: " and ")
        let verb = destinations.count == 1 ? "is" : "are"
        guard changed > 0 else {
            console.printLine("\(folders) \(verb) up to date (\(unchanged) files)")
            return ExitStatus.success
        }
        console.printLine(text + "\(folders) \(verb) stale: \(changed) file(s) differ; run 'attribute-codegen generate' (or 'swift package --allow-writing-to-package-directory generate-attribute-code')")
        return ExitStatus.failure
    }
}

extension CheckCommand {
    /// The unified diff of every change of `plan`, its files named inside `folder`.
    static func diff(_ plan: OutputPlan, in folder: String) -> String {
        var text = ""
        for change in plan.changes {
            let name = folder.hasSuffix("/") ? folder + change.path : folder + "/" + change.path
            switch change {
            case .create(_, let bytes):
                text += UnifiedDiff.unified(old: [], new: bytes, oldName: nil, newName: name)
            case .update(_, let old, let new):
                text += UnifiedDiff.unified(old: old, new: new, oldName: name, newName: name)
            case .remove(_, let old):
                text += UnifiedDiff.unified(old: old, new: [], oldName: name, newName: nil)
            }
        }
        return text
    }
}
