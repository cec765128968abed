// TEMPORARY: stands in for the YAML reader until its branch is merged; the lead deletes this
// file at merge and `SpecFileReader.readYAML` calls `YAMLReader.read` instead.

/// A placeholder for the YAML reader that always fails.
enum YAMLReaderShim {
    /// Fails with "YAML reader not available yet".
    static func read(_ bytes: [UInt8], file: String) throws(Diagnostic) -> Node? {
        throw Diagnostic.error("YAML reader not available yet", at: SourceLocation(file: file, line: 1, column: 1))
    }
}
