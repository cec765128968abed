import AttributeSpec

/// The whole import in one place, in memory:
///
///     model bytes ─▶ read (gunzip → JSON → ProviderModel)  [AWSModelReader, one front end per provider]
///                 ─▶ translate (ProviderModel + ImportRequest → Spec)  [ImportTranslator]
///                 ─▶ merge with the existing spec, for --update  [SpecMerger]
///                 ─▶ write (Spec → YAML)  [SpecYAMLWriter]
///                 ─▶ check (YAML → SpecFile.load: the written spec must lint clean)
///
/// The command-line tool only reads and writes files around it.
public enum ImportPipeline {
    /// The providers whose model format has a front end.
    public static let providers = ["aws"]

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
    public static func run(
        modelBytes: [UInt8], modelFile: String, request: ImportRequest, existing: [UInt8]? = nil, keep: Set<String> = []
    ) -> Output {
        let read = AWSModelReader.read(modelBytes, file: modelFile)
        guard let model = read.model else { return Output(yaml: nil, diagnostics: read.diagnostics) }
        return run(model: model, request: request, existing: existing, keep: keep)
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
        let source: String
        switch request.root {
        case .shape(let name): source = "--shape \(name)"
        case .operation(let name): source = "--operation \(name)"
        }
        let yaml = SpecYAMLWriter.yaml(spec, header: [
            "Imported from the AWS model \(modelName) (\(source)) by `attribute-codegen import aws`.",
            "Hand edits (swift_name, descriptions, context attributes) survive `import --update`.",
        ])
        // The written text must load back as a valid spec: an import never hands over a spec that fails lint.
        let check = SpecFile.load(Array(yaml.utf8), file: request.outputFile)
        diagnostics += check.diagnostics
        return Output(yaml: check.spec == nil ? nil : yaml, diagnostics: diagnostics, summary: summary)
    }
}
