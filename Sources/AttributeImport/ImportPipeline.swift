import AttributeSpec

/// The whole import in one place, in memory:
///
///     model bytes ─▶ read (JSON → ProviderModel)  [one front end per provider: AWSModelReader,
///                                                   GCPDiscoveryReader, AzureOpenAPIReader]
///                 ─▶ translate (ProviderModel + ImportRequest → Spec)  [ImportTranslator]
///                 ─▶ merge with the existing spec, for --update  [SpecMerger]
///                 ─▶ write (Spec → YAML)  [SpecYAMLWriter]
///                 ─▶ check (YAML → SpecFile.load: the written spec must lint clean)
///
/// The command-line tool only reads and writes files around it.
public enum ImportPipeline {
    /// The providers whose model format has a front end.
    public static let providers = ImportProvider.allCases.map(\.rawValue)

    /// What an import produced.
    public struct Output: Sendable {
        /// The spec's YAML text, when there was no error.
        public var yaml: String?
        /// Every problem: model errors, import warnings, and the written spec's own diagnostics.
        public var diagnostics: [Diagnostic]
        /// For `--update`: what changed.
        public var summary: SpecMerger.Summary?
    }

    /// Imports `request` from the model in `modelBytes`.
    ///
    /// - Parameters:
    ///   - modelFile: the model's path, for diagnostics.
    ///   - existing: the current spec file's bytes, for `--update`; `nil` for a fresh import.
    ///   - keep: attributes to keep on update although the model no longer has them.
    ///   - provider: whose format the model is in.
    ///   - loadFile: reads another file an Azure document refers to (by a path made from the
    ///     model's own path); `nil` when it cannot be read.
    public static func run(
        modelBytes: [UInt8], modelFile: String, request: ImportRequest, existing: [UInt8]? = nil, keep: Set<String> = [],
        provider: ImportProvider = .aws, loadFile: @escaping (String) -> [UInt8]? = { _ in nil }
    ) -> Output {
        let read = read(provider, modelBytes: modelBytes, modelFile: modelFile, loadFile: loadFile)
        guard let model = read.model else { return Output(yaml: nil, diagnostics: read.diagnostics) }
        let output = run(model: model, request: request, existing: existing, keep: keep)
        return Output(yaml: output.yaml, diagnostics: read.diagnostics + output.diagnostics, summary: output.summary)
    }

    /// The read stage: the provider's front end.
    public static func read(
        _ provider: ImportProvider, modelBytes: [UInt8], modelFile: String, loadFile: @escaping (String) -> [UInt8]? = { _ in nil }
    ) -> (model: ProviderModel?, diagnostics: [Diagnostic]) {
        switch provider {
        case .aws: AWSModelReader.read(modelBytes, file: modelFile)
        case .gcp: GCPDiscoveryReader.read(modelBytes, file: modelFile)
        case .azure: AzureOpenAPIReader.read(modelBytes, file: modelFile, loadFile: loadFile)
        }
    }

    /// Whether any attribute or field is a `TIMESTAMP`.
    static func hasTimestamp(_ attributes: [Attribute]) -> Bool {
        attributes.contains { $0.type.value == .timestamp || hasTimestamp($0.fields ?? []) }
    }

    /// `yaml` with the table's `timestamp_format` after its `resource:` line, unless the writer
    /// already wrote the key (it does not write `timestamp_format` yet; on `--update` the
    /// existing spec's value is kept this way too).
    static func adding(timestampFormat format: TimestampFormat, to yaml: String) -> String {
        var lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard !lines.contains(where: { $0.hasPrefix("timestamp_format:") }),
              let index = lines.firstIndex(where: { $0.hasPrefix("resource: ") })
        else { return yaml }
        lines.insert("timestamp_format: \(format.rawValue)", at: index + 1)
        return lines.joined(separator: "\n")
    }

    /// The command-line options that name a request's root, per provider.
    public static func rootOption(_ root: ImportRequest.Root, provider: ImportProvider) -> String {
        switch root {
        case .shape(let name): "--\(provider.shapeWord) \(name)"
        case .operation(let name): "--\(provider.operationWord) \(name)"
        }
    }

    /// Imports `request` from a model any front end produced.
    public static func run(model: ProviderModel, request: ImportRequest, existing: [UInt8]? = nil, keep: Set<String> = []) -> Output {
        let translated = ImportTranslator.translate(model, request)
        var diagnostics = translated.diagnostics
        guard var spec = translated.spec else { return Output(yaml: nil, diagnostics: diagnostics) }
        var summary: SpecMerger.Summary?
        if let existing {
            let current = SpecFile.load(existing, file: request.outputFile)
            guard let validated = current.spec else {
                return Output(yaml: nil, diagnostics: diagnostics + current.diagnostics)
            }
            let merged = SpecMerger.merge(existing: validated.spec, imported: spec, keep: keep)
            spec = merged.spec
            summary = merged.summary
        }
        let modelName = model.file.split(separator: "/").suffix(3).joined(separator: "/")
        // Google and Azure send timestamps as RFC 3339 text: the table says so, or the mapper
        // would write them back as epoch seconds, which is not the provider's form.
        if model.provider != .aws, spec.timestampFormat == nil, Self.hasTimestamp(spec.attributes) {
            spec.timestampFormat = Located(.rfc3339, at: spec.resource.location)
        }
        let source = rootOption(request.root, provider: model.provider)
        var yaml = SpecYAMLWriter.yaml(spec, header: [
            "Imported from \(model.provider.modelTitle) \(modelName) (\(source)) by `attribute-codegen import \(model.provider.rawValue)`.",
            "Hand edits (swift_name, descriptions, context attributes) survive `import --update`.",
        ])
        if let format = spec.timestampFormat?.value {
            yaml = Self.adding(timestampFormat: format, to: yaml)
        }
        // The written text must load back as a valid spec: an import never hands over a spec that fails lint.
        let check = SpecFile.load(Array(yaml.utf8), file: request.outputFile)
        diagnostics += check.diagnostics
        return Output(yaml: check.spec == nil ? nil : yaml, diagnostics: diagnostics, summary: summary)
    }
}
