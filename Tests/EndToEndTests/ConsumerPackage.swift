import Foundation

/// The consumer package the README's "Using it in your package" describes, built with the real
/// `swift build` as a user would build it: its manifest, `Exports.swift` and `main.swift` are the
/// README's own code blocks (marked `<!-- end-to-end: PATH -->`), and its spec is this
/// repository's bundled spec, so the README cannot drift from what works.
///
/// The only change to the README's manifest is its `.package(url:from:)` line, which becomes a
/// path dependency on this checkout, reached through a symlink named `attribute-codegen` so that
/// the package identity the README's `package:` arguments name is the same.
///
/// It lives in a fixed temporary folder whose name contains a space (to catch unquoted paths),
/// and keeps its `.build` between runs so that only the first run compiles everything.
struct ConsumerPackage {
    /// The root of this repository, found from this file's path.
    static let producerRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The README's dependency line, which the test swaps for a path dependency.
    static let dependencyPrefix = #".package(url: "https://github.com/attribute-codegen/attribute-codegen", from: ""#

    let root: URL
    /// The symlink to this checkout that the consumer depends on.
    let producerLink: URL

    init() throws {
        // One folder per clone of this repository, so two checkouts never share a build folder.
        let base = FileManager.default.temporaryDirectory
            .appendingPathComponent("attribute-codegen end to end")
            .appendingPathComponent(Self.fingerprint(of: Self.producerRoot.path))
        root = base.appendingPathComponent("Consumer Package")
        producerLink = base.appendingPathComponent("attribute-codegen")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: producerLink)
        try FileManager.default.createSymbolicLink(at: producerLink, withDestinationURL: Self.producerRoot)
        // Sources are rewritten on every run; `.build` is kept for speed.
        try? FileManager.default.removeItem(at: root.appendingPathComponent("Sources"))
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try write("Package.swift", try Self.manifest(dependingOn: producerLink))
    }

    /// The README's code block marked `<!-- end-to-end: path -->`.
    static func readmeFile(_ path: String) throws -> String {
        let readme = try String(contentsOf: producerRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let marker = "<!-- end-to-end: \(path) -->\n```swift\n"
        guard let start = readme.range(of: marker), let end = readme.range(of: "```\n", range: start.upperBound..<readme.endIndex) else {
            throw ReadmeBlockMissing(path: path)
        }
        return String(readme[start.upperBound..<end.lowerBound])
    }

    struct ReadmeBlockMissing: Error, CustomStringConvertible {
        var path: String
        var description: String { "README.md has no block marked '<!-- end-to-end: \(path) -->' followed by a swift code block" }
    }

    /// The README's manifest with its dependency on this package pointed at `producer`.
    static func manifest(dependingOn producer: URL) throws -> String {
        let readme = try readmeFile("Package.swift")
        var lines = readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let dependency = lines.indices.filter { lines[$0].trimmingCharacters(in: .whitespaces).hasPrefix(dependencyPrefix) }
        guard dependency.count == 1, let index = dependency.first else { throw ReadmeBlockMissing(path: "Package.swift (one \(dependencyPrefix)…) line)") }
        let indent = lines[index].prefix { $0 == " " }
        lines[index] = String(indent) + ".package(path: \"\(producer.path)\"),"
        return lines.joined(separator: "\n")
    }

    /// A short, stable name for a path (FNV-1a), the same on every run.
    static func fingerprint(of path: String) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in path.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16)
    }

    /// Writes a file of the package, relative to its root, creating its folder.
    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Reads a file of the package, or `nil` when it does not exist.
    func read(_ path: String) -> String? {
        (try? Data(contentsOf: root.appendingPathComponent(path))).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The absolute path of a file of the package.
    func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    /// Runs `swift build`; returns the exit status and the combined output.
    func build() throws -> (status: Int32, output: String) {
        try run(["swift", "build", "--package-path", root.path])
    }

    /// Runs `swift package` with these arguments (a command plugin's verb, for example).
    func package(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try run(["swift", "package", "--package-path", root.path] + arguments)
    }

    /// Runs the built executable.
    func runProduct() throws -> (status: Int32, output: String) {
        try run([root.appendingPathComponent(".build/debug/Inventory").path])
    }

    /// The file the plugin generated with this name, wherever SwiftPM put its work folder.
    ///
    /// `.build` is kept between runs, so outputs of targets that an earlier version of the
    /// manifest had may still be there: the newest file of that name is the current one.
    func generatedFile(named name: String) -> URL? {
        let outputs = root.appendingPathComponent(".build/plugins/outputs")
        let files = FileManager.default.enumerator(at: outputs, includingPropertiesForKeys: [.contentModificationDateKey])?
            .allObjects as? [URL] ?? []
        func modified(_ url: URL) -> Date {
            (try? url.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate) ?? .distantPast
        }
        return files.filter { $0.lastPathComponent == name }.max { modified($0) < modified($1) }
    }

    private func run(_ command: [String]) throws -> (status: Int32, output: String) {
        try Self.run(command, in: root)
    }

    /// Runs `command` (looked up on the PATH) in `folder`, standard output and error together.
    static func run(_ command: [String], in folder: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        // Read before waiting: a full pipe would otherwise block the child forever.
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
