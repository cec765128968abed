// One source file compiled into two modules: it is symlinked into AttributeSpec (the spec
// model) and AttributeRuntime (mapping errors name the type they expected), which must not
// depend on each other. Package access, so that a client importing both sees no clash.

/// The type of an attribute, spelled in spec files as in the provider's inventory tables: the
/// one table of the 12 types.
package enum AttributeType: String, CaseIterable, Hashable, Sendable {
    /// Text.
    case string = "STRING"
    /// A 32-bit signed integer.
    case int32 = "INT32"
    /// A 64-bit signed integer.
    case int64 = "INT64"
    /// `true` or `false`.
    case boolean = "BOOLEAN"
    /// A 64-bit floating-point number.
    case double = "DOUBLE"
    /// A 32-bit floating-point number.
    case float = "FLOAT"
    /// A point in time.
    case timestamp = "TIMESTAMP"
    /// A nested object with its own `fields`.
    case structure = "STRUCT"
    /// A list of strings whose order carries no meaning.
    case unorderedListString = "UNORDERED_LIST_STRING"
    /// A list of 32-bit integers whose order carries no meaning.
    case unorderedListInt32 = "UNORDERED_LIST_INT32"
    /// A list of nested objects with their own `fields`.
    case unorderedListStruct = "UNORDERED_LIST_STRUCT"
    /// A map from strings to strings.
    case mapStringString = "MAP_STRING_STRING"

    /// Whether an attribute of this type has nested `fields`.
    package var hasFields: Bool {
        self == .structure || self == .unorderedListStruct
    }
}
