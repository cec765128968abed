/// Turns the document tree of the configuration file (`attribute-codegen.yaml` or `.yml`) into a `Configuration`.
///
/// Like the spec loader it collects every problem of the file before giving up, and each
/// diagnostic points at the key or value that caused it.
public enum ConfigurationLoader {
    /// Reads and loads a configuration file's bytes; `file` names it in diagnostics and its
    /// extension picks the reader (YAML, or JSON for a `.json` file).
    public static func load(_ bytes: [UInt8], file: String) -> (config: Configuration, diagnostics: [Diagnostic]) {
        do {
            return load(try SpecFileReader.read(bytes, file: file))
        } catch {
            return (Configuration(), [error])
        }
    }

    /// Loads a configuration from a document that was already read; `nil` (an empty file)
    /// yields the defaults.
    public static func load(_ root: Node?) -> (config: Configuration, diagnostics: [Diagnostic]) {
        var config = Configuration()
        guard let root else { return (config, []) }
        guard let entries = root.mappingEntries else {
            return (config, [.configNotMapping(root)])
        }
        var diagnostics: [Diagnostic] = []
        for entry in entries {
            switch entry.keyText {
            case "access_level":
                config.accessLevel = choice(of: entry, named: "access level", diagnostics: &diagnostics)
                config.accessLevelLocation = config.accessLevel == nil ? nil : entry.value.location
            case "acronyms":
                config.acronyms = choice(of: entry, named: "acronym style", diagnostics: &diagnostics)
            case "breaking":
                config.ignoredBreakingRules = loadBreaking(entry.value, diagnostics: &diagnostics)
            case "outputs":
                config.storeOutputs = loadOutputs(entry.value, diagnostics: &diagnostics)
            case "key_columns":
                config.keyColumns = loadKeyColumns(entry.value, diagnostics: &diagnostics)
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

    /// The keys of the `breaking` section.
    static let breakingKeys = ["ignore"]

    /// `breaking: { ignore: [RULE_ID | category, ...] }`: the known names, in order.
    private static func loadBreaking(_ node: Node, diagnostics: inout [Diagnostic]) -> [Located<String>] {
        guard let entries = node.mappingEntries else {
            diagnostics.append(.configSectionNotMapping("breaking", node))
            return []
        }
        var ignored: [Located<String>] = []
        for entry in entries {
            guard entry.keyText == "ignore" else {
                diagnostics.append(.unknownSectionKey(entry.keyText, section: "breaking", known: breakingKeys, at: entry.key.location))
                continue
            }
            guard let items = entry.value.sequenceItems else {
                diagnostics.append(.configValueNotList(key: "ignore", entry.value))
                continue
            }
            let known = BreakingRule.ignorableNames
            for item in items {
                guard let text = item.scalarText else {
                    diagnostics.append(.configValueNotScalar(key: "ignore", item))
                    continue
                }
                if known.contains(text) {
                    ignored.append(Located(text, at: item.location))
                } else {
                    diagnostics.append(.unknownBreakingRule(text, at: item.location))
                }
            }
        }
        return ignored
    }
}

extension ConfigurationLoader {
    /// `outputs: [json_schema, postgresql, sqlite]`: the known names; a repeated one is harmless.
    fileprivate static func loadOutputs(_ node: Node, diagnostics: inout [Diagnostic]) -> Set<StoreOutput> {
        guard let items = node.sequenceItems else {
            diagnostics.append(.configValueNotList(key: "outputs", node))
            return []
        }
        var outputs: Set<StoreOutput> = []
        for item in items {
            guard let text = item.scalarText else {
                diagnostics.append(.configValueNotScalar(key: "outputs", item))
                continue
            }
            guard let output = StoreOutput(rawValue: text) else {
                diagnostics.append(.unknownChoice("output", text, known: StoreOutput.allCases.map(\.rawValue), at: item.location))
                continue
            }
            outputs.insert(output)
        }
        return outputs
    }

    /// `key_columns: { table: [attribute, ...] }`; whether each table has those attributes is
    /// checked when its spec is generated.
    fileprivate static func loadKeyColumns(_ node: Node, diagnostics: inout [Diagnostic]) -> [String: [Located<String>]] {
        guard let entries = node.mappingEntries else {
            diagnostics.append(.configSectionNotMapping("key_columns", node))
            return [:]
        }
        var keys: [String: [Located<String>]] = [:]
        for entry in entries {
            guard let items = entry.value.sequenceItems, !items.isEmpty else {
                diagnostics.append(.error(
                    "the key columns of '\(entry.keyText)' must be a non-empty list of attribute names, found \(entry.value.shapeDescription)",
                    at: entry.value.location))
                continue
            }
            var columns: [Located<String>] = []
            for item in items {
                guard let text = item.scalarText else {
                    diagnostics.append(.configValueNotScalar(key: entry.keyText, item))
                    continue
                }
                if columns.contains(where: { $0.value == text }) {
                    diagnostics.append(.error("key column '\(text)' of '\(entry.keyText)' is listed twice", at: item.location))
                    continue
                }
                columns.append(Located(text, at: item.location))
            }
            keys[entry.keyText] = columns
        }
        return keys
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

    static func configSectionNotMapping(_ key: String, _ node: Node) -> Diagnostic {
        .error("'\(key)' must be a mapping, found \(node.shapeDescription)", at: node.location)
    }

    static func configValueNotList(key: String, _ node: Node) -> Diagnostic {
        .error("'\(key)' must be a list, found \(node.shapeDescription)", at: node.location)
    }

    static func unknownSectionKey(_ key: String, section: String, known: [String], at location: SourceLocation) -> Diagnostic {
        .error(
            "unknown key '\(key)' in '\(section)'; known keys: \(known.joined(separator: ", "))",
            at: location,
            note: didYouMean(Suggestion.closest(to: key, among: known))
        )
    }

    /// An `ignore` entry that is neither a rule id nor a category.
    static func unknownBreakingRule(_ text: String, at location: SourceLocation) -> Diagnostic {
        .error(
            "unknown breaking-change rule or category '\(text)'",
            at: location,
            note: didYouMean(Suggestion.closest(to: text, among: BreakingRule.ignorableNames))
        )
    }

    static func unknownConfigKey(_ key: String, at location: SourceLocation) -> Diagnostic {
        .error(
            "unknown key '\(key)' in the configuration file; known keys: \(Configuration.knownKeys.joined(separator: ", "))",
            at: location,
            note: didYouMean(Suggestion.closest(to: key, among: Configuration.knownKeys))
        )
    }
}

private func didYouMean(_ candidate: String?) -> String? {
    candidate.map { "did you mean '\($0)'?" }
}
