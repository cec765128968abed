extension ProviderReader {
    /// In strict mode, records every key of this reader's object that no requested provider path
    /// covers, descending into the intermediate objects of dotted paths. Keys read as a whole
    /// (structures included) are covered here; nested readers check their own objects.
    mutating func reportUnknownKeys() {
        // Context values are the caller's own; only provider payloads are checked.
        guard options.strict, let providerPrefix else { return }
        let attributePath = attributePrefix.isEmpty ? nil : String(attributePrefix.dropLast())
        var unknown: [String] = []
        Self.collectUnknownKeys(in: object, requested: requestedPaths[...].map { Substring($0) }, prefix: providerPrefix, into: &unknown)
        for path in unknown {
            errors.append(MappingError(.unknownKey, attributePath: attributePath, providerPath: path))
        }
    }

    private static func collectUnknownKeys(in object: JSONObject, requested: [Substring], prefix: String, into unknown: inout [String]) {
        for member in object.members {
            var readWhole = false
            var deeper: [Substring] = []
            for path in requested {
                if path == member.key {
                    readWhole = true
                    break
                }
                if path.hasPrefix(member.key), path.dropFirst(member.key.count).first == "." {
                    deeper.append(path.dropFirst(member.key.count + 1))
                }
            }
            if readWhole { continue }
            if deeper.isEmpty {
                unknown.append(prefix + member.key)
            } else if case .object(let inner) = member.value {
                collectUnknownKeys(in: inner, requested: deeper, prefix: prefix + member.key + ".", into: &unknown)
            }
            // A dotted path through a non-object was already reported as a type mismatch.
        }
    }
}
