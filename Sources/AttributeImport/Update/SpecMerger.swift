import AttributeSpec

/// Re-imports into an existing spec (`import --update`) without losing what a person did by hand.
///
/// Attributes are matched by provider name at every level (the model's identity for a
/// member); attributes without a provider name are the caller's context attributes.
/// - Members the model added are added.
/// - Members the model removed are removed and reported, unless their name is in `keep`
///   (pinned on purpose), in which case they stay and are reported as kept.
/// - Context attributes, `swift_name`s, renamed attribute names and descriptions that differ
///   from the model's are kept; a missing description is filled from the model.
/// - Types and nested fields follow the model (a type change is reported).
/// - The table's own description and `swift_name` are kept.
public enum SpecMerger {
    /// What an update changed, for the summary.
    public struct Summary: Hashable, Sendable {
        /// Attribute paths the model added (`output_config.target_platform`).
        public var added: [String] = []
        /// Attribute paths the model no longer has, removed from the spec.
        public var removed: [String] = []
        /// Attribute paths the model no longer has, kept because they were pinned.
        public var pinned: [String] = []
        /// Attribute paths whose type changed, with the change (`x: STRING → INT64`).
        public var retyped: [String] = []
        /// Hand edits kept: swift_name, renamed, edited descriptions, context attributes.
        public var keptEdits: [String] = []

        /// One line per change, then a count line.
        public var lines: [String] {
            var lines: [String] = []
            lines += added.map { "added \($0)" }
            lines += removed.map { "removed \($0) (no longer in the model)" }
            lines += pinned.map { "kept \($0) (no longer in the model, pinned with --keep)" }
            lines += retyped.map { "changed type of \($0)" }
            lines += keptEdits.map { "kept hand edit: \($0)" }
            let kept = keptEdits.count + pinned.count
            lines.append("\(added.count) added, \(removed.count) removed, \(retyped.count) retyped, \(kept) hand edit\(kept == 1 ? "" : "s") kept")
            return lines
        }
    }

    /// Merges `imported` (fresh from the model) into `existing` (the spec on disk).
    ///
    /// - Parameter keep: names (or dotted paths) of attributes to keep although the model dropped them.
    public static func merge(existing: Spec, imported: Spec, keep: Set<String> = []) -> (spec: Spec, summary: Summary) {
        var summary = Summary()
        var spec = imported
        spec.file = existing.file
        if let description = existing.description {
            if description.value != imported.description?.value { summary.keptEdits.append("table description") }
            spec.description = description
        }
        if let swiftName = existing.swiftName {
            spec.swiftName = swiftName
            summary.keptEdits.append("table swift_name '\(swiftName.value)'")
        }
        spec.attributes = merge(existing.attributes, imported.attributes, path: "", keep: keep, summary: &summary)
        return (spec, summary)
    }

    static func merge(_ existing: [Attribute], _ imported: [Attribute], path: String, keep: Set<String>, summary: inout Summary) -> [Attribute] {
        var byProvider: [String: Attribute] = [:]
        for attribute in existing {
            if let provider = attribute.providerName?.value { byProvider[provider] = attribute }
        }
        let importedProviders = Set(imported.compactMap { $0.providerName?.value })
        // Context attributes given on the command line again match the existing ones by name.
        let importedContext = Set(imported.filter { $0.providerName == nil }.map(\.name.value))
        var result: [Attribute] = []
        for fresh in imported {
            let freshPath = path + fresh.name.value
            if fresh.providerName == nil,
               let old = existing.first(where: { $0.providerName == nil && $0.name.value == fresh.name.value }) {
                result.append(old)
                continue
            }
            guard let provider = fresh.providerName?.value, let old = byProvider[provider] else {
                summary.added.append(freshPath)
                result.append(fresh)
                continue
            }
            var merged = fresh
            let oldPath = path + old.name.value
            if old.name.value != fresh.name.value {
                merged.name = old.name
                summary.keptEdits.append("\(oldPath) (name; the model's would be '\(fresh.name.value)')")
            }
            if let swiftName = old.swiftName {
                merged.swiftName = swiftName
                summary.keptEdits.append("\(oldPath) swift_name '\(swiftName.value)'")
            }
            if let description = old.description {
                if description.value != fresh.description?.value {
                    // Edited by hand, or the model's wording changed since: either way the spec's
                    // text wins, and deleting it takes the model's on the next update.
                    summary.keptEdits.append("\(oldPath) description (differs from the model's; delete it to take the model's)")
                }
                merged.description = description
            }
            if old.type.value != fresh.type.value {
                summary.retyped.append("\(oldPath): \(old.type.value.rawValue) → \(fresh.type.value.rawValue)")
            }
            if let freshFields = fresh.fields {
                merged.fields = merge(old.fields ?? [], freshFields, path: oldPath + ".", keep: keep, summary: &summary)
            }
            result.append(merged)
        }
        for old in existing {
            let oldPath = path + old.name.value
            guard let provider = old.providerName?.value else {
                guard !importedContext.contains(old.name.value) else { continue }
                summary.keptEdits.append("\(oldPath) (context attribute)")
                result.append(old)
                continue
            }
            guard !importedProviders.contains(provider) else { continue }
            if keep.contains(old.name.value) || keep.contains(oldPath) {
                summary.pinned.append(oldPath)
                result.append(old)
            } else {
                summary.removed.append(oldPath)
            }
        }
        return result.sorted { $0.name.value.utf8.lexicographicallyPrecedes($1.name.value.utf8) }
    }
}
