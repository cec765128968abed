/// A type that generated code maps from and to a provider payload (AWS-style JSON with
/// PascalCase keys).
///
/// Generated conformances only list attributes: `init(mapping:)` asks the reader for each one,
/// `write(to:)` hands each one to the writer. Parsing, conversion, error collection, strict
/// checks and serialization all live in the runtime.
public protocol ProviderMappable {
    /// Reads every attribute from `reader`; problems are collected by the reader, not thrown.
    init(mapping reader: inout ProviderReader)

    /// Writes every attribute that has a provider path to `writer`.
    func write(to writer: inout ProviderWriter)
}

extension ProviderMappable {
    /// Maps a provider payload given as UTF-8 JSON bytes (`[UInt8]`, `Data`, …).
    ///
    /// - Throws: every problem of the payload at once: invalid JSON, a root that is not an
    ///   object, values of the wrong type and, in strict mode, provider keys no attribute reads
    ///   and context keys no attribute uses.
    public init(providerJSON bytes: some Collection<UInt8>, context: MappingContext = .init(), options: MappingOptions = .init()) throws(MappingErrors) {
        let document: JSONDocument
        do {
            document = try JSONDocument.parse(bytes, maxDepth: options.maxDepth)
        } catch {
            throw MappingErrors([MappingError(.invalidJSON(error))])
        }
        try self.init(providerDocument: document, context: context, options: options)
    }

    /// Maps a provider payload given as JSON text.
    public init(providerJSON text: String, context: MappingContext = .init(), options: MappingOptions = .init()) throws(MappingErrors) {
        try self.init(providerJSON: text.utf8, context: context, options: options)
    }

    /// Maps an already parsed provider payload.
    ///
    /// - Throws: every problem of the payload at once.
    public init(providerValue: JSONValue, context: MappingContext = .init(), options: MappingOptions = .init()) throws(MappingErrors) {
        guard case .object = providerValue else {
            throw MappingErrors([MappingError(.rootNotObject(found: providerValue.kind))])
        }
        try self.init(providerDocument: JSONDocument(providerValue), context: context, options: options)
    }

    /// Maps a parsed payload; both public entry points end here.
    init(providerDocument document: JSONDocument, context: MappingContext, options: MappingOptions) throws(MappingErrors) {
        guard document.entries[0].kind == .object else {
            throw MappingErrors([MappingError(.rootNotObject(found: document.kind(at: 0)))])
        }
        var reader = ProviderReader(document: document, context: context, options: options, attributePrefix: "", providerPrefix: "")
        // Initialising `self` directly, rather than through a local and `self = mapped`, saves
        // this unspecialised code a copy of the whole value.
        self.init(mapping: &reader)
        reader.reportUnknownKeys()
        reader.reportUnusedContextKeys()
        guard reader.errors.isEmpty else { throw MappingErrors(reader.errors.elements) }
    }

    /// The provider payload for this value: attributes with a provider path, `nil` ones left out.
    public func providerValue() -> JSONValue {
        .object(providerObject())
    }

    /// The provider payload as compact UTF-8 JSON with sorted keys, byte-stable across runs.
    public func providerJSON() -> [UInt8] {
        providerValue().serialized(sortedKeys: true)
    }

    /// The provider object for this value, used for the root and for nested structures.
    func providerObject() -> JSONObject {
        var writer = ProviderWriter()
        write(to: &writer)
        return writer.object
    }
}
