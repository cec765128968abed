/// A node of a document read from YAML or JSON, with the location where it starts.
///
/// This is the boundary type between the reader and the loader: every value keeps its
/// `line:column` so that later stages can point at it. Scalars are always text, as
/// PyYAML's `BaseLoader` keeps them: `yes`, `1.0` and `null` are the strings they look like.
public struct Node: Hashable, Sendable {
    /// The shape of a node.
    public enum Kind: Hashable, Sendable {
        /// A scalar: its text after unescaping and folding, and how it was written.
        case scalar(String, ScalarStyle)
        /// A sequence of nodes.
        case sequence([Node])
        /// A mapping, in document order. Keys are scalar nodes and unique.
        case mapping([MappingEntry])
    }

    /// How a scalar was written; the loader uses it to tell a JSON string from a JSON number.
    public enum ScalarStyle: Hashable, Sendable {
        /// A plain (unquoted) YAML scalar, or a JSON number.
        case plain
        /// A single-quoted YAML scalar.
        case singleQuoted
        /// A double-quoted YAML scalar or a JSON string.
        case doubleQuoted
        /// A literal block scalar (`|`).
        case literal
        /// A folded block scalar (`>`).
        case folded
        /// A JSON `true`, `false` or `null` literal.
        case jsonLiteral
    }

    /// One key/value pair of a mapping.
    public struct MappingEntry: Hashable, Sendable {
        /// The key, always a scalar node.
        public var key: Node
        /// The value.
        public var value: Node

        /// Creates an entry.
        public init(key: Node, value: Node) {
            self.key = key
            self.value = value
        }

        /// The key's text.
        public var keyText: String { key.scalarText ?? "" }
    }

    /// The node's shape and content.
    public var kind: Kind
    /// Where the node starts: the first character of a scalar, the `-` or first key of a
    /// block collection, the `[` or `{` of a flow collection.
    public var location: SourceLocation

    /// Creates a node.
    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    /// The text of a scalar node, `nil` for collections.
    public var scalarText: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }

    /// The entries of a mapping node, `nil` for other nodes.
    public var mappingEntries: [MappingEntry]? {
        if case .mapping(let entries) = kind { return entries }
        return nil
    }

    /// The items of a sequence node, `nil` for other nodes.
    public var sequenceItems: [Node]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    /// A word for the node's shape, for messages: "a scalar", "a sequence", "a mapping".
    public var shapeDescription: String {
        switch kind {
        case .scalar: "a scalar"
        case .sequence: "a sequence"
        case .mapping: "a mapping"
        }
    }
}
