// One source file compiled into two modules: it is symlinked into AttributeSpec (the spec key
// `timestamp_format`) and AttributeRuntime (what generated readers and writers are given), which
// must not depend on each other. Public in both: it is runtime API, and the spec library's copy is
// the same declaration, so the two can never drift.

/// How a provider spells a `TIMESTAMP` attribute: the spec key `timestamp_format`, on an
/// attribute or, as the default for all of its timestamps, on the table.
///
/// Every form accepts exactly the instants from 0000-01-01T00:00:00.000Z to
/// 9999-12-31T23:59:59.999Z (`Timestamp.supportedMilliseconds` in the runtime); a value outside
/// them is a mapping error with the attribute's path.
public enum TimestampFormat: String, CaseIterable, Hashable, Sendable {
    /// The default when a spec says nothing: reads epoch seconds (`1795547102.557`) or an
    /// RFC 3339 string, writes epoch seconds. AWS JSON protocols use seconds.
    case epochSecondsOrRFC3339 = "epoch_seconds_or_rfc3339"
    /// Epoch seconds only, with up to millisecond fractions: `1795547102.557`.
    case epochSeconds = "epoch_seconds"
    /// Whole epoch milliseconds only: `1795547102557`. A fraction is an error, as it could
    /// not survive the round trip.
    case epochMilliseconds = "epoch_milliseconds"
    /// RFC 3339 strings only (Azure, Google): read with any offset, written in UTC with
    /// milliseconds, `2026-11-24T19:05:02.557Z`.
    case rfc3339
}
