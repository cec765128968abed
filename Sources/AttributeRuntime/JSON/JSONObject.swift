/// The members of a JSON object, unique by key, in the order they were read or inserted.
///
/// Stored as one array of pairs: provider objects rarely have more than a few dozen keys, and a
/// linear scan over them is cheaper than building a hash table for every object of every
/// payload. Equality and hashing ignore member order, as JSON object semantics require.
///
/// A key is its exact UTF-8 bytes, as it is to JSON and to providers: `"\u00e9"` (é) and
/// `"e\u0301"` (e + combining acute) are two keys, although Swift's `String ==` calls them
/// equal. Lookup, construction, equality, hashing and the parser's duplicate check all use
/// this one identity, for small and large objects alike.
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
        var positions: [ByteKey: Int] = [:]
        for (key, value) in pairs {
            if let position = positions[ByteKey(key)] {
                members[position].value = value
            } else {
                positions[ByteKey(key)] = members.count
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

    /// The position of the member whose key has exactly the UTF-8 bytes of `key`.
    public func index(forKey key: String) -> Int? {
        for index in members.indices where Self.sameKey(members[index].key, key) {
            return index
        }
        return nil
    }

    /// Whether two keys are the same key: the same UTF-8 bytes. Swift's `String ==` would merge
    /// canonically equivalent spellings, which JSON and providers keep apart.
    @inline(__always)
    static func sameKey(_ lhs: String, _ rhs: String) -> Bool {
        let left = lhs.utf8
        let right = rhs.utf8
        // Comparing byte counts first rejects most keys without reading their bytes.
        guard left.count == right.count else { return false }
        // Keys that are not even canonically equivalent cannot have the same bytes, and `==`
        // rejects them with a word or memcmp compare; the byte loop below then runs only for
        // the key that matches. This is on every lookup of every object a mapper reads.
        guard lhs == rhs else { return false }
        let contiguous = left.withContiguousStorageIfAvailable { leftBytes in
            right.withContiguousStorageIfAvailable { rightBytes in
                // An index loop: `elementsEqual` on buffers was 7% of a mapper's time.
                for index in 0..<leftBytes.count where leftBytes[index] != rightBytes[index] {
                    return false
                }
                return true
            }
        }
        if let contiguous, let equal = contiguous { return equal }
        return left.elementsEqual(right)
    }

    /// A key for hash tables, hashed and compared by its UTF-8 bytes (`sameKey`).
    struct ByteKey: Hashable {
        let text: String

        init(_ text: String) {
            self.text = text
        }

        static func == (lhs: ByteKey, rhs: ByteKey) -> Bool {
            sameKey(lhs.text, rhs.text)
        }

        func hash(into hasher: inout Hasher) {
            // Always hash one contiguous byte run, so equal bytes hash alike however stored.
            let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            if hashed == nil {
                Array(text.utf8).withUnsafeBytes { hasher.combine(bytes: $0) }
            }
        }
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
            let table = Dictionary(rhs.members.lazy.map { (ByteKey($0.key), $0.value) }, uniquingKeysWith: { _, last in last })
            return lhs.members.allSatisfy { table[ByteKey($0.key)] == $0.value }
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
            memberHasher.combine(ByteKey(member.key))
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
