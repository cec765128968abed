/// One token of a YAML document, as the scanner hands it to the parser.
///
/// Positions are 0-based inside the reader, as in PyYAML's marks, and become 1-based only
/// when a `SourceLocation` is made, so the scanner's indentation arithmetic stays simple.
struct YAMLToken: Sendable {
    /// What the token is.
    enum Kind: Sendable, Equatable {
        case streamEnd
        case documentStart
        case documentEnd
        case blockSequenceStart
        case blockMappingStart
        case blockEnd
        case flowSequenceStart
        case flowSequenceEnd
        case flowMappingStart
        case flowMappingEnd
        case blockEntry
        case flowEntry
        case key
        case value
        case scalar(String, Node.ScalarStyle)
    }

    /// What the token is.
    var kind: Kind
    /// The 0-based line where the token starts.
    var line: Int
    /// The 0-based column (in Unicode scalars) where the token starts.
    var column: Int

    /// Where an empty value that follows this token is placed: right after one-character
    /// indicators (`:`, `-`), at the start of the zero-width ones, as PyYAML's end marks are.
    var endColumn: Int {
        switch kind {
        case .value, .blockEntry, .flowEntry, .flowSequenceStart, .flowMappingStart,
             .flowSequenceEnd, .flowMappingEnd:
            column + 1
        default:
            column
        }
    }

    /// A short description of the token for error messages.
    var description: String {
        switch kind {
        case .streamEnd: "the end of the file"
        case .documentStart: "'---'"
        case .documentEnd: "'...'"
        case .blockSequenceStart: "a sequence entry"
        case .blockMappingStart: "a mapping key"
        case .blockEnd: "the end of a block collection"
        case .flowSequenceStart: "'['"
        case .flowSequenceEnd: "']'"
        case .flowMappingStart: "'{'"
        case .flowMappingEnd: "'}'"
        case .blockEntry: "'-'"
        case .flowEntry: "','"
        case .key: "a mapping key"
        case .value: "':'"
        case .scalar: "a scalar"
        }
    }
}
