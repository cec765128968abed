/// A spec that passed validation, with every Swift name decided: the input of translation.
///
/// Only the validator creates one, so holding a `ValidatedSpec` means every type is known,
/// every STRUCT has fields, and every name maps to a distinct, declarable Swift identifier.
/// The names are the ones the validator checked; later stages read them and never work them
/// out again.
public struct ValidatedSpec: Hashable, Sendable {
    /// The validated spec, as loaded.
    public let spec: Spec
    /// The generated root type's name: the spec's `swift_name`, or the resource in
    /// UpperCamelCase.
    public let typeName: String
    /// The table's attributes with their Swift names, in spec order.
    public let attributes: [NamedAttribute]

    /// Wraps a spec that the validator accepted, with the names it decided.
    init(validated spec: Spec, typeName: String, attributes: [NamedAttribute]) {
        self.spec = spec
        self.typeName = typeName
        self.attributes = attributes
    }
}

/// One validated attribute and the Swift names it becomes.
public struct NamedAttribute: Hashable, Sendable {
    /// The attribute as loaded; its `fields` are repeated, named, in `fields` below.
    public let attribute: Attribute
    /// The Swift property's name, unescaped: the `swift_name`, or the name in lowerCamelCase.
    public let propertyName: String
    /// The name of the nested type a STRUCT (the struct) or UNORDERED_LIST_STRUCT (its element)
    /// declares, unique among its siblings and never reserved; `nil` for the other types.
    public let nestedTypeName: String?
    /// The nested fields with their names; empty for the types without fields.
    public let fields: [NamedAttribute]
    /// The Swift names of the attribute's known values; `nil` when it has none.
    public let knownValues: KnownValueNames?
}

/// The Swift names an attribute's known values become.
public struct KnownValueNames: Hashable, Sendable {
    /// The caseless enum that holds the constants, unique among its level's nested types.
    public let typeName: String
    /// One per known value, in spec order: the constant's name, unescaped, or `nil` for a value
    /// that gets none (a validation warning says why).
    public let constantNames: [String?]
}
