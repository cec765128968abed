import AttributeCodegen
import AttributeSpec
import Foundation

/// The part of `generate` and `check` before any output is touched: find the specs, load the
/// configuration, run the pipeline on each spec in memory.
struct GenerateRun {
    /// What the run produced: files for the output folder, and every diagnostic, in order.
    var files: [OutputFile] = []
    var diagnostics: [Diagnostic] = []
    /// Problems that are not about a spec's content: unreadable paths, missing files.
    var failures: [String] = []

    /// Runs the pipeline over every spec the options name.
    init(options: GenerateOptions, fileManager: FileManager = .default) {
        let config = loadConfig(options, fileManager: fileManager)
        var generatorOptions = GeneratorOptions()
        if let level = options.accessLevel ?? config?.accessLevel,
            let accessLevel = AccessLevel(rawValue: level.rawValue)
        {
            generatorOptions.accessLevel = accessLevel
        }
        if diagnostics.containsErrors { return }
        for spec in findSpecs(options.inputPaths, fileManager: fileManager) {
            guard let data = fileManager.contents(atPath: spec) else {
                failures.append("\(spec): error: could not read the file")
                continue
            }
            let result = Self.pipeline([UInt8](data), file: spec, options: generatorOptions)
            diagnostics += result.diagnostics
            let swiftName = GeneratorPipeline.swiftFileName(forSpecFile: spec)
            for file in result.files where !options.swiftOnly || file.path == swiftName {
                files.append(OutputFile(path: file.path, bytes: Array(file.contents.utf8)))
            }
        }
    }

    /// Whether anything went wrong; then nothing may be written or pruned, since a failed
    /// spec's output would otherwise look stale.
    var failed: Bool { diagnostics.containsErrors || !failures.isEmpty }

    /// The generator for one spec file.
    ///
    /// Stands in for `GeneratorPipeline.run(specBytes:file:options:)` until it lands on the
    /// codegen branch; the two stages are the same calls it makes.
    static func pipeline(_ bytes: [UInt8], file: String, options: GeneratorOptions) -> GeneratorResult {
        let (spec, diagnostics) = SpecFile.load(bytes, file: file)
        guard let spec else { return GeneratorResult(files: [], diagnostics: diagnostics) }
        let result = GeneratorPipeline.generate(spec, options: options)
        return GeneratorResult(files: result.files, diagnostics: diagnostics + result.diagnostics)
    }

    private mutating func loadConfig(_ options: GenerateOptions, fileManager: FileManager) -> GeneratorConfig? {
        let path: String
        if let explicit = options.config {
            path = explicit
        } else if fileManager.fileExists(atPath: GeneratorConfig.fileName) {
            path = GeneratorConfig.fileName
        } else {
            return nil
        }
        guard let data = fileManager.contents(atPath: path) else {
            failures.append("\(path): error: could not read the configuration file")
            return nil
        }
        let (config, found) = ConfigLoader.load([UInt8](data), file: path)
        diagnostics += found
        return config
    }

    /// The spec files under `paths`: files as given, folders searched recursively; sorted by
    /// path so output and diagnostics come in the same order on every machine.
    private mutating func findSpecs(_ paths: [String], fileManager: FileManager) -> [String] {
        var specs: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                failures.append("\(path): error: no such file or folder")
                continue
            }
            guard isDirectory.boolValue else {
                specs.append(path)
                continue
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let found = (fileManager.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter { SpecFile.isSpecFileName($0) && !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
                .map { "\(base)/\($0)" }
            specs += found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        }
        return specs
    }
}
