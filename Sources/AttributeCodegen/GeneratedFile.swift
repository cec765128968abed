import AttributeSpec

/// One file the generator produced, ready to be written by the caller.
public struct GeneratedFile: Sendable, Hashable {
    /// Where the file goes, relative to the output folder.
    public var path: String
    /// The file's full text, ending with one newline.
    public var contents: String

    /// Creates a generated file.
    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

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

/// One spec file handed to the pipeline: its bytes and the path diagnostics should name.
public struct SpecInput: Sendable, Hashable {
    /// The file's contents (YAML or JSON, UTF-8).
    public var bytes: [UInt8]
    /// The path as the caller names it.
    public var file: String

    /// Creates an input.
    public init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }
}
