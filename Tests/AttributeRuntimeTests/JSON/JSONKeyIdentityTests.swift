import Foundation
import Testing
@testable import AttributeRuntime

/// Object keys are identified by their exact UTF-8 bytes everywhere: the parser's duplicate
/// check, lookup, construction, equality and hashing, for small and large objects alike.
/// Canonically equivalent spellings (`é` and `e` + U+0301) are two different keys, as they are
/// to JSON and to the providers.
@Suite("JSON object key identity")
struct JSONKeyIdentityTests {
    /// Pairs of different byte sequences that Swift's `String ==` calls equal. The last two have
    /// the same UTF-8 length, so a length check cannot tell them apart.
    static let equivalentPairs: [(String, String)] = [
        ("\u{E9}", "e\u{301}"),
        ("\u{C5}", "\u{212B}"),
        ("\u{D55C}", "\u{1112}\u{1161}\u{11AB}"),
        ("\u{1E0A}\u{323}", "\u{1E0C}\u{307}"),
        ("e\u{301}\u{323}", "e\u{323}\u{301}"),
    ]

    /// The 33-member object of the issue: equality was not reflexive.
    static let issueInput = #"{"\u00e9":1,"e\u0301":2,"a":0,"b":0,"c":0,"d":0,"e":0,"f":0,"g":0,"h":0,"i":0,"j":0,"k":0,"l":0,"m":0,"n":0,"o":0,"p":0,"q":0,"r":0,"s":0,"t":0,"u":0,"v":0,"w":0,"x":0,"y":0,"z":0,"A":0,"B":0,"C":0,"D":0,"E":0}"#

    @Test("the issue's 33-member object equals itself and survives parse -> serialise -> parse")
    func issueRegression() throws {
        let value = try JSONValue(parsing: Self.issueInput)
        #expect(value == value)
        #expect(value.objectValue?.count == 33)
        #expect(value["\u{E9}"] == 1)
        #expect(value["e\u{301}"] == 2)
        for sortedKeys in [true, false] {
            let again = try JSONValue(parsing: value.serialized(sortedKeys: sortedKeys))
            #expect(again == value)
            #expect(again.hashValue == value.hashValue)
        }
    }

    @Test("equivalent keys are distinct members in small and large objects", arguments: [0, 40])
    func equivalentKeysAreDistinct(padding: Int) throws {
        for (first, second) in Self.equivalentPairs {
            // The pair sits after the padding, so large objects test the hashed duplicate check.
            var members = (0..<padding).map { #""k\#($0)":0"# }
            members += [#""\#(first)":1"#, #""\#(second)":2"#]
            let value = try JSONValue(parsing: "{" + members.joined(separator: ",") + "}")
            #expect(value.objectValue?.count == padding + 2)
            #expect(value[first] == 1)
            #expect(value[second] == 2)
            #expect(value == value)
            #expect(value != .object(JSONObject(members: padding, first: first, second: first)))
        }
    }

    @Test("an identical key is a duplicate in small and large objects", arguments: [0, 40])
    func identicalKeysAreDuplicates(padding: Int) {
        for (first, _) in Self.equivalentPairs {
            var members = (0..<padding).map { #""k\#($0)":0"# }
            members += [#""\#(first)":1"#, #""\#(first)":2"#]
            #expect(throws: JSONParseError.self) { try JSONValue(parsing: "{" + members.joined(separator: ",") + "}") }
        }
    }

    @Test("construction, lookup, assignment and removal use bytes")
    func objectAPI() {
        for (first, second) in Self.equivalentPairs {
            var object = JSONObject([(first, 1), (second, 2), (first, 3)] as [(String, JSONValue)])
            #expect(object.count == 2)
            #expect(object[first] == 3)
            #expect(object[second] == 2)
            object[second] = nil
            #expect(object.keys == [first])
            object[second] = 4
            #expect(object.keys == [first, second])
            #expect(object.index(forKey: second) == 1)
            let swapped = JSONObject([(second, 4), (first, 3)] as [(String, JSONValue)])
            #expect(object == swapped)
            #expect(object.hashValue == swapped.hashValue)
            #expect(object != JSONObject([(first, 4), (second, 3)] as [(String, JSONValue)]))
        }
    }

    @Test("large objects compare by bytes too")
    func largeObjectEquality() {
        let (first, second) = Self.equivalentPairs[0]
        let padding: [(String, JSONValue)] = (0..<40).map { ("k\($0)", 0) }
        let lhs = JSONObject(padding + [(first, 1), (second, 2)])
        let rhs = JSONObject(padding + [(second, 2), (first, 1)])
        let crossed = JSONObject(padding + [(first, 2), (second, 1)])
        #expect(lhs == rhs)
        #expect(lhs != crossed)
        #expect(JSONObject(padding + [(first, 1), ("x", 2)]) != JSONObject(padding + [(second, 1), ("x", 2)]))
    }

    // MARK: Property

    @Test("generated objects: v == v and parse(serialise(v)) == v, sorted and unsorted", arguments: [UInt64(1), 2, 3, 4])
    func generatedObjects(seed: UInt64) throws {
        var generator = SplitMix(seed: seed)
        for _ in 0..<150 {
            // Written as text and parsed, so members with equivalent keys reach the object as
            // the parser builds it, in every position of small and large objects.
            let (text, memberCount) = Self.randomObjectText(depth: 0, using: &generator)
            let value = try JSONValue(parsing: text)
            let object = try #require(value.objectValue)
            #expect(object.count == memberCount, "seed \(seed): \(text)")
            #expect(value == value)
            for sortedKeys in [true, false] {
                let bytes = value.serialized(sortedKeys: sortedKeys)
                let again = try JSONValue(parsing: bytes)
                #expect(again == value, "seed \(seed): \(text)")
                #expect(again.hashValue == value.hashValue)
                #expect(again.serialized(sortedKeys: sortedKeys) == bytes)
            }
            // Identical keys given to the initializer: the last value wins, order does not matter.
            var pairs = object.members.reversed().map { ($0.key, $0.value) }
            for member in object.members.prefix(3) { pairs.insert((member.key, .null), at: 0) }
            #expect(JSONObject(pairs) == object, "seed \(seed): \(text)")
        }
    }

    /// Keys drawn from a small pool, so that identical keys repeat and canonically equivalent
    /// spellings meet in one object.
    static let keyPool: [String] = equivalentPairs.flatMap { [$0.0, $0.1] } + ["a", "b", "Name", "", "\"", "\\", "\u{1F600}", "x y"]

    /// An object's JSON text with byte-distinct keys, and its member count.
    static func randomObjectText(depth: Int, using generator: inout SplitMix) -> (text: String, count: Int) {
        let wanted = Int.random(in: 0...(depth == 0 ? 70 : 12), using: &generator)
        var used: Set<[UInt8]> = []
        var members: [String] = []
        for index in 0..<wanted {
            let key = Bool.random(using: &generator)
                ? keyPool[Int.random(in: 0..<keyPool.count, using: &generator)]
                : "m\(index)"
            guard used.insert(Array(key.utf8)).inserted else { continue }
            members.append(quoted(key) + ":" + randomValueText(depth: depth + 1, using: &generator))
        }
        return ("{" + members.joined(separator: ",") + "}", members.count)
    }

    static func randomValueText(depth: Int, using generator: inout SplitMix) -> String {
        switch Int.random(in: 0..<(depth < 4 ? 7 : 5), using: &generator) {
        case 0: return "null"
        case 1: return Bool.random(using: &generator) ? "true" : "false"
        case 2: return String(Int64.random(in: -1_000_000...1_000_000, using: &generator))
        case 3: return quoted(keyPool[Int.random(in: 0..<keyPool.count, using: &generator)])
        case 4: return String(Double.random(in: -1e6...1e6, using: &generator))
        case 5: return "[" + (0..<Int.random(in: 0...4, using: &generator)).map { _ in randomValueText(depth: depth + 1, using: &generator) }.joined(separator: ",") + "]"
        default: return randomObjectText(depth: depth, using: &generator).text
        }
    }

    /// A JSON string literal; the pool only needs `"` and `\` escaped.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

extension JSONObject {
    /// `padding` members `k0`…, then `first: 1` and `second: 2`.
    fileprivate init(members padding: Int, first: String, second: String) {
        let pairs: [(String, JSONValue)] = (0..<padding).map { ("k\($0)", 0) }
        self.init(pairs + [(first, 1), (second, 2)])
    }
}
