import AttributeSpec

/// One table of the synthetic corpus, held as a tree so that its YAML and JSON forms are
/// written from the same data and must generate the same code.
struct SyntheticSpec {
    /// The resource name, which is also the file's base name.
    var resource: String
    var description: String
    var attributes: [SyntheticAttribute]

    /// Every attribute at every level.
    var attributeCount: Int {
        attributes.reduce(0) { $0 + $1.attributeCount }
    }
}

/// One attribute of a synthetic spec, with its nested fields.
struct SyntheticAttribute {
    /// How the description is written in YAML: the loaded text is the same either way.
    enum DescriptionStyle {
        /// On the key's line.
        case plain
        /// A `>-` block: `lines` joined by spaces.
        case folded
        /// A `|-` block: `lines` joined by line breaks.
        case literal
    }

    var name: String
    var type: AttributeType
    var providerName: String?
    var swiftName: String?
    var descriptionLines: [String]
    var descriptionStyle: DescriptionStyle
    var fields: [SyntheticAttribute]
    /// Known values of a `STRING` or `UNORDERED_LIST_STRING`; empty for none.
    var values: [String] = []

    /// The description as the loader reads it, or `nil` when there is none.
    var description: String? {
        guard !descriptionLines.isEmpty else { return nil }
        return descriptionLines.joined(separator: descriptionStyle == .literal ? "\n" : " ")
    }

    var attributeCount: Int {
        fields.reduce(1) { $0 + $1.attributeCount }
    }
}
