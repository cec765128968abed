import AttributeCodegen
import AttributeSpec
import Foundation

/// The part of `generate` and `check` before any output is touched: find the specs, load the
/// configuration, run the pipeline over them in memory.
struct GenerateRun {
    /// Files for the output folder.
    var files: [OutputFile] = []
    /// Every diagnostic, in order: the configuration's, then each spec's.
    var diagnostics: [Diagnostic] = []

    /// Runs the pipeline over every spec of `group` (one configuration file's specs).
    ///
    /// - Throws: a usage error for a path that does not exist.
    init(options: GenerateCommandOptions, group: SpecLayout.Group, fileManager: FileManager = .default) throws(UsageError) {
        let specFiles = try SpecFileCollector.specFiles(under: group.paths)
        let config = loadConfig(options, group: group, fileManager: fileManager)
        if diagnostics.containsErrors { return }
        var generatorOptions = GeneratorOptions(documentation: !options.swiftOnly)
        if let level = options.accessLevel ?? config?.accessLevel {
            generatorOptions.accessLevel = level
        }
        if let acronyms = config?.acronyms {
            generatorOptions.acronyms = acronyms
        }
        if !options.swiftOnly, let config {
            generatorOptions.storeOutputs = config.storeOutputs
            generatorOptions.keyColumns = config.keyColumns
        }
        var inputs: [SpecInput] = []
        for file in specFiles {
            switch FileBytes.read(file) {
            case .success(let bytes): inputs.append(SpecInput(bytes: bytes, file: file))
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        let result = GeneratorPipeline.run(specs: inputs, options: generatorOptions)
        diagnostics += result.diagnostics
        files = result.files.map { OutputFile(path: $0.path, bytes: Array($0.contents.utf8)) }
    }

    /// How a command sharing `generate`'s arguments begins: a finished exit status (help, a usage
    /// error, spec errors), the options and the pipeline's output to act on, or, run without
    /// paths in a package whose only specs are its targets', those spec folders, which the
    /// build-tool plugin generates at build time and which have no output folder.
    enum Start {
        case finished(Int32)
        case generated(GenerateCommandOptions, GenerateRun)
        case builtByPlugin(GenerateCommandOptions, [SpecLayout.Group])
    }

    /// Parses the arguments, prints help or usage errors, runs the pipeline and reports its
    /// diagnostics: the part `generate` and `check` share.
    static func start(_ arguments: [String], command: any Command, console: Console) -> Start {
        do throws(UsageError) {
            let options = try GenerateCommandOptions.parse(arguments)
            if options.help {
                console.output(command.help)
                return .finished(ExitStatus.success)
            }
            let group = try Self.group(options)
            if group.isBuiltByPlugin, options.paths.isEmpty {
                return .builtByPlugin(options, SpecLayout.groups(group.paths, explicitConfiguration: options.config))
            }
            let run = try GenerateRun(options: options, group: group)
            run.report(to: console)
            return run.failed ? .finished(ExitStatus.failure) : .generated(options, run)
        } catch {
            return .finished(console.reportUsageError(error, helpCommand: "\(Tool.name) \(command.name)"))
        }
    }

    /// The specs of one run: the paths given, or else the package's `Spec/` (its checked-in
    /// output's specs) when it has one, its targets' spec folders otherwise. The paths given
    /// must share one configuration file, since the run has one output folder.
    private static func group(_ options: GenerateCommandOptions) throws(UsageError) -> SpecLayout.Group {
        guard !options.paths.isEmpty else {
            let found = try SpecLayout.defaultPaths()
            let checkedIn = found.filter { !CodegenFileRules.isTargetSpecFolder($0) }
            return SpecLayout.Group(paths: checkedIn.isEmpty ? found : checkedIn, configurationFolder: options.config == nil ? "" : nil)
        }
        let groups = SpecLayout.groups(options.paths, explicitConfiguration: options.config)
        guard groups.count == 1, let group = groups.first else {
            let folders = groups.map { ($0.configurationFolder ?? "").isEmpty ? "./" : $0.configurationFolder ?? "" }
            throw UsageError(
                message: "the paths have different configuration folders (\(folders.joined(separator: ", "))); "
                    + "run once per folder, or name one file with --config"
            )
        }
        return group
    }

    /// Runs the pipeline over each group of specs the build-tool plugin generates (Swift only,
    /// each with its own configuration), so that `check` reports their errors as the build
    /// would. Returns each group's run.
    static func buildTimeRuns(_ groups: [SpecLayout.Group], options: GenerateCommandOptions, console: Console) -> [GenerateRun]? {
        var options = options
        options.swiftOnly = true
        var runs: [GenerateRun] = []
        for group in groups {
            do throws(UsageError) {
                let run = try GenerateRun(options: options, group: group)
                run.report(to: console)
                runs.append(run)
            } catch {
                console.printErrorLine("error: \(error.message)")
                return nil
            }
        }
        return runs
    }

    /// Whether anything went wrong; then nothing may be written or pruned, since a failed
    /// spec's output would otherwise look stale.
    var failed: Bool { diagnostics.containsErrors }

    /// Prints the diagnostics, in file order within each file, to standard error.
    func report(to console: Console) {
        for diagnostic in diagnostics {
            console.printErrorLine(diagnostic.description)
        }
    }

    /// Loads the configuration (`ConfigurationFile.load(for:explicit:)`), keeping its diagnostics.
    private mutating func loadConfig(_ options: GenerateCommandOptions, group: SpecLayout.Group, fileManager: FileManager) -> Configuration? {
        let loaded = ConfigurationFile.load(for: group, explicit: options.config, fileManager: fileManager)
        diagnostics += loaded.diagnostics
        return loaded.path == nil ? nil : loaded.config
    }
}

/// `generate` and `check`: the commands that run the pipeline over the specs and then act on
/// output folders. They share everything up to the folders' files (`GenerateRun.start`).
protocol OutputFolderCommand: Command {
    /// Where output goes.
    var console: Console { get }
    /// Run without paths in a package whose specs are all its targets', which the build-tool
    /// plugin generates and which have no output folder.
    func runBuiltByPlugin(_ options: GenerateCommandOptions, groups: [SpecLayout.Group]) -> Int32
    /// Acts on the generated files of each output folder (the Swift folder, and the Markdown's
    /// when `--docs-output` names another).
    func run(_ destinations: [(folder: String, files: [OutputFile])], options: GenerateCommandOptions) -> Int32
}

extension OutputFolderCommand {
    func run(_ arguments: [String]) -> Int32 {
        switch GenerateRun.start(arguments, command: self, console: console) {
        case .finished(let status):
            return status
        case .builtByPlugin(let options, let groups):
            return runBuiltByPlugin(options, groups: groups)
        case .generated(let options, let run):
            let destinations: [(folder: String, files: [OutputFile])]
            do throws(UsageError) {
                destinations = try options.destinations(for: run.files)
            } catch {
                return console.reportUsageError(error, helpCommand: "\(Tool.name) \(name)")
            }
            return self.run(destinations, options: options)
        }
    }
}
