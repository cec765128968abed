import AttributeSpec

/// The extent of an input, for checking that a diagnostic's location lies inside it.
///
/// Lines as every reader counts them (the shared `line:column` rule): a line ends at LF, CR LF
/// or a lone CR. Columns count Unicode scalars, so the bound is the most scalar-starting bytes
/// on one line (a byte order mark, which takes no column, only makes it looser), plus one,
/// since an error at the end of a line points just after it.
struct InputBounds {
    let file: String
    let lastLine: Int
    let lastColumn: Int

    init(_ bytes: [UInt8], file: String) {
        self.file = file
        var breaks = 0
        var longest = 0
        var current = 0
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) {
                breaks += 1
                current = 0
            } else if byte != 0x0D, byte & 0xC0 != 0x80 {
                current += 1
                longest = max(longest, current)
            }
        }
        lastLine = breaks + 1
        lastColumn = longest + 1
    }

    /// Throws unless `location` names this input's file and lies inside it.
    func check(_ location: SourceLocation?, of what: @autoclosure () -> String) throws(InvariantFailure) {
        guard let location else {
            throw InvariantFailure("\(what()) has no location")
        }
        guard location.file == file else {
            throw InvariantFailure("\(what()) names file \(location.file), not \(file)")
        }
        guard (1...lastLine).contains(location.line), (1...lastColumn).contains(location.column) else {
            throw InvariantFailure("\(what()) is at \(location.line):\(location.column), outside \(lastLine) lines of at most \(lastColumn - 1) scalars")
        }
    }

    /// Throws unless every diagnostic has a location inside the input.
    func check(_ diagnostics: [Diagnostic]) throws(InvariantFailure) {
        for diagnostic in diagnostics {
            try check(diagnostic.location, of: "diagnostic '\(diagnostic)'")
        }
    }

    /// Throws unless `node` and everything under it starts inside the input.
    func check(_ node: Node) throws(InvariantFailure) {
        // An explicit stack, since a node may nest as deep as the reader allows.
        var pending = [node]
        while let next = pending.popLast() {
            try check(next.location, of: "node \(next.shapeDescription)")
            switch next.kind {
            case .scalar: break
            case .sequence(let items): pending += items
            case .mapping(let entries):
                for entry in entries {
                    pending.append(entry.key)
                    pending.append(entry.value)
                }
            }
        }
    }
}
