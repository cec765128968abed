/// The known values of one `STRING` or `UNORDERED_LIST_STRING` attribute, and the Swift
/// namespace of constants they become: what the Swift renderer declares, the mapper checks
/// (when asked) and the reference page lists.
struct KnownValueSet: Hashable, Sendable {
    /// One known value.
    struct Value: Hashable, Sendable {
        /// The value, exactly as the provider sends it.
        var value: String
        /// What the value means, when the spec says.
        var description: String?
        /// The Swift constant's name, unescaped; `nil` for a value the validator gave none.
        var constantName: String?
    }

    /// The caseless enum that holds the constants, nested in the type that declares the property.
    var typeName: String
    /// The names from the root type down to the enum: `["AWSSagemakerCompilationJob", "CompilationJobStatusValues"]`.
    var typePath: [String]
    /// The values, in spec order.
    var values: [Value]
    /// Whether the spec declares the values all there are (`values_closed: true`).
    var isClosed: Bool
}
