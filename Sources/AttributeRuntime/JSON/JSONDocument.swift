/// A parsed JSON text as one flat tape of entries over the text's bytes.
///
/// The parser builds this, not a tree: one entry per value and per object key, in document
/// order, with strings, keys and non-integer numbers kept as byte ranges. A container's entry
/// says where its subtree ends, so skipping a value is one step. Nothing is allocated per object
/// or per key, and a `String` is made only for a value somebody reads. Mappers read the tape
/// directly; `JSONValue` trees are built from it (`value(at:)`).
///
/// Keys are their exact UTF-8 bytes here too (issue 15): lookup and the duplicate check compare
/// bytes, never `String ==`.
final class JSONDocument: Sendable {
    /// What one entry holds.
    enum Kind: UInt8, Sendable {
        case null, `false`, `true`
        /// An integer within `Int64`; the value is in `extra`.
        case integer
        /// Any other number; its text is the byte range.
        case number
        /// A string or an object key; the byte range holds its decoded UTF-8.
        case string
        case array
        case object
    }

    /// One value or key.
    struct Entry: Sendable {
        var kind: Kind
        /// Keys: how many entries on the next key of the object is (or its end), so that a
        /// lookup steps over a member with one load; 0 when that does not fit (then the value's
        /// entry says). It sits in what would otherwise be padding.
        var link: UInt32 = 0
        /// Strings and number text: the first byte in `bytes`.
        var start: Int
        /// Strings and number text: the byte count. Containers: the element or member count.
        var count: Int
        /// Containers: the index just past the subtree. Keys: `JSONDocument.signature` of the
        /// bytes. Integers: the value.
        var extra: Int64

        /// Strings and number text: the bytes in `bytes`.
        var range: Range<Int> { start..<(start + count) }
    }

    /// The tape's memory: one growable buffer of trivial entries. Appending to an `Array` in the
    /// parser paid a uniqueness check per value; this class is written only while one parser
    /// builds it, before the document is shared, hence `@unchecked Sendable`.
    final class EntryStorage: @unchecked Sendable {
        private var base: UnsafeMutablePointer<Entry>
        private var capacity: Int
        /// The number of entries.
        private(set) var count = 0

        init(capacity: Int) {
            self.capacity = max(capacity, 4)
            base = UnsafeMutablePointer<Entry>.allocate(capacity: self.capacity)
        }

        deinit {
            base.deallocate()
        }

        @inline(__always)
        func append(_ entry: Entry) {
            if count == capacity { grow() }
            (base + count).initialize(to: entry)
            count += 1
        }

        private func grow() {
            let larger = UnsafeMutablePointer<Entry>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }

        /// The entry at `index`, which must be below `count`.
        @inline(__always)
        subscript(index: Int) -> Entry {
            get {
                precondition(index >= 0 && index < count, "tape index out of range")
                return base[index]
            }
            set {
                precondition(index >= 0 && index < count, "tape index out of range")
                base[index] = newValue
            }
        }

        func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<Entry>) -> Result) -> Result {
            body(UnsafeBufferPointer(start: base, count: count))
        }
    }

    /// The text. Entries address it and then `decoded` as one run: a `start` at or past
    /// `text.count` is in `decoded`.
    let text: [UInt8]
    /// The decoded bytes of the strings that had escapes.
    let decoded: [UInt8]
    /// The tape; entry 0 is the root value.
    let entries: EntryStorage

    init(text: [UInt8], decoded: [UInt8], entries: EntryStorage) {
        self.text = text
        self.decoded = decoded
        self.entries = entries
    }

    /// An empty object, for readers that only probe the context.
    static let emptyObject: JSONDocument = {
        let entries = EntryStorage(capacity: 1)
        entries.append(Entry(kind: .object, start: 0, count: 0, extra: 1))
        return JSONDocument(text: [], decoded: [], entries: entries)
    }()

    /// Parses UTF-8 JSON text.
    static func parse(_ text: some Collection<UInt8>, maxDepth: Int) throws(JSONParseError) -> JSONDocument {
        // An array is taken over without copying; other collections are copied once, which also
        // keeps the document independent of the caller's buffer.
        let storage = Array(text)
        let parsed = storage.withUnsafeBufferPointer { JSONParser.parseResult($0, maxDepth: maxDepth) }
        let tape = try parsed.get()
        return JSONDocument(text: storage, decoded: tape.decoded, entries: tape.entries)
    }

    /// The index of the value after the one at `index` (its subtree skipped).
    @inline(__always)
    func next(after index: Int) -> Int {
        let entry = entries[index]
        return entry.kind.rawValue >= Kind.array.rawValue ? Int(truncatingIfNeeded: entry.extra) : index + 1
    }

    /// The index just past the container at `index`.
    @inline(__always)
    func end(of index: Int) -> Int {
        Int(truncatingIfNeeded: entries[index].extra)
    }

    /// The JSON kind of the value at `index`.
    func kind(at index: Int) -> JSONValue.Kind {
        switch entries[index].kind {
        case .null: .null
        case .false, .true: .bool
        case .integer, .number: .number
        case .string: .string
        case .array: .array
        case .object: .object
        }
    }

    /// The string (or key, or number text) at `index`; the parser validated its UTF-8.
    func string(at index: Int) -> String {
        withBytes(at: index) { String(decoding: $0, as: UTF8.self) }
    }

    /// The value at `index` as a `JSONValue` tree.
    func value(at index: Int) -> JSONValue {
        let entry = entries[index]
        switch entry.kind {
        case .null:
            return .null
        case .false:
            return .bool(false)
        case .true:
            return .bool(true)
        case .integer:
            return .number(JSONNumber(storage: .integer(entry.extra)))
        case .number:
            return .number(JSONNumber(storage: .text(string(at: index))))
        case .string:
            return .string(string(at: index))
        case .array:
            var elements: [JSONValue] = []
            elements.reserveCapacity(entry.count)
            var element = index + 1
            let end = Int(truncatingIfNeeded: entry.extra)
            while element < end {
                elements.append(value(at: element))
                element = next(after: element)
            }
            return .array(elements)
        case .object:
            var members: [JSONObject.Member] = []
            members.reserveCapacity(entry.count)
            var key = index + 1
            let end = Int(truncatingIfNeeded: entry.extra)
            while key < end {
                members.append(JSONObject.Member(key: string(at: key), value: value(at: key + 1)))
                key = next(after: key + 1)
            }
            return .object(JSONObject(uniqueMembers: members))
        }
    }

    /// A cheap fingerprint of a key's bytes (its length and first and last eight bytes), so
    /// that lookups and the duplicate check compare the bytes of only the keys that match it.
    @inline(__always)
    static func signature(_ key: UnsafeBufferPointer<UInt8>) -> Int64 {
        let count = key.count
        guard let base = key.baseAddress, count > 0 else { return 0 }
        var head: UInt64 = 0
        var tail: UInt64 = 0
        if count >= 8 {
            head = UnsafeRawPointer(base).loadUnaligned(as: UInt64.self)
            tail = UnsafeRawPointer(base + (count - 8)).loadUnaligned(as: UInt64.self)
        } else {
            for offset in 0..<count { head |= UInt64(base[offset]) << UInt64(8 * offset) }
        }
        return Int64(bitPattern: (head &* 0x9E37_79B9_7F4A_7C15) ^ (tail &+ UInt64(count)))
    }

    /// Whether two byte runs are equal, compared a word at a time.
    @inline(__always)
    static func equalBytes(_ lhs: UnsafePointer<UInt8>, _ rhs: UnsafePointer<UInt8>, count: Int) -> Bool {
        var offset = 0
        while offset + 8 <= count {
            let left = UnsafeRawPointer(lhs + offset).loadUnaligned(as: UInt64.self)
            let right = UnsafeRawPointer(rhs + offset).loadUnaligned(as: UInt64.self)
            if left != right { return false }
            offset += 8
        }
        while offset < count {
            if lhs[offset] != rhs[offset] { return false }
            offset += 1
        }
        return true
    }

    /// The index of the key entry of the member of the object at `object` whose key has
    /// exactly the bytes of `key`, or `nil`.
    ///
    /// The scan starts at the key entry `hint` (a member of this object, or anything else for
    /// the first member) and wraps around: generated readers ask for keys in spec order, which
    /// often follows the payload's, so the next key asked for is usually the next member.
    func member(_ key: UnsafeBufferPointer<UInt8>, in object: Int, hint: Int) -> Int? {
        let signature = Self.signature(key)
        let first = object + 1
        let end = self.end(of: object)
        let start = hint > first && hint < end ? hint : first
        return entries.withUnsafeBufferPointer { entries -> Int? in
            text.withUnsafeBufferPointer { text -> Int? in
              decoded.withUnsafeBufferPointer { decoded -> Int? in
                var index = start
                var limit = end
                var wrapped = false
                while true {
                    if index >= limit {
                        if wrapped || start == first { return nil }
                        wrapped = true
                        index = first
                        limit = start
                        continue
                    }
                    let entry = entries[index]
                    if entry.extra == signature, entry.count == key.count {
                        if entry.count == 0 { return index }
                        let base = entry.start < text.count ? text.baseAddress.map { $0 + entry.start }
                            : decoded.baseAddress.map { $0 + (entry.start - text.count) }
                        if let base, let keyBase = key.baseAddress, Self.equalBytes(base, keyBase, count: entry.count) {
                            return index
                        }
                    }
                    if entry.link != 0 {
                        index += Int(entry.link)
                    } else {
                        let value = entries[index + 1]
                        index = value.kind.rawValue >= Kind.array.rawValue ? Int(truncatingIfNeeded: value.extra) : index + 2
                    }
                }
              }
            }
        }
    }

    /// `member(_:in:hint:)` for a key given as a `String`.
    @inline(__always)
    func member(_ key: String, in object: Int, hint: Int) -> Int? {
        if let found = key.utf8.withContiguousStorageIfAvailable({ member($0, in: object, hint: hint) }) {
            return found
        }
        return Array(key.utf8).withUnsafeBufferPointer { member($0, in: object, hint: hint) }
    }

    /// The bytes of the key (or string) at `index`.
    func withBytes<Result>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let entry = entries[index]
        if entry.start < text.count {
            return text.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[entry.range])) }
        }
        let start = entry.start - text.count
        return decoded.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<(start + entry.count)])) }
    }
}

extension JSONDocument {
    /// A document for a value built in code (`init(providerValue:)`, context values), so that
    /// mappers read every value the same way.
    convenience init(_ value: JSONValue) {
        var builder = Builder()
        builder.append(value)
        self.init(text: builder.bytes, decoded: [], entries: builder.entries)
    }

    private struct Builder {
        var bytes: [UInt8] = []
        let entries = EntryStorage(capacity: 16)

        mutating func appendText(_ text: String, kind: Kind) {
            let start = bytes.count
            bytes.append(contentsOf: text.utf8)
            var entry = Entry(kind: kind, start: start, count: bytes.count - start, extra: 0)
            if kind == .string {
                entry.extra = bytes.withUnsafeBufferPointer { JSONDocument.signature(UnsafeBufferPointer(rebasing: $0[entry.range])) }
            }
            entries.append(entry)
        }

        mutating func append(_ value: JSONValue) {
            switch value {
            case .null:
                entries.append(Entry(kind: .null, start: 0, count: 0, extra: 0))
            case .bool(let bool):
                entries.append(Entry(kind: bool ? .true : .false, start: 0, count: 0, extra: 0))
            case .number(let number):
                switch number.storage {
                case .integer(let integer): entries.append(Entry(kind: .integer, start: 0, count: 0, extra: integer))
                case .text(let text): appendText(text, kind: .number)
                }
            case .string(let string):
                appendText(string, kind: .string)
            case .array(let elements):
                let index = entries.count
                entries.append(Entry(kind: .array, start: 0, count: elements.count, extra: 0))
                for element in elements { append(element) }
                entries[index].extra = Int64(entries.count)
            case .object(let object):
                let index = entries.count
                entries.append(Entry(kind: .object, start: 0, count: object.count, extra: 0))
                for member in object.members {
                    let key = entries.count
                    appendText(member.key, kind: .string)
                    append(member.value)
                    entries[key].link = UInt32(exactly: entries.count - key) ?? 0
                }
                entries[index].extra = Int64(entries.count)
            }
        }
    }
}
