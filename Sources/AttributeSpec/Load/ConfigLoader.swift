/// Turns the document tree of the configuration file (`attribute-codegen.yaml` or `.yml`) into a `GeneratorConfig`.
///
/// Like the spec loader it collects every problem of the file before giving up, and each
/// diagnostic points at the key or value that caused it.
public enum ConfigLoader {
    /// Reads and loads a configuration file's bytes; `file` names it in diagnostics and its
    /// extension picks the reader (YAML, or JSON for a `.json` file).
    public static func load(_ bytes: [UInt8], file: String) -> (config: GeneratorConfig, diagnostics: [Diagnostic]) {
        do {
            return load(try SpecFileReader.read(bytes, file: file))
        } catch {
            return (GeneratorConfig(), [error])
        }
    }

    /// Loads a configuration from a document that was already read; `nil` (an empty file)
    /// yields the defaults.
    public static func load(_ root: Node?) -> (config: GeneratorConfig, diagnostics: [Diagnostic]) {
        var config = GeneratorConfig()
        guard let root else { return (config, []) }
        guard let entries = root.mappingEntries else {
            return (config, [.configNotMapping(root)])
        }
        var diagnostics: [Diagnostic] = []
        for entry in entries {
            switch entry.keyText {
            case "access_level":
                guard let text = entry.value.scalarText else {
                    diagnostics.append(.configValueNotScalar(key: entry.keyText, entry.value))
                    continue
                }
                if let level = GeneratorConfig.AccessLevel(rawValue: text) {
                    config.accessLevel = level
                } else {
                    diagnostics.append(.unknownAccessLevel(text, at: entry.value.location))
                }
            default:
                diagnostics.append(.unknownConfigKey(entry.keyText, at: entry.key.location))
            }
        }
        return (config, diagnostics)
    }
}

extension Diagnostic {
    static func configNotMapping(_ node: Node) -> Diagnostic {
        .error(
            "the configuration file must be a mapping of settings, found \(node.shapeDescription)",
            at: node.location
        )
    }

    static func configValueNotScalar(key: String, _ node: Node) -> Diagnostic {
        .error("'\(key)' must be a scalar, found \(node.shapeDescription)", at: node.location)
    }

    static func unknownAccessLevel(_ text: String, at location: SourceLocation) -> Diagnostic {
        let known = GeneratorConfig.AccessLevel.allCases.map(\.rawValue)
        return .error(
            "unknown access level '\(text)'; expected one of \(known.joined(separator: ", "))",
            at: location,
            note: didYouMean(Suggestion.closest(to: text, among: known))
        )
    }

    static func unknownConfigKey(_ key: String, at location: SourceLocation) -> Diagnostic {
        .error(
            "unknown key '\(key)' in the configuration file; known keys: \(GeneratorConfig.knownKeys.joined(separator: ", "))",
            at: location,
            note: didYouMean(Suggestion.closest(to: key, among: GeneratorConfig.knownKeys))
        )
    }
}

private func didYouMean(_ candidate: String?) -> String? {
    candidate.map { "did you mean '\($0)'?" }
}
