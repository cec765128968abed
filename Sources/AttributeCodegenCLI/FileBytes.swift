import AttributeSpec
import Foundation

/// Reads the files every command reads (specs, configuration files, provider models, existing
/// output), so that an unreadable one is reported the same way whatever it is.
enum FileBytes {
    /// The file's bytes, or a diagnostic naming it.
    static func read(_ path: String) -> Result<[UInt8], Diagnostic> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(.error("cannot read file '\(path)'", at: nil))
        }
        return .success([UInt8](data))
    }
}
