import AttributeCodegen
import AttributeSpec
import Foundation
import Testing

/// Every valid spec's store outputs are accepted by the real tools: the `CREATE TABLE` (and
/// SQLite's record view and trigger) of each random spec of `RandomSpecCompileTests` executes on
/// SQLite and on a PostgreSQL 15 of the test's own, and each JSON Schema is a valid 2020-12
/// schema for Python's `jsonschema`.
@Suite struct RandomSpecStoreTests {
    static let specs = RandomSpecCompileTests.specs(RandomSpecCompileTests.seeds)

    struct Outputs {
        var seed: UInt64
        var schema: String
        var postgresql: String
        var sqlite: String
    }

    static func outputs() throws -> [Outputs] {
        var options = GeneratorOptions()
        options.storeOutputs = Set(StoreOutput.allCases)
        return try specs.map { spec in
            options.accessLevel = spec.accessLevel
            let result = GeneratorPipeline.run(specBytes: Array(spec.json.utf8), file: spec.file, options: options)
            #expect(result.diagnostics.isEmpty, "seed \(spec.seed): \(result.diagnostics)")
            func contents(_ output: StoreOutput) throws -> String {
                let path = GeneratorPipeline.storeFileName(forSpecFile: spec.file, output: output)
                return try #require(result.files.first { $0.path == path }, "seed \(spec.seed): no \(path)").contents
            }
            return Outputs(seed: spec.seed, schema: try contents(.jsonSchema), postgresql: try contents(.postgresql), sqlite: try contents(.sqlite))
        }
    }

    @Test("every random spec's SQLite DDL and record view execute",
          .enabled(if: StoreTools.runs(StoreTools.missingSQLite), "skipped: \(StoreTools.missingSQLite ?? "")"))
    func sqlite() throws {
        let sqlite3 = try #require(StoreTools.sqlite3, "\(StoreTools.missingSQLite ?? "")")
        var failures: [String] = []
        for output in try Self.outputs() {
            // Reading the (empty) view runs its SELECT too.
            let script = output.sqlite + "\nSELECT count(*) FROM sqlite_schema;\n"
            let result = try StoreTools.run(sqlite3, ["-batch", "-bail", ":memory:"], stdin: Array(script.utf8))
            if result.status != 0 { failures.append("seed \(output.seed): \(result.stderr)") }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(Self.specs.count) failed:\n\(failures.prefix(5).joined(separator: "\n"))")
    }

    @Test("every random spec's PostgreSQL DDL executes",
          .enabled(if: StoreTools.runs(StoreTools.missingPostgres), "skipped: \(StoreTools.missingPostgres ?? "")"))
    func postgresql() throws {
        try #require(StoreTools.missingPostgres == nil, "\(StoreTools.missingPostgres ?? "")")
        let server = try PostgresServer()
        defer { server.stop() }
        // One schema per spec, since two random specs may name the same table.
        var script = ""
        for (index, output) in try Self.outputs().enumerated() {
            script += "\\echo seed \(output.seed)\nCREATE SCHEMA s\(index);\nSET search_path TO s\(index);\n\(output.postgresql)\n"
        }
        let result = try server.psql(script, database: "random_specs")
        let lastSeed = String(decoding: result.stdout, as: UTF8.self).split(separator: "\n").last ?? ""
        #expect(result.status == 0, "failed at \(lastSeed): \(result.stderr)")
    }

    @Test("every random spec's JSON Schema is a valid 2020-12 schema",
          .enabled(if: StoreTools.runs(StoreTools.missingValidator), "skipped: \(StoreTools.missingValidator ?? "")"))
    func jsonSchema() throws {
        let python3 = try #require(StoreTools.python3, "\(StoreTools.missingValidator ?? "")")
        let program = """
            import json, sys
            from jsonschema import Draft202012Validator
            for line in sys.stdin.buffer.read().split(b"\\n"):
                if line:
                    entry = json.loads(line)
                    Draft202012Validator.check_schema(entry["schema"])
                    # An empty record is valid: every attribute is optional.
                    if not Draft202012Validator(entry["schema"]).is_valid({}):
                        sys.exit("seed %s: {} is refused" % entry["seed"])
            """
        var input = ""
        for output in try Self.outputs() {
            let schema = try JSONSerialization.jsonObject(with: Data(output.schema.utf8))
            let line = try JSONSerialization.data(withJSONObject: ["seed": output.seed, "schema": schema])
            input += String(decoding: line, as: UTF8.self) + "\n"
        }
        let result = try StoreTools.run(python3, ["-c", program], stdin: Array(input.utf8))
        #expect(result.status == 0, "\(result.stderr)")
    }
}
