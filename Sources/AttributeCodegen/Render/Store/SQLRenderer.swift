import AttributeSpec

/// Renders the code model as the `CREATE TABLE` of a table for one SQL dialect: one column per
/// top-level attribute, named by the attribute, in spec order.
///
/// Records go in and come out with no code per table. PostgreSQL fills a row from a record with
/// `jsonb_populate_record(NULL::"table", record)` and gives it back with `to_jsonb(row)`.
/// SQLite has no such function, so its file adds a view, `"<table>_record"`, with one column
/// `record`: selecting from it gives each row as a record, and inserting a record into it fills
/// a row (an `INSTEAD OF INSERT` trigger with one `json_extract` per column).
struct SQLRenderer {
    let dialect: SQLDialect
    let file: CodeFile
    /// The primary key's columns, already checked against the table; empty for none.
    let keyColumns: [String]

    /// Renders the table's SQL file, ending with one newline.
    static func render(_ file: CodeFile, dialect: SQLDialect, keyColumns: [String]) -> String {
        SQLRenderer(dialect: dialect, file: file, keyColumns: keyColumns).render()
    }

    var table: String { file.root.resource ?? file.root.name }

    /// SQLite's view of the table's rows as records, and the trigger that stores a record
    /// inserted into it.
    private var recordView: String { SQLDialect.identifier(table + Self.recordViewSuffix) }
    private var recordTrigger: String { SQLDialect.identifier(table + Self.recordViewSuffix + "_insert") }

    private func render() -> String {
        var printer = Printer()
        printer.print("-- " + GeneratedFile.header(from: SwiftText.commentInline(file.specFileName)))
        switch dialect {
        case .postgresql:
            printer.print("-- PostgreSQL 15 or later. Load a record with")
            printer.print("--   INSERT INTO \(SwiftText.commentInline(SQLDialect.identifier(table))) SELECT * FROM jsonb_populate_record(NULL::\(SwiftText.commentInline(SQLDialect.identifier(table))), $1::jsonb);")
            printer.print("-- and read one back with to_jsonb(row).")
        case .sqlite:
            printer.print("-- SQLite 3.38 or later. Load a record with")
            printer.print("--   INSERT INTO \(SwiftText.commentInline(recordView)) (record) VALUES (?);")
            printer.print("-- and read them back with SELECT record FROM \(SwiftText.commentInline(recordView)).")
        }
        printer.print()
        printTable(to: &printer)
        return printer.contents
    }

    /// Everything that creates the table: `CREATE TABLE`, then PostgreSQL's comments or
    /// SQLite's record view and trigger.
    func printTable(to printer: inout Printer) {
        printCreateTable(to: &printer)
        switch dialect {
        case .postgresql: printComments(to: &printer, properties: file.root.properties, includingTable: true)
        case .sqlite: printRecordView(to: &printer)
        }
    }

    /// The statements that add `added` (top-level properties of `file`) to a table created from
    /// an older spec: one `ADD COLUMN` each, then their comments (PostgreSQL) or the record
    /// view and trigger made again over the new columns (SQLite).
    func printAddedColumns(_ added: [PropertyDeclaration], to printer: inout Printer) {
        for property in added {
            printer.print("ALTER TABLE \(SQLDialect.identifier(table)) ADD COLUMN \(column(property));")
        }
        switch dialect {
        case .postgresql:
            printComments(to: &printer, properties: added, includingTable: false)
        case .sqlite:
            printer.print()
            printer.print("DROP TRIGGER IF EXISTS \(recordTrigger);")
            printer.print("DROP VIEW IF EXISTS \(recordView);")
            printRecordView(to: &printer)
        }
    }

    /// The suffix of the SQLite view that loads and reads records.
    static let recordViewSuffix = "_record"

    private func printCreateTable(to printer: inout Printer) {
        let strict = dialect == .sqlite ? " STRICT" : ""
        printer.block("CREATE TABLE \(SQLDialect.identifier(table)) (", close: ")\(strict);") { body in
            var lines: [(comment: [String], text: String)] = file.root.properties.map { property in
                let comment = dialect == .sqlite ? property.attribute.description.map(SwiftText.commentLines) ?? [] : []
                return (comment, column(property))
            }
            if !keyColumns.isEmpty {
                lines.append(([], "PRIMARY KEY (" + keyColumns.map(SQLDialect.identifier).joined(separator: ", ") + ")"))
            }
            for (index, line) in lines.enumerated() {
                for comment in line.comment {
                    body.print(comment.isEmpty ? "--" : "-- " + comment)
                }
                body.print(line.text + (index == lines.count - 1 ? "" : ","))
            }
        }
    }

    /// One column's definition: name, type, and in SQLite the checks PostgreSQL's types make.
    func column(_ property: PropertyDeclaration) -> String {
        let name = SQLDialect.identifier(property.codingKey)
        var text = name + " " + dialect.columnType(property.type)
        guard dialect == .sqlite else { return text }
        switch property.type {
        case .bool: text += " CHECK (\(name) IN (0, 1))"
        case .int32: text += " CHECK (\(name) BETWEEN \(Int32.min) AND \(Int32.max))"
        case let type where dialect.holdsJSON(type): text += " CHECK (\(name) IS NULL OR json_valid(\(name)))"
        default: break
        }
        return text
    }

    /// PostgreSQL keeps descriptions as comments on the table and its columns.
    private func printComments(to printer: inout Printer, properties: [PropertyDeclaration], includingTable: Bool) {
        var statements: [String] = []
        if includingTable, let description = file.root.description {
            statements.append("COMMENT ON TABLE \(SQLDialect.identifier(table)) IS \(Self.postgresLiteral(description));")
        }
        for property in properties {
            guard let description = property.attribute.description else { continue }
            let column = SQLDialect.identifier(table) + "." + SQLDialect.identifier(property.codingKey)
            statements.append("COMMENT ON COLUMN \(column) IS \(Self.postgresLiteral(description));")
        }
        guard !statements.isEmpty else { return }
        printer.print()
        statements.forEach { printer.print($0) }
    }

    /// A PostgreSQL string literal for `text`, in ASCII: a plain literal when the text is
    /// printable ASCII, else a Unicode-escape literal (`U&'d\00e9j\00e0'`). NUL, which no
    /// PostgreSQL text can hold, is written as the visible `\u{0}`.
    static func postgresLiteral(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ (" "..."~").contains($0) && $0 != "\\" }) {
            return "'" + SQLDialect.doubling("'", in: text) + "'"
        }
        var out = "U&'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "'": out += "''"
            case "\\": out += "\\\\"
            case "\u{0}": out += #"\\u{0}"#
            case " "..."~": out.unicodeScalars.append(scalar)
            default:
                let hex = String(scalar.value, radix: 16, uppercase: false)
                out += scalar.value <= 0xFFFF
                    ? "\\" + String(repeating: "0", count: 4 - hex.count) + hex
                    : "\\+" + String(repeating: "0", count: 6 - hex.count) + hex
            }
        }
        return out + "'"
    }

    // MARK: - SQLite's record view

    /// The view that gives each row as a record and, through its trigger, stores a record as a
    /// row. `json_object` takes at most 127 arguments in SQLite before 3.45, so the record is
    /// built from the first 60 columns and each `json_set` around it adds 60 more.
    private func printRecordView(to printer: inout Printer) {
        let view = recordView
        let properties = file.root.properties
        let chunks = stride(from: 0, to: properties.count, by: Self.pairsPerCall).map {
            properties[$0..<min($0 + Self.pairsPerCall, properties.count)]
        }
        var expression: [String] = []
        for (index, chunk) in chunks.enumerated() {
            let pairs = chunk.map { property in
                let key = index == 0 ? Self.literal(property.codingKey) : Self.literal(Self.jsonPath(property.codingKey))
                return key + ", " + readExpression(property)
            }
            let inner = index == 0 ? [] : expression.dropLast() + [(expression.last ?? "") + ","]
            expression = [index == 0 ? "json_object(" : "json_set("]
                + inner.map { "    " + $0 }
                + pairs.enumerated().map { "    " + $1 + ($0 == pairs.count - 1 ? "" : ",") }
                + [")"]
        }
        printer.print()
        printer.print("CREATE VIEW \(view) (record) AS")
        printer.print("SELECT")
        printer.indent { body in
            expression.forEach { body.print($0) }
        }
        printer.print("FROM \(SQLDialect.identifier(table));")
        printer.print()
        printer.print("CREATE TRIGGER \(recordTrigger) INSTEAD OF INSERT ON \(view)")
        printer.block("BEGIN", close: "END;") { body in
            let columns = properties.map { SQLDialect.identifier($0.codingKey) }.joined(separator: ", ")
            body.block("INSERT INTO \(SQLDialect.identifier(table)) (\(columns)) VALUES (", close: ");") { values in
                for (index, property) in properties.enumerated() {
                    let comma = index == properties.count - 1 ? "" : ","
                    values.print("json_extract(NEW.record, \(Self.literal(Self.jsonPath(property.codingKey))))\(comma)")
                }
            }
        }
    }

    /// How many key/value pairs one `json_object` or `json_set` call takes.
    static let pairsPerCall = 60

    /// An SQL string literal: the text in single quotes, a single quote inside doubled.
    static func literal(_ text: String) -> String {
        "'" + SQLDialect.doubling("'", in: text) + "'"
    }

    /// The SQLite JSON path of a record's top-level key: `$."name"`.
    static func jsonPath(_ key: String) -> String {
        "$.\"" + key + "\""
    }

    /// The record's JSON for one column: `NULL` stays `null`; REAL is printed with 17
    /// significant digits (SQLite's JSON keeps only 15); Booleans become `true`/`false`; JSON
    /// text is embedded as JSON, not as a string.
    private func readExpression(_ property: PropertyDeclaration) -> String {
        let column = SQLDialect.identifier(property.codingKey)
        switch property.type {
        case .bool: return "CASE \(column) WHEN 1 THEN json('true') WHEN 0 THEN json('false') END"
        case .double, .float: return "CASE WHEN \(column) IS NULL THEN NULL ELSE json(printf('%!.17g', \(column))) END"
        case let type where dialect.holdsJSON(type): return "json(\(column))"
        default: return column
        }
    }
}
