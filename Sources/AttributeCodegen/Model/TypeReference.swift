/// The type of a generated property's value, named by meaning rather than by spelling, so that
/// each renderer chooses how to write it.
indirect enum TypeReference: Hashable, Sendable {
    /// Text.
    case string
    /// A 32-bit signed integer.
    case int32
    /// A 64-bit signed integer.
    case int64
    /// A Boolean.
    case bool
    /// A 64-bit floating-point number.
    case double
    /// A 32-bit floating-point number.
    case float
    /// A point in time.
    case timestamp
    /// A generated type, by its path from the root type: `["AWSSagemakerCompilationJob", "InputConfig"]`.
    /// The type is always nested directly in the type that declares the property.
    case nested([String])
    /// A list of values.
    case array(TypeReference)
    /// A map from keys to values.
    case dictionary(key: TypeReference, value: TypeReference)
}
