import AttributeSpec

/// One stored property of a generated type, with everything known about the attribute behind it.
///
/// Every generated property is optional: a provider may omit any value, so optionality is not
/// recorded per property.
struct PropertyDeclaration: Hashable, Sendable {
    /// The Swift name, unescaped: the renderer adds backticks where the name is a keyword.
    var name: String
    /// The value's type, without the optional that every property adds.
    var type: TypeReference
    /// The attribute the property stores.
    var attribute: AttributeInfo
    /// The stored property that generated code reads and writes, unescaped: the property itself,
    /// or for a deprecated one its private storage, so that no generated line uses a deprecated
    /// name.
    var storageName: String
    /// The memberwise initialiser's internal parameter name, unescaped: the property's name, unless
    /// that would make an argument shadow another property the initialiser assigns.
    var parameterName: String

    /// The key of the property in a record's JSON: the spec's own spelling.
    var codingKey: String { attribute.name }
}

/// What a spec says about one attribute, and where it ends up in the generated code: the facts
/// a reference page lists for each attribute.
struct AttributeInfo: Hashable, Sendable {
    /// The snake_case name.
    var name: String
    /// The spec names from the table down to this attribute: `["input_config", "s3_uri"]`.
    var path: [String]
    /// The spec type.
    var type: AttributeType
    /// The provider's key as written in the spec, possibly dotted; `nil` when the caller
    /// supplies the value at mapping time.
    var providerName: String?
    /// `providerName` split at dots: the keys to follow in the provider's payload.
    var providerPath: [String]?
    /// What the attribute means, as written.
    var description: String?
    /// Set when the spec marks the attribute deprecated.
    var deprecation: Deprecation?
    /// The Swift property names from the root type down to this property:
    /// `["inputConfig", "s3Uri"]`.
    var swiftPropertyPath: [String]

    /// The `timestamp_format` in force for a `TIMESTAMP` (its own or the table's); `nil` for
    /// the default form and for every other type, so that such output never changes.
    var timestampFormat: TimestampFormat? = nil
    /// The attribute's known values, when the spec lists them.
    var knownValues: KnownValueSet? = nil
}
