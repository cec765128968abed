/// Scanning of the three kinds of scalar text: plain, quoted and block.
///
/// Each scanner collects the bytes of the value (after folding and unescaping) and decodes
/// them once; the input was validated as UTF-8 up front, so decoding never repairs anything.
extension YAMLScanner {
    // MARK: Plain scalars

    /// A plain scalar, possibly over several lines (folded with single spaces), ending before
    /// `: `, ` #`, a flow indicator in flow context, or a line indented less than the block.
    mutating func scanPlainScalar() -> String {
        var text: [UInt8] = []
        var spaces: [UInt8] = []
        let minimumIndent = indent + 1
        let inFlow = flowLevel > 0
        while peek() != .hash {
            var end = position
            while end < bytes.count {
                let byte = bytes[end]
                if byte == .space || byte == .tab || byte == .cr || byte == .lf { break }
                if byte == .colon {
                    let next: UInt8 = end + 1 < bytes.count ? bytes[end + 1] : 0
                    if next.isBlankOrBreakOrEnd || (inFlow && next.isFlowIndicator) { break }
                }
                if inFlow && (byte == .question || byte.isFlowIndicator) { break }
                end += 1
            }
            if end == position { break }
            allowSimpleKey = false
            text.append(contentsOf: spaces)
            text.append(contentsOf: bytes[position..<end])
            forward(end - position)
            scanPlainSpaces(into: &spaces)
            if spaces.isEmpty || peek() == .hash || (!inFlow && column < minimumIndent) { break }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The separation after a piece of plain text: the blanks themselves within a line, one
    /// space for a single line break, and one `\n` per line for two or more. Empty when the
    /// scalar cannot continue (a document marker, or nothing). The buffer is reused so that
    /// a long scalar does not allocate once per word.
    private mutating func scanPlainSpaces(into spaces: inout [UInt8]) {
        spaces.removeAll(keepingCapacity: true)
        let start = position
        while peek().isBlank { forward() }
        guard peek().isBreak else {
            for index in start..<position { spaces.append(bytes[index]) }
            return
        }
        scanLineBreak()
        allowSimpleKey = true
        if atDocumentMarker() { return }
        var breaks = 0
        while true {
            if peek() == .space {
                forward()
            } else if peek().isBreak {
                scanLineBreak()
                breaks += 1
                if atDocumentMarker() { return }
            } else {
                break
            }
        }
        if breaks == 0 {
            spaces.append(.space)
        } else {
            spaces.append(contentsOf: repeatElement(.lf, count: breaks))
        }
    }

    // MARK: Quoted scalars

    /// A single- or double-quoted scalar, starting at its opening quote.
    mutating func scanQuotedScalar(double: Bool) throws(Diagnostic) -> String {
        let start = here
        let quote = peek()
        forward()
        var text: [UInt8] = []
        try scanQuotedText(double: double, into: &text)
        while peek() != quote {
            try scanQuotedSpaces(double: double, start: start, into: &text)
            try scanQuotedText(double: double, into: &text)
        }
        forward()
        return String(decoding: text, as: UTF8.self)
    }

    private mutating func scanQuotedText(double: Bool, into text: inout [UInt8]) throws(Diagnostic) {
        while true {
            var end = position
            while end < bytes.count {
                let byte = bytes[end]
                if byte == .apostrophe || byte == .quote || byte == .backslash || byte == .space
                    || byte == .tab || byte == .cr || byte == .lf { break }
                end += 1
            }
            if end > position {
                text.append(contentsOf: bytes[position..<end])
                forward(end - position)
            }
            let byte = peek()
            if !double && byte == .apostrophe && peek(1) == .apostrophe {
                text.append(.apostrophe)
                forward(2)
            } else if (double && byte == .apostrophe) || (!double && (byte == .quote || byte == .backslash)) {
                text.append(byte)
                forward()
            } else if double && byte == .backslash {
                try scanEscape(into: &text)
            } else {
                return
            }
        }
    }

    private mutating func scanEscape(into text: inout [UInt8]) throws(Diagnostic) {
        let start = here
        forward()
        let byte = peek()
        if let replacement = Self.escapeReplacement(byte) {
            appendScalar(replacement, to: &text)
            forward()
            return
        }
        let digits: Int
        switch byte {
        case UInt8(ascii: "x"): digits = 2
        case UInt8(ascii: "u"): digits = 4
        case UInt8(ascii: "U"): digits = 8
        case .cr, .lf:
            scanLineBreak()
            text.append(contentsOf: Array(repeating: .lf, count: try scanQuotedBreaks()))
            return
        default:
            if byte == 0 && position >= bytes.count { return }
            throw .yamlUnknownEscape(currentScalar(), at: start)
        }
        forward()
        var value: UInt32 = 0
        for offset in 0..<digits {
            guard let digit = peek(offset).hexValue else {
                throw .yamlBadHexEscape(digits: digits, at: start)
            }
            value = value << 4 | digit
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw .yamlInvalidEscapedScalar(value, at: start)
        }
        appendScalar(scalar.value, to: &text)
        forward(digits)
    }

    /// The scalar an escape letter stands for, `nil` for `x`, `u`, `U` and unknown letters.
    private static func escapeReplacement(_ byte: UInt8) -> UInt32? {
        switch byte {
        case .zero: 0x00
        case UInt8(ascii: "a"): 0x07
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "t"), .tab: 0x09
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "v"): 0x0B
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "e"): 0x1B
        case .space: 0x20
        case .quote: 0x22
        case .slash: 0x2F
        case .backslash: 0x5C
        case UInt8(ascii: "N"): 0x85
        case UInt8(ascii: "_"): 0xA0
        case UInt8(ascii: "L"): 0x2028
        case UInt8(ascii: "P"): 0x2029
        default: nil
        }
    }

    private func appendScalar(_ value: UInt32, to text: inout [UInt8]) {
        guard let scalar = Unicode.Scalar(value) else { return }
        text.append(contentsOf: String(Character(scalar)).utf8)
    }

    /// Blanks inside a quoted scalar: kept within a line, folded across lines.
    private mutating func scanQuotedSpaces(double: Bool, start: SourceLocation, into text: inout [UInt8]) throws(Diagnostic) {
        let blankStart = position
        while peek().isBlank { forward() }
        let blanks = bytes[blankStart..<position]
        if position >= bytes.count {
            throw .yamlUnterminatedQuote(double: double, at: start)
        }
        if peek().isBreak {
            scanLineBreak()
            let breaks = try scanQuotedBreaks()
            if breaks == 0 {
                text.append(.space)
            } else {
                text.append(contentsOf: Array(repeating: .lf, count: breaks))
            }
        } else {
            text.append(contentsOf: blanks)
        }
    }

    /// Skips the empty lines that follow a line break inside a quoted scalar; returns how many.
    private mutating func scanQuotedBreaks() throws(Diagnostic) -> Int {
        var breaks = 0
        while true {
            if atDocumentMarker() {
                throw .yamlDocumentMarkerInScalar(at: here)
            }
            while peek().isBlank { forward() }
            guard peek().isBreak else { return breaks }
            scanLineBreak()
            breaks += 1
        }
    }

    // MARK: Block scalars

    /// A literal (`|`) or folded (`>`) block scalar, starting at its indicator.
    mutating func scanBlockScalar(folded: Bool) throws(Diagnostic) -> String {
        forward()
        let (chomping, increment) = try scanBlockScalarHeader()

        let minimumIndent = max(indent + 1, 1)
        var breaks: Int
        let blockIndent: Int
        if let increment {
            blockIndent = minimumIndent + increment - 1
            breaks = scanBlockBreaks(indent: blockIndent)
        } else {
            let (leadingBreaks, deepest) = scanBlockIndentation()
            breaks = leadingBreaks
            blockIndent = max(minimumIndent, deepest)
        }

        var text: [UInt8] = []
        var endedWithBreak = false
        while column == blockIndent && position < bytes.count {
            text.append(contentsOf: Array(repeating: .lf, count: breaks))
            let leadingNonBlank = !peek().isBlank
            var end = position
            while end < bytes.count, !bytes[end].isBreak { end += 1 }
            text.append(contentsOf: bytes[position..<end])
            forward(end - position)
            endedWithBreak = scanLineBreak()
            breaks = scanBlockBreaks(indent: blockIndent)
            guard column == blockIndent && position < bytes.count else { break }
            // Folding joins two text lines with a space, unless either is more indented
            // (those keep their line breaks) or blank lines stand between them.
            if folded && leadingNonBlank && !peek().isBlank {
                if breaks == 0 { text.append(.space) }
            } else {
                text.append(.lf)
            }
        }
        if chomping != .strip && endedWithBreak { text.append(.lf) }
        if chomping == .keep { text.append(contentsOf: Array(repeating: .lf, count: breaks)) }
        return String(decoding: text, as: UTF8.self)
    }

    /// What happens to the final line break and trailing empty lines of a block scalar.
    enum Chomping { case clip, strip, keep }

    /// The chomping and indentation indicators, in either order, then a comment or line end.
    private mutating func scanBlockScalarHeader() throws(Diagnostic) -> (Chomping, Int?) {
        var chomping = Chomping.clip
        var increment: Int?
        func chompingIndicator(_ byte: UInt8) -> Chomping? {
            byte == .plus ? .keep : byte == .hyphen ? .strip : nil
        }
        if let value = chompingIndicator(peek()) {
            chomping = value
            forward()
            if (.zero ... .nine).contains(peek()) {
                increment = try scanIndentationIndicator()
            }
        } else if (.zero ... .nine).contains(peek()) {
            increment = try scanIndentationIndicator()
            if let value = chompingIndicator(peek()) {
                chomping = value
                forward()
            }
        }
        if !peek().isBlankOrBreakOrEnd {
            throw .yamlBadBlockIndicator(at: here)
        }
        while peek().isBlank { forward() }
        if peek() == .hash {
            while !peek().isBreakOrEnd { forward() }
        }
        if !peek().isBreakOrEnd {
            throw .yamlBlockHeaderTrailing(at: here)
        }
        scanLineBreak()
        return (chomping, increment)
    }

    private mutating func scanIndentationIndicator() throws(Diagnostic) -> Int {
        if peek() == .zero {
            throw .yamlZeroIndentationIndicator(at: here)
        }
        let value = Int(peek() - .zero)
        forward()
        return value
    }

    /// Leading empty lines of a block scalar without an indentation indicator, and the
    /// deepest indentation among them, which the content must at least have.
    private mutating func scanBlockIndentation() -> (breaks: Int, deepest: Int) {
        var breaks = 0
        var deepest = 0
        while true {
            if peek() == .space {
                forward()
                deepest = max(deepest, column)
            } else if peek().isBreak {
                scanLineBreak()
                breaks += 1
            } else {
                return (breaks, deepest)
            }
        }
    }

    /// Empty lines inside or after a block scalar, skipping indentation up to `indent`.
    private mutating func scanBlockBreaks(indent: Int) -> Int {
        var breaks = 0
        while column < indent && peek() == .space { forward() }
        while peek().isBreak {
            scanLineBreak()
            breaks += 1
            while column < indent && peek() == .space { forward() }
        }
        return breaks
    }
}

extension UInt8 {
    /// `,`, `[`, `]`, `{` or `}`: bytes that end a plain scalar inside a flow collection.
    var isFlowIndicator: Bool {
        self == .comma || self == .leftBracket || self == .rightBracket || self == .leftBrace || self == .rightBrace
    }
}
