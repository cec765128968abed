import AttributeSpec

/// The whole import in one place, in memory:
///
///     model bytes ─▶ read (JSON → ProviderModel)  [one front end per provider: AWSModelReader,
///                                                   GCPDiscoveryReader, AzureOpenAPIReader]
///                 ─▶ translate (ProviderModel + ImportRequest → Spec)  [ImportTranslator]
///                 ─▶ write (Spec → YAML)  [SpecYAMLWriter]
///                 ─▶ check (YAML → SpecFile.load: the written spec must lint clean)
///
/// With `--update`, the existing spec is edited instead of written anew:
///
///     existing bytes + Spec ─▶ plan (what the model changed, what a person owns)  [SpecMerger]
///                           ─▶ splice those lines, keep every other byte  [SpecTextEditor]
///                           ─▶ check (the text must load, lint clean, as exactly the planned spec)
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
    ///   - keep: attributes to mark `pinned: true` on update, so it leaves them as they are.
    ///   - takeDescriptions: on update, replace descriptions that differ from the model's.
    ///   - provider: whose format the model is in.
    ///   - loadFile: reads another file an Azure document refers to (by a path made from the
    ///     model's own path); `nil` when it cannot be read.
    public static func run(
        modelBytes: [UInt8], modelFile: String, request: ImportRequest, existing: [UInt8]? = nil, keep: Set<String> = [],
        takeDescriptions: Bool = false, provider: ImportProvider = .aws, loadFile: @escaping (String) -> [UInt8]? = { _ in nil }
    ) -> Output {
        let read = read(provider, modelBytes: modelBytes, modelFile: modelFile, loadFile: loadFile)
        guard let model = read.model else { return Output(yaml: nil, diagnostics: read.diagnostics) }
        let output = run(model: model, request: request, existing: existing, keep: keep, takeDescriptions: takeDescriptions)
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

    /// The command-line options that name a request's root, per provider.
    public static func rootOption(_ root: ImportRequest.Root, provider: ImportProvider) -> String {
        switch root {
        case .shape(let name): "--\(provider.shapeWord) \(name)"
        case .operation(let name): "--\(provider.operationWord) \(name)"
        }
    }

    /// Imports `request` from a model any front end produced.
    public static func run(
        model: ProviderModel, request: ImportRequest, existing: [UInt8]? = nil, keep: Set<String> = [], takeDescriptions: Bool = false
    ) -> Output {
        let translated = ImportTranslator.translate(model, request)
        var diagnostics = translated.diagnostics
        guard var spec = translated.spec else { return Output(yaml: nil, diagnostics: diagnostics) }
        // Google and Azure send timestamps as RFC 3339 text: the table says so, or the mapper
        // would write them back as epoch seconds, which is not the provider's form.
        if model.provider != .aws, spec.timestampFormat == nil, Self.hasTimestamp(spec.attributes) {
            spec.timestampFormat = Located(.rfc3339, at: spec.resource.location)
        }
        if let existing {
            return update(existing, with: spec, request: request, keep: keep, takeDescriptions: takeDescriptions, diagnostics: diagnostics)
        }
        let modelName = model.file.split(separator: "/").suffix(3).joined(separator: "/")
        let source = rootOption(request.root, provider: model.provider)
        let yaml = SpecYAMLWriter.yaml(spec, header: [
            "Imported from \(model.provider.modelTitle) \(modelName) (\(source)) by `attribute-codegen import \(model.provider.rawValue)`.",
            "Hand edits (swift_name, descriptions, context attributes) survive `import --update`.",
        ])
        // The written text must load back as a valid spec: an import never hands over a spec that fails lint.
        let check = SpecFile.load(Array(yaml.utf8), file: request.outputFile)
        diagnostics += check.diagnostics
        return Output(yaml: check.spec == nil ? nil : yaml, diagnostics: diagnostics)
    }

    /// `--update`: edits the existing spec's text in place (`SpecTextEditor`) as the merge
    /// decided (`SpecMerger`); with nothing to change, the text is handed back as it was.
    static func update(
        _ existing: [UInt8], with spec: Spec, request: ImportRequest, keep: Set<String>, takeDescriptions: Bool, diagnostics: [Diagnostic]
    ) -> Output {
        var diagnostics = diagnostics
        let current = SpecFile.load(existing, file: request.outputFile)
        guard let validated = current.spec else {
            return Output(yaml: nil, diagnostics: diagnostics + current.diagnostics)
        }
        let root: Node?
        do {
            root = try SpecFileReader.read(existing, file: request.outputFile)
        } catch {
            return Output(yaml: nil, diagnostics: diagnostics + [error])
        }
        let planned = SpecMerger.plan(existing: validated.spec, imported: spec, keep: keep, takeDescriptions: takeDescriptions)
        var summary = planned.summary
        diagnostics += planned.unusedKeep.map(Diagnostic.unusedKeep)
        let text = String(decoding: existing, as: UTF8.self)
        guard !planned.plan.isEmpty else {
            return Output(yaml: text, diagnostics: diagnostics, summary: summary)
        }
        let fileLocation = SourceLocation(file: request.outputFile, line: 1, column: 1)
        guard CodegenFileRules.fileExtension(of: request.outputFile) != "json", let root else {
            diagnostics.append(.updateNeedsYAML(at: fileLocation))
            return Output(yaml: nil, diagnostics: diagnostics, summary: summary)
        }
        let edited: String
        switch SpecTextEditor.apply(planned.plan, to: text, root: root) {
        case .success(let result):
            edited = result.text
            summary.removedWithComment = result.removedWithComment
        case .failure(let failure):
            diagnostics.append(.cannotUpdateInPlace(failure.message, at: failure.location ?? fileLocation))
            return Output(yaml: nil, diagnostics: diagnostics, summary: summary)
        }
        // The edited text must load, lint clean, as exactly the merged spec: an update never
        // hands over a spec that lost or changed anything the plan did not name.
        let check = SpecFile.load(Array(edited.utf8), file: request.outputFile)
        diagnostics += check.diagnostics
        guard let loaded = check.spec else {
            diagnostics.append(.cannotUpdateInPlace("the updated spec would have the errors above (their lines are the updated text's)", at: fileLocation))
            return Output(yaml: nil, diagnostics: diagnostics, summary: summary)
        }
        guard SpecNormalizer.canonicalJSON(loaded.spec) == SpecNormalizer.canonicalJSON(planned.plan.spec) else {
            diagnostics.append(.cannotUpdateInPlace("the edited text does not read back as the merged spec", at: fileLocation))
            return Output(yaml: nil, diagnostics: diagnostics, summary: summary)
        }
        return Output(yaml: edited, diagnostics: diagnostics, summary: summary)
    }
}

extension Diagnostic {
    /// A `--keep` name that matches no attribute of the spec being updated.
    static func unusedKeep(_ name: String) -> Diagnostic {
        .warning("--keep '\(name)' names no attribute of the spec; nothing pinned", at: nil)
    }

    /// An update into a spec that is not YAML.
    static func updateNeedsYAML(at location: SourceLocation) -> Diagnostic {
        .error("import --update edits YAML specs in place; convert this spec to YAML first", at: location)
    }

    /// An update that cannot be made in the file's text; nothing is written.
    static func cannotUpdateInPlace(_ reason: String, at location: SourceLocation) -> Diagnostic {
        .error("import --update cannot edit the spec in place: \(reason); nothing was written", at: location)
    }
}
