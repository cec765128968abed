import Foundation

/// Why the output folder could not be read or written; always names the file concerned.
struct OutputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The path the error is about, as the user would recognise it.
    var path: String
    /// What went wrong, as one sentence without a trailing period.
    var reason: String

    /// `path: error: reason`, the shape of the tool's other messages.
    var description: String { "\(path): error: \(reason)" }

    static func unsafePath(_ path: String, in root: String, why: String) -> OutputError {
        OutputError(path: path, reason: "refusing to write outside the output folder '\(root)': \(why)")
    }

    static func io(_ path: String, _ action: String, errno code: Int32? = nil) -> OutputError {
        var reason = "could not \(action)"
        if let code, let text = strerrorText(code) {
            reason += " (\(text))"
        }
        return OutputError(path: path, reason: reason)
    }
}

private func strerrorText(_ code: Int32) -> String? {
    guard let text = strerror(code) else { return nil }
    return String(cString: text)
}
