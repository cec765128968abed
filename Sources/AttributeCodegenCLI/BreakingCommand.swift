import AttributeSpec
import Foundation

/// `attribute-codegen breaking`: reports the changes to specs that break stored records, the
/// generated Swift API or the provider mapping, against a baseline folder or git revision.
///
/// File and git I/O only; the comparison is `SpecComparator`'s.
struct BreakingCommand: Command {
    /// Where output goes.
    var console: Console

    let name = "breaking"
    let abstract = "Report breaking changes to specs against a baseline folder or git revision."

    var help: String {
        """
        OVERVIEW: \(abstract)

        USAGE: \(Tool.name) breaking [<path> ...] (--against <dir> | --against-git <ref>) [--config <file>]

        ARGUMENTS:
          <path>                Spec files, or folders searched recursively (default:
                                \(GenerateCommandOptions.allSpecFoldersHelp)).

        OPTIONS:
          --against <dir>       A folder of baseline specs, searched recursively; tables are
                                matched by name (with spec files as <path>, only theirs).
                                Its configuration file, if any, is the baseline configuration.
          --against-git <ref>   The same paths at a git revision (HEAD, main, a tag, a commit),
                                read with the 'git' executable without touching the work tree.
        \(ConfigurationFile.optionHelp(column: 24, reads: "Its access_level is compared, and 'breaking: { ignore: [...] }' turns rules off."))
          -h, --help            Show this help.

        Each breaking change goes to standard error as 'path:line:column: error: message [RULE]'
        on the current spec's line, with a 'note:' line for what was deleted. Exit status: 0
        without breaking changes (warnings allowed), 1 with some or with spec errors, 2 for a
        usage error (including a missing git, an unknown revision, a path outside a repository).

        RULES (turn one or a category off with 'breaking: { ignore: [...] }'):
        \(Self.rules)
        """
    }

    /// One line per rule: its id, its category and what it catches.
    private static var rules: String {
        BreakingRule.allCases.map { "  \($0.id) (\($0.category.rawValue)): \($0.summary)\n" }.joined()
    }

    private static let parser = ArgumentParser(
        options: ["--against": "against", "--against-git": "against-git", "--config": "config"]
    )

    func run(_ arguments: [String]) -> Int32 {
        let parsed: ParsedArguments
        let sides: [ComparedSpecs]
        do throws(UsageError) {
            parsed = try Self.parser.parse(arguments)
            if parsed.flags.contains("help") {
                console.output(help)
                return ExitStatus.success
            }
            // Each configuration file's specs are compared on their own, with that file: a
            // target's configuration applies to its specs only, as in the build.
            sides = try ComparedSpecs.find(parsed)
        } catch {
            return console.reportUsageError(error, helpCommand: "\(Tool.name) breaking")
        }

        // Without paths, the baseline's spec folders that are gone now (a target split into
        // others, or renamed) still count: their tables are matched by name in the other folders.
        var goneSpecs: [BaselineSpecs.File] = []
        if parsed.positionals.isEmpty, let revision = parsed.options["against-git"] {
            do throws(UsageError) {
                goneSpecs = try BaselineSpecs.goneSpecFolders(gitRevision: revision, current: sides.flatMap(\.current.group.paths))
            } catch {
                return console.reportUsageError(error, helpCommand: "\(Tool.name) breaking")
            }
        }

        var problems: [Diagnostic] = []
        var changes: [BreakingChange] = []
        var specCount = 0
        // Tables not found in their own folder's baseline, and baseline tables not found in
        // their own folder now: matched by name across folders, so that a table that moved
        // between targets is compared with itself rather than reported as deleted.
        var movedOut: [ValidatedSpec] = []
        var movedIn: [ValidatedSpec] = []
        var ignoredEverywhere: Set<String>?
        for side in sides {
            // Each side's Swift names follow its own configuration's acronym style, as its
            // generated code did: a change of style is a change of names.
            problems += side.current.configuration.diagnostics
            let config = side.current.configuration.config
            let oldConfig = side.baseline.configuration(problems: &problems)
            let current = side.current.load(problems: &problems)
            let old = side.baseline.load(acronyms: oldConfig.acronyms, problems: &problems)
            specCount += current.count
            let ignored = Set(config.ignoredBreakingRules.map(\.value))
            ignoredEverywhere = ignoredEverywhere?.intersection(ignored) ?? ignored
            let oldTables = Set(old.map(\.spec.resource.value))
            let currentTables = Set(current.map(\.spec.resource.value))
            movedOut += old.filter { !currentTables.contains($0.spec.resource.value) }
            movedIn += current.filter { !oldTables.contains($0.spec.resource.value) }
            changes += SpecComparator.filter(
                SpecComparator.compareAccessLevel(baseline: oldConfig, current: config)
                    + SpecComparator.compare(
                        baseline: old.filter { currentTables.contains($0.spec.resource.value) },
                        current: current.filter { oldTables.contains($0.spec.resource.value) }
                    ),
                ignoring: ignored
            )
        }
        movedOut += ConfiguredSpecs.validate(goneSpecs.map { ($0.label, .success($0.bytes)) }, acronyms: nil, problems: &problems)
        // A table that left its folder has no one configuration: a rule is left out only
        // when every folder's configuration leaves it out.
        let acrossFolders = SpecComparator.filter(
            SpecComparator.compare(baseline: movedOut, current: movedIn), ignoring: ignoredEverywhere ?? []
        )
        // Deleted tables first, as `SpecComparator.compare` lists them.
        let deleted = acrossFolders.filter { $0.rule == .tableDeleted }
        changes = deleted + changes + acrossFolders.filter { $0.rule != .tableDeleted }
        for problem in problems {
            console.printErrorLine(problem.description)
        }
        guard !problems.containsErrors else {
            console.printLine("breaking: not compared; fix the errors above")
            return ExitStatus.failure
        }
        for change in changes {
            console.printErrorLine(change.description)
        }
        let errors = changes.filter { $0.diagnostic.severity == .error }.count
        let warnings = changes.count - errors
        let name = sides.first?.baseline.name ?? parsed.options["against-git"] ?? parsed.options["against"] ?? ""
        console.printLine(Self.summary(errors: errors, warnings: warnings, specs: specCount, baseline: name))
        return errors > 0 ? ExitStatus.failure : ExitStatus.success
    }

    /// `no breaking changes in 3 specs against HEAD` or `2 breaking changes (1 warning) in …`.
    static func summary(errors: Int, warnings: Int, specs: Int, baseline: String) -> String {
        let specsText = "\(specs) spec\(specs == 1 ? "" : "s") against \(baseline)"
        guard errors + warnings > 0 else { return "no breaking changes in \(specsText)" }
        var counts: [String] = []
        if errors > 0 { counts.append("\(errors) breaking change\(errors == 1 ? "" : "s")") }
        if warnings > 0 { counts.append("\(warnings) warning\(warnings == 1 ? "" : "s")") }
        return counts.joined(separator: ", ") + " in \(specsText)"
    }
}
