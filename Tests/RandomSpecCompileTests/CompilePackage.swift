import AttributeCodegen
import AttributeSpec
import Foundation

/// A throwaway package with one library target per access level, depending on this
/// repository's `AttributeRuntime` by path, in a fixed temporary folder (one per clone) whose
/// `.build` is kept between runs.
struct CompilePackage {
    static let producerRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func targetName(_ level: AccessLevel) -> String {
        "Random" + level.rawValue.prefix(1).uppercased() + level.rawValue.dropFirst()
    }

    let root: URL

    init() throws {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in Self.producerRoot.path.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("attribute-codegen random specs")
            .appendingPathComponent(String(hash, radix: 16))
            .appendingPathComponent("Random Specs")
        // Sources are written afresh on every run (so every file compiles again and repeats
        // its warnings); `.build` is kept for speed.
        try? FileManager.default.removeItem(at: root.appendingPathComponent("Sources"))
        let identity = Self.producerRoot.lastPathComponent.lowercased()
        let targets = AccessLevel.allCases.map { level in
            """
                    .target(name: "\(Self.targetName(level))", dependencies: [.product(name: "AttributeRuntime", package: "\(identity)")]),
            """
        }
        for level in AccessLevel.allCases {
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent("Sources/\(Self.targetName(level))"), withIntermediateDirectories: true
            )
        }
        try Data("""
            // swift-tools-version: 6.0
            import PackageDescription

            let package = Package(
                name: "RandomSpecs",
                dependencies: [.package(path: "\(Self.producerRoot.path)")],
                targets: [
            \(targets.joined(separator: "\n"))
                ]
            )

            """.utf8).write(to: root.appendingPathComponent("Package.swift"))
    }

    func writeSource(_ relative: String, _ text: String) throws {
        try Data(text.utf8).write(to: root.appendingPathComponent("Sources").appendingPathComponent(relative))
    }

    /// `swift build` of the package: exit status and combined output.
    func build() throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift", "build", "--package-path", root.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
