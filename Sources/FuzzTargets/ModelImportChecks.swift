import AttributeImport
import AttributeSpec

/// The invariants every provider model reader target shares, whatever the format: a model is
/// returned exactly when there is no error; each of up to `roots` tables (operations with an
/// output, then structures, by name) that the translator produces without error is written as
/// YAML that loads back without error to the same spec (equal canonical JSON), and its provider
/// names are keys the mapper follows as meant; and `import --update` against the same model leaves
/// that spec, and a hand-edited one, byte for byte, reporting no change.
enum ModelImportChecks {
    static let specFile = "fuzz_table.yaml"
    /// How many roots are imported per input.
    static let roots = 3

    /// - Parameters:
    ///   - checkDiagnostics: throws for a diagnostic that points outside the input.
    ///   - allowPaths: whether a provider name may be a dotted path (Azure's flattened members);
    ///     otherwise every provider name is one member's own key.
    static func check(
        _ read: (model: ProviderModel?, diagnostics: [Diagnostic]),
        allowPaths: Bool,
        checkDiagnostics: ([Diagnostic]) throws(InvariantFailure) -> Void
    ) throws(InvariantFailure) {
        try checkDiagnostics(read.diagnostics)
        guard let model = read.model else {
            guard read.diagnostics.containsErrors else {
                throw InvariantFailure("no model and no error; diagnostics: \(read.diagnostics)")
            }
            return
        }
        if read.diagnostics.containsErrors {
            throw InvariantFailure("a model despite errors: \(read.diagnostics)")
        }
        let operations = model.operations.values.filter { $0.output != nil }.map(\.name).sorted()
        let structures = model.shapes.values.filter {
            if case .structure = $0.kind { return true } else { return false }
        }.map(\.name).sorted()
        let requests = operations.prefix(roots).map(ImportRequest.Root.operation) + structures.prefix(roots).map(ImportRequest.Root.shape)
        for root in requests.prefix(roots) {
            try checkImport(model, root: root, allowPaths: allowPaths, checkDiagnostics: checkDiagnostics)
        }
    }

    static func checkImport(
        _ model: ProviderModel, root: ImportRequest.Root, allowPaths: Bool,
        checkDiagnostics: ([Diagnostic]) throws(InvariantFailure) -> Void
    ) throws(InvariantFailure) {
        let request = ImportRequest(
            root: root, resource: "fuzz_table", context: [ContextAttribute(name: "account_id", type: .string)], outputFile: specFile
        )
        let translated = ImportTranslator.translate(model, request)
        try checkDiagnostics(translated.diagnostics)
        guard let spec = translated.spec else {
            guard translated.diagnostics.containsErrors else {
                throw InvariantFailure("\(root): no spec and no error; diagnostics: \(translated.diagnostics)")
            }
            return
        }
        if let name = firstBadProviderName(spec.attributes, allowPaths: allowPaths) {
            throw InvariantFailure("\(root): provider_name '\(name)' is not " + (allowPaths ? "a path of provider keys" : "the member's own key"))
        }
        let yaml = SpecYAMLWriter.yaml(spec, header: ["Imported by the fuzz target."])
        let yamlBytes = Array(yaml.utf8)
        let loaded = SpecFile.load(yamlBytes, file: specFile)
        try InputBounds(yamlBytes, file: specFile).check(loaded.diagnostics)
        guard let reloaded = loaded.spec, !loaded.diagnostics.containsErrors else {
            throw InvariantFailure("\(root): the written spec does not load: \(loaded.diagnostics)\n\(yaml)")
        }
        let written = SpecNormalizer.canonicalJSON(spec)
        let again = SpecNormalizer.canonicalJSON(reloaded.spec)
        guard written == again else {
            throw InvariantFailure("\(root): the written spec loads to another spec:\n\(written)\n---\n\(again)\n---\n\(yaml)")
        }
        try checkUpdate(model, request: request, yaml: yaml)
    }

    /// `import --update` against the same model changes no byte of the spec, as written or with
    /// hand edits (a comment, a context attribute at the end), and reports no change.
    static func checkUpdate(_ model: ProviderModel, request: ImportRequest, yaml: String) throws(InvariantFailure) {
        let edited = "# A hand-written comment.\n" + yaml + "\n  # Supplied by the caller.\n  - name: hand_context_attribute\n    type: STRING\n"
        for text in [yaml, edited] {
            guard !SpecFile.load(Array(text.utf8), file: specFile).diagnostics.containsErrors else { continue }
            let update = ImportPipeline.run(model: model, request: request, existing: Array(text.utf8))
            guard update.yaml == text, update.summary?.hasChanges == false else {
                throw InvariantFailure(
                    "\(request.root): an update against the same model changed the spec: \(update.summary?.lines ?? []) \(update.diagnostics)\n\(text)")
            }
        }
    }

    /// The first provider name, at any depth, that holds a `.` (when paths are not allowed) or
    /// a key the provider path grammar rejects.
    static func firstBadProviderName(_ attributes: [Attribute], allowPaths: Bool) -> String? {
        for attribute in attributes {
            if let name = attribute.providerName?.value {
                let keys = name.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
                if !allowPaths, keys.count > 1 { return name }
                if keys.contains(where: { ProviderPath.keyViolation(in: String(decoding: $0, as: UTF8.self)) != nil }) { return name }
            }
            if let nested = attribute.fields.flatMap({ firstBadProviderName($0, allowPaths: allowPaths) }) {
                return nested
            }
        }
        return nil
    }
}
