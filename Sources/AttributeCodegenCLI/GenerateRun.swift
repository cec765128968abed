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

    /// Runs the pipeline over every spec the options name.
    ///
    /// - Throws: a usage error for a path that does not exist.
    init(options: GenerateOptions, fileManager: FileManager = .default) throws(UsageError) {
        let specFiles = try SpecFileCollector.specFiles(under: options.inputPaths)
        let config = loadConfig(options, fileManager: fileManager)
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
            switch SpecFileCollector.read(file) {
            case .success(let bytes): inputs.append(SpecInput(bytes: bytes, file: file))
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        let result = GeneratorPipeline.run(specs: inputs, options: generatorOptions)
        diagnostics += result.diagnostics
        files = result.files.map { OutputFile(path: $0.path, bytes: Array($0.contents.utf8)) }
    }

    /// How a command sharing `generate`'s arguments begins: a finished exit status (help, a usage
    /// error, spec errors), or the options and the pipeline's output to act on.
    enum Start {
        case finished(Int32)
        case generated(GenerateOptions, GenerateRun)
    }

    /// Parses the arguments, prints help or usage errors, runs the pipeline and reports its
    /// diagnostics: the part `generate` and `check` share.
    static func start(_ arguments: [String], command: any Command, console: Console) -> Start {
        do throws(UsageError) {
            let options = try GenerateOptions.parse(arguments)
            if options.help {
                console.output(command.help)
                return .finished(ExitStatus.success)
            }
            let run = try GenerateRun(options: options)
            run.report(to: console)
            return run.failed ? .finished(ExitStatus.failure) : .generated(options, run)
        } catch {
            return .finished(console.reportUsageError(error, helpCommand: "\(Tool.name) \(command.name)"))
        }
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

    /// Loads the configuration: the file `--config` names, or else `attribute-codegen.yaml` or
    /// `attribute-codegen.yml` in the working folder. A configuration file inside a spec folder
    /// is not read, and says so, rather than being ignored without a word.
    private mutating func loadConfig(_ options: GenerateOptions, fileManager: FileManager) -> GeneratorConfig? {
        let loaded = ConfigurationFile.load(explicit: options.config, fileManager: fileManager)
        diagnostics += loaded.diagnostics
        if loaded.path == nil, loaded.diagnostics.containsErrors { return nil }
        for unread in SpecFileCollector.configurationFiles(under: options.inputPaths) where unread != loaded.path {
            diagnostics.append(.warning(
                "configuration file not read: the tool reads ./\(CodegenFileRules.configurationFileNames.joined(separator: " or ./")) "
                    + "from its working folder, or the file --config names",
                at: SourceLocation(file: unread, line: 1, column: 1)
            ))
        }
        return loaded.path == nil ? nil : loaded.config
    }
}
