/// How a provider spells a `TIMESTAMP` attribute: the spec key `timestamp_format`, on an
/// attribute or, as the default for all of its timestamps, on the table.
///
/// Without the key a timestamp reads epoch seconds or an RFC 3339 string and writes epoch
/// seconds (`epoch_seconds_or_rfc3339`), as AWS JSON protocols do. Whatever the form, a value
/// outside 0000-01-01T00:00:00.000Z...9999-12-31T23:59:59.999Z is a mapping error.
public enum TimestampFormat: String, CaseIterable, Hashable, Sendable {
    /// The default: epoch seconds (`1795547102.557`) or RFC 3339 when reading; seconds when writing.
    case epochSecondsOrRFC3339 = "epoch_seconds_or_rfc3339"
    /// Epoch seconds only, with up to millisecond fractions.
    case epochSeconds = "epoch_seconds"
    /// Whole epoch milliseconds only (`1795547102557`).
    case epochMilliseconds = "epoch_milliseconds"
    /// RFC 3339 strings only (Azure, Google), written in UTC with milliseconds.
    case rfc3339
}
