/// How a provider spells a `TIMESTAMP` attribute: the spec's `timestamp_format`.
///
/// Every form accepts exactly the instants of `Timestamp.supportedMilliseconds`; a value
/// outside them is a mapping error with the attribute's path.
public enum TimestampFormat: String, Sendable, Hashable, CaseIterable {
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
