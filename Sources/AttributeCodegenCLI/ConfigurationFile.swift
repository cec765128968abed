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
        var config = Configuration()
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
        switch FileBytes.read(path) {
        case .success(let bytes):
            let (config, found) = ConfigurationLoader.load(bytes, file: path)
            loaded.config = config
            loaded.diagnostics += found
        case .failure(let diagnostic):
            loaded.diagnostics.append(diagnostic)
        }
        return loaded
    }

    /// The configuration of a group of specs (`SpecLayout`): the file `explicit` names, or the
    /// group's folder's. A configuration file inside one of the group's spec folders is not read,
    /// and every command says so with a warning at that file rather than ignore it silently.
    static func load(for group: SpecLayout.Group, explicit: String?, fileManager: FileManager = .default) -> Loaded {
        var loaded = load(explicit: explicit, folder: group.configurationFolder ?? "", fileManager: fileManager)
        for unread in SpecFileCollector.configurationFiles(under: group.paths) where unread != loaded.path {
            loaded.diagnostics.append(.configurationFileNotRead(at: unread))
        }
        return loaded
    }

    /// What every command's help says the default configuration file is.
    static let defaultHelp = CodegenFileRules.defaultConfigurationDescription

    /// The `--config` entry of a command's help, its text starting at `column` (the column its
    /// other options' text starts at) and wrapped at 96 columns, followed by what this command
    /// reads from the file.
    static func optionHelp(column: Int, reads: String) -> String {
        let option = "  --config <file>"
        let words = "The configuration file (default: \(defaultHelp)). \(reads)".split(separator: " ")
        var lines: [String] = []
        var line = option + String(repeating: " ", count: max(1, column - option.count))
        var lineHasWord = false
        for word in words {
            if lineHasWord, line.count + 1 + word.count > 96 {
                lines.append(line)
                line = String(repeating: " ", count: column)
                lineHasWord = false
            }
            line += (lineHasWord ? " " : "") + word
            lineHasWord = true
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }
}

extension Diagnostic {
    /// A configuration file among the specs, where no command reads it.
    static func configurationFileNotRead(at file: String) -> Diagnostic {
        .warning(
            "configuration file not read: the tool reads \(CodegenFileRules.configurationFileNames.joined(separator: " or ")) "
                + "from the folder that holds the Spec folder (the target's folder for Sources/<Target>/Spec/), or the file --config names",
            at: SourceLocation(file: file, line: 1, column: 1)
        )
    }
}
