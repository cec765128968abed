import Foundation

/// The `git` executable run on one repository, to read a baseline revision's files without
/// touching the work tree.
struct GitRepository {
    /// The `git` executable found in `PATH`.
    let executable: String
    /// The repository's top-level folder, symlinks resolved.
    let root: String

    /// Finds `git` and the repository that holds `path`.
    ///
    /// - Throws: a usage error when `git` is not in `PATH` or `path` is not in a repository.
    static func containing(_ path: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(UsageError) -> GitRepository {
        guard let executable = findExecutable("git", in: environment["PATH"] ?? "") else {
            throw UsageError(message: "cannot find the 'git' executable in PATH; --against-git needs it")
        }
        let folder = resolved(path)
        var isDirectory: ObjCBool = false
        let start = FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) && isDirectory.boolValue
            ? folder
            : (folder as NSString).deletingLastPathComponent
        let result = run(executable, ["rev-parse", "--show-toplevel"], in: start)
        guard result.status == 0 else {
            throw UsageError(message: "'\(path)' is not in a git repository")
        }
        let root = String(decoding: result.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return GitRepository(executable: executable, root: resolved(root))
    }

    /// The commit a revision names.
    ///
    /// - Throws: a usage error for a revision the repository does not know.
    func commit(_ revision: String) throws(UsageError) -> String {
        let result = git(["rev-parse", "--verify", "--quiet", "--end-of-options", "\(revision)^{commit}"])
        guard result.status == 0 else {
            throw UsageError(message: "unknown git revision '\(revision)'")
        }
        return String(decoding: result.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `path` relative to the repository's root (`.` for the root itself).
    ///
    /// - Throws: a usage error when `path` lies outside the repository.
    func relativePath(of path: String) throws(UsageError) -> String {
        let full = Self.resolved(path)
        if full == root { return "." }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        guard full.hasPrefix(prefix) else {
            throw UsageError(message: "'\(path)' is not in the git repository at '\(root)'")
        }
        return String(full.dropFirst(prefix.count))
    }

    /// The files at `commit` under `path` (relative to the root), sorted by path.
    func files(at commit: String, under path: String) throws(UsageError) -> [String] {
        let result = git(["ls-tree", "-r", "-z", "--name-only", commit, "--", path])
        guard result.status == 0 else {
            throw UsageError(message: "git ls-tree failed: \(result.error)")
        }
        return result.output.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// The bytes of a file at `commit`.
    func contents(of path: String, at commit: String) throws(UsageError) -> [UInt8] {
        let result = git(["cat-file", "blob", "\(commit):\(path)"])
        guard result.status == 0 else {
            throw UsageError(message: "cannot read '\(path)' at \(commit): \(result.error)")
        }
        return result.output
    }

    private func git(_ arguments: [String]) -> (status: Int32, output: [UInt8], error: String) {
        Self.run(executable, arguments, in: root)
    }

    /// Runs a program and collects its output; a program that cannot start reports status -1.
    private static func run(_ executable: String, _ arguments: [String], in folder: String) -> (status: Int32, output: [UInt8], error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return (-1, [], "cannot run \(executable): \(error.localizedDescription)")
        }
        // Read before waiting: a full pipe would otherwise block git forever.
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        let message = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return (process.terminationStatus, [UInt8](bytes), text)
    }

    private static func findExecutable(_ name: String, in searchPath: String) -> String? {
        for folder in searchPath.split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// An absolute path with symlinks resolved, so it compares with git's top level.
    private static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
