import AttributeSpec

/// Carries out an `UpdatePlan` on a YAML spec's text, the way `cargo add` edits a manifest:
/// the lines the plan names are spliced, every other byte stays as it was (comments, blank
/// lines, key order, quoting, block scalars, keys the importer does not know).
///
/// - A new attribute goes in before the item it sorts before (after the last one otherwise),
///   written as `SpecYAMLWriter` writes it, with a blank line around it when the list's items
///   are separated by blank lines.
/// - A removed attribute's lines go, with the comment lines right above it (no blank line
///   between, not indented deeper than its `-`) and one blank separator.
/// - A changed type is replaced where it stands, in the quotes it had.
/// - A new key goes after the keys that precede it in `SpecKey` order; a removed key's lines
///   go with the comment right above it.
///
/// Flow-style collections (`[…]`, `{…}`) are edited only where no splice is needed inside
/// them (an empty `[]` list that gains items); otherwise the edit fails with its location.
enum SpecTextEditor {
    /// Why the text could not be edited in place.
    struct Failure: Error {
        /// What is in the way, lowercase.
        var message: String
        /// Where it is.
        var location: SourceLocation?
    }

    /// What an edit produced.
    struct Edited {
        /// The new text.
        var text: String
        /// Paths of removed attributes whose comment went with them.
        var removedWithComment: [String]
    }

    /// Applies `plan` to `text`, whose located tree is `root`.
    static func apply(_ plan: UpdatePlan, to text: String, root: Node) -> Result<Edited, Failure> {
        var editor = Editor(lines: SpecTextLines(text))
        editor.lines.markScalars(in: root)
        do throws(Failure) {
            try editor.edit(plan, root: root)
            return .success(Edited(text: try editor.spliced(), removedWithComment: editor.removedWithComment))
        } catch {
            return .failure(error)
        }
    }
}

/// One replacement of whole lines: `start..<end` (empty for an insertion) becomes `lines`.
private struct Splice {
    var start: Int
    var end: Int
    var lines: [String]
    /// The order splices were made in, which orders insertions at one place.
    var sequence: Int
}

private struct Editor {
    var lines: SpecTextLines
    var splices: [Splice] = []
    var removedWithComment: [String] = []

    init(lines: SpecTextLines) {
        self.lines = lines
    }

    mutating func add(_ start: Int, _ end: Int, _ newLines: [String]) {
        splices.append(Splice(start: start, end: end, lines: newLines, sequence: splices.count))
    }

    /// The lines after every splice; fails when two splices overlap.
    func spliced() throws(SpecTextEditor.Failure) -> String {
        let ordered = splices.sorted {
            ($0.start, $0.end == $0.start ? 0 : 1, $0.sequence) < ($1.start, $1.end == $1.start ? 0 : 1, $1.sequence)
        }
        var output: [String] = []
        var cursor = 0
        for splice in ordered {
            guard splice.start >= cursor, splice.start <= splice.end, splice.end <= lines.lines.count else {
                throw SpecTextEditor.Failure(message: "two edits overlap at line \(splice.start + 1)", location: nil)
            }
            output += lines.lines[cursor..<splice.start]
            output += splice.lines
            cursor = splice.end
        }
        output += lines.lines[cursor...]
        var result = lines
        result.lines = output
        return result.text
    }

    mutating func edit(_ plan: UpdatePlan, root: Node) throws(SpecTextEditor.Failure) {
        guard let entries = root.mappingEntries else {
            throw SpecTextEditor.Failure(message: "the spec's top level is not a block mapping", location: root.location)
        }
        try requireBlock(root)
        let column = root.location.column - 1
        let extents = entryExtents(entries, column: column, limit: lines.lines.count)
        for key in plan.tableKeysToReplace {
            var rendered: [String] = []
            SpecYAMLWriter.key(key, of: plan.spec, into: &rendered)
            try replaceEntry(key, rendered: rendered.map { String(repeating: " ", count: column) + $0 }, entries: entries, extents: extents)
        }
        for key in plan.tableKeysToAdd {
            var rendered: [String] = []
            SpecYAMLWriter.key(key, of: plan.spec, into: &rendered)
            try insertKey(key, rendered: rendered.map { String(repeating: " ", count: column) + $0 }, entries: entries, extents: extents, at: root)
        }
        guard !plan.attributes.isEmpty else { return }
        guard let attributes = entries.first(where: { $0.keyText == SpecKey.attributes.rawValue }) else {
            throw SpecTextEditor.Failure(message: "the spec has no 'attributes' list", location: root.location)
        }
        try edit(plan.attributes, list: attributes, separatedByDefault: true)
    }

    /// The first and last line of each entry of a block mapping whose keys stand at `column`.
    func entryExtents(_ entries: [Node.MappingEntry], column: Int, limit: Int) -> [(start: Int, end: Int)] {
        var extents: [(start: Int, end: Int)] = []
        for (index, entry) in entries.enumerated() {
            let start = entry.key.location.line - 1
            let next = index + 1 < entries.count ? entries[index + 1].key.location.line - 1 : limit
            let nextStart = index + 1 < entries.count ? lines.leadingCommentStart(above: next, column: column) : limit
            extents.append((start, lines.lastLine(from: start, before: max(nextStart, start + 1), column: column)))
        }
        return extents
    }

    /// Inserts a key's rendered lines after the last entry whose key precedes it in `SpecKey` order.
    mutating func insertKey(
        _ key: SpecKey, rendered: [String], entries: [Node.MappingEntry], extents: [(start: Int, end: Int)], at node: Node
    ) throws(SpecTextEditor.Failure) {
        let order = SpecKey.allCases
        guard let rank = order.firstIndex(of: key) else { return }
        var after: Int?
        for (index, entry) in entries.enumerated() {
            if let other = SpecKey(rawValue: entry.keyText), let otherRank = order.firstIndex(of: other), otherRank < rank {
                after = index
            }
        }
        guard let after else {
            throw SpecTextEditor.Failure(message: "no key to add '\(key.rawValue)' after", location: node.location)
        }
        add(extents[after].end + 1, extents[after].end + 1, rendered)
    }

    /// Replaces a key's lines (not the comment above it) with the rendered ones.
    mutating func replaceEntry(
        _ key: SpecKey, rendered: [String], entries: [Node.MappingEntry], extents: [(start: Int, end: Int)]
    ) throws(SpecTextEditor.Failure) {
        guard let index = entries.firstIndex(where: { $0.keyText == key.rawValue }) else { return }
        add(extents[index].start, extents[index].end + 1, rendered)
    }

    /// Whether a collection is in block style; fails on a flow collection.
    func requireBlock(_ node: Node) throws(SpecTextEditor.Failure) {
        if isFlow(node) {
            throw SpecTextEditor.Failure(
                message: "this flow-style collection needs an edit; write it in block style to let import --update edit it",
                location: node.location)
        }
    }

    func isFlow(_ node: Node) -> Bool {
        let line = node.location.line - 1
        guard line < lines.lines.count else { return false }
        let scalars = Array(lines.lines[line].unicodeScalars)
        let column = node.location.column - 1
        guard column < scalars.count else { return false }
        return scalars[column] == "[" || scalars[column] == "{"
    }

    // MARK: Lists

    /// Edits the list that is `entry`'s value.
    mutating func edit(_ plan: ListPlan, list entry: Node.MappingEntry, separatedByDefault: Bool) throws(SpecTextEditor.Failure) {
        let node = entry.value
        guard let items = node.sequenceItems else {
            throw SpecTextEditor.Failure(message: "'\(entry.keyText)' is not a list", location: node.location)
        }
        if isFlow(node) {
            guard items.isEmpty, plan.removals.isEmpty, plan.edits.isEmpty else { try requireBlock(node); return }
            try fillEmptyFlowList(plan, entry: entry, separated: separatedByDefault)
            return
        }
        let dashColumn = node.location.column - 1
        let dashLines = items.map { dashLine(of: $0, column: dashColumn) }
        let leads = dashLines.map { lines.leadingCommentStart(above: $0, column: dashColumn) }
        var ends: [Int] = []
        for index in items.indices {
            let limit = index + 1 < items.count ? leads[index + 1] : lines.lines.count
            ends.append(lines.lastLine(from: dashLines[index], before: max(limit, dashLines[index] + 1), column: dashColumn))
        }
        var separated = separatedByDefault
        if items.count > 1 {
            separated = (1..<items.count).contains { index in
                (ends[index - 1] + 1..<leads[index]).contains { lines.isBlank($0) }
            }
        }

        for (index, path) in plan.removals.sorted(by: { $0.key < $1.key }) {
            var start = leads[index]
            var end = ends[index] + 1
            if index > 0 {
                while start > ends[index - 1] + 1, lines.isBlank(start - 1) { start -= 1 }
            } else if index + 1 < items.count, plan.removals[index + 1] == nil {
                while end < leads[index + 1], lines.isBlank(end) { end += 1 }
            }
            if leads[index] < dashLines[index] { removedWithComment.append(path) }
            add(start, end, [])
        }
        // Edits inside an item first: a key added at an item's end and a new item inserted after
        // it splice at the same line, and the key belongs to the item above.
        for (index, itemPlan) in plan.edits.sorted(by: { $0.key < $1.key }) where !itemPlan.isEmpty {
            try edit(itemPlan, item: items[index], dashLine: dashLines[index], end: ends[index])
        }
        let keptCount = items.count - plan.removals.count
        for insertion in plan.insertions {
            // Written at its own indentation: descriptions wrap at the writer's column.
            var rendered: [String] = []
            SpecYAMLWriter.attribute(insertion.attribute, indent: dashColumn, into: &rendered)
            if let before = insertion.before {
                add(leads[before], leads[before], rendered + (separated ? [""] : []))
            } else if let last = ends.last {
                add(last + 1, last + 1, (separated && keptCount > 0 ? [""] : []) + rendered)
            }
        }
        if keptCount == 0, plan.insertions.isEmpty {
            throw SpecTextEditor.Failure(message: "the update would leave '\(entry.keyText)' empty", location: entry.key.location)
        }
    }

    /// The line of an item's `-`: the item's own first line, or the nearest line above with `-` at `column`.
    func dashLine(of item: Node, column: Int) -> Int {
        var line = max(0, min(item.location.line - 1, lines.lines.count - 1))
        while line > 0 {
            let scalars = Array(lines.lines[line].unicodeScalars)
            if column < scalars.count, scalars[column] == "-" { return line }
            line -= 1
        }
        return line
    }

    /// Turns `key: []` into `key:` followed by the new items.
    mutating func fillEmptyFlowList(_ plan: ListPlan, entry: Node.MappingEntry, separated: Bool) throws(SpecTextEditor.Failure) {
        let line = entry.value.location.line - 1
        let open = entry.value.location.column - 1
        var scalars = lines.lines.indices.contains(line) ? Array(lines.lines[line].unicodeScalars) : []
        guard open < scalars.count, let close = scalars[open...].firstIndex(of: "]") else {
            throw SpecTextEditor.Failure(message: "cannot find the end of this list", location: entry.value.location)
        }
        var from = open
        while from > 0, scalars[from - 1] == " " { from -= 1 }
        scalars.removeSubrange(from...close)
        var keyLine = ""
        keyLine.unicodeScalars.append(contentsOf: scalars)
        var rendered: [String] = [keyLine]
        for (offset, insertion) in plan.insertions.enumerated() {
            if separated, offset > 0 { rendered.append("") }
            SpecYAMLWriter.attribute(insertion.attribute, indent: entry.key.location.column - 1 + 2, into: &rendered)
        }
        add(line, line + 1, rendered)
    }

    // MARK: Items

    mutating func edit(_ plan: ItemPlan, item: Node, dashLine: Int, end: Int) throws(SpecTextEditor.Failure) {
        guard let entries = item.mappingEntries else {
            throw SpecTextEditor.Failure(message: "this attribute is not a mapping", location: item.location)
        }
        try requireBlock(item)
        let column = item.location.column - 1
        let extents = entryExtents(entries, column: column, limit: end + 1)
        if plan.replaceType, let type = entries.first(where: { $0.keyText == SpecKey.type.rawValue }) {
            try replaceScalar(type.value, with: plan.merged.type.value.rawValue)
        }
        for key in plan.keysToRemove {
            guard let index = entries.firstIndex(where: { $0.keyText == key.rawValue }) else { continue }
            let keyLine = extents[index].start
            let start = lines.leadingCommentStart(above: keyLine, column: column)
            guard keyLine != dashLine, start > dashLine else {
                throw SpecTextEditor.Failure(
                    message: "'\(key.rawValue)' must be removed but stands on the item's first line; move it below 'name' to let import --update edit it",
                    location: entries[index].key.location)
            }
            add(start, extents[index].end + 1, [])
        }
        for key in plan.keysToReplace {
            var rendered: [String] = []
            SpecYAMLWriter.key(key, of: plan.merged, indent: column, into: &rendered)
            guard let index = entries.firstIndex(where: { $0.keyText == key.rawValue }), extents[index].start != dashLine else {
                throw SpecTextEditor.Failure(
                    message: "'\(key.rawValue)' must be replaced but stands on the item's first line; move it below 'name' to let import --update edit it",
                    location: item.location)
            }
            try replaceEntry(key, rendered: rendered, entries: entries, extents: extents)
        }
        for key in SpecKey.allCases where plan.keysToAdd.contains(key) {
            var rendered: [String] = []
            SpecYAMLWriter.key(key, of: plan.merged, indent: column, into: &rendered)
            try insertKey(key, rendered: rendered, entries: entries, extents: extents, at: item)
        }
        if let fields = plan.fields, !fields.isEmpty,
           let entry = entries.first(where: { $0.keyText == SpecKey.fields.rawValue }) {
            try edit(fields, list: entry, separatedByDefault: false)
        }
    }

    /// Replaces a one-line scalar's text, keeping its quotes.
    mutating func replaceScalar(_ node: Node, with text: String) throws(SpecTextEditor.Failure) {
        let line = node.location.line - 1
        var scalars = lines.lines.indices.contains(line) ? Array(lines.lines[line].unicodeScalars) : []
        let start = node.location.column - 1
        guard start >= 0, start < scalars.count else {
            throw SpecTextEditor.Failure(message: "cannot find this value", location: node.location)
        }
        var range = start..<start
        let first = scalars[start]
        if first == "\"" || first == "'" {
            guard let close = scalars[(start + 1)...].firstIndex(of: first) else {
                throw SpecTextEditor.Failure(message: "this value spans lines; write it on one line to let import --update edit it", location: node.location)
            }
            range = (start + 1)..<close
        } else {
            var end = start
            while end < scalars.count, !(scalars[end] == "#" && end > start && (scalars[end - 1] == " " || scalars[end - 1] == "\t")) {
                end += 1
            }
            while end > start, scalars[end - 1] == " " || scalars[end - 1] == "\t" { end -= 1 }
            range = start..<end
        }
        scalars.replaceSubrange(range, with: Array(text.unicodeScalars))
        var replaced = ""
        replaced.unicodeScalars.append(contentsOf: scalars)
        add(line, line + 1, [replaced])
    }
}
