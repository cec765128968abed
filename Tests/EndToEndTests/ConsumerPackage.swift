import Foundation

/// A consumer package the README's "Using it in your package" describes, built with the real
/// `swift build` as a user would build it: its manifest, `Exports.swift` and `main.swift` are the
/// README's own code blocks (marked `<!-- end-to-end: NAME -->`), and its spec is this
/// repository's bundled spec, so the README cannot drift from what works.
///
/// The README's dependency line is kept as written (`branch: "main"`) but for its URL, which
/// becomes a file URL to a git repository whose `main` holds this checkout's files as they are
/// (`ProducerClone`), so the line is resolved by SwiftPM exactly as a user's would be.
///
/// Each package starts from an empty folder whose name contains a space (to catch unquoted
/// paths). Its build folder (`--scratch-path`) is kept outside it, between runs, so that only
/// the first run compiles this package there. Each package has its own: SwiftPM does not notice
/// that a shared one was built for another root package with the same target names.
struct ConsumerPackage {
    /// The root of this repository, found from this file's path.
    static let producerRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The repository URL of the README's dependency line, which the test swaps for the clone's.
    static let repositoryURL = "https://github.com/attribute-codegen/attribute-codegen"
    /// The README's dependency line up to the URL.
    static let dependencyPrefix = #".package(url: ""# + repositoryURL + #"", "#

    /// The folder the packages, the clone and the scratch folder live in: one per clone of this
    /// repository, so two checkouts never share a build folder.
    static let base = FileManager.default.temporaryDirectory
        .appendingPathComponent("attribute-codegen end to end")
        .appendingPathComponent(fingerprint(of: producerRoot.path))

    let root: URL
    /// The package's build folder, kept between runs.
    let scratch: URL

    /// An empty package folder named `name` with the README's manifest marked `manifestBlock`.
    init(name: String = "Consumer Package", manifestBlock: String = "Package.swift") throws {
        root = Self.base.appendingPathComponent(name)
        scratch = Self.base.appendingPathComponent(name + " build")
        try? FileManager.default.removeItem(at: root)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let clone = try ProducerClone.update()
        try write("Package.swift", try Self.manifest(block: manifestBlock, dependingOn: clone))
        // A branch dependency is pinned at first resolution; the clone's `main` moves with
        // this checkout, so resolve it afresh.
        let update = try package(["update"])
        guard update.status == 0 else { throw CommandFailed(command: "swift package update", output: update.output) }
    }

    struct CommandFailed: Error, CustomStringConvertible {
        var command: String
        var output: String
        var description: String { "\(command) failed:\n\(output)" }
    }

    /// The documents whose code blocks the end-to-end tests build and run: the README, then the
    /// documentation's articles (the README keeps the build-tool plugin's setup; the articles the
    /// other layouts and the examples).
    static func documents() throws -> [(name: String, text: String)] {
        let articles = producerRoot.appendingPathComponent("Sources/AttributeRuntime/Documentation.docc/Articles")
        let names = try FileManager.default.contentsOfDirectory(atPath: articles.path).filter { $0.hasSuffix(".md") }.sorted()
        return try [("README.md", String(contentsOf: producerRoot.appendingPathComponent("README.md"), encoding: .utf8))]
            + names.map { name in
                ("Articles/" + name, try String(contentsOf: articles.appendingPathComponent(name), encoding: .utf8))
            }
    }

    /// The code block marked `<!-- end-to-end: name -->`, of any language, in the README or an
    /// article. A block may stand in several documents (the plugin's setup is in the README and in
    /// Getting Started); every copy must then be the same, so no document drifts from what is tested.
    static func readmeFile(_ name: String) throws -> String {
        let marker = "<!-- end-to-end: \(name) -->\n```"
        var found: [(document: String, block: String)] = []
        for (document, text) in try documents() {
            guard let start = text.range(of: marker) else { continue }
            guard let lineEnd = text.range(of: "\n", range: start.upperBound..<text.endIndex),
                  let end = text.range(of: "```\n", range: lineEnd.upperBound..<text.endIndex) else {
                throw ReadmeBlockMissing(path: name)
            }
            found.append((document, String(text[lineEnd.upperBound..<end.lowerBound])))
        }
        guard let first = found.first else { throw ReadmeBlockMissing(path: name) }
        if let other = found.first(where: { $0.block != first.block }) {
            throw BlocksDiffer(name: name, documents: [first.document, other.document])
        }
        return first.block
    }

    struct BlocksDiffer: Error, CustomStringConvertible {
        var name: String
        var documents: [String]
        var description: String { "the blocks marked '<!-- end-to-end: \(name) -->' in \(documents.joined(separator: " and ")) differ" }
    }

    /// The commands of the README's shell block marked `name`, one per line, each split into
    /// words, without comments.
    static func readmeCommands(_ name: String) throws -> [[String]] {
        try readmeFile(name).split(separator: "\n").map { line in
            line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0].split(separator: " ").map(String.init)
        }.filter { !$0.isEmpty }
    }

    struct ReadmeBlockMissing: Error, CustomStringConvertible {
        var path: String
        var description: String { "neither README.md nor an article has a block marked '<!-- end-to-end: \(path) -->' followed by a code block" }
    }

    /// The README's manifest `block` with its dependency's URL pointed at `clone`.
    static func manifest(block: String, dependingOn clone: URL) throws -> String {
        let readme = try readmeFile(block)
        var lines = readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let dependency = lines.indices.filter { lines[$0].trimmingCharacters(in: .whitespaces).hasPrefix(dependencyPrefix) }
        guard dependency.count == 1, let index = dependency.first else { throw ReadmeBlockMissing(path: "\(block) (one \(dependencyPrefix)…) line)") }
        lines[index] = lines[index].replacingOccurrences(of: repositoryURL, with: "file://" + clone.path)
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
        try swift(["swift", "build"])
    }

    /// Runs `swift package` with these arguments (a command plugin's verb, for example).
    func package(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try swift(["swift", "package"] + arguments)
    }

    /// Runs a `swift` command line as the README writes it (`swift run Inventory`) in the
    /// package's folder, with its build folder.
    func swift(_ command: [String]) throws -> (status: Int32, output: String) {
        precondition(command.count >= 2 && command[0] == "swift", "not a swift command: \(command)")
        return try run(Array(command[..<2]) + ["--scratch-path", scratch.path] + command[2...])
    }

    /// Runs the built executable.
    func runProduct() throws -> (status: Int32, output: String) {
        try run([scratch.appendingPathComponent("debug/Inventory").path])
    }

    /// Runs `git` in the package's folder, failing the test when it fails.
    func git(_ arguments: [String]) throws {
        let result = try run(["git", "-c", "user.name=End To End", "-c", "user.email=e2e@example.com"] + arguments)
        guard result.status == 0 else { throw CommandFailed(command: "git \(arguments.joined(separator: " "))", output: result.output) }
    }

    /// Makes the package a git repository with everything committed: the baseline of `breaking`.
    func commitAll() throws {
        try git(["init", "-q"])
        try git(["add", "-A"])
        try git(["commit", "-q", "-m", "baseline"])
    }

    /// The file the plugin generated with this name, wherever SwiftPM put its work folder.
    ///
    /// `.build` is kept between runs, so outputs of targets that an earlier version of the
    /// manifest had may still be there: the newest file of that name is the current one.
    func generatedFile(named name: String) -> URL? {
        let outputs = scratch.appendingPathComponent("plugins/outputs")
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

/// A git repository whose `main` branch holds this checkout's files as they are, committed or
/// not (`.gitignore` applies): what the README's `branch: "main"` dependency resolves against
/// in the test. Its path has no space, so that its file URL needs no escaping.
enum ProducerClone {
    static let root = FileManager.default.temporaryDirectory
        .appendingPathComponent("attribute-codegen-e2e-" + ConsumerPackage.fingerprint(of: ConsumerPackage.producerRoot.path))
        .appendingPathComponent("attribute-codegen")

    /// Commits the checkout's current files to the clone's `main` when they changed.
    static func update() throws -> URL {
        let gitDirectory = root.appendingPathComponent(".git")
        if !FileManager.default.fileExists(atPath: gitDirectory.path) {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try git(["init", "-q", "-b", "main"])
        }
        // The clone's own index, the checkout's files: nothing in this checkout is touched.
        try git(["--work-tree", ConsumerPackage.producerRoot.path, "add", "-A"])
        let unchanged = try ConsumerPackage.run(["git", "-C", root.path, "diff", "--cached", "--quiet", "HEAD"], in: root)
        if unchanged.status != 0 {
            try git(["-c", "user.name=End To End", "-c", "user.email=e2e@example.com", "commit", "-q", "-m", "snapshot of the checkout"])
        }
        return root
    }

    private static func git(_ arguments: [String]) throws {
        let result = try ConsumerPackage.run(["git", "-C", root.path] + arguments, in: root)
        guard result.status == 0 else {
            throw ConsumerPackage.CommandFailed(command: "git \(arguments.joined(separator: " "))", output: result.output)
        }
    }
}
