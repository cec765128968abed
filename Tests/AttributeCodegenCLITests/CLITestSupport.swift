import Foundation
@testable import AttributeCodegenCLI

/// A console that keeps what a command printed.
final class CapturedConsole: @unchecked Sendable {
    private let lock = NSLock()
    private var outputText = ""
    private var errorText = ""

    var console: Console {
        Console(
            output: { text in self.lock.withLock { self.outputText += text } },
            error: { text in self.lock.withLock { self.errorText += text } }
        )
    }

    var output: String { lock.withLock { outputText } }
    var error: String { lock.withLock { errorText } }
}

/// Runs the tool in memory.
func runTool(_ arguments: [String]) -> (status: Int32, output: String, error: String) {
    let captured = CapturedConsole()
    let status = Tool(console: captured.console).run(arguments)
    return (status, captured.output, captured.error)
}

/// A fresh temporary folder with the given files (relative path → content).
func makeFolder(_ files: [String: String]) throws -> String {
    let root = FileManager.default.temporaryDirectory
        .appendingPathComponent("attribute-codegen-cli-\(UUID().uuidString)").path
    for (path, content) in files {
        let full = root + "/" + path
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true
        )
        try Data(content.utf8).write(to: URL(fileURLWithPath: full))
    }
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    return root
}

/// Deletes a folder made by `makeFolder`.
func removeFolder(_ path: String) {
    try? FileManager.default.removeItem(atPath: path)
}

/// A valid spec for a resource named `name`, as JSON.
func validJSONSpec(_ name: String) -> String {
    #"{"resource": "\#(name)", "attributes": [{"name": "a", "type": "STRING", "provider_name": "A"}]}"#
}
