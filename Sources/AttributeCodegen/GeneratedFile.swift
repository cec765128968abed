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

    /// Creates a result.
    public init(files: [GeneratedFile], diagnostics: [Diagnostic]) {
        self.files = files
        self.diagnostics = diagnostics
    }
}
