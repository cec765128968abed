import Foundation
import Testing
@testable import AttributeCodegen
@testable import AttributeSpec

/// `migrate` on the real databases: a database created from each spec version and migrated
/// version by version has the same columns as one created from the last version's DDL, on
/// SQLite and on a PostgreSQL 15 of the test's own; where no statement is safe, the migration
/// is refused with the rule id.
@Suite("SQL migration")
struct SQLMigrationTests {
    typealias B = SpecBuilder

    static let inventoryV0 = [
        B.attribute("id", .string, provider: "Id"),
        B.attribute("size", .int64, provider: "Size"),
        B.attribute("config", .structure, provider: "Config", fields: [B.attribute("mode", .string, provider: "Mode")]),
    ]
    /// New attributes of every type, keyword names among them.
    static let inventoryV1 = inventoryV0 + [
        B.attribute("order", .boolean, provider: "Order", description: "It's new: Größe."),
        B.attribute("tags", .unorderedListString, provider: "Tags"),
        B.attribute("ports", .unorderedListInt32, provider: "Ports"),
        B.attribute("labels", .mapStringString, provider: "Labels"),
        B.attribute("created", .timestamp, provider: "Created"),
        B.attribute("ratio", .double, provider: "Ratio"),
        B.attribute("weight", .float, provider: "Weight"),
        B.attribute("count", .int32, provider: "Count"),
        B.attribute("items", .unorderedListStruct, provider: "Items", fields: [B.attribute("name", .string, provider: "Name")]),
    ]
    /// New nested fields only.
    static let inventoryV2 = inventoryV1.map { attribute in
        guard attribute.name.value == "config" else { return attribute }
        return B.attribute("config", .structure, provider: "Config", fields: [
            B.attribute("mode", .string, provider: "Mode"),
            B.attribute("select", .int32, provider: "Select"),
            B.attribute("deep", .structure, provider: "Deep", fields: [B.attribute("level", .int64, provider: "Level")]),
        ])
    }
    static let versions: [[ValidatedSpec]] = [
        [B.spec("inventory", inventoryV0)],
        [B.spec("inventory", inventoryV1)],
        [B.spec("inventory", inventoryV2)],
        // A new table.
        [B.spec("inventory", inventoryV2), B.spec("table", description: "Named 'table'.", [B.attribute("where", .string, provider: "Where"), B.attribute("group", .timestamp)])],
    ]

    static func ddl(_ specs: [ValidatedSpec], _ dialect: SQLDialect) -> String {
        specs.map { spec in
            SQLRenderer.render(CodeTranslator.translate(spec, options: GeneratorOptions()), dialect: dialect, keyColumns: [])
        }.joined(separator: "\n")
    }

    static func migration(from old: [ValidatedSpec], to new: [ValidatedSpec], _ dialect: SQLDialect) throws -> String {
        let result = SQLMigration.migrate(baseline: old, current: new, dialect: dialect, options: GeneratorOptions())
        #expect(result.refusals.isEmpty && result.diagnostics.isEmpty)
        #expect(!result.sql.isEmpty)
        return result.sql
    }

    @Test("each step's statements: ADD COLUMN for new attributes, none for new nested fields, CREATE TABLE for a new table")
    func statements() throws {
        let step1 = try Self.migration(from: Self.versions[0], to: Self.versions[1], .postgresql)
        #expect(step1.contains("ALTER TABLE \"inventory\" ADD COLUMN \"order\" boolean;"))
        #expect(step1.contains("ALTER TABLE \"inventory\" ADD COLUMN \"tags\" text[];"))
        #expect(step1.contains("COMMENT ON COLUMN \"inventory\".\"order\" IS U&'It''s new: Gr\\00f6\\00dfe.';"))
        #expect(!step1.contains("CREATE TABLE"))
        let step2 = try Self.migration(from: Self.versions[1], to: Self.versions[2], .sqlite)
        #expect(step2.contains("Nothing to change"))
        #expect(!step2.contains("ALTER") && !step2.contains("CREATE"))
        let step3 = try Self.migration(from: Self.versions[2], to: Self.versions[3], .sqlite)
        #expect(step3.contains("CREATE TABLE \"table\" ("))
        #expect(!step3.contains("ALTER"))
    }

    @Test("a change no statement makes safe is refused with its rule id, and nothing is printed", arguments: [
        ([B.attribute("id", .string, provider: "Id"), B.attribute("config", .structure, provider: "Config", fields: [B.attribute("mode", .string, provider: "Mode")])], "ATTRIBUTE_DELETED"),
        ([B.attribute("id", .string, provider: "Id"), B.attribute("size", .int32, provider: "Size"),
          B.attribute("config", .structure, provider: "Config", fields: [B.attribute("mode", .string, provider: "Mode")])], "TYPE_CHANGED"),
        ([B.attribute("id", .string, provider: "Id"), B.attribute("size", .int64, provider: "Size"),
          B.attribute("config", .structure, provider: "Config", fields: [B.attribute("mode", .boolean, provider: "Mode")])], "TYPE_CHANGED"),
    ])
    func refused(attributes: [Attribute], rule: String) {
        for dialect in SQLDialect.allCases {
            let result = SQLMigration.migrate(baseline: Self.versions[0], current: [B.spec("inventory", attributes)], dialect: dialect, options: GeneratorOptions())
            #expect(result.sql.isEmpty)
            #expect(result.refusals.map(\.rule.id) == [rule])
        }
        let dropped = SQLMigration.migrate(baseline: Self.versions[0], current: [], dialect: .postgresql, options: GeneratorOptions())
        #expect(dropped.sql.isEmpty && dropped.refusals.map(\.rule.id) == ["TABLE_DELETED"])
    }

    // MARK: - On the databases

    @Test("SQLite: created from v0 and migrated step by step, the tables have the columns of the last DDL, and the record view sees them",
          .enabled(if: StoreTools.runs(StoreTools.missingSQLite), "skipped: \(StoreTools.missingSQLite ?? "")"))
    func sqlite() throws {
        let sqlite3 = try #require(StoreTools.sqlite3, "\(StoreTools.missingSQLite ?? "")")
        let columns = """
            SELECT m.name, p.name, p.type FROM sqlite_schema AS m, pragma_table_info(m.name) AS p
            WHERE m.type = 'table' ORDER BY m.name, p.name;
            """
        var migrated = Self.ddl(Self.versions[0], .sqlite)
        for step in 1..<Self.versions.count {
            migrated += "\n" + (try Self.migration(from: Self.versions[step - 1], to: Self.versions[step], .sqlite))
        }
        let record = #"{"id":"a","order":true,"tags":["x"],"config":{"deep":{"level":3}},"ratio":0.30000000000000004}"#
        let use = "INSERT INTO \"inventory_record\" (record) VALUES ('\(record)');\nSELECT record FROM \"inventory_record\";\n"
        let fromMigration = try StoreTools.run(sqlite3, ["-batch", "-bail", ":memory:"], stdin: Array((migrated + "\n" + columns + "\n" + use).utf8))
        let fromDDL = try StoreTools.run(sqlite3, ["-batch", "-bail", ":memory:"], stdin: Array((Self.ddl(Self.versions[3], .sqlite) + "\n" + columns + "\n" + use).utf8))
        try #require(fromMigration.status == 0, "\(fromMigration.stderr)")
        try #require(fromDDL.status == 0, "\(fromDDL.stderr)")
        let output = String(decoding: fromMigration.stdout, as: UTF8.self)
        #expect(output == String(decoding: fromDDL.stdout, as: UTF8.self))
        #expect(output.contains("inventory|weight|REAL") && output.contains("table|where|TEXT"))
        #expect(output.contains(#""order":true"#) && output.contains(#""ratio":0.30000000000000004"#))
    }

    @Test("PostgreSQL: created from v0 and migrated step by step, the tables have the columns and comments of the last DDL",
          .enabled(if: StoreTools.runs(StoreTools.missingPostgres), "skipped: \(StoreTools.missingPostgres ?? "")"))
    func postgresql() throws {
        try #require(StoreTools.missingPostgres == nil, "\(StoreTools.missingPostgres ?? "")")
        let server = try PostgresServer()
        defer { server.stop() }
        let columns = """
            SELECT c.table_name, c.column_name, c.data_type, c.udt_name,
                   coalesce(col_description(format('%I', c.table_name)::regclass, c.ordinal_position::int), '')
            FROM information_schema.columns AS c WHERE c.table_schema = 'public' ORDER BY 1, 2;
            """
        var migrated = Self.ddl(Self.versions[0], .postgresql)
        for step in 1..<Self.versions.count {
            migrated += "\n" + (try Self.migration(from: Self.versions[step - 1], to: Self.versions[step], .postgresql))
        }
        let fromMigration = try server.psql(migrated + "\n" + columns, database: "migrated")
        let fromDDL = try server.psql(Self.ddl(Self.versions[3], .postgresql) + "\n" + columns, database: "created")
        try #require(fromMigration.status == 0, "\(fromMigration.stderr)")
        try #require(fromDDL.status == 0, "\(fromDDL.stderr)")
        let output = String(decoding: fromMigration.stdout, as: UTF8.self)
        #expect(output == String(decoding: fromDDL.stdout, as: UTF8.self))
        #expect(output.contains("inventory|tags|ARRAY|_text|") && output.contains("inventory|order|boolean|bool|It's new: Größe."))
    }
}
