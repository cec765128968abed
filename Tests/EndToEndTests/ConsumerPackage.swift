import Foundation

/// A throwaway package that depends on this one by path and applies the build-tool plugin,
/// built with the real `swift build`, as a user's package would be.
///
/// It lives in a fixed temporary folder whose name contains a space (to catch unquoted paths),
/// and keeps its `.build` between runs so that only the first run compiles everything.
struct ConsumerPackage {
    /// The root of this repository, found from this file's path.
    static let producerRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// SwiftPM names a path dependency after its folder, so the consumer must too.
    static var producerIdentity: String { producerRoot.lastPathComponent.lowercased() }

    let root: URL

    init() throws {
        // One folder per clone of this repository, so two checkouts never share a build folder.
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("attribute-codegen end to end")
            .appendingPathComponent(Self.fingerprint(of: Self.producerRoot.path))
            .appendingPathComponent("Consumer Package")
        let sources = root.appendingPathComponent("Sources/Consumer")
        // Sources are rewritten on every run; `.build` is kept for speed.
        try? FileManager.default.removeItem(at: root.appendingPathComponent("Sources"))
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        try write("Package.swift", Self.manifest)
    }

    /// The manifest a user writes: a path dependency, the runtime product, the plugin.
    static var manifest: String {
        """
        // swift-tools-version: 6.0
        import PackageDescription

        let package = Package(
            name: "Consumer",
            dependencies: [
                .package(path: "\(producerRoot.path)"),
            ],
            targets: [
                .executableTarget(
                    name: "Consumer",
                    dependencies: [.product(name: "AttributeRuntime", package: "\(producerIdentity)")],
                    plugins: [.plugin(name: "AttributeCodegenPlugin", package: "\(producerIdentity)")]
                ),
            ]
        )

        """
    }

    /// A short, stable name for a path (FNV-1a), the same on every run.
    static func fingerprint(of path: String) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in path.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16)
    }

    /// Writes a file of the package, relative to its root.
    func write(_ path: String, _ text: String) throws {
        try Data(text.utf8).write(to: root.appendingPathComponent(path))
    }

    /// The absolute path of a file of the package.
    func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    /// Runs `swift build`; returns the exit status and the combined output.
    func build() throws -> (status: Int32, output: String) {
        try run(["swift", "build", "--package-path", root.path])
    }

    /// Runs the built executable.
    func runProduct() throws -> (status: Int32, output: String) {
        try run([root.appendingPathComponent(".build/debug/Consumer").path])
    }

    /// The file the plugin generated with this name, wherever SwiftPM put its work folder.
    func generatedFile(named name: String) -> URL? {
        let outputs = root.appendingPathComponent(".build/plugins/outputs")
        let files = FileManager.default.enumerator(at: outputs, includingPropertiesForKeys: nil)?.allObjects as? [URL]
        return files?.first { $0.lastPathComponent == name }
    }

    private func run(_ command: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        process.currentDirectoryURL = root
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
