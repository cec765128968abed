import AttributeSpec

/// A deterministic random number generator (SplitMix64), so a failing round can be replayed from its seed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random edits a person may make to an imported spec, every one of which the format allows and
/// `import --update` must keep: every key the import does not write (at the table and at any
/// depth), comments, blank lines, quoting, key order, attribute order, renames, rewritten
/// descriptions, context attributes and pins.
struct HandEdits {
    var random: SeededGenerator
    /// What was done, for a failure message.
    var log: [String] = []
    /// A counter that keeps hand-written names unique.
    var counter = 0
    /// Whether pins and renames are among the edits (an oracle that predicts paths turns them off).
    var pinsAndRenames = true
    /// Provider names of attributes left without hand edits (ones a test expects to be removed).
    var untouched: Set<String> = []

    /// One site: an attribute with its node and the 0-based line of its first key.
    struct Site {
        var attribute: Attribute
        var node: Node
    }

    /// A change to one line: insert lines before it, or replace it.
    enum LineEdit {
        case insertBefore([String])
        case replace(String)
    }

    mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &random) < probability
    }

    mutating func unique() -> Int {
        counter += 1
        return counter
    }

    /// Applies a random set of edits to `text`, which must be a spec the import wrote.
    mutating func apply(to text: String, file: String) throws -> String {
        guard let root = try SpecFileReader.read(Array(text.utf8), file: file),
              let spec = SpecFile.load(Array(text.utf8), file: file).spec?.spec,
              let entries = root.mappingEntries,
              let attributes = entries.first(where: { $0.keyText == "attributes" })?.value.sequenceItems else {
            return text
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var edits: [Int: [LineEdit]] = [:]
        func add(_ line: Int, _ edit: LineEdit) { edits[line, default: []].append(edit) }

        // The table's own keys.
        if let resource = entries.first(where: { $0.keyText == "resource" }) {
            let line = resource.key.location.line  // the line after `resource:`
            if chance(0.4) { add(line, .insertBefore(["swift_name: HandTable\(unique())"])); log.append("table swift_name") }
            if chance(0.4) { add(line, .insertBefore(["timestamp_format: epoch_seconds_or_rfc3339"])); log.append("table timestamp_format") }
            if chance(0.3) { add(line, .insertBefore(["# A comment about the table."])); log.append("table comment") }
        }

        var sites: [Site] = []
        func collect(_ attributes: [Attribute], _ nodes: [Node]) {
            for (attribute, node) in zip(attributes, nodes) {
                sites.append(Site(attribute: attribute, node: node))
                if let fields = attribute.fields,
                   let fieldNodes = node.mappingEntries?.first(where: { $0.keyText == "fields" })?.value.sequenceItems {
                    collect(fields, fieldNodes)
                }
            }
        }
        collect(spec.attributes, attributes)

        for site in sites where !untouched.contains(site.attribute.providerName?.value ?? "") {
            let nameLine = site.node.location.line - 1
            let pad = String(repeating: " ", count: site.node.location.column - 1)
            let path = site.attribute.name.value
            // Keys the import does not write, right after `name` (not the writer's order).
            var keys: [String] = []
            if chance(0.15) { keys.append("swift_name: hand\(unique())") }
            if chance(0.1) { keys.append(chance(0.5) ? "deprecated: true" : "deprecated: \"Use hand_\(unique()) instead.\"") }
            if pinsAndRenames, chance(0.1) { keys.append("pinned: \(chance(0.7))") }
            if site.attribute.type.value == .timestamp, chance(0.5) { keys.append("timestamp_format: epoch_seconds") }
            if site.attribute.type.value == .unorderedListStruct, chance(0.3) { keys.append("element_swift_name: HandElement\(unique())") }
            if chance(0.1) { keys.insert("# Why \(path) is edited.", at: 0) }
            if !keys.isEmpty {
                add(nameLine + 1, .insertBefore(keys.map { pad + $0 }))
                log.append("\(path): \(keys)")
            }
            let entries = site.node.mappingEntries ?? []
            // A comment above the item, at its dash's column.
            if chance(0.1), site.node.location.column > 2 {
                add(nameLine, .insertBefore([String(repeating: " ", count: site.node.location.column - 3) + "# About \(path)."]))
                log.append("\(path): comment above")
            }
            // Quoting and key order: the type and provider_name lines are single lines.
            let type = entries.first { $0.keyText == "type" }
            let provider = entries.first { $0.keyText == "provider_name" }
            if let type, let provider, type.key.location.line + 1 == provider.key.location.line, chance(0.1) {
                add(type.key.location.line - 1, .replace(lines[provider.key.location.line - 1]))
                add(provider.key.location.line - 1, .replace(lines[type.key.location.line - 1]))
                log.append("\(path): provider_name before type")
            } else if let type, chance(0.2) {
                let quote = chance(0.5) ? "\"" : "'"
                add(type.key.location.line - 1, .replace(pad + "type: \(quote)\(site.attribute.type.value.rawValue)\(quote)"))
                log.append("\(path): quoted type")
            } else if let provider, chance(0.05) {
                add(provider.key.location.line, .insertBefore([""]))
                log.append("\(path): blank line inside")
            }
            // A rename and a rewritten description.
            if pinsAndRenames, site.attribute.providerName != nil, chance(0.05) {
                add(nameLine, .replace(String(lines[nameLine].prefix(site.node.location.column - 1)) + "name: \(path)_hand\(unique())"))
                log.append("\(path): renamed")
            }
            if let description = entries.first(where: { $0.keyText == "description" }),
               case .scalar(_, .plain) = description.value.kind, description.key.location.line == description.value.location.line,
               chance(0.1) {
                add(description.key.location.line - 1, .replace(pad + "description: 'Hand-written: what \(path) means, for us.'"))
                log.append("\(path): description rewritten")
            }
        }

        // Apply from the bottom up, so earlier line numbers stay valid.
        for line in edits.keys.sorted(by: >) {
            // Replacements first: an insertion moves the line it stands before.
            let ordered = (edits[line] ?? []).sorted { first, _ in
                if case .replace = first { return true } else { return false }
            }
            for edit in ordered {
                switch edit {
                case .replace(let text): lines[line] = text
                case .insertBefore(let new): lines.insert(contentsOf: new, at: line)
                }
            }
        }
        var result = lines.joined(separator: "\n")

        // A context attribute added by hand at the end, with a trailing comment.
        if chance(0.5) {
            if !result.hasSuffix("\n") { result += "\n" }
            result += "\n  - name: hand_context_\(unique())   # supplied by the caller\n    type: STRING\n"
            log.append("context attribute")
        }
        // Attribute order: the last top-level attribute moved to the front.
        if chance(0.3) {
            result = moveLastAttributeFirst(result)
            log.append("last attribute first")
        }
        return result
    }

    /// Moves the last top-level item (from its `  - ` line to the end) before the first one.
    func moveLastAttributeFirst(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let trailing = lines.last == "" ? lines.removeLast() : nil
        // Items follow `attributes:`, the last key the import writes (a block scalar above may hold `  - ` lines).
        guard let list = lines.firstIndex(of: "attributes:") else { return text }
        let items = lines.indices.filter { $0 > list && lines[$0].hasPrefix("  - ") }
        guard items.count > 1, let first = items.first, let last = items.last else { return text }
        let moved = Array(lines[last...])
        lines.removeSubrange(last...)
        while lines.last == "" { lines.removeLast() }
        lines.insert(contentsOf: moved + [""], at: first)
        return lines.joined(separator: "\n") + (trailing != nil ? "\n" : "")
    }
}
