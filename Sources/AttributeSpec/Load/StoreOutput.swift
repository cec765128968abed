/// An output the configuration file may add to every table's Swift file and Markdown page:
/// a description of the stored record for the services and databases that keep it.
///
/// Spelled in `attribute-codegen.yaml` as `outputs: [json_schema, postgresql, sqlite]`. With
/// no `outputs` key nothing is added, so a package's build and `Generated/` folder stay as they
/// were.
public enum StoreOutput: String, CaseIterable, Hashable, Sendable, Comparable {
    /// A JSON Schema (2020-12) of the record the generated `Codable` code writes and reads.
    case jsonSchema = "json_schema"
    /// `CREATE TABLE` for PostgreSQL (15 and later).
    case postgresql
    /// `CREATE TABLE` for SQLite (3.38 and later), with a view that loads and reads records.
    case sqlite

    /// Outputs sort in declaration order, the order the pipeline writes them in.
    public static func < (lhs: StoreOutput, rhs: StoreOutput) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int {
        switch self {
        case .jsonSchema: 0
        case .postgresql: 1
        case .sqlite: 2
        }
    }
}
