/// How strictly a payload is read.
public struct MappingOptions: Sendable, Hashable {
    /// Report provider keys that no attribute reads, at every object level, as errors. Off by
    /// default: providers add fields over time and a new field should not break old code.
    public var strict: Bool
    /// How deeply arrays and objects may nest in a payload before it is rejected.
    public var maxDepth: Int

    /// Creates options; the defaults ignore unknown keys and allow 256 levels of nesting.
    public init(strict: Bool = false, maxDepth: Int = 256) {
        self.strict = strict
        self.maxDepth = maxDepth
    }
}
