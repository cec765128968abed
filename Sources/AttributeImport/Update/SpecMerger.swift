import AttributeSpec

/// Decides what `import --update` changes in an existing spec, so that nothing a person did by
/// hand is lost. `SpecTextEditor` then makes exactly those changes in the file's text.
///
/// The model owns, for each attribute it produced: which members exist (matched by
/// `provider_name` at every level), their `type` and their `fields`, and a description that is
/// missing. Everything else belongs to the person and is never touched: every other key at any
/// level (`swift_name`, `timestamp_format`, `deprecated`, keys added to the format later), a
/// changed `name` or description, the order of attributes, context attributes (no
/// `provider_name`), hand-written attributes with a dotted `provider_name`, and attributes
/// marked `pinned: true`, which the update leaves exactly as they are even when the model no
/// longer has the member.
/// - Members the model added go in at their sorted place; members it removed are removed.
/// - A context attribute of the request whose name is a member's takes that member's place.
/// - `keep` names attributes (name or dotted path) to mark `pinned: true`.
public enum SpecMerger {
    /// What an update changed and what it kept, for the summary.
    public struct Summary: Hashable, Sendable {
        /// Attribute paths the model added (`output_config.target_platform`).
        public var added: [String] = []
        /// Attribute paths the model no longer has, removed from the spec.
        public var removed: [String] = []
        /// Removed attribute paths whose comment (the comment lines right above them) went with them.
        public var removedWithComment: [String] = []
        /// Attribute paths the model no longer has, kept because they are pinned.
        public var pinned: [String] = []
        /// Attribute paths newly marked `pinned: true` by `--keep`.
        public var newlyPinned: [String] = []
        /// Attribute paths whose type changed, with the change (`x: STRING → INT64`).
        public var retyped: [String] = []
        /// Attribute paths whose missing description was filled in from the model.
        public var described: [String] = []
        /// Members whose place a context attribute took (`tags (was member Tags)`).
        public var replacedByContext: [String] = []
        /// Attribute paths whose description was replaced by the model's (`--take-descriptions`).
        public var redescribed: [String] = []
        /// Hand edits kept, by attribute and key (`creation_time timestamp_format`).
        public var keptEdits: [String] = []
        /// Attribute paths whose known values the model changed, with the values added and
        /// removed (`status: added DELETING; removed STOPPED`).
        public var revalued: [String] = []

        /// Whether the update changes the spec.
        public var hasChanges: Bool {
            !(added.isEmpty && removed.isEmpty && newlyPinned.isEmpty && retyped.isEmpty && described.isEmpty
                && redescribed.isEmpty && replacedByContext.isEmpty && revalued.isEmpty)
        }

        /// One line per change and per hand edit kept, then a count line ("no changes" when none).
        public var lines: [String] {
            var lines: [String] = []
            lines += added.map { "added \($0)" }
            lines += removed.map {
                "removed \($0) (no longer in the model\(removedWithComment.contains($0) ? "; the comment above it went with it" : ""))"
            }
            lines += retyped.map { "changed type of \($0)" }
            lines += revalued.map { "changed values of \($0)" }
            lines += described.map { "filled the missing description of \($0) from the model" }
            lines += redescribed.map { "took the model's description of \($0)" }
            lines += replacedByContext.map { "context attribute \($0)" }
            lines += newlyPinned.map { "pinned \($0) (pinned: true, from --keep)" }
            lines += pinned.map { "kept \($0) (no longer in the model; pinned)" }
            lines += keptEdits.map { "kept hand edit: \($0)" }
            let kept = keptEdits.count + pinned.count
            let keptText = "\(kept) hand edit\(kept == 1 ? "" : "s") kept"
            if hasChanges {
                var counts = ["\(added.count) added", "\(removed.count) removed", "\(retyped.count) retyped"]
                if !revalued.isEmpty { counts.append("\(revalued.count) revalued") }
                if !described.isEmpty || !redescribed.isEmpty { counts.append("\(described.count + redescribed.count) described") }
                if !replacedByContext.isEmpty { counts.append("\(replacedByContext.count) replaced by context") }
                if !newlyPinned.isEmpty { counts.append("\(newlyPinned.count) pinned") }
                lines.append(counts.joined(separator: ", ") + ", " + keptText)
            } else {
                lines.append("no changes; \(keptText)")
            }
            return lines
        }
    }

    /// Merges `imported` (fresh from the model) into `existing` (the spec on disk).
    ///
    /// - Parameters:
    ///   - keep: names (or dotted paths) of attributes to mark `pinned: true`.
    ///   - takeDescriptions: replace descriptions that differ from the model's (of attributes not pinned).
    /// - Returns: the updated spec and the summary.
    public static func merge(
        existing: Spec, imported: Spec, keep: Set<String> = [], takeDescriptions: Bool = false
    ) -> (spec: Spec, summary: Summary) {
        let result = plan(existing: existing, imported: imported, keep: keep, takeDescriptions: takeDescriptions)
        return (result.plan.spec, result.summary)
    }

    /// The plan of an update, its summary, and the `keep` names that matched no attribute.
    static func plan(
        existing: Spec, imported: Spec, keep: Set<String>, takeDescriptions: Bool = false
    ) -> (plan: UpdatePlan, summary: Summary, unusedKeep: [String]) {
        var merger = Merger(keep: keep, takeDescriptions: takeDescriptions)
        var spec = existing
        var plan = UpdatePlan(spec: existing)
        if existing.description == nil, let description = imported.description {
            spec.description = description
            plan.tableKeysToAdd.append(.description)
            merger.summary.described.append("the table")
        } else if let description = existing.description, description.value != imported.description?.value {
            if takeDescriptions, let model = imported.description {
                spec.description = model
                plan.tableKeysToReplace.append(.description)
                merger.summary.redescribed.append("the table")
            } else {
                merger.summary.keptEdits.append("table description" + Merger.differs(from: imported.description))
            }
        }
        for key in SpecKey.keys(at: .table) where !key.isImported(at: .table) && has(key, existing) {
            merger.summary.keptEdits.append("table \(key.rawValue)")
        }
        let attributes = merger.merge(existing.attributes, imported.attributes, path: "")
        spec.attributes = attributes.merged
        plan.attributes = attributes.plan
        plan.spec = spec
        let unused = keep.subtracting(merger.usedKeep).sorted()
        return (plan, merger.summary, unused)
    }

    /// Whether the table has `key`.
    static func has(_ key: SpecKey, _ spec: Spec) -> Bool {
        switch key {
        case .resource, .attributes: true
        case .description: spec.description != nil
        case .swiftName: spec.swiftName != nil
        case .timestampFormat: spec.timestampFormat != nil
        case .name, .type, .providerName, .elementSwiftName, .values, .valuesClosed, .deprecated, .pinned, .fields: false
        }
    }

    /// Whether the attribute has `key`.
    static func has(_ key: SpecKey, _ attribute: Attribute) -> Bool {
        switch key {
        case .name, .type: true
        case .providerName: attribute.providerName != nil
        case .description: attribute.description != nil
        case .swiftName: attribute.swiftName != nil
        case .timestampFormat: attribute.timestampFormat != nil
        case .elementSwiftName: attribute.elementSwiftName != nil
        case .deprecated: attribute.deprecated != nil
        case .pinned: attribute.pinned != nil
        case .values: attribute.values != nil
        case .valuesClosed: attribute.valuesClosed != nil
        case .fields: attribute.fields != nil
        case .resource, .attributes: false
        }
    }

    /// Whether an existing attribute is one of the model's members: it has a provider name that is
    /// one key (the import never writes a dotted path; a person who does has written their own).
    static func isMember(_ attribute: Attribute) -> Bool {
        guard let provider = attribute.providerName?.value else { return false }
        return !provider.utf8.contains(UInt8(ascii: "."))
    }
}

/// The state of one merge: the summary so far and which `keep` names were used.
private struct Merger {
    let keep: Set<String>
    let takeDescriptions: Bool
    var usedKeep: Set<String> = []
    var summary = SpecMerger.Summary()

    init(keep: Set<String>, takeDescriptions: Bool) {
        self.keep = keep
        self.takeDescriptions = takeDescriptions
    }

    /// Whether `--keep` names the attribute at `path` with `name`; records the use.
    mutating func isKept(name: String, path: String) -> Bool {
        var found = false
        for candidate in [name, path] where keep.contains(candidate) {
            usedKeep.insert(candidate)
            found = true
        }
        return found
    }

    /// Merges one list; `path` is the parent's path with a trailing dot, or empty.
    mutating func merge(_ existing: [Attribute], _ imported: [Attribute], path: String) -> (merged: [Attribute], plan: ListPlan) {
        var plan = ListPlan()
        var matchedExisting: Set<Int> = []
        var matchedImported: Set<Int> = []
        var pairs: [Int: Int] = [:]
        // Context attributes of the request match by name, whatever the existing one is.
        for (freshIndex, fresh) in imported.enumerated() where fresh.providerName == nil {
            if let oldIndex = existing.indices.first(where: { existing[$0].name.value == fresh.name.value && !matchedExisting.contains($0) }) {
                matchedExisting.insert(oldIndex)
                matchedImported.insert(freshIndex)
                pairs[oldIndex] = freshIndex
            }
        }
        // Members match by provider name.
        var existingByProvider: [String: Int] = [:]
        for (index, attribute) in existing.enumerated() where !matchedExisting.contains(index) && SpecMerger.isMember(attribute) {
            if let provider = attribute.providerName?.value, existingByProvider[provider] == nil {
                existingByProvider[provider] = index
            }
        }
        for (freshIndex, fresh) in imported.enumerated() where !matchedImported.contains(freshIndex) {
            guard let provider = fresh.providerName?.value, let oldIndex = existingByProvider[provider],
                  !matchedExisting.contains(oldIndex) else { continue }
            matchedExisting.insert(oldIndex)
            matchedImported.insert(freshIndex)
            pairs[oldIndex] = freshIndex
        }

        var merged: [(index: Int?, attribute: Attribute)] = []
        for (index, old) in existing.enumerated() {
            let oldPath = path + old.name.value
            if let freshIndex = pairs[index] {
                var item = mergeItem(old, imported[freshIndex], path: oldPath, pinning: isKept(name: old.name.value, path: oldPath))
                if !old.isPinned, item.merged.isPinned {
                    item.keysToAdd.append(.pinned)
                    summary.newlyPinned.append(oldPath)
                }
                if !item.isEmpty { plan.edits[index] = item }
                merged.append((index, item.merged))
                continue
            }
            if old.isPinned {
                _ = isKept(name: old.name.value, path: oldPath)
                summary.pinned.append(oldPath)
                merged.append((index, old))
            } else if !SpecMerger.isMember(old) {
                summary.keptEdits.append(oldPath + (old.providerName == nil ? " (context attribute)" : " (hand-written attribute)"))
                if isKept(name: old.name.value, path: oldPath) {
                    var pinned = old
                    pinned.pinned = Located(true, at: old.location)
                    plan.edits[index] = ItemPlan(merged: pinned, keysToAdd: [.pinned])
                    summary.newlyPinned.append(oldPath)
                    merged.append((index, pinned))
                } else {
                    merged.append((index, old))
                }
            } else if isKept(name: old.name.value, path: oldPath) {
                var pinned = old
                pinned.pinned = Located(true, at: old.location)
                plan.edits[index] = ItemPlan(merged: pinned, keysToAdd: [.pinned])
                summary.newlyPinned.append(oldPath)
                merged.append((index, pinned))
            } else {
                plan.removals[index] = oldPath
                summary.removed.append(oldPath)
            }
        }
        // New attributes go before the first remaining item whose name sorts after theirs.
        for (freshIndex, fresh) in imported.enumerated() where !matchedImported.contains(freshIndex) {
            // The spec's own attribute of that name (a context or hand-written attribute, or a
            // member renamed to it) stays; the member is not added beside it.
            if let owner = merged.first(where: { $0.attribute.name.value == fresh.name.value }) {
                summary.keptEdits.append(
                    "\(path + owner.attribute.name.value) (in place of the model's new member \(fresh.providerName?.value ?? fresh.name.value); "
                        + "rename it to take the member)")
                continue
            }
            summary.added.append(path + fresh.name.value)
            let position = merged.firstIndex { $0.attribute.name.value.utf8.lexicographicallyPrecedes(fresh.name.value.utf8) == false }
            merged.insert((nil, fresh), at: position ?? merged.endIndex)
        }
        // Each new item goes before the next existing one; items sharing a place keep the merged order.
        for (position, item) in merged.enumerated() where item.index == nil {
            let before = merged[(position + 1)...].first { $0.index != nil }?.index
            plan.insertions.append(ListPlan.Insertion(before: before, attribute: item.attribute))
        }
        return (merged.map(\.attribute), plan)
    }

    /// How a kept description relates to the model's.
    static func differs(from model: Located<String>?) -> String {
        model == nil ? " (the model has none)" : " (differs from the model's; delete it or pass --take-descriptions to take the model's)"
    }

    /// Merges an existing attribute with the model's attribute it matched; `pinning` (from
    /// `--keep`) pins it in this run, so this run already leaves it as it is.
    mutating func mergeItem(_ old: Attribute, _ fresh: Attribute, path: String, pinning: Bool) -> ItemPlan {
        var plan = ItemPlan(merged: old)
        // Every key the import does not write is a person's.
        for key in SpecKey.keys(at: .attribute) where !key.isImported(at: .attribute) && SpecMerger.has(key, old) {
            summary.keptEdits.append("\(path) \(key.rawValue)")
        }
        if pinning, !old.isPinned { plan.merged.pinned = Located(true, at: old.location) }
        if plan.merged.isPinned { return plan }
        if old.name.value != fresh.name.value {
            summary.keptEdits.append("\(path) name (the model's would be '\(fresh.name.value)')")
        }
        if fresh.providerName == nil {
            // A context attribute of the request: it takes the member's place.
            if old.providerName != nil {
                plan.keysToRemove.append(.providerName)
                plan.merged.providerName = nil
                if old.fields != nil {
                    plan.keysToRemove.append(.fields)
                    plan.merged.fields = nil
                }
                if old.type.value != fresh.type.value {
                    plan.replaceType = true
                    plan.merged.type = fresh.type
                }
                summary.replacedByContext.append("\(path) (\(fresh.type.value.rawValue)) takes the place of member \(old.providerName?.value ?? "")")
            }
            return plan
        }
        if let description = old.description {
            if description.value != fresh.description?.value {
                if takeDescriptions, let model = fresh.description {
                    plan.merged.description = model
                    plan.keysToReplace.append(.description)
                    summary.redescribed.append(path)
                } else {
                    summary.keptEdits.append("\(path) description" + Self.differs(from: fresh.description))
                }
            }
        } else if let description = fresh.description {
            plan.merged.description = description
            plan.keysToAdd.append(.description)
            summary.described.append(path)
        }
        if old.type.value != fresh.type.value {
            plan.replaceType = true
            plan.merged.type = fresh.type
            summary.retyped.append("\(path): \(old.type.value.rawValue) → \(fresh.type.value.rawValue)")
        }
        mergeValues(old, fresh, path: path, into: &plan)
        switch (old.fields, fresh.fields) {
        case (let oldFields?, let freshFields?):
            let fields = merge(oldFields, freshFields, path: path + ".")
            plan.merged.fields = fields.merged
            plan.fields = fields.plan
        case (nil, let freshFields?):
            plan.merged.fields = freshFields
            plan.keysToAdd.append(.fields)
        case (_?, nil):
            plan.merged.fields = nil
            plan.keysToRemove.append(.fields)
        case (nil, nil):
            break
        }
        return plan
    }

    /// Keeps the known values in step with the model's, which owns the list where it has one:
    /// values it added go in, values it dropped go, in the model's order; a description the spec
    /// gives a value stays (botocore has none to offer). A set the model does not have is a
    /// person's and stays, unless the attribute's new type cannot hold values.
    mutating func mergeValues(_ old: Attribute, _ fresh: Attribute, path: String, into plan: inout ItemPlan) {
        guard let freshValues = fresh.values else {
            guard old.values != nil || old.valuesClosed != nil else { return }
            if fresh.type.value == .string || fresh.type.value == .unorderedListString {
                if old.values != nil { summary.keptEdits.append("\(path) values (the model has none)") }
                return
            }
            // The new type holds no strings: the set cannot stay.
            if old.values != nil {
                plan.keysToRemove.append(.values)
                plan.merged.values = nil
                plan.merged.valuesLocation = nil
            }
            if old.valuesClosed != nil {
                plan.keysToRemove.append(.valuesClosed)
                plan.merged.valuesClosed = nil
            }
            summary.revalued.append("\(path): removed the values (its type no longer holds strings)")
            return
        }
        guard let oldValues = old.values else {
            plan.merged.values = freshValues
            plan.keysToAdd.append(.values)
            if let closed = fresh.valuesClosed, old.valuesClosed == nil {
                plan.merged.valuesClosed = closed
                plan.keysToAdd.append(.valuesClosed)
            }
            summary.revalued.append("\(path): added \(freshValues.count) value\(freshValues.count == 1 ? "" : "s")")
            return
        }
        if let closed = fresh.valuesClosed, old.valuesClosed == nil {
            // The model now says the set is closed (Azure's `modelAsString: false`).
            plan.merged.valuesClosed = closed
            plan.keysToAdd.append(.valuesClosed)
            summary.revalued.append("\(path): closed, as the model now says")
        }
        let oldSet = Set(oldValues.map(\.value.value))
        let freshSet = Set(freshValues.map(\.value.value))
        let added = freshValues.map(\.value.value).filter { !oldSet.contains($0) }
        let removed = oldValues.map(\.value.value).filter { !freshSet.contains($0) }
        var descriptions: [String: Located<String>] = [:]
        for known in oldValues {
            if let description = known.description { descriptions[known.value.value] = description }
        }
        let merged = freshValues.map { known in
            KnownValue(value: known.value, description: descriptions[known.value.value] ?? known.description)
        }
        guard merged.map(\.value.value) != oldValues.map(\.value.value)
            || merged.map(\.description?.value) != oldValues.map(\.description?.value) else { return }
        plan.merged.values = merged
        plan.keysToReplace.append(.values)
        var change: [String] = []
        if !added.isEmpty { change.append("added " + added.joined(separator: ", ")) }
        if !removed.isEmpty { change.append("removed " + removed.joined(separator: ", ")) }
        if change.isEmpty {
            let reordered = merged.map(\.value.value) != oldValues.map(\.value.value)
            change.append(reordered ? "took the model's order" : "took the model's value descriptions")
        }
        summary.revalued.append("\(path): " + change.joined(separator: "; "))
    }
}
