import Foundation

/// The test resources folder, found from this file's path.
enum ImportResources {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Resources")

    /// The bytes of a resource file.
    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    /// The path of a resource file.
    static func path(_ name: String) -> String {
        folder.appendingPathComponent(name).path
    }
}
