import AttributeSpec

/// What one run of the pipeline over one spec file produced.
///
/// `files` is empty whenever `diagnostics` holds an error, so a caller never writes output for
/// a spec that failed.
public struct GeneratorResult: Sendable {
    /// The generated files, in a stable order.
    public var files: [GeneratedFile]
    /// Every problem found, in file order.
    public var diagnostics: [Diagnostic]
    /// What the docs index says of the table; `nil` when the spec failed.
    public var summary: TableSummary?

    /// Creates a result.
    public init(files: [GeneratedFile], diagnostics: [Diagnostic], summary: TableSummary? = nil) {
        self.files = files
        self.diagnostics = diagnostics
        self.summary = summary
    }
}
