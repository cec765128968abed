/// Compares validated specs with their baseline (an earlier version of the same tables) and
/// reports every change that breaks a stored record, the generated Swift API or the provider
/// mapping. No file I/O: the command-line tool reads both sides.
///
/// Tables are matched by `resource`, attributes by `name` at each level; Swift names come from
/// `SwiftNaming`, the rules the generator uses, so only a change the generated code shows is
/// reported (a new `swift_name` equal to the old generated name is not).
public enum SpecComparator {
    /// Every breaking change between `baseline` and `current`, in the current specs' file order
    /// (deleted tables first, at their baseline location).
    public static func compare(baseline: [ValidatedSpec], current: [ValidatedSpec]) -> [BreakingChange] {
        var currentByTable: [String: Spec] = [:]
        for validated in current where currentByTable[validated.spec.resource.value] == nil {
            currentByTable[validated.spec.resource.value] = validated.spec
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
            changes += compareTable(old, new)
        }
        return deletedTables + sortedByLocation(changes)
    }

    /// ACCESS_LEVEL_NARROWED when `current` makes generated declarations less visible than
    /// `baseline` did; a missing setting is the generator's default, `public`.
    public static func compareAccessLevel(baseline: GeneratorConfig, current: GeneratorConfig) -> [BreakingChange] {
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

    private static func rank(_ level: GeneratorConfig.AccessLevel) -> Int {
        switch level {
        case .public: 2
        case .package: 1
        case .internal: 0
        }
    }

    private static func sortedByLocation(_ changes: [BreakingChange]) -> [BreakingChange] {
        changes.enumerated().sorted { a, b in
            switch (a.element.diagnostic.location, b.element.diagnostic.location) {
            case let (l?, r?) where l != r: l < r
            default: a.offset < b.offset
            }
        }.map(\.element)
    }

    // MARK: - Tables and levels

    private static func compareTable(_ old: Spec, _ new: Spec) -> [BreakingChange] {
        var changes: [BreakingChange] = []
        let oldType = GeneratedNames.rootTypeName(of: old)
        let newType = GeneratedNames.rootTypeName(of: new)
        if let oldType, let newType, oldType != newType {
            changes.append(BreakingChange(
                .swiftNameChanged,
                "Swift type '\(oldType)' of table '\(new.resource.value)' is now '\(newType)'",
                at: new.swiftName?.location ?? new.resource.location
            ))
        }
        var level = LevelComparison()
        level.compare(
            old: old.attributes, new: new.attributes,
            oldType: oldType ?? "", newType: newType ?? "",
            newListLocation: new.attributesLocation, path: []
        )
        return changes + level.changes
    }
}

/// The walk over matching levels of two specs.
private struct LevelComparison {
    var changes: [BreakingChange] = []

    mutating func compare(
        old: [Attribute],
        new: [Attribute],
        oldType: String,
        newType: String,
        newListLocation: SourceLocation,
        path: [String]
    ) {
        let oldNames = GeneratedNames.level(old, enclosingType: oldType)
        let newNames = GeneratedNames.level(new, enclosingType: newType)
        var newIndex: [String: Int] = [:]
        for (index, attribute) in new.enumerated() where newIndex[attribute.name.value] == nil {
            newIndex[attribute.name.value] = index
        }
        let oldSet = Set(old.map(\.name.value))
        let added = new.filter { !oldSet.contains($0.name.value) }

        for (oldOffset, before) in old.enumerated() {
            let attributePath = (path + [before.name.value]).joined(separator: ".")
            guard let index = newIndex[before.name.value] else {
                reportDeletion(before, path: attributePath, added: added, at: newListLocation)
                continue
            }
            let after = new[index]
            compareAttribute(before, after, path: attributePath, oldNames: oldNames[oldOffset], newNames: newNames[index])
            if let oldFields = before.fields, let newFields = after.fields,
               let oldNested = oldNames[oldOffset].typeName, let newNested = newNames[index].typeName {
                compare(
                    old: oldFields, new: newFields,
                    oldType: oldNested, newType: newNested,
                    newListLocation: after.fieldsLocation ?? after.type.location,
                    path: path + [before.name.value]
                )
            }
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

    private mutating func compareAttribute(
        _ old: Attribute,
        _ new: Attribute,
        path: String,
        oldNames: GeneratedNames,
        newNames: GeneratedNames
    ) {
        if old.type.value != new.type.value {
            changes.append(BreakingChange(
                .typeChanged,
                "type of '\(path)' changed from \(old.type.value.rawValue) to \(new.type.value.rawValue)",
                at: new.type.location
            ))
        }
        compareProviderName(old, new, path: path)
        compareSwiftNames(new, path: path, old: oldNames, new: newNames)
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

    private mutating func compareSwiftNames(_ new: Attribute, path: String, old: GeneratedNames, new newNames: GeneratedNames) {
        var renamed: [String] = []
        if let before = old.propertyName, let after = newNames.propertyName, before != after {
            renamed.append("property '\(before)' is now '\(after)'")
        }
        if let before = old.typeName, let after = newNames.typeName, before != after {
            renamed.append("type '\(before)' is now '\(after)'")
        }
        guard !renamed.isEmpty else { return }
        changes.append(BreakingChange(
            .swiftNameChanged,
            "Swift name of '\(path)' changed: \(renamed.joined(separator: ", "))",
            at: new.swiftName?.location ?? new.name.location
        ))
    }
}

/// The Swift names the generator gives one attribute, computed with `SwiftNaming` in the
/// order the translator applies it.
private struct GeneratedNames {
    /// The property's name; `nil` only for a name no identifier represents (rejected by validation).
    var propertyName: String?
    /// The nested type's simple name, for STRUCT and UNORDERED_LIST_STRUCT.
    var typeName: String?

    static func rootTypeName(of spec: Spec) -> String? {
        spec.swiftName?.value ?? SwiftNaming.typeName(forSnakeCase: spec.resource.value)
    }

    /// The names of one level's attributes; nested type names are unique at the level and
    /// avoid the enclosing type's name, as in the generated code.
    static func level(_ attributes: [Attribute], enclosingType: String) -> [GeneratedNames] {
        var names = attributes.map { attribute in
            GeneratedNames(propertyName: attribute.swiftName?.value ?? SwiftNaming.propertyName(forSnakeCase: attribute.name.value))
        }
        var wanted: [(index: Int, name: String)] = []
        for (index, attribute) in attributes.enumerated() where attribute.type.value.hasFields {
            guard let property = names[index].propertyName else { continue }
            let structName = SwiftNaming.typeName(forProperty: property)
            wanted.append((index, attribute.type.value == .unorderedListStruct
                ? SwiftNaming.elementTypeName(forListType: structName)
                : structName))
        }
        let unique = SwiftNaming.uniqueTypeNames(wanted.map(\.name), avoiding: [enclosingType])
        for (entry, name) in zip(wanted, unique) {
            names[entry.index].typeName = name
        }
        return names
    }
}
