import AttributeSpec
import Foundation

/// `attribute-codegen split <target folder> [--min-tables N]`: moves a build-tool plugin target's
/// specs into one target per service (or per group of small services, `--min-tables`) and makes
/// the target their umbrella, so that editing one table re-emits one small module instead of the
/// whole catalog's. Prints the manifest lines to paste.
///
/// Files are renamed, never rewritten: the whole plan (`SplitPlan`) is checked before the first
/// move, and a failure part-way names what moved and what did not, so no spec is ever lost.
struct SplitCommand: Command {
    /// Where output goes.
    var console: Console

    let name = "split"
    let abstract = "Move a plugin target's specs into targets of whole services, under an umbrella module."

    var help: String {
        """
        OVERVIEW: \(abstract)

        USAGE: \(Tool.name) split <target folder> [--min-tables N] [--dry-run]

        ARGUMENTS:
          <target folder>  A build-tool plugin target with specs in its Spec/ folder
                           (Sources/InventoryModels).

        OPTIONS:
          --min-tables N   Pack services of fewer than N tables, in name order, into shared
                           targets of at least N tables (default 1: one target per service).
                           A catalog of hundreds of small services builds faster with 16.
          --dry-run        Print what would change and the manifest lines; change nothing.
          -h, --help       Show this help.

        A spec's service is the first two words of its table's name (aws_ec2_instance → aws_ec2).
        Each service's specs move to Spec/ in a new target beside the folder, named after it and
        the service (Sources/InventoryModelsAWSEC2; a shared target after its first and last
        service, InventoryModelsAWSAcmToAWSAmp), with an \(CodegenFileRules.exportsFileName) and a copy of the
        folder's configuration file. The folder's \(CodegenFileRules.exportsFileName) then re-exports the new
        modules, so code that imports the umbrella builds unchanged. Paste the printed targets into
        Package.swift in place of the folder's. Exit status: 0 on success, 1 when a file could not
        be moved or written (what moved is printed), 2 for a usage error.

        """
    }

    private static let parser = ArgumentParser(flags: ["--dry-run": "dry-run"], options: ["--min-tables": "min-tables"])

    func run(_ arguments: [String]) -> Int32 {
        let plan: SplitPlan
        let dryRun: Bool
        do throws(UsageError) {
            let parsed = try Self.parser.parse(arguments)
            if parsed.flags.contains("help") {
                console.output(help)
                return ExitStatus.success
            }
            guard let folder = parsed.positionals.first else { throw UsageError(message: "missing argument <target folder>") }
            guard parsed.positionals.count == 1 else {
                throw UsageError(message: "unexpected argument '\(parsed.positionals[1])'; split takes one target folder")
            }
            dryRun = parsed.flags.contains("dry-run")
            var minimumTables = 1
            if let text = parsed.options["min-tables"] {
                guard let number = Int(text), number >= 1 else {
                    throw UsageError(message: "--min-tables takes a whole number of at least 1, not '\(text)'")
                }
                minimumTables = number
            }
            plan = try Self.plan(folder: folder, minimumTables: minimumTables)
        } catch {
            return console.reportUsageError(error, helpCommand: "\(Tool.name) split")
        }
        if dryRun {
            for step in plan.steps { console.printLine("would " + step) }
        } else {
            do throws(SplitFailure) {
                try Self.execute(plan)
            } catch {
                console.printErrorLine("error: \(error.message)")
                for step in error.done { console.printErrorLine("done: " + step) }
                console.printErrorLine("nothing else was changed; fix the cause and move the rest by hand, or undo the moves above")
                return ExitStatus.failure
            }
            let moved = plan.services.reduce(0) { $0 + $1.moves.count }
            console.printLine("moved \(moved) spec\(moved == 1 ? "" : "s") into \(plan.services.count) target\(plan.services.count == 1 ? "" : "s"); \(plan.umbrellaExportsFile) re-exports them")
        }
        console.printLine("")
        console.printLine("In Package.swift, replace the \(plan.umbrella) target with these:")
        console.printLine("")
        console.output(plan.manifestLines)
        return ExitStatus.success
    }

    /// The plan for the target in `folder`, from what is on disk.
    static func plan(folder: String, minimumTables: Int = 1, fileManager: FileManager = .default) throws(UsageError) -> SplitPlan {
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw UsageError(message: "no such folder: '\(folder)'")
        }
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let specFolder = base + "/" + CodegenFileRules.specFolderName
        let specs: [String]
        if fileManager.fileExists(atPath: specFolder, isDirectory: &isDirectory), isDirectory.boolValue {
            specs = try SpecFileCollector.specFiles(under: [specFolder]).map { String($0.dropFirst(specFolder.count + 1)) }
        } else {
            specs = []
        }
        let configurations = CodegenFileRules.configurationFileNames.filter { fileManager.fileExists(atPath: base + "/" + $0) }
        guard configurations.count <= 1 else {
            throw UsageError(message: "\(base) has both \(configurations.joined(separator: " and ")); keep one of the two")
        }
        let exports = (try? Data(contentsOf: URL(fileURLWithPath: base + "/" + CodegenFileRules.exportsFileName)))
            .map { String(decoding: $0, as: UTF8.self) }
        return try SplitPlan.make(
            folder: base, specs: specs, configuration: configurations.first, exportsFile: exports,
            minimumTables: minimumTables, existing: { fileManager.fileExists(atPath: $0) }
        )
    }

    /// A step that failed, with the steps done before it.
    struct SplitFailure: Error {
        var message: String
        var done: [String]
    }

    /// Makes the plan's changes in `SplitPlan.steps` order: new folders and files first, then
    /// the moves (renames, so a spec is always in exactly one place), then the umbrella's files.
    static func execute(_ plan: SplitPlan, fileManager: FileManager = .default) throws(SplitFailure) {
        var done: [String] = []
        func step(_ description: String, _ body: () throws -> Void) throws(SplitFailure) {
            do {
                try body()
            } catch {
                throw SplitFailure(message: "could not \(description): \(error.localizedDescription)", done: done)
            }
            done.append(description)
        }
        let configurationBytes: Data?
        if let configuration = plan.configuration {
            do {
                configurationBytes = try Data(contentsOf: URL(fileURLWithPath: configuration))
            } catch {
                throw SplitFailure(message: "could not read \(configuration): \(error.localizedDescription)", done: [])
            }
        } else {
            configurationBytes = nil
        }
        for service in plan.services {
            let exports = service.folder + "/" + CodegenFileRules.exportsFileName
            try step("create \(exports)") {
                try fileManager.createDirectory(atPath: service.folder, withIntermediateDirectories: true)
                try Data(CodegenFileRules.exportsFileContents.utf8).write(to: URL(fileURLWithPath: exports), options: .withoutOverwriting)
            }
            if let configuration = plan.configuration, let configurationBytes {
                let copy = service.folder + "/" + CodegenFileRules.lastComponent(of: configuration)
                try step("copy \(configuration) to \(copy)") {
                    try configurationBytes.write(to: URL(fileURLWithPath: copy), options: .withoutOverwriting)
                }
            }
            for move in service.moves {
                try step("move \(move.from) to \(move.to)") {
                    try fileManager.createDirectory(atPath: (move.to as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                    try fileManager.moveItem(atPath: move.from, toPath: move.to)
                }
            }
        }
        try step("write \(plan.umbrellaExportsFile)") {
            try Data(plan.umbrellaExports.utf8).write(to: URL(fileURLWithPath: plan.umbrellaExportsFile), options: .atomic)
        }
        if let configuration = plan.configuration {
            try step("remove \(configuration) (copied into every service target)") {
                try fileManager.removeItem(atPath: configuration)
            }
        }
        removeEmptyFolders(under: plan.umbrellaFolder + "/" + CodegenFileRules.specFolderName, fileManager: fileManager)
    }

    /// Removes the folders the moves emptied, deepest first; a folder with anything left in it
    /// (a schema for the editor, a note) stays, and so does its parent.
    private static func removeEmptyFolders(under folder: String, fileManager: FileManager) {
        let below = (fileManager.enumerator(atPath: folder)?.allObjects as? [String] ?? []).map { folder + "/" + $0 }
        for path in (below + [folder]).sorted(by: { $0.count > $1.count }) {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
                  (try? fileManager.contentsOfDirectory(atPath: path))?.isEmpty == true else { continue }
            try? fileManager.removeItem(atPath: path)
        }
    }
}
