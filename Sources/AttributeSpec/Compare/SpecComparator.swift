/// Compares validated specs with their baseline (an earlier version of the same tables) and
/// reports every change that breaks a stored record, the generated Swift API or the provider
/// mapping. No file I/O: the command-line tool reads both sides.
///
/// Tables are matched by `resource`, attributes by `name` at each level; Swift names are the
/// ones validation decided for the generator (`ValidatedSpec`), so only a change the generated
/// code shows is reported (a new `swift_name` equal to the old generated name is not).
public enum SpecComparator {
    /// Every breaking change between `baseline` and `current`, in the current specs' file order
    /// (deleted tables first, at their baseline location).
    public static func compare(baseline: [ValidatedSpec], current: [ValidatedSpec]) -> [BreakingChange] {
        var currentByTable: [String: ValidatedSpec] = [:]
        for validated in current where currentByTable[validated.spec.resource.value] == nil {
            currentByTable[validated.spec.resource.value] = validated
        }
        var deletedTables: [BreakingChange] = []
        var changes: [BreakingChange] = []
        for validated in baseline {
            let old = validated.spec
            guard let new = currentByTable[old.resource.value] else {
                deletedTables.append(BreakingChange(
                    .tableDeleted, "table '\(old.resource.value)' was deleted", at: old.resource.location
                ))
                continue
            }
            changes += compareTable(validated, new)
        }
        return deletedTables + changes.sortedByLocation(\.diagnostic.location)
    }

    /// ACCESS_LEVEL_NARROWED when `current` makes generated declarations less visible than
    /// `baseline` did; a missing setting is the generator's default, `public`.
    public static func compareAccessLevel(baseline: Configuration, current: Configuration) -> [BreakingChange] {
        let old = baseline.accessLevel ?? .public
        let new = current.accessLevel ?? .public
        guard rank(new) < rank(old) else { return [] }
        return [BreakingChange(
            .accessLevelNarrowed,
            "access level narrowed from \(old.rawValue) to \(new.rawValue)",
            at: current.accessLevelLocation,
            note: baseline.accessLevelLocation.map { .baselineNote("the baseline's access level was \(old.rawValue)", at: $0) }
        )]
    }

    /// The changes that `ignored` (rule ids and category names) does not turn off.
    public static func filter(_ changes: [BreakingChange], ignoring ignored: Set<String>) -> [BreakingChange] {
        changes.filter { !$0.rule.isIgnored(by: ignored) }
    }

    private static func rank(_ level: AccessLevel) -> Int {
        switch level {
        case .public: 2
        case .package: 1
        case .internal: 0
        }
    }

    // MARK: - Tables and levels

    private static func compareTable(_ old: ValidatedSpec, _ new: ValidatedSpec) -> [BreakingChange] {
        var changes: [BreakingChange] = []
        if old.typeName != new.typeName {
            changes.append(BreakingChange(
                .swiftNameChanged,
                "Swift type '\(old.typeName)' of table '\(new.spec.resource.value)' is now '\(new.typeName)'",
                at: new.spec.swiftName?.location ?? new.spec.resource.location
            ))
        }
        var level = LevelComparison()
        level.compare(old: old.attributes, new: new.attributes, newListLocation: new.spec.attributesLocation, path: [])
        return changes + level.changes
    }
}

/// The walk over matching levels of two specs.
private struct LevelComparison {
    var changes: [BreakingChange] = []

    mutating func compare(old: [NamedAttribute], new: [NamedAttribute], newListLocation: SourceLocation, path: [String]) {
        var newIndex: [String: Int] = [:]
        for (index, named) in new.enumerated() where newIndex[named.attribute.name.value] == nil {
            newIndex[named.attribute.name.value] = index
        }
        let oldSet = Set(old.map(\.attribute.name.value))
        let added = new.map(\.attribute).filter { !oldSet.contains($0.name.value) }

        for before in old {
            let name = before.attribute.name.value
            let attributePath = (path + [name]).joined(separator: ".")
            guard let index = newIndex[name] else {
                reportDeletion(before.attribute, path: attributePath, added: added, at: newListLocation)
                continue
            }
            let after = new[index]
            compareAttribute(before, after, path: attributePath)
            if before.nestedTypeName != nil, after.nestedTypeName != nil {
                compare(
                    old: before.fields, new: after.fields,
                    newListLocation: after.attribute.fieldsLocation ?? after.attribute.type.location,
                    path: path + [name]
                )
            }
        }
        reportReordering(old: old, new: new, path: path)
    }

    /// A warning at the first attribute that now stands after one it used to precede: the
    /// memberwise initialiser takes its arguments in spec order, so a call passing both no
    /// longer compiles. Additions and deletions alone move nothing (the arguments have defaults).
    private mutating func reportReordering(old: [NamedAttribute], new: [NamedAttribute], path: [String]) {
        var oldIndex: [String: Int] = [:]
        for (index, named) in old.enumerated() where oldIndex[named.attribute.name.value] == nil {
            oldIndex[named.attribute.name.value] = index
        }
        var previous: (name: String, index: Int)?
        for named in new {
            let name = named.attribute.name.value
            guard let index = oldIndex[name] else { continue }
            if let before = previous, index < before.index {
                let level = path.isEmpty ? "" : " in '\(path.joined(separator: "."))'"
                changes.append(BreakingChange(
                    .attributesReordered, severity: .warning,
                    "'\(name)' now comes after '\(before.name)'\(level): the generated initialiser takes its arguments in this order, "
                        + "so calls that pass both must be reordered",
                    at: named.attribute.name.location
                ))
                return
            }
            previous = (name, index)
        }
    }

    private mutating func reportDeletion(_ attribute: Attribute, path: String, added: [Attribute], at location: SourceLocation) {
        let what = path.contains(".") ? "field" : "attribute"
        var message = "\(what) '\(path)' was deleted"
        if let renamed = Self.likelyRename(of: attribute, among: added) {
            message += "; if it was renamed to '\(renamed.name.value)', that is still a deletion plus an addition: records stored with '\(attribute.name.value)' lose the value"
        }
        let severity: Diagnostic.Severity
        if attribute.deprecated != nil {
            severity = .warning
            message += " (it was deprecated)"
        } else {
            severity = .error
        }
        changes.append(BreakingChange(
            .attributeDeleted, severity: severity, message, at: location,
            note: .baselineNote("'\(path)' was declared here", at: attribute.location)
        ))
    }

    /// An added attribute that looks like the deleted one under a new name: the same provider
    /// name, or failing that the only addition of the same type.
    private static func likelyRename(of deleted: Attribute, among added: [Attribute]) -> Attribute? {
        if let provider = deleted.providerName?.value,
           let match = added.first(where: { $0.providerName?.value == provider }) {
            return match
        }
        let sameType = added.filter { $0.type.value == deleted.type.value }
        return sameType.count == 1 ? sameType.first : nil
    }

    private mutating func compareAttribute(_ oldNamed: NamedAttribute, _ newNamed: NamedAttribute, path: String) {
        let old = oldNamed.attribute
        let new = newNamed.attribute
        if old.type.value != new.type.value {
            changes.append(BreakingChange(
                .typeChanged,
                "type of '\(path)' changed from \(old.type.value.rawValue) to \(new.type.value.rawValue)",
                at: new.type.location
            ))
        }
        compareProviderName(old, new, path: path)
        compareSwiftNames(path: path, old: oldNamed, new: newNamed)
        if old.type.value == new.type.value { compareKnownValues(old, new, path: path) }
    }

    /// The rules for known values: a removed value (its constant goes), a value added to a closed
    /// set, a set closed, a set opened or dropped. A value added to an open set, or a new open
    /// set, breaks nothing.
    private mutating func compareKnownValues(_ old: Attribute, _ new: Attribute, path: String) {
        let oldValues = old.values ?? []
        let newValues = new.values ?? []
        let newSet = Set(newValues.map(\.value.value))
        let oldSet = Set(oldValues.map(\.value.value))
        let valuesLocation = new.valuesLocation ?? new.name.location
        for known in oldValues where !newSet.contains(known.value.value) {
            changes.append(BreakingChange(
                .knownValueRemoved,
                "value '\(known.value.value)' of '\(path)' was removed; its Swift constant goes with it",
                at: valuesLocation,
                note: .baselineNote("the baseline listed '\(known.value.value)' here", at: known.value.location)
            ))
        }
        switch (old.hasClosedValues, new.hasClosedValues) {
        case (true, true):
            for known in newValues where !oldSet.contains(known.value.value) {
                changes.append(BreakingChange(
                    .knownValueAddedToClosedSet,
                    "value '\(known.value.value)' was added to the closed values of '\(path)'; code that handles every value misses it",
                    at: known.value.location
                ))
            }
        case (false, true):
            changes.append(BreakingChange(
                .knownValuesClosed,
                "the values of '\(path)' are now closed; the values check reports values it let through before",
                at: new.valuesClosed?.location ?? valuesLocation
            ))
        case (true, false):
            let what = new.values == nil ? "were dropped" : "are now open"
            changes.append(BreakingChange(
                .knownValuesOpened,
                "the closed values of '\(path)' \(what); values outside them may now arrive",
                at: new.valuesClosed?.location ?? valuesLocation,
                note: old.valuesClosed.map { .baselineNote("the baseline closed them here", at: $0.location) }
            ))
        case (false, false):
            break
        }
    }

    private mutating func compareProviderName(_ old: Attribute, _ new: Attribute, path: String) {
        switch (old.providerName, new.providerName) {
        case let (before?, after?) where before.value != after.value:
            changes.append(BreakingChange(
                .providerNameChanged,
                "provider_name of '\(path)' changed from '\(before.value)' to '\(after.value)'",
                at: after.location
            ))
        case let (nil, after?):
            changes.append(BreakingChange(
                .providerNameAdded,
                "'\(path)' now has provider_name '\(after.value)'; callers used to supply it",
                at: after.location
            ))
        case let (before?, nil):
            changes.append(BreakingChange(
                .providerNameRemoved,
                "provider_name '\(before.value)' of '\(path)' was removed; callers must now supply it",
                at: new.name.location,
                note: .baselineNote("the baseline's provider_name of '\(path)'", at: before.location)
            ))
        default:
            break
        }
    }

    private mutating func compareSwiftNames(path: String, old: NamedAttribute, new newNamed: NamedAttribute) {
        let new = newNamed.attribute
        var renamed: [String] = []
        if old.propertyName != newNamed.propertyName {
            renamed.append("property '\(old.propertyName)' is now '\(newNamed.propertyName)'")
        }
        if let before = old.nestedTypeName, let after = newNamed.nestedTypeName, before != after {
            renamed.append("type '\(before)' is now '\(after)'")
        }
        if let before = old.knownValues?.typeName, let after = newNamed.knownValues?.typeName, before != after {
            renamed.append("known values '\(before)' are now '\(after)'")
        }
        guard !renamed.isEmpty else { return }
        changes.append(BreakingChange(
            .swiftNameChanged,
            "Swift name of '\(path)' changed: \(renamed.joined(separator: ", "))",
            at: new.swiftName?.location ?? new.name.location
        ))
    }
}
