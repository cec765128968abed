/// The singular of an UpperCamelCase list name, which names the element type of an
/// `UNORDERED_LIST_STRUCT` (`SecurityGroups` → `SecurityGroup`).
///
/// One rule for the last word of the name, with an exceptions table for the words the rule
/// gets wrong. `Tests/AttributeSpecTests/Naming/SingularTests.swift` checks it against the list
/// members of real AWS models.
public enum Singular {
    /// Plurals the suffix rules get wrong, lowercase, mapped to their lowercase singular:
    /// irregular plurals, Latin and Greek plurals, and words whose singular ends in a letter
    /// the rules would drop or keep wrongly (`caches`, not `cach`; `aliases`, not `aliase`).
    public static let exceptions: [String: String] = [
        // Irregular
        "children": "child", "people": "person", "men": "man", "women": "woman", "feet": "foot",
        "teeth": "tooth", "geese": "goose", "mice": "mouse",
        // Latin and Greek
        "indices": "index", "matrices": "matrix", "vertices": "vertex", "appendices": "appendix",
        "criteria": "criterion", "phenomena": "phenomenon", "analyses": "analysis", "axes": "axis",
        "crises": "crisis", "diagnoses": "diagnosis", "hypotheses": "hypothesis", "parentheses": "parenthesis",
        "syntheses": "synthesis", "theses": "thesis", "ellipses": "ellipsis", "synopses": "synopsis",
        // Singulars in -s that take -es
        "aliases": "alias", "biases": "bias", "canvases": "canvas", "atlases": "atlas", "gases": "gas",
        "lenses": "lens", "quizzes": "quiz",
        // Singulars in -che, -ie, -use, -f(e), -o that the -es, -ies, -uses and -s rules miss
        "caches": "cache", "niches": "niche", "headaches": "headache", "avalanches": "avalanche", "cliches": "cliche",
        "cookies": "cookie", "movies": "movie", "zombies": "zombie", "selfies": "selfie", "rookies": "rookie",
        "calories": "calorie", "ties": "tie", "lies": "lie", "pies": "pie", "genies": "genie",
        "fuses": "fuse", "muses": "muse", "excuses": "excuse", "abuses": "abuse",
        "misuses": "misuse", "refuses": "refuse", "ruses": "ruse",
        "leaves": "leaf", "halves": "half", "shelves": "shelf", "knives": "knife", "lives": "life",
        "wives": "wife", "wolves": "wolf", "selves": "self", "thieves": "thief", "calves": "calf", "loaves": "loaf",
        "heroes": "hero", "echoes": "echo", "vetoes": "veto", "potatoes": "potato", "tomatoes": "tomato",
        "torpedoes": "torpedo", "volcanoes": "volcano", "embargoes": "embargo", "dominoes": "domino",
    ]

    /// Words with no singular of their own (the same in both numbers, or uncountable), lowercase:
    /// a list of them has no singular name, and its element type takes `Item`.
    public static let invariants: Set<String> = [
        "series", "species", "news", "data", "metadata", "information", "info", "equipment", "feedback",
        "means", "headquarters", "chassis", "corps", "sheep", "fish", "deer", "aircraft", "software",
        "hardware", "firmware", "media", "analytics", "physics", "mathematics", "economics", "ethics",
        "logistics", "kudos", "tennis", "iris", "metropolis",
    ]

    /// The singular of an UpperCamelCase name, or `nil` when it has none distinct from the
    /// name (`Series`, `Data`, `Status`, or a name that does not look plural).
    ///
    /// Only the last word changes (`DBProxies` → `DBProxy`, `Ipv6Addresses` → `Ipv6Address`); a
    /// trailing acronym's plural drops its `s` (`VPCs` → `VPC`).
    public static func singular(of name: String) -> String? {
        let scalars = Array(name.unicodeScalars)
        guard let last = scalars.last else { return nil }
        if scalars.count >= 2, last == "s", isUppercase(scalars[scalars.count - 2]) {
            return String(String.UnicodeScalarView(scalars.dropLast()))
        }
        let start = scalars.lastIndex(where: isUppercase) ?? 0
        let word = String(String.UnicodeScalarView(scalars[start...]))
        guard let singular = singularOfWord(word.lowercased()) else { return nil }
        // The rules only drop or replace letters at the end, so the word keeps its first letter's
        // case; an exception's singular is lowercase and takes the word's first letter back.
        let head = String(String.UnicodeScalarView(scalars[..<start]))
        return head + String(scalars[start]) + String(singular.unicodeScalars.dropFirst())
    }

    /// The singular of one lowercase word, or `nil` when it has no distinct singular; tests
    /// pass an empty `table` to see what the rules alone give.
    static func singularOfWord(_ word: String, exceptions table: [String: String] = exceptions) -> String? {
        if let exception = table[word] { return exception }
        if invariants.contains(word) { return nil }
        if word.hasSuffix("ies"), word.count > 3 { return String(word.dropLast(3)) + "y" }  // policies
        if word.hasSuffix("sses") { return String(word.dropLast(2)) }  // addresses
        if word.hasSuffix("uses"), word.count > 4 {
            // A vowel before -uses keeps the e (causes, clauses, houses); a consonant marks a
            // Latin -us (statuses, buses, viruses).
            let beforeU = word.unicodeScalars.dropLast(4).last.map { "aeiou".unicodeScalars.contains($0) } ?? false
            return String(word.dropLast(beforeU ? 1 : 2))
        }
        if word.hasSuffix("xes") || word.hasSuffix("ches") || word.hasSuffix("shes") || word.hasSuffix("zzes") {
            return String(word.dropLast(2))  // boxes, patches, hashes, buzzes
        }
        if word.hasSuffix("sis") || word.hasSuffix("xis") { return nil }  // analysis, axis
        if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), word.count > 1 {
            return String(word.dropLast())  // groups, uris
        }
        return nil
    }

    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x41 && scalar.value <= 0x5A
    }
}
