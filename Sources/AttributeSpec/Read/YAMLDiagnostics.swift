/// The messages the YAML reader raises, each one sentence with its location.
///
/// Kept together because the scanner, the parser and the input check all raise them, and a
/// reader of the corpus can see every message the reader can produce in one place.
extension Diagnostic {
    static func yamlInvalidUTF8(at location: SourceLocation) -> Diagnostic {
        .error("invalid UTF-8 byte sequence", at: location)
    }

    static func yamlForbiddenCharacter(_ scalar: UInt32, at location: SourceLocation) -> Diagnostic {
        .error("control character \(unicodeName(scalar)) is not allowed in YAML", at: location)
    }

    static func yamlTabIndentation(at location: SourceLocation) -> Diagnostic {
        .error("tabs are not allowed for indentation", at: location)
    }

    static func yamlUnsupported(_ feature: String, at location: SourceLocation) -> Diagnostic {
        .error("\(feature) are not supported", at: location)
    }

    static func yamlUnexpectedCharacter(_ scalar: UInt32, at location: SourceLocation) -> Diagnostic {
        .error("character \(printable(scalar)) cannot start any token", at: location)
    }

    static func yamlMissingColon(at location: SourceLocation) -> Diagnostic {
        .error("could not find expected ':' after this mapping key", at: location)
    }

    static func yamlMappingValueNotAllowed(at location: SourceLocation) -> Diagnostic {
        .error("mapping values are not allowed here", at: location)
    }

    static func yamlSequenceEntryNotAllowed(at location: SourceLocation) -> Diagnostic {
        .error("sequence entries are not allowed here", at: location)
    }

    static func yamlBlockEntryInFlow(at location: SourceLocation) -> Diagnostic {
        .error("block sequence entries are not allowed inside a flow collection", at: location)
    }

    static func yamlUnmatchedFlowEnd(_ bracket: String, at location: SourceLocation) -> Diagnostic {
        .error("'\(bracket)' without a matching opening bracket", at: location)
    }

    static func yamlMissingKey(at location: SourceLocation) -> Diagnostic {
        .error("mapping value without a key", at: location)
    }

    static func yamlTooDeep(_ limit: Int, at location: SourceLocation) -> Diagnostic {
        .error("the document is nested deeper than \(limit) levels", at: location)
    }

    static func yamlUnterminatedQuote(double: Bool, at location: SourceLocation) -> Diagnostic {
        .error("unterminated \(double ? "double" : "single")-quoted scalar", at: location)
    }

    static func yamlDocumentMarkerInScalar(at location: SourceLocation) -> Diagnostic {
        .error("document marker inside a quoted scalar", at: location)
    }

    static func yamlUnknownEscape(_ scalar: UInt32, at location: SourceLocation) -> Diagnostic {
        .error("unknown escape sequence '\\\(printable(scalar, quoted: false))'", at: location)
    }

    static func yamlBadHexEscape(digits: Int, at location: SourceLocation) -> Diagnostic {
        .error("escape sequence needs \(digits) hexadecimal digits", at: location)
    }

    static func yamlInvalidEscapedScalar(_ value: UInt32, at location: SourceLocation) -> Diagnostic {
        .error("escape sequence names U+\(hex(value)), which is not a Unicode scalar", at: location)
    }

    static func yamlBadBlockIndicator(at location: SourceLocation) -> Diagnostic {
        .error("expected chomping or indentation indicators after a block scalar indicator", at: location)
    }

    static func yamlZeroIndentationIndicator(at location: SourceLocation) -> Diagnostic {
        .error("indentation indicator must be between 1 and 9", at: location)
    }

    static func yamlBlockHeaderTrailing(at location: SourceLocation) -> Diagnostic {
        .error("expected a comment or a line break after a block scalar header", at: location)
    }

    static func yamlDuplicateKey(_ key: String, first: SourceLocation, at location: SourceLocation) -> Diagnostic {
        .error("duplicate key '\(key)'", at: location, note: "first defined here", noteLocation: first)
    }

    static func yamlNonScalarKey(at location: SourceLocation) -> Diagnostic {
        .error("mapping keys must be scalars", at: location)
    }

    static func yamlMultipleDocuments(at location: SourceLocation) -> Diagnostic {
        .error("multiple documents are not supported", at: location)
    }

    static func yamlContentAfterDocumentEnd(at location: SourceLocation) -> Diagnostic {
        .error("content after the document end marker '...'", at: location)
    }

    static func yamlBadIndentation(at location: SourceLocation) -> Diagnostic {
        .error("bad indentation of a mapping or sequence entry", at: location)
    }

    static func yamlUnexpected(_ found: String, expected: String, at location: SourceLocation) -> Diagnostic {
        .error("expected \(expected), but found \(found)", at: location)
    }

    static func yamlUnterminatedFlow(sequence: Bool, at location: SourceLocation) -> Diagnostic {
        .error("unterminated flow \(sequence ? "sequence" : "mapping")", at: location)
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private static func unicodeName(_ scalar: UInt32) -> String { "U+\(hex(scalar))" }

    /// Shows a character in quotes when it can be read, by code point when it cannot.
    private static func printable(_ scalar: UInt32, quoted: Bool = true) -> String {
        if scalar > 0x20, scalar != 0x7F, let value = Unicode.Scalar(scalar) {
            return quoted ? "'\(Character(value))'" : String(Character(value))
        }
        return unicodeName(scalar)
    }
}
