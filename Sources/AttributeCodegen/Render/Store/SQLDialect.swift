/// A database the SQL renderer writes for: everything that differs between PostgreSQL and
/// SQLite, named once.
public enum SQLDialect: String, Hashable, Sendable, CaseIterable {
    /// PostgreSQL 15 or later.
    case postgresql
    /// SQLite 3.38 or later.
    case sqlite

    /// A quoted identifier: the name in double quotes, a double quote inside doubled. Every
    /// table and column name is quoted, so attribute names that are SQL keywords (`order`,
    /// `select`, `default`) need no list of keywords.
    static func identifier(_ name: String) -> String {
        "\"" + doubling("\"", in: name) + "\""
    }

    /// `text` with every `quote` doubled: how SQL writes a quote inside quotes.
    static func doubling(_ quote: Character, in text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 2)
        for character in text {
            out.append(character)
            if character == quote { out.append(character) }
        }
        return out
    }

    /// The column type of a top-level attribute's value.
    ///
    /// PostgreSQL has arrays of its scalar types, so the two lists of scalars are arrays there;
    /// maps, structs and lists of structs are `jsonb`. SQLite's STRICT tables know INTEGER,
    /// REAL and TEXT: Booleans are 0 or 1, timestamps the record's RFC 3339 text, and every
    /// list, map and struct the record's JSON text.
    func columnType(_ type: TypeReference) -> String {
        switch (self, type) {
        case (.postgresql, .string): "text"
        case (.postgresql, .int32): "integer"
        case (.postgresql, .int64): "bigint"
        case (.postgresql, .bool): "boolean"
        case (.postgresql, .double): "double precision"
        case (.postgresql, .float): "real"
        case (.postgresql, .timestamp): "timestamptz"
        case (.postgresql, .array(.string)): "text[]"
        case (.postgresql, .array(.int32)): "integer[]"
        case (.postgresql, _): "jsonb"
        case (.sqlite, .string), (.sqlite, .timestamp): "TEXT"
        case (.sqlite, .int32), (.sqlite, .int64), (.sqlite, .bool): "INTEGER"
        case (.sqlite, .double), (.sqlite, .float): "REAL"
        case (.sqlite, _): "TEXT"
        }
    }

    /// Whether a column of `type` holds JSON text (SQLite) or `jsonb` (PostgreSQL).
    func holdsJSON(_ type: TypeReference) -> Bool {
        switch type {
        case .string, .int32, .int64, .bool, .double, .float, .timestamp: false
        case .array(.string), .array(.int32): self == .sqlite
        case .array, .dictionary, .nested: true
        }
    }

    /// Whether a column of `type` may be one of a table's key columns: a scalar, never JSON or
    /// an array.
    static func canBeKey(_ type: TypeReference) -> Bool {
        switch type {
        case .string, .int32, .int64, .bool, .double, .float, .timestamp: true
        case .array, .dictionary, .nested: false
        }
    }
}
