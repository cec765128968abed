import AttributeImport
import AttributeSpec

/// Reading a Google discovery document, and the rest of `import` on what it reads, with the
/// invariants of `AWSModelReaderTarget`: every diagnostic points inside the document (or the
/// written spec), a model is returned exactly when there is no error, and a table imported
/// without error is written as YAML that loads back without error to the same spec. Google
/// members are never flattened, so no provider name holds a `.`.
enum GCPDiscoveryReaderTarget {
    static let file = "fuzz/compute.v1.json"

    static func check(_ bytes: [UInt8]) throws(InvariantFailure) {
        let read = GCPDiscoveryReader.read(bytes, file: file)
        let bounds = DocumentBounds(main: InputBounds(bytes, file: file), other: nil)
        try CloudImportChecks.check(read, bounds: bounds, allowPaths: false)
    }
}

/// Reading an Azure OpenAPI document, with the same invariants. The input is the document,
/// optionally followed by a NUL and a second file, which is what every relative `$ref` to
/// another file reads (so cross-file `allOf` and flattening are fuzzed too); a diagnostic may
/// point into either. A provider name may be a path only through flattened members: each of
/// its keys must be a key the provider path grammar allows.
enum AzureOpenAPIReaderTarget {
    static let file = "fuzz/spec/v1/doc.json"

    static func check(_ bytes: [UInt8]) throws(InvariantFailure) {
        let split = bytes.firstIndex(of: 0)
        let document = split.map { Array(bytes[..<$0]) } ?? bytes
        let other = split.map { Array(bytes[($0 + 1)...]) }
        let read = AzureOpenAPIReader.read(document, file: file, loadFile: { _ in other })
        let bounds = DocumentBounds(main: InputBounds(document, file: file), other: other)
        try CloudImportChecks.check(read, bounds: bounds, allowPaths: true)
    }
}

/// The bounds of the main document and of the one other file every `$ref` elsewhere reads.
struct DocumentBounds {
    let main: InputBounds
    let other: [UInt8]?

    func check(_ diagnostics: [Diagnostic]) throws(InvariantFailure) {
        for diagnostic in diagnostics {
            if let location = diagnostic.location, location.file != main.file, let other {
                try InputBounds(other, file: location.file).check(location, of: "diagnostic '\(diagnostic)'")
            } else {
                try main.check(diagnostic.location, of: "diagnostic '\(diagnostic)'")
            }
        }
    }
}

/// The invariants the Google and Azure targets share.
enum CloudImportChecks {
    static let specFile = "fuzz_table.yaml"
    /// How many roots (operations with an output, then structures, by name) are imported per input.
    static let roots = 3

    static func check(
        _ read: (model: ProviderModel?, diagnostics: [Diagnostic]), bounds: DocumentBounds, allowPaths: Bool
    ) throws(InvariantFailure) {
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
            try checkImport(model, root: root, bounds: bounds, allowPaths: allowPaths)
        }
    }

    static func checkImport(_ model: ProviderModel, root: ImportRequest.Root, bounds: DocumentBounds, allowPaths: Bool) throws(InvariantFailure) {
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
