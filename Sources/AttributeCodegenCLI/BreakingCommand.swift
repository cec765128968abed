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
                                \(GenerateOptions.allSpecFoldersHelp)).

        OPTIONS:
          --against <dir>       A folder of baseline specs, searched recursively; tables are
                                matched by name (with spec files as <path>, only theirs).
                                Its configuration file, if any, is the baseline configuration.
          --against-git <ref>   The same paths at a git revision (HEAD, main, a tag, a commit),
                                read with the 'git' executable without touching the work tree.
          --config <file>       The configuration file (default: ./\(CodegenFileRules.configurationFileNames[0]) or .yml when
                                present): its access_level is compared, and
                                'breaking: { ignore: [...] }' turns rules or categories off.
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

    /// One configuration file's specs, now and in the baseline.
    private struct Side {
        /// The spec paths, as given or found.
        var paths: [String]
        var files: [String]
        var configuration: ConfigurationFile.Loaded
        var baseline: BaselineSpecs
    }

    func run(_ arguments: [String]) -> Int32 {
        let parsed: ParsedArguments
        var sides: [Side] = []
        do throws(UsageError) {
            parsed = try Self.parser.parse(arguments)
            if parsed.flags.contains("help") {
                console.output(help)
                return ExitStatus.success
            }
            let explicit = parsed.options["config"]
            let paths = parsed.positionals.isEmpty ? try SpecLayout.defaultPaths() : parsed.positionals
            // Each configuration file's specs are compared on their own, with that file: a
            // target's configuration applies to its specs only, as in the build.
            let groups = SpecLayout.groups(paths, explicitConfiguration: explicit)
            if groups.count > 1, parsed.options["against"] != nil {
                // A baseline folder holds one set of tables; each group would see the others'
                // tables as deleted.
                throw UsageError(
                    message: "--against compares one spec folder, and these paths have \(groups.count) configuration folders; "
                        + "name one spec folder, or use --against-git"
                )
            }
            for group in groups {
                let files = try SpecFileCollector.specFiles(under: group.paths)
                let configuration = SpecLayout.configuration(for: group, explicit: explicit)
                let baseline = try BaselineSpecs.read(
                    directory: parsed.options["against"],
                    gitRevision: parsed.options["against-git"],
                    paths: group.paths,
                    configPath: configuration.path
                )
                sides.append(Side(paths: group.paths, files: files, configuration: configuration, baseline: baseline))
            }
        } catch {
            return console.reportUsageError(error, helpCommand: "\(Tool.name) breaking")
        }

        // Without paths, the baseline's spec folders that are gone now (a target split into
        // others, or renamed) still count: their tables are matched by name in the other folders.
        var goneSpecs: [BaselineSpecs.File] = []
        if parsed.positionals.isEmpty, let revision = parsed.options["against-git"] {
            do throws(UsageError) {
                goneSpecs = try BaselineSpecs.goneSpecFolders(gitRevision: revision, current: sides.flatMap(\.paths))
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
            problems += side.configuration.diagnostics
            let config = side.configuration.config
            var oldConfig = GeneratorConfig()
            if let file = side.baseline.config {
                let loaded = ConfigLoader.load(file.bytes, file: file.label)
                oldConfig = loaded.config
                problems += loaded.diagnostics.filter { $0.severity != .error }
            }
            let current = Self.load(
                side.files.map { path in (path, SpecFileCollector.read(path)) },
                acronyms: config.acronyms, problems: &problems
            )
            let old = Self.load(
                side.baseline.specs.map { ($0.label, .success($0.bytes)) },
                acronyms: oldConfig.acronyms, problems: &problems
            )
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
        movedOut += Self.load(goneSpecs.map { ($0.label, .success($0.bytes)) }, acronyms: nil, problems: &problems)
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

    /// Loads each file, collecting the problems of those that do not validate.
    static func load(
        _ files: [(String, Result<[UInt8], Diagnostic>)], acronyms: AcronymStyle?, problems: inout [Diagnostic]
    ) -> [ValidatedSpec] {
        var specs: [ValidatedSpec] = []
        for (file, read) in files {
            switch read {
            case .success(let bytes):
                let loaded = SpecFile.load(bytes, file: file, acronyms: acronyms ?? .apiGuidelines)
                problems += loaded.diagnostics
                if let spec = loaded.spec { specs.append(spec) }
            case .failure(let diagnostic):
                problems.append(diagnostic)
            }
        }
        return specs
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

/// The baseline's spec files and configuration, read from a folder or a git revision.
struct BaselineSpecs {
    /// One file's bytes and the name diagnostics give it (`HEAD:Spec/x.yaml` for git).
    struct File {
        var label: String
        var bytes: [UInt8]
    }

    /// How the summary names the baseline.
    var name: String
    /// The baseline's spec files.
    var specs: [File]
    /// The baseline's configuration file, when it has one.
    var config: File?

    /// Reads the baseline that exactly one of `directory` and `gitRevision` names.
    ///
    /// - Parameters:
    ///   - paths: the current spec paths; a git baseline reads the same paths at the revision.
    ///   - configPath: the current configuration file; a git baseline reads it at the revision.
    static func read(directory: String?, gitRevision: String?, paths: [String], configPath: String?) throws(UsageError) -> BaselineSpecs {
        switch (directory, gitRevision) {
        case (nil, nil):
            throw UsageError(message: "missing baseline: pass --against <dir> or --against-git <ref>")
        case (_?, _?):
            throw UsageError(message: "pass only one of --against and --against-git")
        case (let directory?, nil):
            return try read(directory: directory, paths: paths)
        case (nil, let revision?):
            return try read(gitRevision: revision, paths: paths, configPath: configPath)
        }
    }

    private static func read(directory: String, paths: [String]) throws(UsageError) -> BaselineSpecs {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw UsageError(message: "--against needs a folder; no such folder: '\(directory)'")
        }
        var specs: [File] = []
        let tables = namedTables(paths)
        for path in try SpecFileCollector.specFiles(under: [directory]) where tables?.contains(CodegenFileRules.stem(of: path)) ?? true {
            guard case .success(let bytes) = SpecFileCollector.read(path) else {
                throw UsageError(message: "cannot read baseline file '\(path)'")
            }
            specs.append(File(label: path, bytes: bytes))
        }
        var config: File?
        for name in CodegenFileRules.configurationFileNames {
            let configPath = (directory as NSString).appendingPathComponent(name)
            if case .success(let bytes) = SpecFileCollector.read(configPath) {
                config = File(label: configPath, bytes: bytes)
                break
            }
        }
        return BaselineSpecs(name: directory, specs: specs, config: config)
    }

    /// The tables of the spec files `paths` names one by one, or `nil` when a path is a folder.
    /// A folder baseline is then cut to those tables: the rest of it is not compared, rather
    /// than reported as deleted.
    private static func namedTables(_ paths: [String]) -> Set<Substring>? {
        var tables: Set<Substring> = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
            tables.insert(CodegenFileRules.stem(of: path))
        }
        return tables
    }

    /// The spec files at `gitRevision` in the package's spec folders (by the rule the plugins
    /// follow) that are not among `current`, the folders found now (`Sources/Models/Spec/`).
    static func goneSpecFolders(gitRevision: String, current: [String]) throws(UsageError) -> [File] {
        let repository = try GitRepository.containing(".")
        let commit = try repository.commit(gitRevision)
        let package = try repository.relativePath(of: ".")
        let prefix = package == "." ? "" : package + "/"
        let files = try repository.files(at: commit, under: package).map { String($0.dropFirst(prefix.count)) }
        let now = Set(current.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 })
        var specs: [File] = []
        for folder in CodegenFileRules.specFolders(inPackageFiles: files) where !now.contains(folder) {
            for file in files where file.hasPrefix(folder + "/") && CodegenFileRules.isSpecFileName(file) {
                specs.append(File(label: "\(gitRevision):\(prefix)\(file)", bytes: try repository.contents(of: prefix + file, at: commit)))
            }
        }
        return specs
    }

    private static func read(gitRevision: String, paths: [String], configPath: String?) throws(UsageError) -> BaselineSpecs {
        let repository = try GitRepository.containing(paths.first ?? ".")
        let commit = try repository.commit(gitRevision)
        var seen: Set<String> = []
        var specs: [File] = []
        for path in paths {
            let relative = try repository.relativePath(of: path)
            for file in try repository.files(at: commit, under: relative) where CodegenFileRules.isSpecFileName(file) {
                guard seen.insert(file).inserted else { continue }
                // `./` keeps a root-level spec's base name (which must match its table) clear of the revision.
                let label = "\(gitRevision):\(file.contains("/") ? file : "./" + file)"
                specs.append(File(label: label, bytes: try repository.contents(of: file, at: commit)))
            }
        }
        var config: File?
        if let configPath {
            let relative = try repository.relativePath(of: configPath)
            if try repository.files(at: commit, under: relative).contains(relative) {
                config = File(label: "\(gitRevision):\(relative)", bytes: try repository.contents(of: relative, at: commit))
            }
        }
        return BaselineSpecs(name: gitRevision, specs: specs, config: config)
    }
}
