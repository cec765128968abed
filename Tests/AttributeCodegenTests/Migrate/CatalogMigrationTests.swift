import Foundation
import Testing
@testable import AttributeCodegen
@testable import AttributeSpec

/// `migrate` on the bundled catalog: a database made from an older, smaller catalog table (half
/// its attributes, its structs without their last field) and holding a row, migrated through
/// the full table and then the golden specs as new tables, matches a database made from the
/// last version, and the old row is still there.
@Suite("SQL migration of the catalog")
struct CatalogMigrationTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func load(_ file: URL) throws -> ValidatedSpec {
        try #require(SpecFile.load(try [UInt8](Data(contentsOf: file)), file: file.lastPathComponent).spec)
    }

    static func versions() throws -> [[ValidatedSpec]] {
        let full = try load(root.appendingPathComponent("Spec/aws_sagemaker_compilation_job.yaml"))
        func older(keeping count: Int) throws -> ValidatedSpec {
            var spec = full.spec
            spec.attributes = spec.attributes.prefix(count).map { attribute in
                var attribute = attribute
                if let fields = attribute.fields, fields.count > 1 {
                    attribute.fields = Array(fields.dropLast())
                }
                return attribute
            }
            return try #require(SpecValidator.validate(spec, acronyms: .apiGuidelines).spec)
        }
        let specs = root.appendingPathComponent("Tests/AttributeCodegenTests/Specs")
        let goldens = try FileManager.default.contentsOfDirectory(atPath: specs.path).sorted().map { try load(specs.appendingPathComponent($0)) }
        return [
            [try older(keeping: full.spec.attributes.count / 2)],
            [try older(keeping: full.spec.attributes.count)],
            [full],
            [full] + goldens,
        ]
    }

    /// The old table with `row` in it, migrated to the last version; and the last version's DDL.
    static func scripts(_ dialect: SQLDialect, row: String) throws -> (migrated: String, created: String) {
        let versions = try versions()
        var migrated = SQLMigrationTests.ddl(versions[0], dialect) + "\n" + row
        for step in 1..<versions.count {
            migrated += "\n" + (try SQLMigrationTests.migration(from: versions[step - 1], to: versions[step], dialect))
        }
        return (migrated, SQLMigrationTests.ddl(versions[versions.count - 1], dialect))
    }

    static let arn = "arn:aws:sagemaker:eu-west-1:1:compilation-job/old"
    static let record = #"{"compilation_job_arn":"\#(arn)"}"#

    @Test("SQLite", .enabled(if: StoreTools.runs(StoreTools.missingSQLite), "skipped: \(StoreTools.missingSQLite ?? "")"))
    func sqlite() throws {
        let sqlite3 = try #require(StoreTools.sqlite3, "\(StoreTools.missingSQLite ?? "")")
        let (migrated, created) = try Self.scripts(.sqlite, row: "INSERT INTO \"aws_sagemaker_compilation_job_record\" (record) VALUES ('\(Self.record)');")
        let schema = """
            SELECT m.type, m.name, p.name, p.type FROM sqlite_schema AS m LEFT JOIN pragma_table_info(m.name) AS p
            ORDER BY m.type, m.name, p.name;
            """
        let read = "SELECT record ->> '$.compilation_job_arn' FROM \"aws_sagemaker_compilation_job_record\";"
        let fromMigration = try StoreTools.run(sqlite3, ["-batch", "-bail", ":memory:"], stdin: Array((migrated + "\n" + schema + "\n" + read).utf8))
        let fromDDL = try StoreTools.run(sqlite3, ["-batch", "-bail", ":memory:"], stdin: Array((created + "\n" + schema).utf8))
        try #require(fromMigration.status == 0 && fromDDL.status == 0, "\(fromMigration.stderr)\(fromDDL.stderr)")
        // The same tables, views and columns, and the row stored before the migration.
        #expect(String(decoding: fromMigration.stdout, as: UTF8.self) == String(decoding: fromDDL.stdout, as: UTF8.self) + Self.arn + "\n")
    }

    @Test("PostgreSQL", .enabled(if: StoreTools.runs(StoreTools.missingPostgres), "skipped: \(StoreTools.missingPostgres ?? "")"))
    func postgresql() throws {
        try #require(StoreTools.missingPostgres == nil, "\(StoreTools.missingPostgres ?? "")")
        let table = "\"aws_sagemaker_compilation_job\""
        let (migrated, created) = try Self.scripts(.postgresql, row: "INSERT INTO \(table) SELECT * FROM jsonb_populate_record(NULL::\(table), '\(Self.record)');")
        let columns = """
            SELECT c.table_name, c.column_name, c.data_type, c.udt_name,
                   coalesce(col_description(format('%I', c.table_name)::regclass, c.ordinal_position::int), '')
            FROM information_schema.columns AS c WHERE c.table_schema = 'public' ORDER BY 1, 2;
            """
        let read = "SELECT to_jsonb(t) ->> 'compilation_job_arn' FROM \(table) AS t;"
        let server = try PostgresServer()
        defer { server.stop() }
        let fromMigration = try server.psql(migrated + "\n" + columns + "\n" + read, database: "migrated")
        let fromDDL = try server.psql(created + "\n" + columns, database: "created")
        try #require(fromMigration.status == 0 && fromDDL.status == 0, "\(fromMigration.stderr)\(fromDDL.stderr)")
        #expect(String(decoding: fromMigration.stdout, as: UTF8.self) == String(decoding: fromDDL.stdout, as: UTF8.self) + Self.arn + "\n")
    }
}
