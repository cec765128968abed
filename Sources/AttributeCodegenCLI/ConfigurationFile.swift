import AttributeSpec
import Foundation

/// Which configuration file a command reads, and reading it: one rule for `generate`, `check`,
/// `lint` and `breaking`, so that they agree on the access level, the acronym style (which
/// decides Swift names, and so which names collide) and the ignored breaking rules.
///
/// The file is the one `--config` names, or else `attribute-codegen.yaml` or
/// `attribute-codegen.yml` in the folder that holds the specs' `Spec` folder (the working folder
/// for `Spec/`, the target's folder for `Sources/<Target>/Spec/`: `SpecLayout`); both there at
/// once is an error.
enum ConfigurationFile {
    /// The configuration a command works with, the file it came from, and what reading it found.
    struct Loaded {
        /// The settings; the defaults when there is no file or it has errors.
        var config = GeneratorConfig()
        /// The file read, if any.
        var path: String?
        var diagnostics: [Diagnostic] = []
    }

    /// Reads the file `explicit` names, or else the one in `folder`, a prefix (`""` for the
    /// working folder, `Sources/Models/`).
    static func load(explicit: String?, folder: String = "", fileManager: FileManager = .default) -> Loaded {
        var loaded = Loaded()
        if let explicit {
            loaded.path = explicit
        } else {
            let present = CodegenFileRules.configurationFileNames.map { folder + $0 }.filter { fileManager.fileExists(atPath: $0) }
            if present.count > 1 {
                loaded.diagnostics.append(.error("two configuration files, \(present.joined(separator: " and ")); keep one of the two", at: nil))
                return loaded
            }
            loaded.path = present.first
        }
        guard let path = loaded.path else { return loaded }
        switch SpecFileCollector.read(path) {
        case .success(let bytes):
            let (config, found) = ConfigLoader.load(bytes, file: path)
            loaded.config = config
            loaded.diagnostics += found
        case .failure(let diagnostic):
            loaded.diagnostics.append(diagnostic)
        }
        return loaded
    }
}
