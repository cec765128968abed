extension ProviderReader {
    /// In strict mode, records every key of this reader's object that no requested provider path
    /// covers, descending into the intermediate objects of dotted paths. Keys read as a whole
    /// (structures included) are covered here; nested readers check their own objects. A key
    /// whose value is `null` is absent, as it is to every reader method, and never reported; at
    /// the root, so are the keys the caller consumed through the context (`withAWSTags`).
    mutating func reportUnknownKeys() {
        // Context values are the caller's own; only provider payloads are checked.
        guard options.strict, let providerPrefix else { return }
        let attributePath = attributePrefix.isEmpty ? nil : String(attributePrefix.dropLast())
        var requested = requestedPaths.elements.map { Substring($0) }
        if attributePrefix.isEmpty {
            requested += context.consumedProviderKeys.map { Substring($0) }
        }
        var unknown: [String] = []
        Self.collectUnknownKeys(in: document, at: objectIndex, requested: requested, prefix: providerPrefix, into: &unknown)
        for path in unknown {
            errors.append(MappingError(.unknownKey, attributePath: attributePath, providerPath: path))
        }
    }

    /// In strict mode, records every context key that no attribute used, in key order. Called
    /// once, at the root, after every nested reader has passed its used keys up.
    mutating func reportUnusedContextKeys() {
        guard options.strict, !context.values.isEmpty else { return }
        let used = Set(usedContextKeys.elements)
        for key in context.values.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) where !used.contains(key) {
            errors.append(MappingError(.unusedContextKey, attributePath: key))
        }
    }

    /// Keys are compared by their UTF-8 bytes, as `JSONObject` identifies them.
    private static func collectUnknownKeys(
        in document: JSONDocument, at object: Int, requested: [Substring], prefix: String, into unknown: inout [String]
    ) {
        var keyIndex = object + 1
        let end = document.end(of: object)
        while keyIndex < end {
            let valueIndex = keyIndex + 1
            let key = keyIndex
            keyIndex = document.next(after: valueIndex)
            if document.entries[valueIndex].kind == .null { continue }
            var readWhole = false
            var deeper: [Substring] = []
            document.withBytes(at: key) { key in
                for path in requested {
                    let bytes = path.utf8
                    guard bytes.starts(with: key) else { continue }
                    let rest = bytes.dropFirst(key.count)
                    if rest.isEmpty {
                        readWhole = true
                        break
                    }
                    if rest.first == UInt8(ascii: ".") {
                        deeper.append(Substring(rest.dropFirst()))
                    }
                }
            }
            if readWhole { continue }
            if deeper.isEmpty {
                unknown.append(prefix + document.string(at: key))
            } else if document.entries[valueIndex].kind == .object {
                collectUnknownKeys(
                    in: document, at: valueIndex, requested: deeper, prefix: prefix + document.string(at: key) + ".", into: &unknown)
            }
            // A dotted path through a non-object was already reported as a type mismatch.
        }
    }
}
