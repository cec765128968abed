import AttributeSpec

/// The extent of an input, for checking that a diagnostic's location lies inside it.
///
/// Generous on purpose, so that it holds whether or not a reader takes a lone CR for a line
/// break: lines are counted at every CR and every LF (so CRLF counts twice), columns against
/// the longest LF-separated line in bytes (columns count Unicode scalars, never more than
/// bytes), plus one, since an error at the end of a line points just after it.
struct InputBounds {
    let file: String
    let lastLine: Int
    let lastColumn: Int

    init(_ bytes: [UInt8], file: String) {
        self.file = file
        var breaks = 0
        var longest = 0
        var current = 0
        for byte in bytes {
            if byte == 0x0A || byte == 0x0D {
                breaks += 1
            }
            if byte == 0x0A {
                current = 0
            } else {
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
            throw InvariantFailure("\(what()) is at \(location.line):\(location.column), outside \(lastLine) lines of at most \(lastColumn - 1) bytes")
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
