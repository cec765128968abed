/// One kind of change to a spec that breaks a consumer of the table, checked by `breaking`.
///
/// Each rule has a stable id, the text users write in `breaking: { ignore: [...] }`, and a
/// category: the contract it protects.
public enum BreakingRule: String, CaseIterable, Hashable, Sendable {
    /// A table's spec is gone.
    case tableDeleted = "TABLE_DELETED"
    /// An attribute or nested field is gone (a rename is a deletion plus an addition).
    case attributeDeleted = "ATTRIBUTE_DELETED"
    /// An attribute's type changed.
    case typeChanged = "TYPE_CHANGED"
    /// A generated Swift type or property has another name.
    case swiftNameChanged = "SWIFT_NAME_CHANGED"
    /// The generated declarations' access level narrowed.
    case accessLevelNarrowed = "ACCESS_LEVEL_NARROWED"
    /// An attribute's `provider_name` changed.
    case providerNameChanged = "PROVIDER_NAME_CHANGED"
    /// An attribute that the caller supplied now has a `provider_name`.
    case providerNameAdded = "PROVIDER_NAME_ADDED"
    /// An attribute lost its `provider_name`: the caller must now supply it.
    case providerNameRemoved = "PROVIDER_NAME_REMOVED"
    /// Attributes of one level changed order: the memberwise initialiser's arguments follow it.
    /// A warning: records and mappers do not change, only calls that pass both arguments.
    case attributesReordered = "ATTRIBUTES_REORDERED"
    /// A known value left an attribute's `values`: its generated Swift constant is gone.
    case knownValueRemoved = "KNOWN_VALUE_REMOVED"
    /// A closed set of known values gained a value: code that handles every value misses it.
    case knownValueAddedToClosedSet = "KNOWN_VALUE_ADDED_TO_CLOSED_SET"
    /// A set of known values became closed: the values check now reports values it let through.
    case knownValuesClosed = "KNOWN_VALUES_CLOSED"
    /// A closed set of known values became open (or was dropped): other values may now arrive.
    case knownValuesOpened = "KNOWN_VALUES_OPENED"

    /// The contract a breaking change breaks.
    public enum Category: String, CaseIterable, Hashable, Sendable {
        /// Stored records: JSON keyed by attribute names.
        case record
        /// The generated module's Swift API.
        case swiftAPI = "swift_api"
        /// How provider payloads map to records.
        case mapping
    }

    /// The id users write in the configuration file and see in diagnostics.
    public var id: String { rawValue }

    /// The contract the rule protects.
    public var category: Category {
        switch self {
        case .tableDeleted, .attributeDeleted, .typeChanged: .record
        case .swiftNameChanged, .accessLevelNarrowed, .attributesReordered, .knownValueRemoved: .swiftAPI
        case .providerNameChanged, .providerNameAdded, .providerNameRemoved: .mapping
        case .knownValueAddedToClosedSet, .knownValuesClosed, .knownValuesOpened: .mapping
        }
    }

    /// What the rule catches: `breaking --help` lists it, and the rules table of the documentation
    /// (`BreakingChanges.md`) says the same words, which a test holds it to.
    public var summary: String {
        switch self {
        case .tableDeleted: "A table's spec was deleted."
        case .attributeDeleted: "An attribute or nested field was deleted. A rename is a deletion plus an addition, and the message says so. A warning, not an error, when the baseline had marked it `deprecated`."
        case .typeChanged: "An attribute's type changed: INT32 → INT64, scalar ↔ list, STRUCT ↔ UNORDERED_LIST_STRUCT, …"
        case .swiftNameChanged: "A generated type or property name changed, through `swift_name` or a new name."
        case .accessLevelNarrowed: "`access_level` narrowed (public → package → internal)."
        case .providerNameChanged: "An attribute's `provider_name` changed."
        case .providerNameAdded: "An attribute the caller supplied got a `provider_name`."
        case .providerNameRemoved: "An attribute lost its `provider_name`: the caller must now supply it."
        case .knownValueRemoved: "A value left an attribute's `values`: its Swift constant is gone, so code that names it stops compiling (records holding the value still read)."
        case .knownValueAddedToClosedSet: "A value was added to a closed set (`values_closed: true`): code that handles every value misses the new one. Adding to an open set is not breaking."
        case .knownValuesClosed: "A set of known values became closed, or a new attribute set arrived closed: the values check now reports values it used to let through."
        case .knownValuesOpened: "A closed set of known values became open or was dropped: values outside the old set may now arrive."
        case .attributesReordered: "A warning: attributes of one level changed order, and so did the generated initialiser's arguments (records and mappers are unchanged; calls that pass both arguments must be reordered)."
        }
    }

    /// The ids and category names `breaking: { ignore: [...] }` accepts, rules first.
    public static var ignorableNames: [String] {
        allCases.map(\.id) + Category.allCases.map(\.rawValue)
    }

    /// Whether `ignored` (rule ids and category names) turns this rule off.
    public func isIgnored(by ignored: Set<String>) -> Bool {
        ignored.contains(id) || ignored.contains(category.rawValue)
    }
}
