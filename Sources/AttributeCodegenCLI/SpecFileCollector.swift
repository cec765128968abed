import AttributeSpec
import Foundation

/// Finds and reads spec files on disk, naming them by the paths the user typed.
enum SpecFileCollector {
    /// The spec files under `paths`, in order: a file stands for itself, a directory for every
    /// spec file below it (recursively, sorted by path).
    ///
    /// - Throws: a usage error for a path that does not exist.
    static func specFiles(under paths: [String]) throws(UsageError) -> [String] {
        let fileManager = FileManager.default
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw UsageError(message: "no such file or directory: '\(path)'")
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let prefix = path.hasSuffix("/") ? path : path + "/"
            let found = (fileManager.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter { CodegenFileRules.isSpecFileName($0) && isRegularFile(prefix + $0, fileManager) }
                .map { prefix + $0 }
            // Sort by UTF-8 bytes so every machine lists files in the same order.
            files += found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        }
        return files
    }

    /// The configuration files inside the folders among `paths`, which the tool does not read
    /// from there: it reads the one in its working folder, or the one `--config` names.
    static func configurationFiles(under paths: [String]) -> [String] {
        let fileManager = FileManager.default
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            let prefix = path.hasSuffix("/") ? path : path + "/"
            let found = (fileManager.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter { CodegenFileRules.isConfigurationFileName($0) }
                .map { prefix + $0 }
            files += found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        }
        return files
    }

    private static func isRegularFile(_ path: String, _ fileManager: FileManager) -> Bool {
        var isDirectory: ObjCBool = false
        return fileManager.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}
