/// Every rule that turns spec names into Swift identifiers, in one place (acronyms: `Acronyms`).
///
/// The validator applies it once, rejecting names that collide or cannot be represented and
/// keeping the names it decided in the `ValidatedSpec`; later stages read those names rather
/// than apply the rules again, so a spec that validates always produces code that compiles.
public enum SwiftNaming {
    /// Keywords that must be wrapped in backticks when used as a property or parameter name.
    public static let keywords: Set<String> = [
        // Declarations
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension",
        "fileprivate", "func", "import", "init", "inout", "internal", "let", "nonisolated",
        "open", "operator", "package", "private", "precedencegroup", "protocol", "public",
        "rethrows", "static", "struct", "subscript", "typealias", "var",
        // Statements
        "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough",
        "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while",
        // Expressions and types
        "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true",
        "try", "_",
    ]

    /// Type names a generated nested type may not take: they are keywords in type position,
    /// members every generated type already declares, or the modules generated code qualifies
    /// standard names with (a nested `Foundation` would turn `Foundation.Date` into a lookup
    /// inside that type).
    public static let reservedTypeNames: Set<String> = [
        "Any", "Self", "Type", "Protocol", "CodingKeys",
        "Swift", "Foundation", "AttributeRuntime",
    ]

    /// Words no generated type may be named, even in backticks in every place it appears:
    /// the keywords, and the contextual keywords that start a type (`extension any` and
    /// `extension some` do not parse).
    public static let typeKeywords: Set<String> = keywords.union(["any", "some", "each"])

    /// Property names Swift forbids for members, backticks or not: `x.Type` and `x.Protocol`
    /// name metatypes.
    public static let reservedMemberNames: Set<String> = ["Type", "Protocol"]

    /// Whether `name` is lowercase snake_case: one or more of `a`–`z`, `0`–`9` and `_`.
    public static func isSnakeCase(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }
    }

    /// Whether `name` is a plain ASCII Swift identifier: letters, digits and `_`, not starting
    /// with a digit. Keywords count as identifiers; they are escaped where used.
    public static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.utf8.first, !isDigit(first) else { return false }
        return name.utf8.allSatisfy { isLetter($0) || isDigit($0) || $0 == 0x5F }
    }

    /// The words of a snake_case name, without empty words: `foo__bar` → `["foo", "bar"]`.
    static func words(_ snake: String) -> [Substring] {
        snake.split(separator: "_")
    }

    /// The lowerCamelCase form of a snake_case name, or `nil` when no Swift identifier can
    /// represent it (`_`, `3d_model`).
    ///
    /// The first word stays as written, acronym or not (`id`, `arn_suffix` → `arnSuffix`); each
    /// later word is capitalised, or spelled as `Acronyms` has it with `.apiGuidelines`
    /// (`s3_uri` → `s3URI`, `kms_key_id` → `kmsKeyID`).
    public static func propertyName(forSnakeCase snake: String, acronyms: AcronymStyle) -> String? {
        camelCase(snake, acronyms: acronyms, capitalizingFirstWord: false)
    }

    /// The UpperCamelCase form of a snake_case name (`input_config` → `InputConfig`,
    /// `aws_sagemaker_compilation_job` → `AWSSagemakerCompilationJob` with `.apiGuidelines`),
    /// or `nil` when no Swift identifier can represent it.
    public static func typeName(forSnakeCase snake: String, acronyms: AcronymStyle) -> String? {
        camelCase(snake, acronyms: acronyms, capitalizingFirstWord: true)
    }

    /// The words of `snake` joined, each after the first (or each, when `capitalizingFirstWord`)
    /// capitalised or spelled as an acronym; built as UTF-8 in one buffer, since the validator
    /// names every attribute of a catalog this way.
    private static func camelCase(_ snake: String, acronyms: AcronymStyle, capitalizingFirstWord: Bool) -> String? {
        let parts = words(snake)
        guard let first = parts.first, let lead = first.utf8.first, !isDigit(lead) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(snake.utf8.count + 4)
        for (index, word) in parts.enumerated() {
            if index == 0, !capitalizingFirstWord {
                bytes.append(contentsOf: word.utf8)
            } else if acronyms == .apiGuidelines, let acronym = Acronyms.spelling(of: word) {
                bytes.append(contentsOf: acronym.utf8)
            } else if let lead = word.utf8.first, lead < 0x80 {
                bytes.append(asciiUppercased(lead))
                bytes.append(contentsOf: word.utf8.dropFirst())
            } else {
                bytes.append(contentsOf: capitalized(word).utf8)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The type name for a Swift property name: `jobARN` → `JobARN`.
    public static func typeName(forProperty property: String) -> String {
        capitalized(Substring(property))
    }

    /// The name of the element type of a list of structs, from the list's type name: its
    /// singular (`SecurityGroups` → `SecurityGroup`, `Caches` → `Cache`, `Policies` → `Policy`),
    /// or, for a name without one, the name and `Item` (`Data` → `DataItem`, `Series` → `SeriesItem`).
    public static func elementTypeName(forListType list: String) -> String {
        Singular.singular(of: list) ?? list + "Item"
    }

    /// `name` as it must be written where a property or parameter name stands: keywords in
    /// backticks (`` `default` ``).
    public static func escapedIdentifier(_ name: String) -> String {
        keywords.contains(name) ? "`\(name)`" : name
    }

    /// `name` where it stands as an argument label in a call: Swift accepts any keyword there
    /// except `inout`, and warns about needless backticks on the others (`var` and `let`
    /// included: `S(var: 1)` compiles, `` S(`var`: 1) `` warns).
    public static func argumentLabel(_ name: String) -> String {
        name == "inout" ? "`inout`" : name
    }

    /// The private stored property behind a deprecated property (`_oldName`): generated code
    /// (initialisers, Codable, mappers) reads and writes it, so using the deprecated public
    /// accessor is left to consumers and the generated file compiles without warnings.
    public static func deprecatedStorageName(forProperty property: String) -> String {
        "_" + property
    }

    /// The internal name of the initialiser parameter that sets `property`.
    ///
    /// It is the property's own name, except for `self`: a parameter named `self` would hide
    /// `self` in the initialiser's body and make `self.x = x` assign to the parameter. The
    /// replacement avoids every name in `others`, the type's other property names.
    public static func parameterName(forProperty property: String, avoiding others: Set<String>) -> String {
        guard property == "self" else { return property }
        var name = "selfValue"
        var counter = 2
        while others.contains(name) {
            name = "selfValue\(counter)"
            counter += 1
        }
        return name
    }

    /// Assigns unique, declarable type names to the nested types of one level, in order:
    /// a name already taken gets `Item`, then a number, appended.
    ///
    /// - Parameters:
    ///   - candidates: the wanted names, one per nested type, in spec order.
    ///   - taken: names already used at this level (the enclosing type's own name, for example).
    public static func uniqueTypeNames(_ candidates: [String], avoiding taken: Set<String> = []) -> [String] {
        var used: Set<String> = []
        func isTaken(_ name: String) -> Bool {
            used.contains(name) || taken.contains(name) || reservedTypeNames.contains(name)
        }
        return candidates.map { wanted in
            var name = wanted
            if isTaken(name) { name = wanted + "Item" }
            var counter = 2
            while isTaken(name) {
                name = wanted + "Item\(counter)"
                counter += 1
            }
            used.insert(name)
            return name
        }
    }

    private static func capitalized(_ word: Substring) -> String {
        if let lead = word.utf8.first, word.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes = Array(word.utf8)
            bytes[0] = asciiUppercased(lead)
            return String(decoding: bytes, as: UTF8.self)
        }
        guard let first = word.first else { return "" }
        return first.uppercased() + word.dropFirst()
    }

    private static func asciiUppercased(_ byte: UInt8) -> UInt8 { byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}

extension SwiftNaming {
    /// Whether `name` can be declared as a property or type: an identifier other than `_`,
    /// which Swift reserves for discarding values even in backticks.
    public static func isDeclarableIdentifier(_ name: String) -> Bool {
        isIdentifier(name) && name != "_"
    }
}
