import AttributeImport
import AttributeSpec

/// Reading a botocore service model, and the rest of `import` on what it reads: every
/// diagnostic points inside the model (or the written spec), a model is returned exactly
/// when there is no error, and a table the translator produces without error is written as
/// YAML that loads back without error to the same spec (equal canonical JSON), and maps each
/// member by its own key (no provider name with a `.`, which the mapper would follow as a path);
/// and `import --update` against the same model leaves that spec, and a hand-edited one, byte for byte.
enum AWSModelReaderTarget {
    static let file = "fuzz/service-2.json"
    static let specFile = "fuzz_table.yaml"
    /// How many roots (operations with an output, then structures, by name) are imported per input.
    static let roots = 3

    static func check(_ bytes: [UInt8]) throws(InvariantFailure) {
        let read = AWSModelReader.read(bytes, file: file)
        var json = bytes
        if Inflate.isGzip(bytes) {
            switch Result(catching: { () throws(InflateError) in try Inflate.gunzip(bytes) }) {
            case .success(let inflated):
                json = inflated
            case .failure:
                // The one diagnostic without a line: the file as a whole does not decompress.
                guard read.model == nil, read.diagnostics.count == 1, read.diagnostics[0].location == nil,
                      read.diagnostics[0].message.hasPrefix("cannot decompress") else {
                    throw InvariantFailure("a gzip file that does not decompress gives \(read.diagnostics)")
                }
                return
            }
        }
        let bounds = InputBounds(json, file: file)
        try bounds.check(read.diagnostics)
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
            try checkImport(model, root: root, bounds: bounds)
        }
    }

    static func checkImport(_ model: ProviderModel, root: ImportRequest.Root, bounds: InputBounds) throws(InvariantFailure) {
        let request = ImportRequest(
            root: root, resource: "fuzz_table", context: [ContextAttribute(name: "account_id", type: .string)], outputFile: specFile
        )
        let translated = ImportTranslator.translate(model, request)
        try bounds.check(translated.diagnostics)
        guard let spec = translated.spec else {
            guard translated.diagnostics.containsErrors else {
                throw InvariantFailure("\(root): no spec and no error; diagnostics: \(translated.diagnostics)")
            }
            return
        }
        if let dotted = firstDottedProviderName(spec.attributes) {
            throw InvariantFailure("\(root): provider_name '\(dotted)' is a path, not the member's own key")
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

    /// The first provider name, at any depth, that holds a `.`.
    static func firstDottedProviderName(_ attributes: [Attribute]) -> String? {
        for attribute in attributes {
            if let name = attribute.providerName?.value, name.utf8.contains(UInt8(ascii: ".")) {
                return name
            }
            if let nested = attribute.fields.flatMap(firstDottedProviderName) {
                return nested
            }
        }
        return nil
    }
}
