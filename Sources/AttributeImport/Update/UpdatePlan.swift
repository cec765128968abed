import AttributeSpec

/// What `import --update` changes in an existing spec, decided by `SpecMerger` and carried out
/// on the file's text by `SpecTextEditor`. Everything the plan does not name stays as it is.
struct UpdatePlan {
    /// Table-level keys to add (a missing description), with the values of `spec`.
    var tableKeysToAdd: [SpecKey] = []
    /// Table-level keys whose value is replaced by `spec`'s (a description, with `--take-descriptions`).
    var tableKeysToReplace: [SpecKey] = []
    /// The edits of the table's attributes.
    var attributes = ListPlan()
    /// The spec after the update: what the edited text must load as.
    var spec: Spec

    /// Whether the plan changes anything.
    var isEmpty: Bool { tableKeysToAdd.isEmpty && tableKeysToReplace.isEmpty && attributes.isEmpty }
}

/// The edits of one list of attributes: a table's attributes or a structure's fields.
struct ListPlan {
    /// An attribute the model added, with the existing item it goes before (`nil`: at the end).
    struct Insertion {
        /// The index, in the existing list, of the item the new one goes before.
        var before: Int?
        /// The new attribute.
        var attribute: Attribute
    }

    /// Indices, in the existing list, of the items to remove, with their paths for the summary.
    var removals: [Int: String] = [:]
    /// New items, in the order they go in.
    var insertions: [Insertion] = []
    /// Edits inside existing items, by index in the existing list.
    var edits: [Int: ItemPlan] = [:]

    /// Whether the plan changes anything.
    var isEmpty: Bool { removals.isEmpty && insertions.isEmpty && edits.values.allSatisfy(\.isEmpty) }
}

/// The edits inside one existing attribute.
struct ItemPlan {
    /// The attribute after the update, which new keys take their values from.
    var merged: Attribute
    /// Whether the `type` value is replaced by `merged`'s.
    var replaceType = false
    /// Keys to add, with `merged`'s values.
    var keysToAdd: [SpecKey] = []
    /// Keys whose value is replaced by `merged`'s, where they stand.
    var keysToReplace: [SpecKey] = []
    /// Keys to remove, with their values.
    var keysToRemove: [SpecKey] = []
    /// The edits of the attribute's `fields`, when both the spec and the model have them.
    var fields: ListPlan?

    /// Whether the plan changes anything.
    var isEmpty: Bool {
        !replaceType && keysToAdd.isEmpty && keysToReplace.isEmpty && keysToRemove.isEmpty && (fields?.isEmpty ?? true)
    }
}
