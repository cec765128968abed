/// One table of a spec file, as loaded: the input of validation.
public struct Spec: Hashable, Sendable {
    /// The path of the spec file, as given to the reader.
    public var file: String
    /// The table's name, which must equal the file's base name.
    public var resource: Located<String>
    /// What the table describes.
    public var description: Located<String>?
    /// An override of the generated type's name.
    public var swiftName: Located<String>?
    /// The form of every `TIMESTAMP` attribute that has no `timestamp_format` of its own.
    public var timestampFormat: Located<TimestampFormat>?
    /// The table's attributes, in spec order.
    public var attributes: [Attribute]
    /// Where the `attributes` key stands, for diagnostics about the list as a whole.
    public var attributesLocation: SourceLocation

    /// Creates a spec.
    public init(
        file: String,
        resource: Located<String>,
        description: Located<String>? = nil,
        swiftName: Located<String>? = nil,
        timestampFormat: Located<TimestampFormat>? = nil,
        attributes: [Attribute],
        attributesLocation: SourceLocation
    ) {
        self.file = file
        self.resource = resource
        self.description = description
        self.swiftName = swiftName
        self.timestampFormat = timestampFormat
        self.attributes = attributes
        self.attributesLocation = attributesLocation
    }
}

/// One attribute of a table or one field of a struct.
public struct Attribute: Hashable, Sendable {
    /// The snake_case name, which is also the record's JSON key.
    public var name: Located<String>
    /// The attribute's type.
    package var type: Located<AttributeType>
    /// The provider's key for the value; a dotted path reaches into nested objects.
    /// `nil` when the caller supplies the value at mapping time.
    public var providerName: Located<String>?
    /// What the attribute means.
    public var description: Located<String>?
    /// An override of the generated Swift name.
    public var swiftName: Located<String>?
    /// How the provider spells this `TIMESTAMP`; `nil` takes the table's default.
    public var timestampFormat: Located<TimestampFormat>?
    /// An override of the element type's Swift name, for an `UNORDERED_LIST_STRUCT` (whose
    /// element type is otherwise named by `Singular`).
    public var elementSwiftName: Located<String>?
    /// The known values of a `STRING` or `UNORDERED_LIST_STRING`, in spec order; `nil` when the
    /// key is absent.
    public var values: [KnownValue]?
    /// Where the `values` key stands, when present.
    public var valuesLocation: SourceLocation?
    /// `values_closed` as written: `true` declares the known values the only ones there are.
    public var valuesClosed: Located<Bool>?
    /// Set when the attribute is deprecated (`deprecated: true` or a message); `nil` otherwise.
    public var deprecated: Located<Deprecation>?
    /// `pinned: true` or `false` as written; when true, `import --update` leaves the attribute
    /// (and its fields) as it is, even when the model no longer has it.
    public var pinned: Located<Bool>?
    /// The nested fields of a `STRUCT` or `UNORDERED_LIST_STRUCT`; `nil` when the key is absent.
    public var fields: [Attribute]?
    /// Where the `fields` key stands, when present.
    public var fieldsLocation: SourceLocation?
    /// Where the attribute's mapping starts.
    public var location: SourceLocation

    /// Creates an attribute. Package access: `AttributeType` is shared with the runtime by
    /// file, at package access.
    package init(
        name: Located<String>,
        type: Located<AttributeType>,
        providerName: Located<String>? = nil,
        description: Located<String>? = nil,
        swiftName: Located<String>? = nil,
        timestampFormat: Located<TimestampFormat>? = nil,
        elementSwiftName: Located<String>? = nil,
        values: [KnownValue]? = nil,
        valuesLocation: SourceLocation? = nil,
        valuesClosed: Located<Bool>? = nil,
        deprecated: Located<Deprecation>? = nil,
        pinned: Located<Bool>? = nil,
        fields: [Attribute]? = nil,
        fieldsLocation: SourceLocation? = nil,
        location: SourceLocation
    ) {
        self.name = name
        self.type = type
        self.providerName = providerName
        self.description = description
        self.swiftName = swiftName
        self.timestampFormat = timestampFormat
        self.elementSwiftName = elementSwiftName
        self.values = values
        self.valuesLocation = valuesLocation
        self.valuesClosed = valuesClosed
        self.deprecated = deprecated
        self.pinned = pinned
        self.fields = fields
        self.fieldsLocation = fieldsLocation
        self.location = location
    }

    /// Whether the known values are declared the only ones (`values_closed: true`).
    public var hasClosedValues: Bool { valuesClosed?.value == true }

    /// Whether the attribute is pinned (`pinned: true`).
    public var isPinned: Bool { pinned?.value == true }

    /// The provider path split at dots: `properties.enableSoftDelete` → `["properties", "enableSoftDelete"]`.
    public var providerPath: [String]? {
        providerName.map { name in
            // Split on the `.` byte, as the grammar (`ProviderPath`) and the mapper do: a key may
            // begin with a combining mark, which splitting by Character would glue to the dot.
            name.value.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).map {
                String(decoding: $0, as: UTF8.self)
            }
        }
    }
}

/// What a spec's `deprecated` key says about an attribute that should no longer be used.
public struct Deprecation: Hashable, Sendable {
    /// The text shown to users of the deprecated property; `nil` for `deprecated: true`.
    public var message: String?

    /// Creates a deprecation, with or without a message.
    public init(message: String? = nil) {
        self.message = message
    }
}

/// One known value of a string attribute: a value the provider documents, with what it means.
public struct KnownValue: Hashable, Sendable {
    /// The value, exactly as the provider sends it.
    public var value: Located<String>
    /// What the value means, when the spec says.
    public var description: Located<String>?

    /// The key of the value in a value's mapping form (`- value: FAILED`).
    public static let valueKey = "value"
    /// The key of the description in a value's mapping form.
    public static let descriptionKey = "description"

    /// Creates a known value.
    public init(value: Located<String>, description: Located<String>? = nil) {
        self.value = value
        self.description = description
    }
}
