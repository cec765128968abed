/// One file to place in the output folder: a path relative to it and the exact bytes.
struct OutputFile: Hashable, Sendable {
    /// Where the file goes, relative to the output folder, with `/` separators.
    var path: String
    /// The file's full contents.
    var bytes: [UInt8]
}

/// What writing a set of generated files into an output folder would change.
///
/// `generate` applies a plan and `check` prints it as a diff, so both commands agree on what
/// "stale" means by construction.
struct OutputPlan: Sendable {
    /// One difference between the folder and what the generator produced.
    enum Change: Hashable, Sendable {
        /// The file does not exist yet.
        case create(path: String, bytes: [UInt8])
        /// The file exists with other bytes.
        case update(path: String, old: [UInt8], new: [UInt8])
        /// A file we generated earlier whose spec is gone.
        case remove(path: String, old: [UInt8])

        /// The changed file's path relative to the output folder.
        var path: String {
            switch self {
            case .create(let path, _), .update(let path, _, _), .remove(let path, _): path
            }
        }
    }

    /// The differences, sorted by path so output is the same on every run.
    var changes: [Change]
    /// How many generated files already had the right bytes.
    var unchangedCount: Int

    /// Whether the folder already matches.
    var isEmpty: Bool { changes.isEmpty }

    /// The one-line summary `generate` prints: `wrote 1 file, 3 unchanged, removed 0`.
    var summary: String {
        var written = 0
        var removed = 0
        for change in changes {
            if case .remove = change { removed += 1 } else { written += 1 }
        }
        return "wrote \(written) \(written == 1 ? "file" : "files"), \(unchangedCount) unchanged, removed \(removed)"
    }
}
