/// Builds the `Node` tree from the scanner's tokens.
///
/// The parser keeps its open collections on an explicit stack instead of recursing, so a
/// hostile document cannot overflow the call stack; the depth limit is checked before a
/// collection is opened. Empty values are placed where PyYAML places them (right after the
/// `:` or `-` that announces them, or at the token that follows a missing flow value).
struct YAMLParser {
    /// An open collection and how far it has got.
    private struct Frame {
        enum Kind {
            case blockMapping, blockSequence, indentlessSequence, flowSequence, flowMapping
            /// A `key: value` pair inside a flow sequence, read as a one-entry mapping.
            case flowPair
        }

        var kind: Kind
        var line: Int
        var column: Int
        var items: [Node] = []
        var entries: [Node.MappingEntry] = []
        var firstKeys: [String: SourceLocation] = [:]
        var pendingKey: Node?
        var sawFirstEntry = false
    }

    /// What a step of the parser produced.
    private enum Step {
        /// A finished node for the collection on top of the stack (or the document).
        case node(Node)
        /// A new collection was opened; its content comes next.
        case opened
    }

    private var scanner: YAMLScanner
    private var stack: [Frame] = []
    private let maximumDepth: Int

    init(scanner: YAMLScanner, maximumDepth: Int) {
        self.scanner = scanner
        self.maximumDepth = maximumDepth
    }

    private func location(_ token: YAMLToken) -> SourceLocation {
        scanner.location(line: token.line, column: token.column)
    }

    private func emptyScalar(line: Int, column: Int) -> Node {
        Node(.scalar("", .plain), at: scanner.location(line: line, column: column))
    }

    // MARK: Document

    /// Reads the single document of the stream; `nil` when it has no content.
    mutating func parseDocument() throws(Diagnostic) -> Node? {
        var root: Node?
        var token = try scanner.peekToken()
        if token.kind == .documentStart {
            _ = try scanner.nextToken()
            token = try scanner.peekToken()
        }
        switch token.kind {
        case .streamEnd, .documentEnd:
            break
        case .documentStart:
            throw .yamlMultipleDocuments(at: location(token))
        default:
            root = try parseRoot()
        }
        var ended = false
        while try scanner.peekToken().kind == .documentEnd {
            _ = try scanner.nextToken()
            ended = true
        }
        let last = try scanner.peekToken()
        switch last.kind {
        case .streamEnd:
            return root
        case .documentStart:
            throw .yamlMultipleDocuments(at: location(last))
        case _ where ended:
            throw .yamlContentAfterDocumentEnd(at: location(last))
        case .blockMappingStart, .blockSequenceStart:
            throw .yamlBadIndentation(at: location(last))
        default:
            throw .yamlUnexpected(last.description, expected: "the end of the document", at: location(last))
        }
    }

    private mutating func parseRoot() throws(Diagnostic) -> Node {
        var step = try beginNode(flow: false)
        while true {
            if case .node(let node) = step {
                guard !stack.isEmpty else { return node }
                try accept(node)
            }
            step = try advance()
        }
    }

    // MARK: Nodes

    /// Starts the node at the next token: returns a scalar at once, or opens a collection.
    private mutating func beginNode(flow: Bool) throws(Diagnostic) -> Step {
        let token = try scanner.peekToken()
        let kind: Frame.Kind
        switch token.kind {
        case .scalar(let text, let style):
            _ = try scanner.nextToken()
            return .node(Node(.scalar(text, style), at: location(token)))
        case .flowSequenceStart: kind = .flowSequence
        case .flowMappingStart: kind = .flowMapping
        case .blockMappingStart where !flow: kind = .blockMapping
        case .blockSequenceStart where !flow: kind = .blockSequence
        case .streamEnd, .documentStart, .documentEnd:
            if flow { throw try flowError(token, sequence: stack.last?.kind != .flowMapping) }
            throw .yamlUnexpected(token.description, expected: "a value", at: location(token))
        default:
            throw .yamlUnexpected(token.description, expected: "a value", at: location(token))
        }
        try open(kind, at: token)
        _ = try scanner.nextToken()
        return .opened
    }

    private mutating func open(_ kind: Frame.Kind, at token: YAMLToken) throws(Diagnostic) {
        guard stack.count < maximumDepth else {
            throw .yamlTooDeep(maximumDepth, at: location(token))
        }
        stack.append(Frame(kind: kind, line: token.line, column: token.column))
    }

    /// Hands a finished child node to the collection on top of the stack.
    private mutating func accept(_ node: Node) throws(Diagnostic) {
        let top = stack.count - 1
        switch stack[top].kind {
        case .blockSequence, .indentlessSequence, .flowSequence:
            stack[top].items.append(node)
        case .blockMapping, .flowMapping, .flowPair:
            guard let key = stack[top].pendingKey else {
                // Only scalars become keys; `readKey` rejects anything else before this.
                return
            }
            stack[top].entries.append(Node.MappingEntry(key: key, value: node))
            stack[top].pendingKey = nil
        }
    }

    /// Closes the collection on top of the stack and returns it as a node.
    private mutating func close() -> Step {
        let frame = stack.removeLast()
        let location = scanner.location(line: frame.line, column: frame.column)
        switch frame.kind {
        case .blockSequence, .indentlessSequence, .flowSequence:
            return .node(Node(.sequence(frame.items), at: location))
        case .blockMapping, .flowMapping, .flowPair:
            return .node(Node(.mapping(frame.entries), at: location))
        }
    }

    /// Reads a mapping key, which must be a scalar, and checks it is not a duplicate.
    /// `emptyAt` is the position of an empty key when the next token starts no key.
    private mutating func readKey(emptyIf isEmpty: (YAMLToken.Kind) -> Bool, emptyAt token: YAMLToken) throws(Diagnostic) {
        let next = try scanner.peekToken()
        let key: Node
        if isEmpty(next.kind) {
            key = emptyScalar(line: token.line, column: token.endColumn)
        } else if case .scalar(let text, let style) = next.kind {
            _ = try scanner.nextToken()
            key = Node(.scalar(text, style), at: location(next))
        } else {
            throw .yamlNonScalarKey(at: location(next))
        }
        let top = stack.count - 1
        let text = key.scalarText ?? ""
        if let first = stack[top].firstKeys[text] {
            throw .yamlDuplicateKey(text, first: first, at: key.location)
        }
        stack[top].firstKeys[text] = key.location
        stack[top].pendingKey = key
    }

    // MARK: Collections

    /// Moves the collection on top of the stack forward by one child, or closes it.
    private mutating func advance() throws(Diagnostic) -> Step {
        switch stack[stack.count - 1].kind {
        case .blockSequence: try advanceBlockSequence()
        case .indentlessSequence: try advanceIndentlessSequence()
        case .blockMapping: try advanceBlockMapping()
        case .flowSequence: try advanceFlowSequence()
        case .flowMapping: try advanceFlowMapping()
        case .flowPair: try advanceFlowPair()
        }
    }

    private mutating func advanceBlockSequence() throws(Diagnostic) -> Step {
        let token = try scanner.nextToken()
        switch token.kind {
        case .blockEntry:
            let next = try scanner.peekToken()
            if next.kind == .blockEntry || next.kind == .blockEnd {
                return .node(emptyScalar(line: token.line, column: token.endColumn))
            }
            return try beginNode(flow: false)
        case .blockEnd:
            return close()
        case .blockMappingStart, .blockSequenceStart:
            throw .yamlBadIndentation(at: location(token))
        default:
            throw .yamlUnexpected(token.description, expected: "a sequence entry ('- ')", at: location(token))
        }
    }

    /// A sequence written at the same indentation as its mapping key (`key:\n- item`).
    private mutating func advanceIndentlessSequence() throws(Diagnostic) -> Step {
        let token = try scanner.peekToken()
        guard token.kind == .blockEntry else { return close() }
        _ = try scanner.nextToken()
        let next = try scanner.peekToken()
        switch next.kind {
        case .blockEntry, .key, .value, .blockEnd:
            return .node(emptyScalar(line: token.line, column: token.endColumn))
        default:
            return try beginNode(flow: false)
        }
    }

    private mutating func advanceBlockMapping() throws(Diagnostic) -> Step {
        let top = stack.count - 1
        if stack[top].pendingKey == nil {
            let token = try scanner.nextToken()
            switch token.kind {
            case .key:
                try readKey(emptyIf: { [.key, .value, .blockEnd].contains($0) }, emptyAt: token)
                return try advanceBlockMapping()
            case .blockEnd:
                return close()
            case .blockMappingStart, .blockSequenceStart:
                throw .yamlBadIndentation(at: location(token))
            default:
                throw .yamlUnexpected(token.description, expected: "a mapping key", at: location(token))
            }
        }
        let token = try scanner.peekToken()
        guard token.kind == .value else {
            return .node(emptyScalar(line: token.line, column: token.column))
        }
        _ = try scanner.nextToken()
        let next = try scanner.peekToken()
        switch next.kind {
        case .key, .value, .blockEnd:
            return .node(emptyScalar(line: token.line, column: token.endColumn))
        case .blockEntry:
            try open(.indentlessSequence, at: next)
            return .opened
        default:
            return try beginNode(flow: false)
        }
    }

    private mutating func advanceFlowSequence() throws(Diagnostic) -> Step {
        let top = stack.count - 1
        var token = try scanner.peekToken()
        if token.kind == .flowSequenceEnd {
            _ = try scanner.nextToken()
            return close()
        }
        if stack[top].sawFirstEntry {
            guard token.kind == .flowEntry else {
                throw try flowError(token, sequence: true)
            }
            _ = try scanner.nextToken()
            token = try scanner.peekToken()
            if token.kind == .flowSequenceEnd {
                _ = try scanner.nextToken()
                return close()
            }
        }
        stack[top].sawFirstEntry = true
        if token.kind == .key {
            try open(.flowPair, at: token)
            _ = try scanner.nextToken()
            try readKey(emptyIf: { [.value, .flowEntry, .flowSequenceEnd].contains($0) }, emptyAt: token)
            return .opened
        }
        return try beginNode(flow: true)
    }

    private mutating func advanceFlowPair() throws(Diagnostic) -> Step {
        let top = stack.count - 1
        guard stack[top].pendingKey != nil else { return close() }
        let token = try scanner.peekToken()
        guard token.kind == .value else {
            return .node(emptyScalar(line: token.line, column: token.column))
        }
        _ = try scanner.nextToken()
        let next = try scanner.peekToken()
        if next.kind == .flowEntry || next.kind == .flowSequenceEnd {
            return .node(emptyScalar(line: token.line, column: token.endColumn))
        }
        return try beginNode(flow: true)
    }

    private mutating func advanceFlowMapping() throws(Diagnostic) -> Step {
        let top = stack.count - 1
        if stack[top].pendingKey != nil {
            let token = try scanner.peekToken()
            guard token.kind == .value else {
                return .node(emptyScalar(line: token.line, column: token.column))
            }
            _ = try scanner.nextToken()
            let next = try scanner.peekToken()
            if next.kind == .flowEntry || next.kind == .flowMappingEnd {
                return .node(emptyScalar(line: token.line, column: token.endColumn))
            }
            return try beginNode(flow: true)
        }
        var token = try scanner.peekToken()
        if token.kind == .flowMappingEnd {
            _ = try scanner.nextToken()
            return close()
        }
        if stack[top].sawFirstEntry {
            guard token.kind == .flowEntry else {
                throw try flowError(token, sequence: false)
            }
            _ = try scanner.nextToken()
            token = try scanner.peekToken()
            if token.kind == .flowMappingEnd {
                _ = try scanner.nextToken()
                return close()
            }
        }
        stack[top].sawFirstEntry = true
        switch token.kind {
        case .key:
            _ = try scanner.nextToken()
            try readKey(emptyIf: { [.value, .flowEntry, .flowMappingEnd].contains($0) }, emptyAt: token)
        case .scalar:
            // `{a, b: c}`: a key without ':' has an empty value, placed at the next token.
            // A ':' after it can only be on a later line, where it starts no value.
            try readKey(emptyIf: { _ in false }, emptyAt: token)
            let next = try scanner.peekToken()
            return .node(emptyScalar(line: next.line, column: next.column))
        case .value:
            throw .yamlMissingKey(at: location(token))
        case .streamEnd, .documentStart, .documentEnd:
            throw try flowError(token, sequence: false)
        default:
            throw .yamlNonScalarKey(at: location(token))
        }
        return try advanceFlowMapping()
    }

    /// The error for a token that is neither `,` nor the closing bracket of a flow collection.
    private func flowError(_ token: YAMLToken, sequence: Bool) throws(Diagnostic) -> Diagnostic {
        // A `k: v` pair is part of its flow sequence: report the sequence's bracket.
        let top = stack.last { $0.kind != .flowPair } ?? stack[stack.count - 1]
        if token.kind == .streamEnd || token.kind == .documentStart || token.kind == .documentEnd {
            return .yamlUnterminatedFlow(sequence: sequence, at: scanner.location(line: top.line, column: top.column))
        }
        return .yamlUnexpected(token.description, expected: sequence ? "',' or ']'" : "',' or '}'", at: location(token))
    }
}
