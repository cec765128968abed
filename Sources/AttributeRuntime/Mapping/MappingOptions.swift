/// How strictly a payload is read.
public struct MappingOptions: Sendable, Hashable {
    /// Report provider keys that no attribute reads, at every object level, as errors. Off by
    /// default: providers add fields over time and a new field should not break old code.
    public var strict: Bool
    /// How deeply arrays and objects may nest in a payload before it is rejected.
    public var maxDepth: Int
    /// Which attributes with known values (a spec's `values`) report a value outside them, as
    /// errors. Off by default: providers add values without notice, and a new value maps and
    /// round-trips unchanged whatever this says.
    public var valueCheck: ValueCheck

    /// Creates options; the defaults ignore unknown keys and values and allow 256 levels of nesting.
    public init(strict: Bool = false, maxDepth: Int = 256, valueCheck: ValueCheck = .off) {
        self.strict = strict
        self.maxDepth = maxDepth
        self.valueCheck = valueCheck
    }

    /// Which sets of known values the mapping checks.
    public enum ValueCheck: Sendable, Hashable {
        /// None: every value maps as it is.
        case off
        /// Sets the spec declares closed (`values_closed: true`).
        case closedSets
        /// Every set, open or closed: reports each value a provider added since the spec was written.
        case allSets

        /// Whether a set that is `closed` or not is checked.
        func checks(closed: Bool) -> Bool {
            switch self {
            case .off: false
            case .closedSets: closed
            case .allSets: true
            }
        }
    }
}
