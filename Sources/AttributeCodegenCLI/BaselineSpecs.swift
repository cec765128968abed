import AttributeSpec
import Foundation

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
            guard case .success(let bytes) = FileBytes.read(path) else {
                throw UsageError(message: "cannot read baseline file '\(path)'")
            }
            specs.append(File(label: path, bytes: bytes))
        }
        var config: File?
        for name in CodegenFileRules.configurationFileNames {
            let configPath = (directory as NSString).appendingPathComponent(name)
            if case .success(let bytes) = FileBytes.read(configPath) {
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

    /// The baseline's configuration, its errors left out (a baseline that no longer loads is
    /// still compared with the defaults), its other diagnostics added to `problems`.
    func configuration(problems: inout [Diagnostic]) -> Configuration {
        guard let config else { return Configuration() }
        let loaded = ConfigurationLoader.load(config.bytes, file: config.label)
        problems += loaded.diagnostics.filter { $0.severity != .error }
        return loaded.config
    }

    /// The baseline's specs, loaded and validated with `acronyms`.
    func load(acronyms: AcronymStyle?, problems: inout [Diagnostic]) -> [ValidatedSpec] {
        ConfiguredSpecs.validate(specs.map { ($0.label, .success($0.bytes)) }, acronyms: acronyms, problems: &problems)
    }
}

/// One configuration file's specs, now and in the baseline: what `breaking` and `migrate` compare.
struct ComparedSpecs {
    /// The current specs and their configuration.
    var current: ConfiguredSpecs
    /// The same tables (and configuration file) in the baseline.
    var baseline: BaselineSpecs

    /// The specs of each configuration file with their baseline, from the arguments both
    /// commands take: paths, `--against` or `--against-git`, and `--config`.
    static func find(_ parsed: ParsedArguments) throws(UsageError) -> [ComparedSpecs] {
        let found = try ConfiguredSpecs.find(parsed.positionals, explicitConfiguration: parsed.options["config"])
        if found.count > 1, parsed.options["against"] != nil {
            // A baseline folder holds one set of tables; each group would see the others'
            // tables as deleted.
            throw UsageError(
                message: "--against compares one spec folder, and these paths have \(found.count) configuration folders; "
                    + "name one spec folder, or use --against-git"
            )
        }
        var compared: [ComparedSpecs] = []
        for specs in found {
            let baseline = try BaselineSpecs.read(
                directory: parsed.options["against"],
                gitRevision: parsed.options["against-git"],
                paths: specs.group.paths,
                configPath: specs.configuration.path
            )
            compared.append(ComparedSpecs(current: specs, baseline: baseline))
        }
        return compared
    }
}
