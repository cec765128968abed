/// Turns the UTF-8 bytes of one YAML document into tokens, one pass, on demand.
///
/// The design follows libyaml/PyYAML: block structure is recovered from indentation with a
/// stack of indents, and a "simple key" (a scalar or flow collection followed by `:` on the
/// same line) is only known to be a key once its `:` arrives, so its KEY and
/// BLOCK-MAPPING-START tokens are inserted back into the queue at that point. Positions are
/// 0-based internally, columns count Unicode scalars. The input has been validated as UTF-8
/// without NUL bytes beforehand, so a 0 from `peek` means the end of the input.
struct YAMLScanner {
    /// A place where a simple key may start, waiting for its `:`.
    struct SimpleKey {
        var tokenNumber: Int
        var required: Bool
        var position: Int
        var line: Int
        var column: Int
    }

    let bytes: [UInt8]
    let file: String
    /// How deep flow collections may nest before the scanner stops. Higher than the parser's
    /// limit, because the scanner looks ahead while a simple key is pending, and the parser
    /// should be the one that reports the node crossing the documented limit.
    let flowLimit: Int

    var position: Int
    var line = 0
    var column = 0
    /// Whether a token has started on the current line; a tab before the first one is indentation.
    var lineHasContent = false

    var tokens: [YAMLToken] = []
    var head = 0
    var tokensTaken = 0
    var done = false

    var flowLevel = 0
    var indent = -1
    var indents: [Int] = []
    var allowSimpleKey = true
    var simpleKeys: [SimpleKey?] = [nil]
    /// The flow levels that hold a pending simple key, lowest first, from `pendingFront` on.
    ///
    /// A key is saved only at the current flow level, and leaving a level drops its key, so
    /// every pending key lies at or below the current level and a deeper one was saved later:
    /// ascending levels are ascending token numbers and positions. Hence the key waiting for
    /// the earliest token is the first one here, the keys that go stale (an older line, or
    /// more than 1024 bytes back) are a prefix, and saving or dropping a key at the current
    /// level touches only the end. Scanning every level instead, on each `peekToken`, made
    /// the scanner quadratic in length times flow depth.
    var pendingLevels: [Int] = []
    var pendingFront = 0

    init(bytes: [UInt8], start: Int, file: String, flowLimit: Int) {
        self.bytes = bytes
        self.position = start
        self.file = file
        self.flowLimit = flowLimit
    }

    // MARK: Token queue

    /// The next token, scanning more input when a pending simple key could still change it.
    mutating func peekToken() throws(Diagnostic) -> YAMLToken {
        while try needMoreTokens() {
            try fetchMoreTokens()
        }
        return tokens[head]
    }

    /// Removes and returns the next token.
    mutating func nextToken() throws(Diagnostic) -> YAMLToken {
        let token = try peekToken()
        // The end of the stream stays at the head of the queue, so reading on past it is safe.
        guard token.kind != .streamEnd else { return token }
        head += 1
        tokensTaken += 1
        if head > 256, head * 2 > tokens.count {
            tokens.removeFirst(head)
            head = 0
        }
        return token
    }

    private mutating func needMoreTokens() throws(Diagnostic) -> Bool {
        if done { return false }
        if head == tokens.count { return true }
        try removeStaleSimpleKeys()
        return nextSimpleKeyTokenNumber() == tokensTaken
    }

    private func nextSimpleKeyTokenNumber() -> Int? {
        guard pendingFront < pendingLevels.count else { return nil }
        return simpleKeys[pendingLevels[pendingFront]]?.tokenNumber
    }

    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line + 1, column: column + 1)
    }

    var here: SourceLocation { location(line: line, column: column) }

    private mutating func append(_ kind: YAMLToken.Kind, line: Int, column: Int) {
        tokens.append(YAMLToken(kind: kind, line: line, column: column))
    }

    private mutating func appendHere(_ kind: YAMLToken.Kind) {
        append(kind, line: line, column: column)
    }

    // MARK: Reading bytes

    @inline(__always)
    func peek(_ offset: Int = 0) -> UInt8 {
        let index = position + offset
        return index < bytes.count ? bytes[index] : 0
    }

    /// Moves over `count` bytes of one line, counting a column per scalar (not per byte).
    @inline(__always)
    mutating func forward(_ count: Int = 1) {
        var index = position
        let end = position + count
        while index < end {
            if TextPosition.startsColumn(bytes, at: index) {
                column += 1
            }
            index += 1
        }
        position = end
    }

    /// Consumes one line break (`\n`, `\r\n` or a lone `\r`); false when there is none.
    @discardableResult
    mutating func scanLineBreak() -> Bool {
        switch peek() {
        case .cr:
            position += peek(1) == .lf ? 2 : 1
        case .lf:
            position += 1
        default:
            return false
        }
        line += 1
        column = 0
        lineHasContent = false
        return true
    }

    /// Whether `---` or `...` starts at the current position and stands alone.
    func atDocumentMarker() -> Bool {
        guard column == 0 else { return false }
        let first = peek()
        guard first == .hyphen || first == .period else { return false }
        return peek(1) == first && peek(2) == first && peek(3).isBlankOrBreakOrEnd
    }

    /// The Unicode scalar at the current position, for messages.
    func currentScalar() -> UInt32 {
        let slice = bytes[position..<min(bytes.count, position + 4)]
        var iterator = slice.makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar.value }
        return UInt32(peek())
    }

    // MARK: Fetching tokens

    private mutating func fetchMoreTokens() throws(Diagnostic) {
        try scanToNextToken()
        try removeStaleSimpleKeys()
        unwindIndent(to: column)
        lineHasContent = true
        let byte = peek()
        if byte == 0 && position >= bytes.count {
            return try fetchStreamEnd()
        }
        switch byte {
        case .percent where column == 0:
            throw .yamlUnsupported("directives", at: here)
        case .hyphen where atDocumentMarker():
            try fetchDocumentIndicator(.documentStart)
        case .period where atDocumentMarker():
            try fetchDocumentIndicator(.documentEnd)
        case .leftBracket:
            try fetchFlowCollectionStart(.flowSequenceStart)
        case .leftBrace:
            try fetchFlowCollectionStart(.flowMappingStart)
        case .rightBracket:
            try fetchFlowCollectionEnd(.flowSequenceEnd, bracket: "]")
        case .rightBrace:
            try fetchFlowCollectionEnd(.flowMappingEnd, bracket: "}")
        case .comma:
            try fetchFlowEntry()
        case .hyphen where peek(1).isBlankOrBreakOrEnd:
            try fetchBlockEntry()
        case .question where flowLevel > 0 || peek(1).isBlankOrBreakOrEnd:
            throw .yamlUnsupported("complex mapping keys ('?')", at: here)
        case .colon where flowLevel > 0 || peek(1).isBlankOrBreakOrEnd:
            try fetchValue()
        case .asterisk:
            throw .yamlUnsupported("aliases", at: here)
        case .ampersand:
            throw .yamlUnsupported("anchors", at: here)
        case .exclamation:
            throw .yamlUnsupported("tags", at: here)
        case .pipe where flowLevel == 0, .greaterThan where flowLevel == 0:
            try fetchBlockScalar(folded: byte == .greaterThan)
        case .apostrophe, .quote:
            try saveSimpleKey()
            allowSimpleKey = false
            let start = (line, column)
            let text = try scanQuotedScalar(double: byte == .quote)
            append(.scalar(text, byte == .quote ? .doubleQuoted : .singleQuoted), line: start.0, column: start.1)
        default:
            guard canStartPlainScalar(byte) else {
                throw .yamlUnexpectedCharacter(currentScalar(), at: here)
            }
            try saveSimpleKey()
            allowSimpleKey = false
            let start = (line, column)
            let text = scanPlainScalar()
            append(.scalar(text, .plain), line: start.0, column: start.1)
        }
    }

    private func canStartPlainScalar(_ byte: UInt8) -> Bool {
        switch byte {
        case .hyphen:
            return !peek(1).isBlankOrBreakOrEnd
        case .question, .colon:
            return flowLevel == 0 && !peek(1).isBlankOrBreakOrEnd
        case 0, .space, .tab, .cr, .lf, .comma, .leftBracket, .rightBracket, .leftBrace, .rightBrace,
             .hash, .ampersand, .asterisk, .exclamation, .pipe, .greaterThan, .apostrophe, .quote,
             .percent, .at, .backtick:
            return false
        default:
            return true
        }
    }

    /// Skips blanks, comments and line breaks up to the next token.
    ///
    /// Tabs are accepted as separators inside a line (YAML allows them there; PyYAML does
    /// not), but never before the first token of a line in block context, where they would
    /// be indentation.
    private mutating func scanToNextToken() throws(Diagnostic) {
        while true {
            var tabsChecked = false
            while true {
                let byte = peek()
                if byte == .space {
                    forward()
                } else if byte == .tab {
                    if !tabsChecked, flowLevel == 0, !lineHasContent {
                        var index = position
                        while index < bytes.count, bytes[index] == .space || bytes[index] == .tab { index += 1 }
                        let next: UInt8 = index < bytes.count ? bytes[index] : 0
                        if !(next == .hash || next.isBreakOrEnd) {
                            throw .yamlTabIndentation(at: here)
                        }
                        tabsChecked = true
                    }
                    forward()
                } else {
                    break
                }
            }
            if peek() == .hash {
                var end = position
                while end < bytes.count, !bytes[end].isBreakOrEnd { end += 1 }
                forward(end - position)
            }
            if scanLineBreak() {
                if flowLevel == 0 { allowSimpleKey = true }
            } else {
                return
            }
        }
    }

    // MARK: Simple keys

    /// Drops pending keys that can no longer be keys: a simple key ends on its own line and
    /// within 1024 bytes. A required one (at the block's indentation) is an error then.
    private mutating func removeStaleSimpleKeys() throws(Diagnostic) {
        while pendingFront < pendingLevels.count {
            let level = pendingLevels[pendingFront]
            if let key = simpleKeys[level] {
                // The later keys are newer still: the first live one ends the stale prefix.
                guard key.line != line || position - key.position > 1024 else { break }
                if key.required {
                    throw .yamlMissingColon(at: location(line: key.line, column: key.column))
                }
                simpleKeys[level] = nil
            }
            pendingFront += 1
        }
        if pendingFront > 64, pendingFront * 2 > pendingLevels.count {
            pendingLevels.removeFirst(pendingFront)
            pendingFront = 0
        }
    }

    /// Forgets the pending key at the current flow level, the last of `pendingLevels`.
    private mutating func dropSimpleKeyAtCurrentLevel() {
        simpleKeys[flowLevel] = nil
        if pendingLevels.count > pendingFront, pendingLevels[pendingLevels.count - 1] == flowLevel {
            pendingLevels.removeLast()
        } else if let index = pendingLevels[pendingFront...].lastIndex(of: flowLevel) {
            // Not reached while the ordering above holds; kept so that the list stays exact regardless.
            assertionFailure("a pending simple key below a deeper one at level \(flowLevel)")
            pendingLevels.remove(at: index)
        }
    }

    private mutating func saveSimpleKey() throws(Diagnostic) {
        let required = flowLevel == 0 && indent == column
        guard allowSimpleKey else { return }
        try removeSimpleKey()
        assert(pendingLevels.count == pendingFront || pendingLevels[pendingLevels.count - 1] < flowLevel,
               "a pending simple key deeper than the current flow level \(flowLevel)")
        simpleKeys[flowLevel] = SimpleKey(
            tokenNumber: tokensTaken + tokens.count - head, required: required,
            position: position, line: line, column: column)
        pendingLevels.append(flowLevel)
    }

    private mutating func removeSimpleKey() throws(Diagnostic) {
        guard let key = simpleKeys[flowLevel] else { return }
        if key.required {
            throw .yamlMissingColon(at: location(line: key.line, column: key.column))
        }
        dropSimpleKeyAtCurrentLevel()
    }

    // MARK: Indentation

    private mutating func unwindIndent(to column: Int) {
        guard flowLevel == 0 else { return }
        while indent > column {
            indent = indents.removeLast()
            appendHere(.blockEnd)
        }
    }

    private mutating func addIndent(_ column: Int) -> Bool {
        guard indent < column else { return false }
        indents.append(indent)
        indent = column
        return true
    }

    // MARK: Indicators

    private mutating func fetchStreamEnd() throws(Diagnostic) {
        unwindIndent(to: -1)
        try removeSimpleKey()
        allowSimpleKey = false
        appendHere(.streamEnd)
        done = true
    }

    private mutating func fetchDocumentIndicator(_ kind: YAMLToken.Kind) throws(Diagnostic) {
        unwindIndent(to: -1)
        try removeSimpleKey()
        allowSimpleKey = false
        appendHere(kind)
        forward(3)
    }

    private mutating func fetchFlowCollectionStart(_ kind: YAMLToken.Kind) throws(Diagnostic) {
        if flowLevel >= flowLimit {
            throw .yamlTooDeep(YAMLReader.maximumDepth, at: here)
        }
        try saveSimpleKey()
        flowLevel += 1
        if simpleKeys.count <= flowLevel { simpleKeys.append(nil) }
        allowSimpleKey = true
        appendHere(kind)
        forward()
    }

    private mutating func fetchFlowCollectionEnd(_ kind: YAMLToken.Kind, bracket: String) throws(Diagnostic) {
        guard flowLevel > 0 else {
            throw .yamlUnmatchedFlowEnd(bracket, at: here)
        }
        try removeSimpleKey()
        flowLevel -= 1
        allowSimpleKey = false
        appendHere(kind)
        forward()
    }

    private mutating func fetchFlowEntry() throws(Diagnostic) {
        allowSimpleKey = true
        try removeSimpleKey()
        appendHere(.flowEntry)
        forward()
    }

    private mutating func fetchBlockEntry() throws(Diagnostic) {
        guard flowLevel == 0 else {
            throw .yamlBlockEntryInFlow(at: here)
        }
        guard allowSimpleKey else {
            throw .yamlSequenceEntryNotAllowed(at: here)
        }
        if addIndent(column) {
            appendHere(.blockSequenceStart)
        }
        allowSimpleKey = true
        try removeSimpleKey()
        appendHere(.blockEntry)
        forward()
    }

    private mutating func fetchValue() throws(Diagnostic) {
        if let key = simpleKeys[flowLevel] {
            dropSimpleKeyAtCurrentLevel()
            let index = head + key.tokenNumber - tokensTaken
            tokens.insert(YAMLToken(kind: .key, line: key.line, column: key.column), at: index)
            if flowLevel == 0, addIndent(key.column) {
                tokens.insert(YAMLToken(kind: .blockMappingStart, line: key.line, column: key.column), at: index)
            }
            allowSimpleKey = false
        } else {
            if flowLevel == 0 {
                guard allowSimpleKey else {
                    throw .yamlMappingValueNotAllowed(at: here)
                }
                // A ':' that starts a line has no key; PyYAML reads it as an empty key, which
                // a spec never means, so it is reported.
                throw .yamlMissingKey(at: here)
            }
            try removeSimpleKey()
        }
        appendHere(.value)
        forward()
    }

    private mutating func fetchBlockScalar(folded: Bool) throws(Diagnostic) {
        allowSimpleKey = true
        try removeSimpleKey()
        let start = (line, column)
        let text = try scanBlockScalar(folded: folded)
        append(.scalar(text, folded ? .folded : .literal), line: start.0, column: start.1)
    }
}
