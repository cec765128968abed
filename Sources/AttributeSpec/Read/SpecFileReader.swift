/// Reads a spec file with the reader its extension names: `.json` as JSON, `.yaml`/`.yml` as YAML.
public enum SpecFileReader {
    /// Reads `bytes` as the format of `file`'s extension.
    ///
    /// - Returns: the root node, or `nil` for an empty document.
    /// - Throws: the first syntax error, or an error for an extension that is not a spec format.
    public static func read(_ bytes: [UInt8], file: String) throws(Diagnostic) -> Node? {
        switch CodegenFileRules.fileExtension(of: file) {
        case "json":
            return try JSONReader.read(bytes, file: file)
        case "yaml", "yml":
            return try readYAML(bytes, file: file)
        default:
            throw Diagnostic.unsupportedExtension(file: file)
        }
    }

    /// The single place YAML input goes through.
    static func readYAML(_ bytes: [UInt8], file: String) throws(Diagnostic) -> Node? {
        do {
            return try YAMLReader.read(bytes, file: file)
        } catch {
            throw YAMLHints.addingHint(to: error, source: bytes)
        }
    }

    /// The lowercase extension of the file's last path component, without the dot; empty when none.
    static func fileExtension(of path: String) -> String {
        CodegenFileRules.fileExtension(of: path)
    }
}

extension Diagnostic {
    /// A file whose extension names no spec format.
    static func unsupportedExtension(file: String) -> Diagnostic {
        .error("'\(file)' is not a spec file; expected a .yaml, .yml or .json extension", at: nil)
    }
}
