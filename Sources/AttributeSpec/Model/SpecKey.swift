/// Every key of the spec format, named once.
///
/// The loader, the normalizer, the import's YAML writer and its updater, and the JSON Schema
/// (checked by a test) all work from this table. The loader, normalizer and writer switch over
/// it without a `default`, so a new key does not compile until each of them handles it.
/// The order of the cases is the order the writer and the canonical form list keys in.
public enum SpecKey: String, CaseIterable, Sendable {
    /// The table's name (table level).
    case resource
    /// The attribute's snake_case name.
    case name
    /// The attribute's type.
    case type
    /// The provider's key or dotted path.
    case providerName = "provider_name"
    /// What the table or attribute means.
    case description
    /// An override of the generated Swift name.
    case swiftName = "swift_name"
    /// How the provider spells timestamps.
    case timestampFormat = "timestamp_format"
    /// An override of a list element type's Swift name.
    case elementSwiftName = "element_swift_name"
    /// The known values of a `STRING` or `UNORDERED_LIST_STRING`: strings, or mappings with a
    /// `value` and a `description`.
    case values
    /// `true`: the known values are all the values there are (open by default).
    case valuesClosed = "values_closed"
    /// `true` or a message: the attribute should no longer be used.
    case deprecated
    /// `true`: `import --update` leaves the attribute as it is, even when the model drops it.
    case pinned
    /// The table's attributes.
    case attributes
    /// A structure's fields.
    case fields

    /// Where a key may stand.
    public enum Level: Hashable, Sendable {
        /// The top-level mapping of a spec file.
        case table
        /// An attribute or a field, at any depth.
        case attribute
    }

    /// What a key's value must be.
    public enum ValueKind: Hashable, Sendable {
        /// Any string.
        case string
        /// One of the twelve type names.
        case attributeType
        /// One of the timestamp formats.
        case timestampFormat
        /// `true`, `false`, or a non-empty message.
        case trueOrMessage
        /// `true` or `false`.
        case boolean
        /// A list of attributes.
        case attributeList
        /// A list of known values: strings, or `{value, description}` mappings.
        case knownValueList
    }

    /// The levels where the key may stand.
    public var levels: Set<Level> {
        switch self {
        case .resource, .attributes: [.table]
        case .description, .swiftName, .timestampFormat: [.table, .attribute]
        case .name, .type, .providerName, .elementSwiftName, .values, .valuesClosed, .deprecated, .pinned, .fields: [.attribute]
        }
    }

    /// The kind of value the key takes.
    public var valueKind: ValueKind {
        switch self {
        case .resource, .name, .providerName, .description, .swiftName, .elementSwiftName: .string
        case .type: .attributeType
        case .timestampFormat: .timestampFormat
        case .deprecated: .trueOrMessage
        case .pinned, .valuesClosed: .boolean
        case .values: .knownValueList
        case .attributes, .fields: .attributeList
        }
    }

    /// Whether `import` writes the key from the provider's model at `level`. On update the
    /// model owns these (a missing description is filled in); a person owns every other key.
    public func isImported(at level: Level) -> Bool {
        switch (self, level) {
        case (.resource, _), (.attributes, _), (.description, _): true
        case (.name, .attribute), (.type, .attribute), (.providerName, .attribute), (.fields, .attribute), (.values, .attribute): true
        default: false
        }
    }

    /// The keys allowed at `level`, in writing order.
    public static func keys(at level: Level) -> [SpecKey] {
        allCases.filter { $0.levels.contains(level) }
    }

    /// The key named `text` when it may stand at `level`.
    public static func named(_ text: String, at level: Level) -> SpecKey? {
        guard let key = SpecKey(rawValue: text), key.levels.contains(level) else { return nil }
        return key
    }
}
