import AttributeSpec

/// The checks the SQL outputs add to a valid spec: the key columns the configuration names
/// must be the table's scalar attributes, and PostgreSQL must be able to hold every name.
enum StoreColumns {
    /// PostgreSQL cuts identifiers at 63 bytes (NAMEDATALEN - 1) with only a notice; two long
    /// names could then become one column, and `jsonb_populate_record` would miss the key.
    static let postgresIdentifierLimit = 63

    /// The key columns of `spec`'s table, each checked: an error for a name that is not a
    /// top-level attribute, or is one whose column holds a list, map or struct.
    static func keyColumns(of spec: ValidatedSpec, configured: [String: [Located<String>]], diagnostics: inout [Diagnostic]) -> [String] {
        let table = spec.spec.resource.value
        guard let names = configured[table] else { return [] }
        var columns: [String] = []
        for name in names {
            guard let attribute = spec.spec.attributes.first(where: { $0.name.value == name.value }) else {
                let known = spec.spec.attributes.map(\.name.value)
                diagnostics.append(.error(
                    "key column '\(name.value)' is not an attribute of '\(table)'",
                    at: name.location,
                    note: Suggestion.closest(to: name.value, among: known).map { "did you mean '\($0)'?" }))
                continue
            }
            switch attribute.type.value {
            case .string, .int32, .int64, .boolean, .double, .float, .timestamp:
                columns.append(name.value)
            case .structure, .unorderedListStruct, .unorderedListString, .unorderedListInt32, .mapStringString:
                diagnostics.append(.error(
                    "key column '\(name.value)' of '\(table)' is a \(attribute.type.value.rawValue); a key column must hold one scalar value",
                    at: name.location))
            }
        }
        return columns
    }

    /// An error for each name PostgreSQL would cut: the table's and its top-level attributes'.
    static func nameDiagnostics(_ spec: ValidatedSpec, outputs: Set<StoreOutput>) -> [Diagnostic] {
        guard outputs.contains(.postgresql) else { return [] }
        let limit = postgresIdentifierLimit
        var diagnostics: [Diagnostic] = []
        let resource = spec.spec.resource
        if resource.value.utf8.count > limit {
            diagnostics.append(.error(
                "table name '\(resource.value)' is \(resource.value.utf8.count) bytes; PostgreSQL names hold at most \(limit)",
                at: resource.location))
        }
        for attribute in spec.spec.attributes where attribute.name.value.utf8.count > limit {
            diagnostics.append(.error(
                "attribute name '\(attribute.name.value)' is \(attribute.name.value.utf8.count) bytes; a PostgreSQL column name holds at most \(limit)",
                at: attribute.name.location))
        }
        return diagnostics
    }
}
