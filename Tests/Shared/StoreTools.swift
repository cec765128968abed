import Foundation

/// The real programs the store tests run: `sqlite3`, PostgreSQL 15's `initdb`, `pg_ctl` and
/// `psql`, and Python with the `jsonschema` package. Found on `PATH` (PostgreSQL's server
/// programs also through `pg_config --bindir` or `/usr/lib/postgresql/15/bin`).
///
/// A test that needs a missing tool is skipped with the reason, except where
/// `ATTRIBUTE_CODEGEN_REQUIRE_STORE_TOOLS=1` (set by `.ci/run`): there it fails, so CI never
/// passes by skipping.
enum StoreTools {
    static let required = ProcessInfo.processInfo.environment["ATTRIBUTE_CODEGEN_REQUIRE_STORE_TOOLS"] == "1"

    static let sqlite3 = executable("sqlite3")
    static let psql = executable("psql")
    static let python3 = executable("python3")
    static let postgresBin: String? = {
        var candidates: [String] = []
        if let pgConfig = executable("pg_config"), let result = try? run(pgConfig, ["--bindir"]), result.status == 0 {
            candidates.append(String(decoding: result.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        candidates.append("/usr/lib/postgresql/15/bin")
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0 + "/initdb") && FileManager.default.isExecutableFile(atPath: $0 + "/pg_ctl") }
    }()
    static let hasJSONSchema: Bool = {
        guard let python3, let result = try? run(python3, ["-c", "import jsonschema"]) else { return false }
        return result.status == 0
    }()

    /// What is missing for SQLite, PostgreSQL and the schema validator, in words; empty when
    /// everything is there.
    static let missingSQLite: String? = sqlite3 == nil ? "sqlite3 is not on PATH" : nil
    static let missingPostgres: String? = {
        if postgresBin == nil { return "PostgreSQL's initdb and pg_ctl are not installed (pg_config --bindir, /usr/lib/postgresql/15/bin)" }
        if psql == nil { return "psql is not on PATH" }
        return nil
    }()
    static let missingValidator: String? = hasJSONSchema ? nil : "python3 with the jsonschema package is not installed (pip install jsonschema)"

    /// Whether a test needing the tool runs: when it is there, or when CI requires it (the
    /// test then fails on the missing tool instead of being skipped).
    static func runs(_ missing: String?) -> Bool { missing == nil || required }

    /// The full path of `name` on `PATH`.
    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    struct Result {
        var status: Int32
        var stdout: [UInt8]
        var stderr: String
    }

    /// Runs a program to its end, with `stdin` as its standard input. Output goes through
    /// files, so a large output cannot fill a pipe and stall the program.
    ///
    /// `posix_spawn` and `waitpid` rather than Foundation's `Process`: `pg_ctl start` leaves a
    /// server running that inherits the descriptors of its parent, and on Linux `Process` waits
    /// until every holder of one of its descriptors has gone; the server never goes.
    static func run(_ executable: String, _ arguments: [String], stdin: [UInt8] = []) throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("stdin").path
        let output = folder.appendingPathComponent("stdout").path
        let errors = folder.appendingPathComponent("stderr").path
        try Data(stdin).write(to: URL(fileURLWithPath: input))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else {
            return Result(status: -1, stdout: [], stderr: "cannot start \(executable): error \(spawned)")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exited = status & 0x7f == 0
        return Result(
            status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f),
            stdout: [UInt8](try Data(contentsOf: URL(fileURLWithPath: output))),
            stderr: String(decoding: try Data(contentsOf: URL(fileURLWithPath: errors)), as: UTF8.self)
        )
    }
}

/// A PostgreSQL server of the test's own: a cluster in a temporary folder, listening on a Unix
/// socket in that folder only (no TCP port), trusting local connections. `stop()` shuts it
/// down and removes the folder; callers `defer` it so a failing test stops its server too.
///
/// `initdb` refuses to run as root, so as root the cluster belongs to `nobody` and the server
/// programs run through `runuser -u nobody`.
struct PostgresServer {
    let folder: URL
    let bin: String
    private let runAs: [String]

    enum Failure: Error, CustomStringConvertible {
        case command(String, Int32, String)
        var description: String {
            switch self {
            case .command(let what, let status, let stderr): "\(what) exited with \(status): \(stderr)"
            }
        }
    }

    init() throws {
        guard let bin = StoreTools.postgresBin else { throw Failure.command("find PostgreSQL", -1, StoreTools.missingPostgres ?? "") }
        self.bin = bin
        folder = URL(fileURLWithPath: "/tmp").appendingPathComponent("attribute-codegen-pg-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if getuid() == 0, let runuser = StoreTools.executable("runuser"), let nobody = getpwnam("nobody") {
            guard chown(folder.path, nobody.pointee.pw_uid, nobody.pointee.pw_gid) == 0 else {
                throw Failure.command("chown \(folder.path)", errno, "")
            }
            runAs = [runuser, "-u", "nobody", "--"]
        } else {
            runAs = []
        }
        do {
            try serverCommand("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"])
            try serverCommand("pg_ctl", ["-D", data, "-l", folder.appendingPathComponent("log").path, "-w", "-o",
                                         "-k \(folder.path) -c listen_addresses='' -c fsync=off -c TimeZone=UTC", "start"])
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
    }

    private var data: String { folder.appendingPathComponent("data").path }

    @discardableResult
    private func serverCommand(_ program: String, _ arguments: [String]) throws -> StoreTools.Result {
        let command = runAs.isEmpty ? [bin + "/" + program] + arguments : runAs + [bin + "/" + program] + arguments
        let result = try StoreTools.run(command[0], Array(command.dropFirst()))
        guard result.status == 0 else { throw Failure.command(program, result.status, result.stderr) }
        return result
    }

    /// Runs a script with `psql` in a new database of its own, stopping at the first error;
    /// returns what it printed (unaligned, tuples only).
    func psql(_ script: String, database: String) throws -> StoreTools.Result {
        guard let psql = StoreTools.psql else { throw Failure.command("find psql", -1, "") }
        let created = try StoreTools.run(psql, ["-X", "-q", "-h", folder.path, "-U", "postgres", "-d", "postgres", "-c", "CREATE DATABASE \"\(database)\""])
        guard created.status == 0 else { throw Failure.command("CREATE DATABASE", created.status, created.stderr) }
        return try StoreTools.run(psql, ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", folder.path, "-U", "postgres", "-d", database, "-f", "-"],
                                  stdin: Array(script.utf8))
    }

    /// Stops the server at once and removes its folder.
    func stop() {
        _ = try? serverCommand("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"])
        try? FileManager.default.removeItem(at: folder)
    }
}
