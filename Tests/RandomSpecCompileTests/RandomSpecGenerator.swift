import AttributeSpec

/// Random VALID specs (as JSON text) that push on naming and rendering: every type, nesting,
/// lists of structs, names that are Swift keywords or shadow standard and runtime types,
/// sibling names that differ only in underscores or in case, long and hostile descriptions,
/// `swift_name` overrides at every level, `element_swift_name`, `timestamp_format` on tables and
/// timestamps, provider paths with odd (but allowed) characters.
///
/// "Valid" means lint clean: the generator keeps sibling names, provider names and derived
/// Swift names unique, and provider names inside the provider path grammar (`ProviderPath`), as
/// the spec rules require, so any spec it produces must load without a single diagnostic; the
/// test checks that before compiling. Swift names are derived with the default acronym style
/// (`.apiGuidelines`), as the validator derives them.
struct RandomSpecGenerator {
    var random: SplitMix
    /// The table's name; also the file's base name.
    let resource: String

    /// Words names are made of: keywords, standard and runtime type names in snake_case,
    /// names of members every generated type has, and plain words.
    static let words = [
        "id", "name", "type", "self", "class", "struct", "init", "deinit", "string", "int", "int32", "int64",
        "date", "error", "data", "value", "values", "keys", "coding", "description", "hash", "hash_value",
        "protocol", "any", "some", "async", "await", "throws", "default", "case", "enum", "optional",
        "array", "dictionary", "bool", "double", "float", "s3", "uri", "arn", "2", "x", "foundation", "swift",
        "attribute", "runtime", "mapping", "reader", "writer", "provider", "json", "encoder", "decoder",
        "codable", "hashable", "sendable", "set", "get", "inout", "var", "let", "where", "in", "is", "as",
        "true", "false", "nil", "super", "package", "public", "internal", "private", "open", "static",
        "subscript", "operator", "import", "func", "return", "repeat", "while", "for", "if", "else",
        "guard", "defer", "do", "catch", "try", "throw", "switch", "policies", "addresses", "status", "data_item",
    ]

    /// Swift names that shadow standard library, Foundation and runtime names, or are keywords
    /// in backticks position, for `swift_name` overrides.
    static let shadowingNames = [
        "String", "Int", "Int32", "Int64", "Bool", "Double", "Float", "Date", "Data", "Error", "Optional",
        "Array", "Dictionary", "Set", "Codable", "Decodable", "Encodable", "Hashable", "Sendable", "Decoder",
        "Encoder", "CodingKey", "Hasher", "Equatable", "JSONValue", "JSONObject", "ProviderReader",
        "ProviderWriter", "ProviderMappable", "MappingContext", "Timestamp", "Never", "Void", "URL",
        "class", "self", "init", "default", "Type", "value", "Value", "VALUE", "type", "deinit", "some", "any",
    ]

    static let scalarTypes = [
        "STRING", "INT32", "INT64", "BOOLEAN", "DOUBLE", "FLOAT", "TIMESTAMP",
        "UNORDERED_LIST_STRING", "UNORDERED_LIST_INT32", "MAP_STRING_STRING",
    ]

    /// Pieces of hostile description text: comment and string delimiters, Markdown, control
    /// characters, line and paragraph separators, bidirectional overrides, emoji, escapes.
    static let hostileText = [
        "*/", "/*", "//", "///", "\"\"\"", "\"", "\\", "\\(x)", "#\"", "`", "``", "```swift\nfatalError()\n```",
        "\n", "\n\n", "\r\n", "\t", "- item\n- item", "1. first", "| a | b |\n|---|---|", "<!-- -->", "<b>",
        "[link](x)", "# Heading", "\u{0}", "\u{1}", "\u{1B}[31m", "\u{7F}", "\u{85}", "\u{2028}", "\u{2029}",
        "\u{202E}", "\u{FEFF}", "\u{200B}", "é", "e\u{301}", "😀", "𝔘", "#if false", "#endif", "}", "{", "@", "$0",
        "%s", "&&", "<#placeholder#>", "-->",
    ]

    init(seed: UInt64, index: Int) {
        random = SplitMix(seed: seed)
        resource = "spec\(index)_" + Self.words.filter { !$0.contains("_") }.randomElement(using: &random).map { $0 == "2" ? "two" : $0 }!
    }

    /// The spec as JSON text.
    mutating func specJSON(topLevelSwiftName: String?) -> String {
        var members: [(String, String)] = [("resource", quoted(resource))]
        if chance(0.7) { members.append(("description", quoted(description()))) }
        if let topLevelSwiftName { members.append(("swift_name", quoted(topLevelSwiftName))) }
        if chance(0.3) { members.append(("timestamp_format", quoted(timestampFormat()))) }
        members.append(("attributes", level(depth: 0, count: Int.random(in: 1...9, using: &random))))
        return object(members, indent: "")
    }

    /// One level of attributes with unique names, provider names and Swift names.
    private mutating func level(depth: Int, count: Int) -> String {
        var names = Set<String>()
        var swiftNames = Set<String>()
        var providerNames = Set<String>()
        var items: [String] = []
        var attempts = 0
        while items.count < count, attempts < count * 20 {
            attempts += 1
            let name = attributeName(siblings: Array(names))
            guard !names.contains(name) else { continue }
            var swiftName: String?
            if chance(0.2) {
                swiftName = Self.shadowingNames.randomElement(using: &random)
                // `var Type` and `var Protocol` are errors, which the validator reports.
                if let name = swiftName, SwiftNaming.reservedMemberNames.contains(name) { continue }
            }
            guard let property = swiftName ?? SwiftNaming.propertyName(forSnakeCase: name, acronyms: .apiGuidelines), !swiftNames.contains(property) else { continue }
            var provider: String?
            if chance(0.75) {
                provider = providerName(for: name)
                if let candidate = provider, providerConflicts(candidate, with: providerNames) { continue }
            }
            names.insert(name)
            swiftNames.insert(property)
            if let provider { providerNames.insert(provider) }
            items.append(attribute(name: name, swiftName: swiftName, provider: provider, depth: depth))
        }
        let indent = String(repeating: "  ", count: depth * 2 + 1)
        return "[\n" + items.map { indent + "  " + $0 }.joined(separator: ",\n") + "\n\(indent)]"
    }

    private mutating func attribute(name: String, swiftName: String?, provider: String?, depth: Int) -> String {
        let indent = String(repeating: "  ", count: depth * 2 + 2)
        let nests = depth < 4 && chance(depth == 0 ? 0.35 : 0.25)
        let type = nests ? (chance(0.5) ? "STRUCT" : "UNORDERED_LIST_STRUCT") : Self.scalarTypes.randomElement(using: &random)!
        var members: [(String, String)] = [("name", quoted(name)), ("type", quoted(type))]
        if let provider { members.append(("provider_name", quoted(provider))) }
        if let swiftName { members.append(("swift_name", quoted(swiftName))) }
        if type == "TIMESTAMP", chance(0.4) { members.append(("timestamp_format", quoted(timestampFormat()))) }
        // An element type name of one's own, sometimes one a sibling's type or property has:
        // the validator moves the element type out of the way.
        if type == "UNORDERED_LIST_STRUCT", chance(0.3),
           let element = Self.shadowingNames.randomElement(using: &random),
           SwiftNaming.isDeclarableIdentifier(element), !SwiftNaming.reservedTypeNames.contains(element),
           !SwiftNaming.typeKeywords.contains(element) {
            members.append(("element_swift_name", quoted(element)))
        }
        if chance(0.5) { members.append(("description", quoted(description()))) }
        if type == "STRING" || type == "UNORDERED_LIST_STRING", chance(0.3) { members.append(("values", knownValues())) }
        if nests { members.append(("fields", level(depth: depth + 1, count: Int.random(in: 1...5, using: &random)))) }
        return object(members, indent: indent)
    }

    /// A snake_case name: one to three words, sometimes a sibling's name with its underscores
    /// moved, doubled, or dropped (which the Swift name must still tell apart).
    private mutating func attributeName(siblings: [String]) -> String {
        if let sibling = siblings.randomElement(using: &random), chance(0.3) {
            switch Int.random(in: 0..<3, using: &random) {
            case 0: return sibling.replacingUnderscores(with: "")
            case 1: return sibling.replacingUnderscores(with: "__")
            default: return sibling + "_"
            }
        }
        let count = Int.random(in: 1...3, using: &random)
        var parts: [String] = []
        for _ in 0..<count { parts.append(Self.words.randomElement(using: &random)!) }
        let name = parts.joined(separator: "_")
        // A leading digit or underscore has no Swift form; such names are the validator's
        // business (unrepresentable), not this generator's.
        guard let first = name.utf8.first, first >= 0x61, first <= 0x7A else { return "n" + name }
        return name
    }

    /// An open set of one to six known values, spelled as providers spell them and as Swift
    /// cannot take them as they are (keywords, leading digits, dots, reserved names, non-ASCII,
    /// quotes), each with a distinct constant so that the spec validates without warnings. Open
    /// only: a closed set is a JSON Schema `enum`, which the store tests' decoder parity excludes.
    private mutating func knownValues() -> String {
        var values: [String] = []
        var constants: Set<String> = []
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            let value = Self.valueSpellings.randomElement(using: &random)!
            guard let constant = SwiftNaming.valueConstantName(for: value), constants.insert(constant).inserted else { continue }
            values.append(value)
        }
        return "[" + values.map { chance(0.3) ? "{\"value\": \(quoted($0)), \"description\": \(quoted(description()))}" : quoted($0) }
            .joined(separator: ", ") + "]"
    }

    static let valueSpellings = [
        "IN_PROGRESS", "COMPLETED", "Failed", "InService", "t2.micro", "ml.p4d.24xlarge", "x86_64", "1.0", "2",
        "default", "self", "init", "Type", "allValues", "isClosed", "é-accent", "quote\"d", "back\\slash", "a b", "ON", "null",
    ]

    /// A `timestamp_format` value.
    private mutating func timestampFormat() -> String {
        TimestampFormat.allCases.randomElement(using: &random)!.rawValue
    }

    /// Provider names: the UpperCamel form, its case variants, dotted paths, odd characters
    /// (anything but `[`, `]`, white space and control characters, which a provider path's
    /// key may not hold).
    private mutating func providerName(for name: String) -> String {
        let camel = SwiftNaming.typeName(forSnakeCase: name, acronyms: .apiGuidelines) ?? name
        switch Int.random(in: 0..<7, using: &random) {
        case 0: return camel
        case 1: return camel.lowercased()
        case 2: return camel.uppercased()
        case 3: return "properties." + camel
        case 4: return camel + ".inner." + name
        case 5: return name + "-\u{e9}$\"\\:/@#'"
        default: return camel + "." + name + "-\u{1F600}\u{301}"
        }
    }

    /// Two provider paths conflict when equal, or when one is a dotted prefix of the other
    /// (a value and an object at the same place).
    private func providerConflicts(_ path: String, with others: Set<String>) -> Bool {
        others.contains { $0 == path || $0.hasPrefix(path + ".") || path.hasPrefix($0 + ".") || $0.split(separator: ".").first == path.split(separator: ".").first }
    }

    private mutating func description() -> String {
        var text = ""
        let pieces = chance(0.1) ? Int.random(in: 100...400, using: &random) : Int.random(in: 1...12, using: &random)
        for _ in 0..<pieces {
            text += chance(0.5) ? Self.hostileText.randomElement(using: &random)! : Self.words.randomElement(using: &random)!
            text += chance(0.6) ? " " : ""
        }
        return text
    }

    private mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &random) < probability
    }

    private func object(_ members: [(String, String)], indent: String) -> String {
        "{\n" + members.map { "\(indent)  \(quoted($0.0)): \($0.1)" }.joined(separator: ",\n") + "\n\(indent)}"
    }

    /// A JSON string literal; every control character escaped.
    func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

extension String {
    fileprivate func replacingUnderscores(with replacement: String) -> String {
        split(separator: "_", omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
