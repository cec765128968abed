import AttributeSpec

/// What to import: which shape becomes the table, its name, and the attributes the caller adds.
public struct ImportRequest: Hashable, Sendable {
    /// Where the table's attributes come from.
    public enum Root: Hashable, Sendable {
        /// A structure shape, by name (EC2's `Instance`).
        case shape(String)
        /// An operation's output shape (`DescribeCompilationJob`).
        case operation(String)
    }

    /// Where the table's attributes come from.
    public var root: Root
    /// The table's name (`aws_sagemaker_compilation_job`).
    public var resource: String
    /// Attributes the caller supplies at mapping time, with no provider name.
    public var context: [ContextAttribute]
    /// The path of the spec file to write, which diagnostics about the spec name.
    public var outputFile: String

    /// Creates a request.
    public init(root: Root, resource: String, context: [ContextAttribute] = [], outputFile: String) {
        self.root = root
        self.resource = resource
        self.context = context
        self.outputFile = outputFile
    }
}

/// An attribute the caller supplies (`account_id:STRING`).
public struct ContextAttribute: Hashable, Sendable {
    /// The snake_case name.
    public var name: String
    /// The type; never one with fields. Package access, as `AttributeType` has.
    package var type: AttributeType

    /// Creates a context attribute. Package access: `AttributeType` is shared with the runtime
    /// by source, so it is not public API.
    package init(name: String, type: AttributeType) {
        self.name = name
        self.type = type
    }

    /// Parses `name:TYPE`, with a "did you mean" for a misspelled type.
    public static func parse(_ text: String) -> Result<ContextAttribute, ContextAttributeError> {
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            return .failure(ContextAttributeError(message: "context attribute '\(text)' must be written name:TYPE"))
        }
        let name = String(parts[0])
        let typeName = String(parts[1])
        guard SwiftNaming.isSnakeCase(name) else {
            return .failure(ContextAttributeError(message: "context attribute name '\(name)' is not snake_case"))
        }
        guard let type = AttributeType(rawValue: typeName) else {
            var message = "unknown type '\(typeName)' in context attribute '\(text)': expected one of "
                + allowedTypes.joined(separator: ", ")
            if let suggestion = suggestedType(for: typeName) {
                message += "; did you mean '\(suggestion)'?"
            }
            return .failure(ContextAttributeError(message: message))
        }
        guard !type.hasFields else {
            return .failure(ContextAttributeError(message: "context attribute '\(name)' cannot be \(typeName): it would need fields"))
        }
        return .success(ContextAttribute(name: name, type: type))
    }
}

extension ContextAttribute {
    /// The types a context attribute may have: every type without fields, in the spec's order.
    public static let allowedTypes = AttributeType.allCases.filter { !$0.hasFields }.map(\.rawValue)

    /// The closest type name, or the one `name` ends (`LIST_STRING` → `UNORDERED_LIST_STRING`),
    /// compared without case.
    static func suggestedType(for name: String) -> String? {
        let upper = name.uppercased()
        if allowedTypes.contains(upper) { return upper }
        if let close = Suggestion.closest(to: upper, among: allowedTypes) { return close }
        return allowedTypes.first { $0.hasSuffix("_" + upper) }
    }
}

/// A `--context` value that is not `name:TYPE` with a known type.
public struct ContextAttributeError: Error, Hashable, Sendable {
    /// What is wrong, lowercase.
    public var message: String
}
