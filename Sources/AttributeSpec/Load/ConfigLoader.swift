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
                config.accessLevel = choice(of: entry, named: "access level", diagnostics: &diagnostics)
            case "acronyms":
                config.acronyms = choice(of: entry, named: "acronym style", diagnostics: &diagnostics)
            default:
                diagnostics.append(.unknownConfigKey(entry.keyText, at: entry.key.location))
            }
        }
        return (config, diagnostics)
    }

    /// The setting an entry's value names among `Choice`'s cases, or `nil` and a diagnostic
    /// (`named` says what kind of value it is) when it names none or is not a scalar.
    private static func choice<Choice: CaseIterable & RawRepresentable<String>>(
        of entry: Node.MappingEntry,
        named kind: String,
        diagnostics: inout [Diagnostic]
    ) -> Choice? {
        guard let text = entry.value.scalarText else {
            diagnostics.append(.configValueNotScalar(key: entry.keyText, entry.value))
            return nil
        }
        guard let value = Choice(rawValue: text) else {
            let known = Choice.allCases.map(\.rawValue)
            diagnostics.append(.unknownChoice(kind, text, known: known, at: entry.value.location))
            return nil
        }
        return value
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

    /// A setting whose value is none of the ones it takes: `kind` names the setting's values
    /// ("access level").
    static func unknownChoice(_ kind: String, _ text: String, known: [String], at location: SourceLocation) -> Diagnostic {
        .error(
            "unknown \(kind) '\(text)'; expected one of \(known.joined(separator: ", "))",
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
