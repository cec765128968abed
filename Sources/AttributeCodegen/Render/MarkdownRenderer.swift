/// Renders the code model as a Markdown reference page: the second renderer over the model the
/// Swift renderer reads, so the page and the code always agree on names, paths and types.
///
/// The page follows the provider's own reference pages (name, `Type`, `Provider name`,
/// `Description`, nested fields in place) and adds what those pages lack when a mapping goes
/// wrong: one table from each attribute path to its provider path, Swift property and Swift type.
/// Spec text is escaped by `MarkdownText`, so no description can break the page's structure.
enum MarkdownRenderer {
    /// Renders the reference page of one table.
    static func renderPage(_ file: CodeFile) -> String {
        var printer = Printer(indentUnit: "  ")
        printer.print("<!-- \(GeneratedFile.header(from: htmlComment(file.specFileName))) -->")
        printer.print()
        let root = file.root
        printer.print("# \(MarkdownText.escapeLine(Substring(root.resource ?? root.name)))")
        printer.print()
        if let description = root.description {
            printParagraphs(description, to: &printer)
            printer.print()
        }
        let topLevelCount = file.topLevelAttributeCount
        printer.print(
            "Swift type: \(MarkdownText.code(root.name)). "
                + "\(topLevelCount) \(plural(topLevelCount, "attribute")), "
                + "\(file.totalAttributeCount) including nested fields."
        )
        printer.print()
        printer.print("## Attributes")
        for property in root.properties {
            printer.print()
            printer.print("### \(MarkdownText.escapeLine(Substring(property.attribute.name)))")
            printer.print()
            printFacts(of: property, in: root, to: &printer)
        }
        printer.print()
        printer.print("## Mapping")
        printer.print()
        printer.print("Where each attribute comes from in the provider's payload and where it lands in Swift.")
        printer.print("A provider path of — means the caller passes the value in the `MappingContext`, keyed by the attribute path.")
        printer.print()
        printer.print("| Attribute path | Provider path | Swift property | Swift type |")
        printer.print("| --- | --- | --- | --- |")
        for row in mappingRows(of: root, attributePrefix: "", providerPrefix: "", swiftPrefix: "") {
            let cells = [
                MarkdownText.codeInTable(row.attributePath) + (row.isDeprecated ? " (deprecated)" : ""),
                row.providerPath.map(MarkdownText.codeInTable) ?? "—",
                MarkdownText.codeInTable(row.swiftPath),
                MarkdownText.codeInTable(row.swiftType),
            ]
            printer.print("| \(cells.joined(separator: " | ")) |")
        }
        printKnownValues(of: root, to: &printer)
        return printer.contents
    }

    /// The table of every known value at every depth, with the Swift constant it becomes and
    /// what it means; nothing for a table without known values, whose page stays as it was.
    private static func printKnownValues(of root: TypeDeclaration, to printer: inout Printer) {
        let rows = mappingRows(of: root, attributePrefix: "", providerPrefix: "", swiftPrefix: "").filter { $0.knownValues != nil }
        guard !rows.isEmpty else { return }
        printer.print()
        printer.print("## Known values")
        printer.print()
        printer.print("The values each attribute is documented to take, and the Swift constant for each. An open set may")
        printer.print("receive other values, which map and round-trip unchanged; `MappingOptions(valueCheck:)` reports them.")
        printer.print()
        printer.print("| Attribute path | Value | Swift constant | Description |")
        printer.print("| --- | --- | --- | --- |")
        for row in rows {
            guard let set = row.knownValues else { continue }
            let path = MarkdownText.codeInTable(row.attributePath) + (set.isClosed ? " (closed)" : "")
            for value in set.values {
                let constant = value.constantName.map { MarkdownText.codeInTable((set.typePath + [$0]).joined(separator: ".")) } ?? "—"
                let cells = [path, MarkdownText.codeInTable(value.value), constant, MarkdownText.tableCell(value.description ?? "")]
                printer.print("| \(cells.joined(separator: " | ")) |")
            }
        }
    }

    /// Renders the index of every table's page.
    static func renderIndex(_ summaries: [TableSummary]) -> String {
        var printer = Printer()
        printer.print("<!-- \(GeneratedFile.header(from: nil)) -->")
        printer.print()
        printer.print("# Tables")
        printer.print()
        let tableCount = summaries.count
        printer.print("\(tableCount) \(plural(tableCount, "table")), one reference page each.")
        printer.print()
        printer.print("| Table | Description | Attributes | Including nested fields |")
        printer.print("| --- | --- | ---: | ---: |")
        for summary in summaries.sorted(by: { $0.resource < $1.resource }) {
            let link = "[\(MarkdownText.escapeLine(Substring(summary.resource)).replacing("|", with: "\\|"))](\(linkTarget(summary.pagePath)))"
            let description = MarkdownText.tableCell(MarkdownText.firstSentence(summary.description ?? ""))
            printer.print("| \(link) | \(description) | \(summary.topLevelCount) | \(summary.totalCount) |")
        }
        return printer.contents
    }

    // MARK: - Attribute entries

    /// The seed page's facts as a list: `Type`, `Provider name`, `Description`, then the nested
    /// fields as a list of the same shape, recursively.
    private static func printFacts(of property: PropertyDeclaration, in owner: TypeDeclaration, to printer: inout Printer) {
        let attribute = property.attribute
        printer.print("- Type: \(MarkdownText.code(attribute.type.rawValue))")
        if let providerName = attribute.providerName {
            printer.print("- Provider name: \(MarkdownText.code(providerName))")
        }
        if let format = attribute.timestampFormat {
            printer.print("- Timestamp format: \(MarkdownText.code(format.rawValue))")
        }
        if let deprecation = attribute.deprecation {
            if let message = deprecation.message {
                printListParagraphs("**Deprecated:** ", message, to: &printer)
            } else {
                printer.print("- **Deprecated**")
            }
        }
        if let description = attribute.description {
            printListParagraphs("Description: ", description, to: &printer)
        }
        if let set = attribute.knownValues {
            let kind = set.isClosed ? "closed set" : "open set: the provider may send others"
            printer.print("- Known values (\(kind)): " + set.values.map { MarkdownText.code($0.value) }.joined(separator: ", "))
        }
        guard let nested = nestedType(of: property, in: owner) else { return }
        printer.print("- Fields:")
        printer.indent { list in
            for field in nested.properties {
                list.print("- **\(MarkdownText.escapeLine(Substring(field.attribute.name)))**")
                list.indent { facts in
                    printFacts(of: field, in: nested, to: &facts)
                }
            }
        }
    }

    /// A list item whose text may span lines and paragraphs: continuation lines are indented to
    /// the item's content, line breaks are kept as hard breaks.
    private static func printListParagraphs(_ label: String, _ text: String, to printer: inout Printer) {
        let lines = MarkdownText.paragraphs(text, keepingCodeSpans: true)
        guard let first = lines.first else { return }
        printer.print("- \(label)\(first)\(hardBreak(after: 0, in: lines))")
        printer.indent { item in
            for index in lines.indices.dropFirst() {
                item.print(lines[index] + hardBreak(after: index, in: lines))
            }
        }
    }

    private static func printParagraphs(_ text: String, to printer: inout Printer) {
        let lines = MarkdownText.paragraphs(text, keepingCodeSpans: true)
        for index in lines.indices {
            printer.print(lines[index] + hardBreak(after: index, in: lines))
        }
    }

    /// A backslash hard break when the next line continues the same paragraph, so the spec's
    /// line structure (lists written in a description, examples) survives rendering.
    private static func hardBreak(after index: Int, in lines: [String]) -> String {
        let next = index + 1
        guard next < lines.count, !lines[index].isEmpty, !lines[next].isEmpty else { return "" }
        return "\\"
    }

    // MARK: - Mapping table

    /// One row of the mapping table.
    private struct MappingRow {
        var attributePath: String
        /// `nil` when the value comes from the mapping context.
        var providerPath: String?
        var swiftPath: String
        var swiftType: String
        var isDeprecated: Bool
        var knownValues: KnownValueSet?
    }

    /// One row per attribute at every depth, in spec order. Lists of structs add `[]` to each path.
    private static func mappingRows(
        of type: TypeDeclaration,
        attributePrefix: String,
        providerPrefix: String?,
        swiftPrefix: String
    ) -> [MappingRow] {
        var rows: [MappingRow] = []
        for property in type.properties {
            let attribute = property.attribute
            let isList = attribute.type == .unorderedListStruct
            let attributePath = attributePrefix + attribute.name
            let swiftPath = swiftPrefix + property.name
            let providerPath = providerPrefix.flatMap { prefix in attribute.providerName.map { prefix + $0 } }
            rows.append(MappingRow(
                attributePath: attributePath,
                providerPath: providerPath,
                swiftPath: swiftPath,
                swiftType: property.type.swiftSpelling(.documentation) + "?",
                isDeprecated: attribute.deprecation != nil,
                knownValues: attribute.knownValues
            ))
            if let nested = nestedType(of: property, in: type) {
                let marker = isList ? "[]." : "."
                rows += mappingRows(
                    of: nested,
                    attributePrefix: attributePath + marker,
                    providerPrefix: providerPath.map { $0 + marker },
                    swiftPrefix: swiftPath + marker
                )
            }
        }
        return rows
    }

    // MARK: - Helpers

    /// The nested type that models a STRUCT or list-of-struct property.
    static func nestedType(of property: PropertyDeclaration, in owner: TypeDeclaration) -> TypeDeclaration? {
        let path: [String]
        switch property.type {
        case .nested(let nestedPath), .array(.nested(let nestedPath)): path = nestedPath
        default: return nil
        }
        return owner.nestedTypes.first { $0.path == path }
    }

    private static func plural(_ count: Int, _ noun: String) -> String {
        count == 1 ? noun : noun + "s"
    }

    /// Text safe inside `<!-- … -->`: `--` cannot end the comment early.
    private static func htmlComment(_ text: String) -> String {
        text.replacing("--", with: "- -")
    }

    /// A relative link destination; angle brackets keep spaces and parentheses literal.
    private static func linkTarget(_ path: String) -> String {
        let safe = path.unicodeScalars.allSatisfy { $0 != " " && $0 != "(" && $0 != ")" && $0 != "<" && $0 != ">" }
        return safe ? path : "<\(path.replacing("<", with: "%3C").replacing(">", with: "%3E"))>"
    }
}
