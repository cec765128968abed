#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads attributes from one provider object for a generated `init(mapping:)`.
///
/// Every method returns `nil` for a missing key or `null`. A value of the wrong shape is
/// recorded as a `MappingError` with its attribute and provider paths and also reads as `nil`,
/// so one pass reports every problem of a payload. A `nil` provider path takes the value from the
/// `MappingContext` by attribute path instead. Paths are joined only when an error is recorded.
public struct ProviderReader: Sendable {
    /// Where a value was found, relative to this reader's object.
    struct Location {
        /// The attribute name, with `[index]` for list elements.
        var attribute: String
        /// The provider path; `nil` when the value came from the mapping context.
        var providerPath: String?

        func element(_ index: Int) -> Location {
            Location(attribute: "\(attribute)[\(index)]", providerPath: providerPath.map { "\($0)[\(index)]" })
        }

        func member(_ key: String) -> Location {
            Location(attribute: "\(attribute).\(key)", providerPath: providerPath.map { "\($0).\(key)" })
        }
    }

    /// Where a located value is: on this reader's tape, or a context value.
    enum Found {
        /// The entry at this index of `document`.
        case payload(Int)
        /// A value from the mapping context.
        case context(JSONValue)
    }

    /// What every reader of one document shares, in one reference so that a nested reader
    /// costs one retain rather than one per collection.
    final class Scope: Sendable {
        /// The parsed payload (or a context value).
        let document: JSONDocument
        /// The caller's context.
        let context: MappingContext

        init(document: JSONDocument, context: MappingContext) {
            self.document = document
            self.context = context
        }
    }

    let scope: Scope
    /// The index of this reader's object in `document`.
    let objectIndex: Int
    /// Where the next key lookup starts (a key entry of this object): see `JSONDocument.member`.
    private var hint = 0
    let options: MappingOptions

    /// The parsed payload, shared by every reader of one mapping.
    var document: JSONDocument { scope.document }
    /// The caller's context.
    var context: MappingContext { scope.context }
    /// The parent's `attributePrefix` and `providerPrefix`, and where this object sits in the
    /// parent (`nil` at the root, whose prefixes are the parent ones). The prefixes are joined
    /// only when a path is needed (an error, a context lookup, strict mode), not for every
    /// nested object of every payload: joining them was a tenth of a mapper's time.
    private let parentAttributePrefix: String
    private let parentProviderPrefix: String?
    private let location: Location?

    /// The attribute path of this object plus `.`, or empty at the root.
    var attributePrefix: String {
        guard let location else { return parentAttributePrefix }
        return parentAttributePrefix + location.attribute + "."
    }

    /// The provider path of this object plus `.`; `nil` when the object came from the context.
    var providerPrefix: String? {
        guard let location else { return parentProviderPrefix }
        return location.providerPath.flatMap { path in parentProviderPrefix.map { $0 + path + "." } }
    }
    /// Problems recorded so far, in reading order.
    var errors = SparseList<MappingError>()
    /// Provider paths asked for, kept only in strict mode to find keys nobody read.
    var requestedPaths = SparseList<String>()
    /// Context keys read, kept only in strict mode to find keys nobody used.
    var usedContextKeys = SparseList<String>()

    /// The reader of the object at `objectIndex` of `document` (which must be an object).
    init(
        document: JSONDocument, objectIndex: Int = 0, context: MappingContext, options: MappingOptions,
        attributePrefix: String, providerPrefix: String?
    ) {
        self.scope = Scope(document: document, context: context)
        self.objectIndex = objectIndex
        self.options = options
        self.parentAttributePrefix = attributePrefix
        self.parentProviderPrefix = providerPrefix
        self.location = nil
    }

    /// The reader of a nested object found at `location` by `parent`.
    private init(scope: Scope, objectIndex: Int, at location: Location, in parent: ProviderReader) {
        self.scope = scope
        self.objectIndex = objectIndex
        self.options = parent.options
        self.parentAttributePrefix = parent.attributePrefix
        self.parentProviderPrefix = parent.providerPrefix
        self.location = location
    }

    mutating func fail(_ kind: MappingError.Kind, at location: Location) {
        let providerPath: String? = if let path = location.providerPath, let providerPrefix { providerPrefix + path } else { nil }
        errors.append(MappingError(kind, attributePath: attributePrefix + location.attribute, providerPath: providerPath))
    }

    /// The non-null value for an attribute, from the payload or the context, with its location.
    @inline(__always)
    mutating func locate(_ providerPath: String?, attribute: String) -> (Found, Location)? {
        guard let found = find(providerPath, attribute: attribute) else { return nil }
        return (found, location(of: found, providerPath, attribute: attribute))
    }

    /// Where a found value is, for error messages and nested readers.
    @inline(__always)
    func location(of found: Found, _ providerPath: String?, attribute: String) -> Location {
        if case .context = found { return Location(attribute: attribute, providerPath: nil) }
        return Location(attribute: attribute, providerPath: providerPath)
    }

    /// The non-null value for an attribute, from the payload or the context. Scalars make no
    /// `Location` unless a conversion fails.
    mutating func find(_ providerPath: String?, attribute: String) -> Found? {
        guard let providerPath else {
            guard let value = contextValue(attribute) else { return nil }
            if case .null = value { return nil }
            return .context(value)
        }
        if options.strict { requestedPaths.append(providerPath) }
        let found: Int?
        if Self.isDotted(providerPath) {
            found = lookupDotted(providerPath, attribute: attribute)
        } else if let key = document.member(providerPath, in: objectIndex, hint: hint) {
            // The next lookup starts at the member after this one.
            hint = document.next(after: key + 1)
            found = key + 1
        } else {
            found = nil
        }
        guard let found else { return nil }
        if document.entries[found].kind == .null { return nil }
        return .payload(found)
    }

    /// Whether a provider path has a `.`; scans contiguous bytes, as generated literals are.
    @inline(__always)
    static func isDotted(_ path: String) -> Bool {
        if let dotted = path.utf8.withContiguousStorageIfAvailable({ $0.contains(UInt8(ascii: ".")) }) {
            return dotted
        }
        return path.utf8.contains(UInt8(ascii: "."))
    }

    /// Walks `a.b.c` through nested objects; a missing or `null` step reads as absent.
    private mutating func lookupDotted(_ providerPath: String, attribute: String) -> Int? {
        // Split on the `.` byte, not by Character: a key may begin with a combining mark.
        let utf8 = providerPath.utf8
        let components = utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        var current = objectIndex
        for (offset, component) in components.enumerated() {
            guard let key = document.member(String(Substring(component)), in: current, hint: 0) else { return nil }
            let value = key + 1
            if offset == components.count - 1 { return value }
            switch document.entries[value].kind {
            case .object:
                current = value
            case .null:
                return nil
            default:
                let intermediate = String(Substring(utf8[..<component.endIndex]))
                fail(
                    .typeMismatch(expected: .object, found: document.kind(at: value)),
                    at: Location(attribute: attribute, providerPath: intermediate))
                return nil
            }
        }
        return nil
    }

    /// A context value by full attribute path, or for list elements by the path without indices.
    private mutating func contextValue(_ attribute: String) -> JSONValue? {
        guard !context.values.isEmpty else { return nil }
        let path = attributePrefix + attribute
        if let value = context.values[path] {
            if options.strict { usedContextKeys.append(path) }
            return value
        }
        guard attributePrefix.utf8.contains(UInt8(ascii: "[")) else { return nil }
        var unindexed = ""
        var inIndex = false
        for character in path.unicodeScalars {
            if character == "[" { inIndex = true } else if character == "]" { inIndex = false } else if !inIndex { unindexed.unicodeScalars.append(character) }
        }
        guard let value = context.values[unindexed] else { return nil }
        if options.strict { usedContextKeys.append(unindexed) }
        return value
    }

    /// The value found, as a `JSONValue` (a scalar is cheap to make; the conversions share
    /// their rules with context values this way).
    @inline(__always)
    private func value(of found: Found) -> JSONValue {
        switch found {
        case .payload(let index): document.value(at: index)
        case .context(let value): value
        }
    }

    /// Reads one scalar with a shared conversion rule.
    @inline(__always)
    private mutating func scalar<Value>(
        _ providerPath: String?, attribute: String, _ convert: (JSONValue) -> ValueConversion.Outcome<Value>
    ) -> Value? {
        guard let found = find(providerPath, attribute: attribute) else { return nil }
        switch convert(value(of: found)) {
        case .success(let converted):
            return converted
        case .failure(let failure):
            fail(failure.kind, at: location(of: found, providerPath, attribute: attribute))
            return nil
        }
    }

    /// Reads an array whose elements all convert; any bad element makes the attribute `nil`
    /// after every bad element has been reported.
    @inline(__always)
    private mutating func list<Element>(
        _ providerPath: String?, attribute: String, type: MappingError.ValueType,
        _ convert: (JSONValue) -> ValueConversion.Outcome<Element>
    ) -> [Element]? {
        guard let (found, location) = locate(providerPath, attribute: attribute) else { return nil }
        switch found {
        case .payload(let index):
            return list(in: document, at: index, location: location, type: type, convert)
        case .context(let value):
            return list(in: JSONDocument(value), at: 0, location: location, type: type, convert)
        }
    }

    @inline(__always)
    private mutating func list<Element>(
        in document: JSONDocument, at index: Int, location: Location, type: MappingError.ValueType,
        _ convert: (JSONValue) -> ValueConversion.Outcome<Element>
    ) -> [Element]? {
        guard document.entries[index].kind == .array else {
            fail(.typeMismatch(expected: type, found: document.kind(at: index)), at: location)
            return nil
        }
        var result: [Element] = []
        result.reserveCapacity(document.entries[index].count)
        var failed = false
        var element = index + 1
        var offset = 0
        let end = document.end(of: index)
        while element < end {
            switch convert(document.value(at: element)) {
            case .success(let converted):
                result.append(converted)
            case .failure(let failure):
                fail(failure.kind, at: location.element(offset))
                failed = true
            }
            element = document.next(after: element)
            offset += 1
        }
        return failed ? nil : result
    }

    /// A `STRING` attribute.
    public mutating func string(_ providerPath: String?, attribute: String) -> String? {
        scalar(providerPath, attribute: attribute, ValueConversion.string)
    }

    /// An `INT32` attribute: an integral number (`3` or `3.0`) within `Int32`.
    public mutating func int32(_ providerPath: String?, attribute: String) -> Int32? {
        scalar(providerPath, attribute: attribute, ValueConversion.int32)
    }

    /// An `INT64` attribute: an integral number within `Int64`, read without loss.
    public mutating func int64(_ providerPath: String?, attribute: String) -> Int64? {
        scalar(providerPath, attribute: attribute, ValueConversion.int64)
    }

    /// A `BOOLEAN` attribute: `true` or `false` only.
    public mutating func bool(_ providerPath: String?, attribute: String) -> Bool? {
        scalar(providerPath, attribute: attribute, ValueConversion.bool)
    }

    /// A `DOUBLE` attribute: any finite number.
    public mutating func double(_ providerPath: String?, attribute: String) -> Double? {
        scalar(providerPath, attribute: attribute, ValueConversion.double)
    }

    /// A `FLOAT` attribute: any number within `Float`'s range.
    public mutating func float(_ providerPath: String?, attribute: String) -> Float? {
        scalar(providerPath, attribute: attribute, ValueConversion.float)
    }

    /// A `TIMESTAMP` attribute: epoch seconds (integer or fractional) or an RFC 3339 string,
    /// rounded to milliseconds.
    public mutating func timestamp(_ providerPath: String?, attribute: String) -> Date? {
        scalar(providerPath, attribute: attribute, ValueConversion.timestamp)
    }

    /// A `TIMESTAMP` attribute with a spec `timestamp_format`: only that form is accepted.
    public mutating func timestamp(_ providerPath: String?, attribute: String, format: TimestampFormat) -> Date? {
        scalar(providerPath, attribute: attribute, ValueConversion.timestamp(format))
    }

    /// An `UNORDERED_LIST_STRING` attribute.
    public mutating func stringList(_ providerPath: String?, attribute: String) -> [String]? {
        list(providerPath, attribute: attribute, type: .stringList, ValueConversion.string)
    }

    /// An `UNORDERED_LIST_INT32` attribute.
    public mutating func int32List(_ providerPath: String?, attribute: String) -> [Int32]? {
        list(providerPath, attribute: attribute, type: .int32List, ValueConversion.int32)
    }

    /// A `MAP_STRING_STRING` attribute: an object whose values are all strings.
    public mutating func stringMap(_ providerPath: String?, attribute: String) -> [String: String]? {
        guard let (found, location) = locate(providerPath, attribute: attribute) else { return nil }
        let value = value(of: found)
        guard case .object(let object) = value else {
            fail(.typeMismatch(expected: .stringMap, found: value.kind), at: location)
            return nil
        }
        var result: [String: String] = [:]
        result.reserveCapacity(object.count)
        var failed = false
        for member in object.members {
            if case .string(let string) = member.value {
                // JSON keys are distinct bytes; a Swift dictionary would merge equivalent ones.
                if result.updateValue(string, forKey: member.key) != nil,
                   let other = object.members.first(where: { $0.key == member.key && !JSONObject.sameKey($0.key, member.key) }) {
                    fail(.equivalentMapKeys(other.key, member.key), at: location.member(member.key))
                    failed = true
                }
            } else {
                fail(.typeMismatch(expected: .string, found: member.value.kind), at: location.member(member.key))
                failed = true
            }
        }
        return failed ? nil : result
    }

    /// A `STRUCT` attribute, read by the nested type's own `init(mapping:)`. Problems inside it
    /// are reported with full paths and leave only the affected fields `nil`.
    public mutating func structure<Value: ProviderMappable>(_ providerPath: String?, attribute: String, as type: Value.Type) -> Value? {
        guard let (found, location) = locate(providerPath, attribute: attribute) else {
            probeContext(attribute, as: Value.self)
            return nil
        }
        switch found {
        case .payload(let index):
            return structure(in: scope, at: index, location: location, as: Value.self)
        case .context(let value):
            return structure(in: Scope(document: JSONDocument(value), context: context), at: 0, location: location, as: Value.self)
        }
    }

    private mutating func structure<Value: ProviderMappable>(
        in scope: Scope, at index: Int, location: Location, as type: Value.Type
    ) -> Value? {
        guard scope.document.entries[index].kind == .object else {
            fail(.typeMismatch(expected: .structure, found: scope.document.kind(at: index)), at: location)
            return nil
        }
        return nested(scope, at: index, location: location, as: Value.self)
    }

    /// An `UNORDERED_LIST_STRUCT` attribute. An element that is not an object makes the whole
    /// attribute `nil`; problems inside elements only clear the affected fields.
    public mutating func structureList<Value: ProviderMappable>(_ providerPath: String?, attribute: String, as type: Value.Type) -> [Value]? {
        guard let (found, location) = locate(providerPath, attribute: attribute) else {
            probeContext(attribute, as: Value.self)
            return nil
        }
        switch found {
        case .payload(let index):
            return structureList(in: scope, at: index, attribute: attribute, location: location, as: Value.self)
        case .context(let value):
            let scope = Scope(document: JSONDocument(value), context: context)
            return structureList(in: scope, at: 0, attribute: attribute, location: location, as: Value.self)
        }
    }

    private mutating func structureList<Value: ProviderMappable>(
        in scope: Scope, at index: Int, attribute: String, location: Location, as type: Value.Type
    ) -> [Value]? {
        let document = scope.document
        guard document.entries[index].kind == .array else {
            fail(.typeMismatch(expected: .structureList, found: document.kind(at: index)), at: location)
            return nil
        }
        let count = document.entries[index].count
        if count == 0 { probeContext(attribute, as: Value.self) }
        var result: [Value] = []
        result.reserveCapacity(count)
        var failed = false
        var element = index + 1
        var offset = 0
        let end = document.end(of: index)
        while element < end {
            if document.entries[element].kind == .object {
                result.append(nested(scope, at: element, location: location.element(offset), as: Value.self))
            } else {
                fail(.typeMismatch(expected: .structure, found: document.kind(at: element)), at: location.element(offset))
                failed = true
            }
            element = document.next(after: element)
            offset += 1
        }
        return failed ? nil : result
    }

    /// Maps a nested object with a child reader and takes over its errors.
    private mutating func nested<Value: ProviderMappable>(
        _ scope: Scope, at index: Int, location: Location, as type: Value.Type
    ) -> Value {
        var child = ProviderReader(scope: scope, objectIndex: index, at: location, in: self)
        let value = Value(mapping: &child)
        child.reportUnknownKeys()
        errors.append(contentsOf: child.errors)
        usedContextKeys.append(contentsOf: child.usedContextKeys)
        return value
    }

    /// In strict mode, notes which context keys the fields of an absent structure (or of the
    /// elements of an empty list) would use, so that such keys do not count as unused: a
    /// context is often shared by payloads that differ in which structures they have.
    private mutating func probeContext<Value: ProviderMappable>(_ attribute: String, as type: Value.Type) {
        guard options.strict, !context.values.isEmpty else { return }
        var probe = ProviderReader(
            document: .emptyObject, context: context, options: options,
            attributePrefix: attributePrefix + attribute + ".", providerPrefix: nil)
        _ = Value(mapping: &probe)
        // Only the keys matter: the probe's values and errors belong to no payload.
        usedContextKeys.append(contentsOf: probe.usedContextKeys)
    }
}

/// A list that stays `nil` until its first element: a reader's error and strict-mode lists are
/// almost always empty, and an empty `Array` still costs a retain and a release per reader.
struct SparseList<Element: Sendable>: Sendable {
    private var storage: [Element]?

    /// The elements, in order.
    var elements: [Element] { storage ?? [] }

    /// Whether there are no elements.
    var isEmpty: Bool { storage?.isEmpty ?? true }

    mutating func append(_ element: Element) {
        if storage != nil {
            storage?.append(element)
        } else {
            storage = [element]
        }
    }

    mutating func append(contentsOf other: SparseList<Element>) {
        guard let elements = other.storage, !elements.isEmpty else { return }
        if storage != nil {
            storage?.append(contentsOf: elements)
        } else {
            storage = elements
        }
    }
}
