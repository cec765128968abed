#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Hand-written timestamp conversions with millisecond precision.
///
/// `DateFormatter` and `ISO8601DateFormatter` are slow and locale-dependent; provider payloads
/// only ever use epoch seconds or RFC 3339, both cheap to read byte by byte. Every conversion
/// goes through whole milliseconds so that `1795547102.557` survives a round trip exactly,
/// whatever binary error `Date`'s `Double` carries.
public enum Timestamp {
    private static let millisecondsPerDay: Int64 = 86_400_000

    /// The milliseconds since 1970-01-01T00:00:00Z a timestamp may have:
    /// 0000-01-01T00:00:00.000Z through 9999-12-31T23:59:59.999Z, the years a record's
    /// four-digit RFC 3339 text can print. A value outside it is a mapping error, never a clamp.
    ///
    /// Inside it, milliseconds → `Date` → milliseconds is exact: every bound is below 2^48, so
    /// the milliseconds are exact as a `Double`; the division by 1000 and the two shifts `Date`
    /// makes between the 1970 and 2001 epochs each err by at most half an ulp of a number below
    /// 2^38 seconds, about 15 µs, so the total error stays far below the half millisecond that
    /// rounding absorbs. (The former ±10^16 ms bound was not exact: 4451709250713.155 s came
    /// back as …156.) The tests check both ends and random values across the range.
    public static let supportedMilliseconds: ClosedRange<Int64> = -62_167_219_200_000...253_402_300_799_999

    /// The date at a whole number of milliseconds since 1970-01-01T00:00:00Z.
    public static func date(epochMilliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(epochMilliseconds) / 1000)
    }

    /// Milliseconds since 1970-01-01T00:00:00Z, rounded to the nearest millisecond; `nil` for
    /// dates outside `supportedMilliseconds` (`.distantFuture`, year 4001, is inside).
    public static func epochMilliseconds(of date: Date) -> Int64? {
        let milliseconds = (date.timeIntervalSince1970 * 1000).rounded()
        // Compared as `Double` first: converting an out-of-range `Double` to `Int64` would trap.
        guard milliseconds >= Double(supportedMilliseconds.lowerBound),
              milliseconds <= Double(supportedMilliseconds.upperBound) else { return nil }
        return Int64(milliseconds)
    }

    /// The date for epoch seconds as a JSON number (`1795547102` or `1795547102.557`), rounded
    /// to milliseconds; `nil` outside `supportedMilliseconds`.
    public static func date(epochSeconds number: JSONNumber) -> Date? {
        // Exact decimal arithmetic first: `1795547102.557` is exactly 1795547102557 ms, with no
        // binary rounding and no call into `strtod`.
        let milliseconds: Int64
        switch number.integerConversion(decimalShift: 3) {
        case .value(let exact):
            milliseconds = exact
        case .notIntegral:
            // Digits below the millisecond: round. Within the range the `Double` is exact to
            // far better than a millisecond, so only exact ties could round either way.
            guard let seconds = number.doubleValue else { return nil }
            let rounded = (seconds * 1000).rounded()
            guard rounded >= Double(supportedMilliseconds.lowerBound), rounded <= Double(supportedMilliseconds.upperBound) else { return nil }
            milliseconds = Int64(rounded)
        case .outOfRange:
            return nil
        }
        guard supportedMilliseconds.contains(milliseconds) else { return nil }
        return date(epochMilliseconds: milliseconds)
    }

    /// The outcome of reading epoch milliseconds, told apart so errors can say why.
    enum MillisecondsConversion {
        case date(Date)
        case notIntegral
        case outOfRange
    }

    /// The date for epoch milliseconds as a JSON number (`1795547102557`). Only whole
    /// milliseconds are accepted: a fraction would not survive the round trip.
    static func date(epochMilliseconds number: JSONNumber) -> MillisecondsConversion {
        switch number.integerConversion() {
        case .value(let milliseconds) where supportedMilliseconds.contains(milliseconds):
            return .date(date(epochMilliseconds: milliseconds))
        case .value, .outOfRange:
            return .outOfRange
        case .notIntegral:
            return .notIntegral
        }
    }

    /// Epoch milliseconds as an exact JSON integer; `nil` outside `supportedMilliseconds`.
    public static func epochMillisecondsNumber(of date: Date) -> JSONNumber? {
        epochMilliseconds(of: date).map { JSONNumber($0) }
    }

    /// Epoch seconds with at most three decimals and no trailing zeros (`1795547102.557`,
    /// `1795547102.5`, `1795547102`), the form providers send; `nil` for unrepresentable dates.
    public static func epochSeconds(of date: Date) -> JSONNumber? {
        guard let milliseconds = epochMilliseconds(of: date) else { return nil }
        var text = milliseconds < 0 ? "-" : ""
        let magnitude = milliseconds.magnitude
        text += String(magnitude / 1000)
        var fraction = magnitude % 1000
        if fraction > 0 {
            var digits = 3
            while fraction % 10 == 0 {
                fraction /= 10
                digits -= 1
            }
            let fractionText = String(fraction)
            text += "." + String(repeating: "0", count: digits - fractionText.utf8.count) + fractionText
        }
        return JSONNumber(text)
    }

    /// `2026-11-24T17:45:02.557Z`: UTC, always three fraction digits, so records sort and diff
    /// as text; `nil` for dates outside `supportedMilliseconds` (years 0000 to 9999), which
    /// four digits cannot print. Never clamped: a changed date would be silent data loss.
    public static func rfc3339String(from date: Date) -> String? {
        guard let milliseconds = epochMilliseconds(of: date) else { return nil }
        let days = floorDivide(milliseconds, millisecondsPerDay)
        var rest = milliseconds - days * millisecondsPerDay
        let (year, month, day) = civil(fromDays: days)
        let hour = rest / 3_600_000
        rest %= 3_600_000
        let minute = rest / 60_000
        rest %= 60_000
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        func append(_ value: Int64, digits: Int) {
            var divisor: Int64 = 1
            for _ in 1..<digits { divisor *= 10 }
            var remaining = value
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(remaining / divisor))
                remaining %= divisor
                divisor /= 10
            }
        }
        append(year, digits: 4)
        bytes.append(UInt8(ascii: "-"))
        append(month, digits: 2)
        bytes.append(UInt8(ascii: "-"))
        append(day, digits: 2)
        bytes.append(UInt8(ascii: "T"))
        append(hour, digits: 2)
        bytes.append(UInt8(ascii: ":"))
        append(minute, digits: 2)
        bytes.append(UInt8(ascii: ":"))
        append(rest / 1000, digits: 2)
        bytes.append(UInt8(ascii: "."))
        append(rest % 1000, digits: 3)
        bytes.append(UInt8(ascii: "Z"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Reads RFC 3339 / ISO 8601 date-times: `2026-11-24T17:45:02Z`, with any number of fraction
    /// digits (rounded to milliseconds), `T`, `t` or a space between date and time, and `Z` or
    /// an offset `+02:00`, `+0200` or `+02`. Returns `nil` for anything else, including
    /// impossible dates such as February 30 and instants outside `supportedMilliseconds`
    /// (`0000-01-01T00:30:00+01:00`).
    public static func date(rfc3339 string: String) -> Date? {
        epochMilliseconds(rfc3339: string).flatMap { supportedMilliseconds.contains($0) ? date(epochMilliseconds: $0) : nil }
    }

    /// The milliseconds an RFC 3339 string names, in or out of `supportedMilliseconds`; `nil`
    /// when it is not RFC 3339.
    static func epochMilliseconds(rfc3339 string: String) -> Int64? {
        var string = string
        return string.withUTF8 { epochMilliseconds(rfc3339: $0) }
    }

    /// The byte-level RFC 3339 reader behind `date(rfc3339:)`.
    static func epochMilliseconds(rfc3339 bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        var index = 0
        func number(_ digits: Int) -> Int64? {
            guard index + digits <= bytes.count else { return nil }
            var value: Int64 = 0
            for _ in 0..<digits {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int64(digit)
                index += 1
            }
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }
        guard let year = number(4), expect(UInt8(ascii: "-")),
              let month = number(2), expect(UInt8(ascii: "-")),
              let day = number(2) else { return nil }
        guard index < bytes.count, [UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: " ")].contains(bytes[index]) else { return nil }
        index += 1
        guard let hour = number(2), expect(UInt8(ascii: ":")),
              let minute = number(2), expect(UInt8(ascii: ":")),
              let second = number(2) else { return nil }
        guard (1...12).contains(month), day >= 1, day <= daysInMonth(year: year, month: month),
              hour <= 23, minute <= 59, second <= 60 else { return nil }
        var fraction: Int64 = 0
        if expect(UInt8(ascii: ".")) {
            var digits = 0
            var roundUp = false
            while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 {
                let digit = Int64(bytes[index] - UInt8(ascii: "0"))
                if digits < 3 {
                    fraction = fraction * 10 + digit
                } else if digits == 3 {
                    roundUp = digit >= 5
                }
                digits += 1
                index += 1
            }
            guard digits > 0 else { return nil }
            for _ in digits..<max(digits, 3) { fraction *= 10 }
            if roundUp { fraction += 1 }
        }
        guard index < bytes.count else { return nil }
        var offsetMinutes: Int64 = 0
        switch bytes[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            index += 1
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let sign: Int64 = bytes[index] == UInt8(ascii: "-") ? -1 : 1
            index += 1
            guard let offsetHours = number(2), offsetHours <= 23 else { return nil }
            var offsetMinute: Int64 = 0
            if index < bytes.count {
                _ = expect(UInt8(ascii: ":"))
                guard let minutes = number(2), minutes <= 59 else { return nil }
                offsetMinute = minutes
            }
            offsetMinutes = sign * (offsetHours * 60 + offsetMinute)
        default:
            return nil
        }
        guard index == bytes.count else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = ((days * 24 + hour) * 60 + minute - offsetMinutes) * 60 + second
        return seconds * 1000 + fraction
    }

    private static func isLeapYear(_ year: Int64) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    private static func daysInMonth(year: Int64, month: Int64) -> Int64 {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return value % divisor < 0 ? quotient - 1 : quotient
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar, counted in 400-year eras so
    /// that no table or loop is needed (after Howard Hinnant's published derivation).
    static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = floorDivide(shiftedYear, 400)
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The inverse of `daysFromCivil`.
    static func civil(fromDays days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = days + 719_468
        let era = floorDivide(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

extension Timestamp {
    /// `0000-01-01T00:00:00.000Z...9999-12-31T23:59:59.999Z`, for error messages.
    static let supportedRangeDescription = "0000-01-01T00:00:00.000Z...9999-12-31T23:59:59.999Z"
}
