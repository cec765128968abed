/// The members of a JSON object, unique by key, in the order they were read or inserted.
///
/// Stored as one array of pairs: provider objects rarely have more than a few dozen keys, and a
/// linear scan over them is cheaper than building a hash table for every object of every
/// payload. Equality and hashing ignore member order, as JSON object semantics require.
public struct JSONObject: Hashable, Sendable {
    /// One key/value pair.
    public struct Member: Hashable, Sendable {
        /// The key.
        public var key: String
        /// The value.
        public var value: JSONValue

        /// Creates a member.
        public init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The members in order; keys are unique.
    public private(set) var members: [Member]

    /// Creates an empty object.
    public init() {
        members = []
    }

    /// Creates an object from key/value pairs; a repeated key keeps its last value.
    public init(_ pairs: some Sequence<(String, JSONValue)>) {
        members = []
        // A position table keeps building large objects linear; the subscript would be quadratic.
        var positions: [String: Int] = [:]
        for (key, value) in pairs {
            if let position = positions[key] {
                members[position].value = value
            } else {
                positions[key] = members.count
                members.append(Member(key: key, value: value))
            }
        }
    }

    /// Wraps members the parser has already checked for unique keys.
    init(uniqueMembers: [Member]) {
        members = uniqueMembers
    }

    /// The number of members.
    public var count: Int { members.count }

    /// Whether the object has no members.
    public var isEmpty: Bool { members.isEmpty }

    /// The keys in member order.
    public var keys: [String] { members.map(\.key) }

    /// The value for `key`; setting `nil` removes the member, setting a new key appends it.
    public subscript(key: String) -> JSONValue? {
        get {
            index(forKey: key).map { members[$0].value }
        }
        set {
            if let index = index(forKey: key) {
                if let newValue {
                    members[index].value = newValue
                } else {
                    members.remove(at: index)
                }
            } else if let newValue {
                members.append(Member(key: key, value: newValue))
            }
        }
    }

    /// The position of `key` in `members`.
    public func index(forKey key: String) -> Int? {
        // Comparing byte counts first rejects most keys without a full string comparison.
        let count = key.utf8.count
        for index in members.indices {
            let candidate = members[index].key
            if candidate.utf8.count == count, candidate == key { return index }
        }
        return nil
    }

    /// Changes the value at `key` in place, starting from `null` when absent, without copying
    /// the value: the writer builds nested objects through this.
    mutating func modifyValue<Result>(forKey key: String, _ body: (inout JSONValue) -> Result) -> Result {
        let index: Int
        if let existing = self.index(forKey: key) {
            index = existing
        } else {
            members.append(Member(key: key, value: .null))
            index = members.count - 1
        }
        return body(&members[index].value)
    }

    /// The members sorted by the UTF-8 bytes of their keys, the order of byte-stable output.
    public var sortedMembers: [Member] {
        members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    }

    /// Whether both objects have the same keys with equal values, in any order.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.members.count == rhs.members.count else { return false }
        if lhs.members.count > 32 {
            // Large objects (big tag maps) would make the pairwise scan quadratic.
            let table = Dictionary(rhs.members.lazy.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
            return lhs.members.allSatisfy { table[$0.key] == $0.value }
        }
        for member in lhs.members {
            guard let other = rhs[member.key], other == member.value else { return false }
        }
        return true
    }

    /// Hashes members independently of their order, as `Dictionary` does.
    public func hash(into hasher: inout Hasher) {
        var combined = 0
        for member in members {
            var memberHasher = Hasher()
            memberHasher.combine(member.key)
            memberHasher.combine(member.value)
            combined ^= memberHasher.finalize()
        }
        hasher.combine(members.count)
        hasher.combine(combined)
    }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    /// Creates an object; a repeated key keeps its last value.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements)
    }
}
