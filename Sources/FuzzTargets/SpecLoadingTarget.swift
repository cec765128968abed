import AttributeSpec

/// Reading, loading and validating a spec file: every diagnostic points inside the input, a
/// spec is returned exactly when there is no error, and a loaded spec's canonical JSON loads
/// again, without error, to the same canonical JSON (the `normalize` promise that a YAML spec
/// and its JSON twin are the same table).
enum SpecLoadingTarget {
    /// The harness's file name: a seed spec reaches validation only if its `resource` is `fuzz_table`.
    static let file = "fuzz_table.yaml"
    /// The name of the canonical JSON twin.
    static let twinFile = "fuzz_table.json"

    static func check(_ bytes: [UInt8]) throws(InvariantFailure) {
        _ = try loadChecked(bytes)
    }

    /// Loads `bytes` as `file`, checks the invariants and returns the spec's canonical JSON,
    /// or `nil` when the spec has errors.
    static func loadChecked(_ bytes: [UInt8]) throws(InvariantFailure) -> String? {
        let loaded = SpecFile.load(bytes, file: file)
        try InputBounds(bytes, file: file).check(loaded.diagnostics)
        guard let spec = loaded.spec else {
            guard loaded.diagnostics.containsErrors else {
                throw InvariantFailure("no spec and no error; diagnostics: \(loaded.diagnostics)")
            }
            return nil
        }
        if loaded.diagnostics.containsErrors {
            throw InvariantFailure("a spec despite errors: \(loaded.diagnostics)")
        }
        let canonical = SpecNormalizer.canonicalJSON(spec.spec)
        let twinBytes = Array(canonical.utf8)
        let twin = SpecFile.load(twinBytes, file: twinFile)
        try InputBounds(twinBytes, file: twinFile).check(twin.diagnostics)
        guard let twinSpec = twin.spec else {
            throw InvariantFailure("the canonical JSON does not load: \(twin.diagnostics)\n\(canonical)")
        }
        let twinCanonical = SpecNormalizer.canonicalJSON(twinSpec.spec)
        guard twinCanonical == canonical else {
            throw InvariantFailure("the canonical JSON changes when loaded again:\n\(canonical)\n---\n\(twinCanonical)")
        }
        return canonical
    }
}
