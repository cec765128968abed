/// Values for attributes that have no provider name (`account_id`, `tags`), supplied by the
/// caller at mapping time.
///
/// Keyed by attribute path: `account_id`, or `output_config.foo` for a nested field. Inside a
/// list of structures, `containers[2].foo` targets one element and `containers.foo` all of them.
/// Values are JSON so they go through exactly the same conversions as payload values.
public struct MappingContext: Sendable, Hashable {
    /// The values by attribute path.
    public var values: [String: JSONValue]
    /// Provider paths of the payload that the caller consumed itself (`Tags` after
    /// `withAWSTags`), so that strict mode does not report them as unread.
    public var consumedProviderKeys: [String] = []

    /// Creates a context from values keyed by attribute path.
    public init(_ values: [String: JSONValue] = [:]) {
        self.values = values
    }

    /// The value for an attribute path.
    public subscript(attributePath: String) -> JSONValue? {
        get { values[attributePath] }
        set { values[attributePath] = newValue }
    }
}

extension MappingContext: ExpressibleByDictionaryLiteral {
    /// Creates a context from a literal such as `["account_id": "123456789012"]`; a repeated
    /// key keeps its last value.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
