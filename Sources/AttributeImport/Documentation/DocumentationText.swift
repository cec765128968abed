/// Turns a provider's HTML documentation into the plain text a reference page shows.
///
/// - Paragraphs (`<p>`, `<note>`, `<important>`, `<dt>`, `<dd>`, `<div>`, headings) become
///   paragraphs separated by a blank line; `<br>` starts a new paragraph.
/// - `<ul>`/`<ol>` items become Markdown list items (`- `), nested lists indented two spaces
///   per level; a second paragraph inside an item is indented under it.
/// - `<code>` becomes a Markdown code span, unless its text holds a backtick (a span could
///   not show it cleanly), in which case the text stays plain.
/// - Links keep their text; other tags (`<b>`, `<i>`, unknown ones) keep their content.
/// - Entities (`&lt;`, `&amp;`, `&#39;`, `&#x2019;`, `&nbsp;`…) are decoded; an unknown one stays as written.
/// - Runs of whitespace collapse to one space; control characters count as whitespace.
public enum DocumentationText {
    /// The plain text of `html`; empty when it holds no text.
    public static func plainText(fromHTML html: String) -> String {
        var converter = Converter()
        converter.run(Array(html.utf8))
        let text = converter.render()
        // What a YAML file may not hold becomes a space, as in `plainText(fromText:)`: the writer
        // escapes control characters but not U+FFFE or U+FFFF, and the spec must load back.
        guard text.unicodeScalars.contains(where: { isForbiddenInYAML($0.value) }) else { return text }
        var cleaned = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            cleaned.append(isForbiddenInYAML(scalar.value) ? " " : scalar)
        }
        return String(cleaned)
    }

    /// Plain documentation (another provider's front end may already have text): whitespace
    /// runs collapse within a line, and blank lines still separate paragraphs.
    public static func plainText(fromText text: String) -> String {
        // Characters a YAML file may not hold (other controls, U+FFFE, U+FFFF) count as spaces:
        // the written spec must load back.
        var cleaned = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            cleaned.append(isForbiddenInYAML(scalar.value) ? " " : scalar)
        }
        let paragraphs = String(cleaned).split(separator: "\n", omittingEmptySubsequences: false)
            .split { $0.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" } }
            .map { lines in lines.flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }) }.joined(separator: " ") }
            .filter { !$0.isEmpty }
        return paragraphs.joined(separator: "\n\n")
    }
}

/// Whether a YAML file may not hold `scalar` (YAML 1.2's printable set: tab, line feed and
/// carriage return are the only C0 controls; no DEL, no C1 controls but NEL, no U+FFFE or U+FFFF).
/// Line feeds are not forbidden; NEL is, here, since it would break a line the writer does not see.
func isForbiddenInYAML(_ scalar: UInt32) -> Bool {
    (scalar < 0x20 && scalar != 0x09 && scalar != 0x0A && scalar != 0x0D) || (0x7F...0x9F).contains(scalar)
        || scalar == 0xFFFE || scalar == 0xFFFF
}

/// One paragraph of output and where it stands.
private struct Block {
    enum Kind {
        /// A paragraph outside any list.
        case paragraph
        /// The first paragraph of a list item, at a nesting depth of 1 or more.
        case item(depth: Int)
        /// A later paragraph of a list item, indented under it.
        case continuation(depth: Int)
    }

    var kind: Kind
    var text: [UInt8]
}

private struct Converter {
    var blocks: [Block] = []
    /// The paragraph being collected.
    var inline: [UInt8] = []
    /// Whitespace was seen since the last character of `inline`.
    var pendingSpace = false
    /// The text of the code span being collected, when inside `<code>`.
    var code: [UInt8]?
    var codePendingSpace = false
    var codeDepth = 0
    var listDepth = 0
    /// Open list items: their depth and whether their first paragraph was written.
    var items: [(depth: Int, started: Bool)] = []

    static let blockTags: Set<String> = [
        "p", "div", "note", "important", "dt", "dd", "dl", "pre", "br", "h1", "h2", "h3", "h4", "h5", "h6",
        "examples", "example", "title", "fullname", "blockquote", "table", "tr",
    ]

    mutating func run(_ bytes: [UInt8]) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), let end = tagEnd(bytes, from: index) {
                tag(bytes[(index + 1)..<end])
                index = end + 1
            } else if byte == UInt8(ascii: "&"), let (scalar, length) = entity(bytes, from: index) {
                appendScalar(scalar)
                index += length
            } else if byte <= 0x20 || byte == 0x7F {
                appendSpace()
                index += 1
            } else {
                appendByte(byte)
                index += 1
            }
        }
        flushParagraph()
    }

    /// The index of the `>` closing a tag that starts at `start`, when the `<` opens a tag
    /// (a letter, `/` or `!` follows); `nil` for a literal `<` such as `a < b`.
    func tagEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        guard start + 1 < bytes.count else { return nil }
        let next = bytes[start + 1]
        let isLetter = (next | 0x20) >= UInt8(ascii: "a") && (next | 0x20) <= UInt8(ascii: "z")
        guard isLetter || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") else { return nil }
        var index = start + 1
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: ">") { return index }
            if bytes[index] == UInt8(ascii: "<") { return nil }
            index += 1
        }
        return nil
    }

    mutating func tag(_ content: ArraySlice<UInt8>) {
        guard let first = content.first, first != UInt8(ascii: "!") else { return }
        let closing = first == UInt8(ascii: "/")
        let nameBytes = content.dropFirst(closing ? 1 : 0).prefix { byte in
            (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || (byte >= 0x30 && byte <= 0x39)
        }
        let name = String(decoding: nameBytes, as: UTF8.self).lowercased()
        let selfClosing = content.last == UInt8(ascii: "/")
        switch name {
        case "code":
            if closing { closeCode() } else if !selfClosing { openCode() }
        case "ul", "ol":
            flushParagraph()
            if closing {
                listDepth = max(0, listDepth - 1)
                while let last = items.last, last.depth > listDepth { items.removeLast() }
            } else if !selfClosing {
                listDepth += 1
            }
        case "li":
            flushParagraph()
            if closing {
                if !items.isEmpty { items.removeLast() }
            } else if !selfClosing {
                items.append((max(1, listDepth), false))
            }
        default:
            if Self.blockTags.contains(name) { flushParagraph() }
        }
    }

    mutating func openCode() {
        codeDepth += 1
        guard codeDepth == 1 else { return }
        code = []
        codePendingSpace = false
    }

    mutating func closeCode() {
        guard codeDepth > 0 else { return }
        codeDepth -= 1
        guard codeDepth == 0, let text = code else { return }
        code = nil
        guard !text.isEmpty else { return }
        if text.contains(UInt8(ascii: "`")) {
            appendWord(text)
        } else {
            appendWord([UInt8(ascii: "`")] + text + [UInt8(ascii: "`")])
        }
    }

    mutating func appendSpace() {
        if code != nil {
            if !(code?.isEmpty ?? true) { codePendingSpace = true }
        } else if !inline.isEmpty {
            pendingSpace = true
        }
    }

    mutating func appendByte(_ byte: UInt8) {
        if code != nil {
            if codePendingSpace { code?.append(UInt8(ascii: " ")) }
            codePendingSpace = false
            code?.append(byte)
        } else {
            appendWord([byte])
        }
    }

    mutating func appendScalar(_ scalar: Unicode.Scalar) {
        if scalar.value <= 0x20 || scalar.value == 0xA0 || scalar.value == 0x7F {
            appendSpace()
            return
        }
        for byte in String(scalar).utf8 { appendByte(byte) }
    }

    mutating func appendWord(_ bytes: [UInt8]) {
        if pendingSpace, !inline.isEmpty { inline.append(UInt8(ascii: " ")) }
        pendingSpace = false
        inline.append(contentsOf: bytes)
    }

    mutating func flushParagraph() {
        if code != nil { closeCodeAbruptly() }
        pendingSpace = false
        guard !inline.isEmpty else { return }
        let kind: Block.Kind
        if let last = items.last {
            kind = last.started ? .continuation(depth: last.depth) : .item(depth: last.depth)
            items[items.count - 1].started = true
        } else {
            kind = .paragraph
        }
        blocks.append(Block(kind: kind, text: inline))
        inline = []
    }

    /// A block tag inside an unclosed `<code>`: end the span there rather than lose its text.
    mutating func closeCodeAbruptly() {
        codeDepth = 1
        closeCode()
    }

    /// `&amp;` and friends: the scalar and the entity's length in bytes.
    func entity(_ bytes: [UInt8], from start: Int) -> (Unicode.Scalar, Int)? {
        var end = start + 1
        while end < bytes.count, end - start <= 10, bytes[end] != UInt8(ascii: ";") { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ";") else { return nil }
        let name = String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
        let length = end - start + 1
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return (scalar, length)
        }
        let named: [String: Unicode.Scalar] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
            "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
            "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "copy": "\u{A9}", "reg": "\u{AE}",
            "trade": "\u{2122}",
        ]
        guard let scalar = named[name] else { return nil }
        return (scalar, length)
    }

    func render() -> String {
        var output: [UInt8] = []
        var previous: Block.Kind?
        for block in blocks {
            let indentation: Int
            var marker: [UInt8] = []
            switch block.kind {
            case .paragraph:
                indentation = 0
            case .item(let depth):
                indentation = 2 * (depth - 1)
                marker = Array("- ".utf8)
            case .continuation(let depth):
                indentation = 2 * depth
            }
            if let previous {
                // List items follow each other (and the paragraphs of a list) line by line;
                // every other paragraph is set off by a blank line.
                var blank = true
                if case .item = block.kind {
                    if case .paragraph = previous {} else { blank = false }
                }
                output.append(UInt8(ascii: "\n"))
                if blank { output.append(UInt8(ascii: "\n")) }
            }
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indentation))
            output.append(contentsOf: marker)
            output.append(contentsOf: block.text)
            previous = block.kind
        }
        return String(decoding: output, as: UTF8.self)
    }
}
