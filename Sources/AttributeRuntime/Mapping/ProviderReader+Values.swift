extension ProviderReader {
    /// A `STRING` attribute with known values. The value maps as it is, known or not; with
    /// `MappingOptions.valueCheck` covering the set, a value outside `knownValues` (compared
    /// byte for byte) is also reported. `knownValues` is evaluated only when the check runs
    /// (generated code passes a computed `allValues`, which builds its array when read).
    public mutating func string(_ providerPath: String?, attribute: String, knownValues: @autoclosure () -> [String], closed: Bool) -> String? {
        let value = string(providerPath, attribute: attribute)
        guard let value, options.valueCheck.checks(closed: closed), !Self.isKnown(value, knownValues()),
              let (_, location) = locate(providerPath, attribute: attribute) else { return value }
        fail(.unknownValue(value), at: location)
        return value
    }

    /// An `UNORDERED_LIST_STRING` attribute with known values: each element as `string(_:attribute:knownValues:closed:)`
    /// treats a value, reported at its index.
    public mutating func stringList(_ providerPath: String?, attribute: String, knownValues: @autoclosure () -> [String], closed: Bool) -> [String]? {
        let values = stringList(providerPath, attribute: attribute)
        guard let values, options.valueCheck.checks(closed: closed) else { return values }
        let knownValues = knownValues()
        guard values.contains(where: { !Self.isKnown($0, knownValues) }),
              let (_, location) = locate(providerPath, attribute: attribute) else { return values }
        for (index, value) in values.enumerated() where !Self.isKnown(value, knownValues) {
            fail(.unknownValue(value), at: location.element(index))
        }
        return values
    }

    /// By UTF-8 bytes, as the provider sent them: Swift's `==` would call `é` and `e` + U+0301 equal.
    private static func isKnown(_ value: String, _ knownValues: [String]) -> Bool {
        knownValues.contains { $0.utf8.elementsEqual(value.utf8) }
    }
}
