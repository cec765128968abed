extension DocumentationText {
    /// Descriptions of known values that a member's documentation gives as a list, the way AWS
    /// models do where their `enum` has none: items of the plain text that start with a value
    /// in a code span followed by `:` or ` - ` (`` - `NVIDIA`: Nvidia graphics processing unit``).
    /// Only values of `values` count; the first item for a value wins.
    public static func valueDescriptions(in plainText: String, values: Set<String>) -> [String: String] {
        var descriptions: [String: String] = [:]
        for line in plainText.split(separator: "\n") {
            guard line.hasPrefix("- `") else { continue }
            let afterTick = line.dropFirst(3)
            guard let close = afterTick.firstIndex(of: "`") else { continue }
            let value = String(afterTick[..<close])
            guard values.contains(value), descriptions[value] == nil else { continue }
            var rest = afterTick[afterTick.index(after: close)...]
            if rest.hasPrefix(":") {
                rest = rest.dropFirst()
            } else if rest.hasPrefix(" - ") || rest.hasPrefix(" – ") || rest.hasPrefix(" — ") {
                rest = rest.dropFirst(3)
            } else {
                continue
            }
            let text = String(rest.drop { $0 == " " })
            if !text.isEmpty { descriptions[value] = text }
        }
        return descriptions
    }
}
