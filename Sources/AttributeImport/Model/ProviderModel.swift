import AttributeSpec

/// A provider's API model reduced to what a spec needs: named shapes, their members and
/// documentation, and operations with their output shapes.
///
/// This is the boundary between the provider front ends (AWS botocore JSON, Google discovery
/// documents, Azure OpenAPI 2.0 documents) and translation, which knows nothing of any
/// provider's file format.
public struct ProviderModel: Sendable {
    /// The provider whose format the model was read from.
    public var provider: ImportProvider
    /// The model file's path, as given, for diagnostics.
    public var file: String
    /// The service the model describes (`sagemaker`), when the model names it.
    public var service: String?
    /// Every shape, by name.
    public var shapes: [String: ModelShape]
    /// Every operation, by name.
    public var operations: [String: ModelOperation]

    /// Creates a model.
    public init(
        provider: ImportProvider = .aws, file: String, service: String?, shapes: [String: ModelShape], operations: [String: ModelOperation]
    ) {
        self.provider = provider
        self.file = file
        self.service = service
        self.shapes = shapes
        self.operations = operations
    }
}

/// One named shape of a model.
public struct ModelShape: Hashable, Sendable {
    /// What a shape is.
    public indirect enum Kind: Hashable, Sendable {
        /// Text; enumerations are strings too.
        case string
        /// A 32-bit integer.
        case integer
        /// A 64-bit integer.
        case long
        /// A 64-bit integer that travels as a JSON string (Google's `int64` and `uint64`
        /// formats), `signed` or not.
        case integerText(signed: Bool)
        /// `true` or `false`.
        case boolean
        /// A 64-bit floating-point number.
        case double
        /// A 32-bit floating-point number.
        case float
        /// A point in time.
        case timestamp
        /// Bytes (base64 text on the wire).
        case blob
        /// Free-form JSON: any value.
        case document
        /// Named members, each referring to a shape.
        case structure([ModelMember])
        /// Like a structure, but only one member is set at a time.
        case union([ModelMember])
        /// A list of the named shape.
        case list(element: String)
        /// A map from the key shape to the value shape.
        case map(key: String, value: String)
        /// A type this reader does not know, with the provider's word for it.
        case other(String)
    }

    /// The shape's name.
    public var name: String
    /// What the shape is.
    public var kind: Kind
    /// The shape's own documentation.
    public var documentation: ModelDocumentation?
    /// Where the shape is defined in the model file.
    public var location: SourceLocation
    /// The values a string may take, when the model lists them.
    public var enumeration: ModelEnumeration?

    /// Creates a shape.
    public init(
        name: String, kind: Kind, documentation: ModelDocumentation?, location: SourceLocation, enumeration: ModelEnumeration? = nil
    ) {
        self.name = name
        self.kind = kind
        self.documentation = documentation
        self.location = location
        self.enumeration = enumeration
    }

    /// The members of a structure or union, `nil` for other shapes.
    public var members: [ModelMember]? {
        switch kind {
        case .structure(let members), .union(let members): members
        default: nil
        }
    }

    /// The provider's word for the kind, for messages: `structure`, `list`, `blob`.
    public var kindName: String {
        switch kind {
        case .string: "string"
        case .integer: "integer"
        case .long: "long"
        case .integerText(let signed): signed ? "int64 string" : "uint64 string"
        case .boolean: "boolean"
        case .double: "double"
        case .float: "float"
        case .timestamp: "timestamp"
        case .blob: "blob"
        case .document: "document"
        case .structure: "structure"
        case .union: "union"
        case .list: "list"
        case .map: "map"
        case .other(let word): word
        }
    }
}

/// One member of a structure: its name, the shape it refers to, and its own documentation.
public struct ModelMember: Hashable, Sendable {
    /// The member's name as the provider spells it (`CompilationJobArn`).
    public var name: String
    /// The name of the member's shape.
    public var target: String
    /// The member's documentation, which describes it better than its shape's.
    public var documentation: ModelDocumentation?
    /// Where the member is defined in the model file.
    public var location: SourceLocation
    /// Set when the member's structure stands for its members: Azure's `properties` bag (and
    /// any member marked `x-ms-client-flatten`), whose members become attributes of the
    /// enclosing structure with a dotted provider path (`properties.tenantId`).
    public var flattened: Bool

    /// Creates a member.
    public init(name: String, target: String, documentation: ModelDocumentation?, location: SourceLocation, flattened: Bool = false) {
        self.name = name
        self.target = target
        self.documentation = documentation
        self.location = location
        self.flattened = flattened
    }
}

/// The values a string shape may take, as the model lists them: an attribute's known values
/// (`values`, and `values_closed` when `isOpen` is `false`).
public struct ModelEnumeration: Hashable, Sendable {
    /// The values, in the model's order.
    public var values: [String]
    /// Each value's description, parallel to `values` (Google's `enumDescriptions`), `nil`
    /// where the model gives none.
    public var descriptions: [String?]
    /// The model's own name for the enumeration (Azure's `x-ms-enum.name`), when it gives one.
    public var name: String?
    /// Whether values outside the list may appear: `true` for Azure's `modelAsString: true`,
    /// `false` for `modelAsString: false`, `nil` when the model does not say (Google's
    /// discovery documents never do).
    public var isOpen: Bool?

    /// Creates an enumeration.
    public init(values: [String], descriptions: [String?], name: String? = nil, isOpen: Bool?) {
        self.values = values
        self.descriptions = descriptions
        self.name = name
        self.isOpen = isOpen
    }
}

/// A provider whose model format has an import front end.
public enum ImportProvider: String, CaseIterable, Hashable, Sendable {
    /// AWS botocore service models.
    case aws
    /// Google Cloud discovery documents.
    case gcp
    /// Azure OpenAPI 2.0 documents.
    case azure

    /// What the model file is, for messages and the written spec's header.
    public var modelTitle: String {
        switch self {
        case .aws: "the AWS model"
        case .gcp: "the Google Cloud discovery document"
        case .azure: "the Azure OpenAPI document"
        }
    }

    /// The provider's word for a named shape: `shape`, `schema`, `definition`.
    public var shapeWord: String {
        switch self {
        case .aws: "shape"
        case .gcp: "schema"
        case .azure: "definition"
        }
    }

    /// The provider's word for an operation: `operation`, or `method` for Google.
    public var operationWord: String {
        self == .gcp ? "method" : "operation"
    }
}

/// Documentation in the form the provider writes it.
public enum ModelDocumentation: Hashable, Sendable {
    /// HTML, as in AWS models.
    case html(String)
    /// Plain text or light Markdown, as in OpenAPI documents.
    case text(String)

    /// The plain text a reference page shows.
    public var plainText: String {
        switch self {
        case .html(let html): DocumentationText.plainText(fromHTML: html)
        case .text(let text): DocumentationText.plainText(fromText: text)
        }
    }
}

/// One operation of a model.
public struct ModelOperation: Hashable, Sendable {
    /// The operation's name (`DescribeCompilationJob`).
    public var name: String
    /// The name of its output shape, when it has one.
    public var output: String?
    /// The operation's documentation.
    public var documentation: ModelDocumentation?
    /// Where the operation is defined in the model file.
    public var location: SourceLocation

    /// Creates an operation.
    public init(name: String, output: String?, documentation: ModelDocumentation?, location: SourceLocation) {
        self.name = name
        self.output = output
        self.documentation = documentation
        self.location = location
    }
}

extension ModelDocumentation {
    /// The `description` of a JSON Schema style object (discovery and OpenAPI documents), as text.
    static func description(in fields: [Node.MappingEntry]) -> ModelDocumentation? {
        fields.first(where: { $0.keyText == "description" })?.value.scalarText.map(ModelDocumentation.text)
    }
}

extension ModelEnumeration {
    /// The values of a JSON Schema style `enum` (discovery and OpenAPI documents): a list of
    /// scalars. A node that is not a list, or a value that is not a scalar, is reported with
    /// `malformed` at its location, and the enum is then left out (`nil`).
    static func values(
        of node: Node, owner name: String, diagnostics: inout [Diagnostic], malformed: (String, SourceLocation) -> Diagnostic
    ) -> [String]? {
        guard let items = node.sequenceItems else {
            diagnostics.append(malformed("'enum' of '\(name)' is not a list", node.location))
            return nil
        }
        var values: [String] = []
        for item in items {
            guard let text = item.scalarText else {
                diagnostics.append(malformed("a value of the 'enum' of '\(name)' is not a string", item.location))
                return nil
            }
            values.append(text)
        }
        return values
    }
}
