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
