/// Turns AWS resource tags into the `key:value` strings of a `tags` attribute.
///
/// AWS returns tags in several shapes: a list of `{"Key": …, "Value": …}` objects (most
/// services), the same with lowercase `key`/`value` (ECS), or a plain object `{"team": "ml"}`
/// (Lambda, API Gateway). All three are accepted. A tag without a value becomes just its key.
public enum AWSTags {
    /// The tag strings for a tag list or tag map, in list order (maps in key order).
    ///
    /// - Throws: a `MappingError` at attribute `tags` when the value has another shape.
    public static func strings(from tags: JSONValue) throws(MappingError) -> [String] {
        switch tags {
        case .null:
            return []
        case .object(let map):
            var result: [String] = []
            for member in map.sortedMembers {
                result.append(try tagString(key: member.key, value: member.value, index: nil))
            }
            return result
        case .array(let list):
            var result: [String] = []
            result.reserveCapacity(list.count)
            for (index, element) in list.enumerated() {
                guard case .object(let tag) = element else {
                    throw MappingError(.typeMismatch(expected: .structure, found: element.kind), attributePath: "tags[\(index)]")
                }
                guard let key = tag["Key"] ?? tag["key"] else {
                    throw MappingError(.typeMismatch(expected: .string, found: .null), attributePath: "tags[\(index)].Key")
                }
                guard case .string(let keyText) = key else {
                    throw MappingError(.typeMismatch(expected: .string, found: key.kind), attributePath: "tags[\(index)].Key")
                }
                result.append(try tagString(key: keyText, value: tag["Value"] ?? tag["value"] ?? .null, index: index))
            }
            return result
        default:
            throw MappingError(.typeMismatch(expected: .structureList, found: tags.kind), attributePath: "tags")
        }
    }

    /// The tag strings for a tag list or tag map given as UTF-8 JSON.
    public static func strings(fromJSON bytes: some Collection<UInt8>) throws(MappingError) -> [String] {
        let value: JSONValue
        do {
            value = try JSONValue(parsing: bytes)
        } catch {
            throw MappingError(.invalidJSON(error), attributePath: "tags")
        }
        return try strings(from: value)
    }

    private static func tagString(key: String, value: JSONValue, index: Int?) throws(MappingError) -> String {
        switch value {
        case .null: return key
        case .string(let text): return key + ":" + text
        default:
            let path = index.map { "tags[\($0)].Value" } ?? "tags.\(key)"
            throw MappingError(.typeMismatch(expected: .string, found: value.kind), attributePath: path)
        }
    }
}

extension MappingContext {
    /// This context plus the `tags` attribute (or another attribute path) set from AWS tags, so a
    /// caller writes one line: `try MappingContext(["account_id": "123"]).withAWSTags(response["Tags"])`.
    /// `nil` leaves the attribute unset.
    ///
    /// - Parameters:
    ///   - tags: the payload's tag list, `[{"Key": "team", "Value": "ml"}]`, or a `{"team": "ml"}`
    ///     object; each tag becomes one `key:value` string.
    ///   - attribute: the attribute path the strings are supplied to.
    ///   - providerKey: the payload key the tags came from, which strict mode then counts as read
    ///     (`tags` for ECS); `nil` when they came from another call, such as `ListTags`.
    public func withAWSTags(_ tags: JSONValue?, attribute: String = "tags", providerKey: String? = "Tags") throws(MappingError) -> MappingContext {
        var copy = self
        if let tags {
            copy.values[attribute] = .array(try AWSTags.strings(from: tags).map(JSONValue.string))
            if let providerKey { copy.consumedProviderKeys.append(providerKey) }
        }
        return copy
    }
}
