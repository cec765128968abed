import Foundation
import Testing
@testable import AttributeRuntime

@Suite("Timestamps")
struct TimestampTests {
    // Expected values computed with Python's datetime, which is independent of this code.
    @Test("RFC 3339 formatting in UTC with milliseconds", arguments: [
        (Int64(1_795_547_102_557), "2026-11-24T19:05:02.557Z"),
        (0, "1970-01-01T00:00:00.000Z"),
        (-1_500, "1969-12-31T23:59:58.500Z"),
        (951_782_400_000, "2000-02-29T00:00:00.000Z"),
        (253_402_300_799_999, "9999-12-31T23:59:59.999Z"),
        (1_709_210_096_000, "2024-02-29T12:34:56.000Z"),
    ])
    func formatting(milliseconds: Int64, expected: String) {
        let date = Timestamp.date(epochMilliseconds: milliseconds)
        #expect(Timestamp.rfc3339String(from: date) == expected)
        #expect(Timestamp.date(rfc3339: expected).flatMap(Timestamp.epochMilliseconds(of:)) == milliseconds)
    }

    @Test("RFC 3339 parsing forms", arguments: [
        ("2026-11-24T19:05:02.557Z", Int64(1_795_547_102_557)),
        ("2026-11-24T19:05:02Z", 1_795_547_102_000),
        ("2026-11-24t19:05:02z", 1_795_547_102_000),
        ("2026-11-24 19:05:02Z", 1_795_547_102_000),
        ("2026-11-24T19:45:02.557+02:00", 1_795_542_302_557),
        ("2026-11-24T19:45:02.557+0200", 1_795_542_302_557),
        ("2026-11-24T19:45:02.557+02", 1_795_542_302_557),
        ("2024-02-29T12:34:56-05:30", 1_709_229_896_000),
        ("2026-11-24T19:05:02.5Z", 1_795_547_102_500),
        ("2026-11-24T19:05:02.123456789Z", 1_795_547_102_123),
        ("2026-11-24T19:05:02.1235Z", 1_795_547_102_124),
        ("2026-11-24T19:05:02.9996Z", 1_795_547_103_000),
        ("2016-12-31T23:59:60Z", 1_483_228_800_000),
    ])
    func parsing(text: String, milliseconds: Int64) {
        #expect(Timestamp.date(rfc3339: text).flatMap(Timestamp.epochMilliseconds(of:)) == milliseconds)
    }

    @Test("malformed strings are rejected", arguments: [
        "", "2026-11-24", "2026-11-24T19:05:02", "2026-11-24T19:05Z", "2026-13-01T00:00:00Z",
        "2026-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-11-24T24:00:00Z", "2026-11-24T19:60:00Z",
        "2026-11-24T19:05:61Z", "2026-11-24T19:05:02.Z", "2026-11-24T19:05:02+2:00", "2026-11-24T19:05:02+02:0",
        "2026-11-24T19:05:02+24:00", "2026-11-24T19:05:02ZZ", "26-11-24T19:05:02Z", "2026/11/24T19:05:02Z",
        "1795547102", "２０２６-11-24T19:05:02Z", "2026-11-24T19:05:02 Z",
    ])
    func malformed(text: String) {
        #expect(Timestamp.date(rfc3339: text) == nil)
    }

    @Test("epoch seconds keep milliseconds exactly")
    func epochSeconds() throws {
        let precise = try #require(JSONNumber("1795547102.557"))
        let date = try #require(Timestamp.date(epochSeconds: precise))
        #expect(Timestamp.epochMilliseconds(of: date) == 1_795_547_102_557)
        #expect(Timestamp.epochSeconds(of: date)?.text == "1795547102.557")
        #expect(Timestamp.epochSeconds(of: Timestamp.date(epochMilliseconds: 1_795_547_102_500))?.text == "1795547102.5")
        #expect(Timestamp.epochSeconds(of: Timestamp.date(epochMilliseconds: 1_795_547_102_000))?.text == "1795547102")
        #expect(Timestamp.epochSeconds(of: Timestamp.date(epochMilliseconds: -1_050))?.text == "-1.05")
        #expect(Timestamp.epochSeconds(of: Timestamp.date(epochMilliseconds: 7))?.text == "0.007")
        // Sub-millisecond input rounds to the nearest millisecond.
        let subMillisecond = try #require(JSONNumber("1.0006"))
        let rounded = try #require(Timestamp.date(epochSeconds: subMillisecond))
        #expect(Timestamp.epochMilliseconds(of: rounded) == 1_001)
        let huge = try #require(JSONNumber("1e300"))
        #expect(Timestamp.date(epochSeconds: huge) == nil)
        #expect(Timestamp.date(epochSeconds: JSONNumber(Int64.max)) == nil)
        #expect(Timestamp.epochSeconds(of: Date(timeIntervalSince1970: .infinity)) == nil)
    }

    @Test("every millisecond of a sample survives Date and back")
    func millisecondRoundTrip() {
        var failures = 0
        for milliseconds in stride(from: Int64(1_795_547_100_000), to: 1_795_547_110_000, by: 1) {
            let date = Timestamp.date(epochMilliseconds: milliseconds)
            if Timestamp.epochMilliseconds(of: date) != milliseconds { failures += 1 }
            if Timestamp.rfc3339String(from: date).flatMap(Timestamp.date(rfc3339:)) != date { failures += 1 }
        }
        #expect(failures == 0)
    }

    @Test("civil date conversion matches a day-by-day walk over 800 years")
    func civilDates() {
        var days = Timestamp.daysFromCivil(year: 1600, month: 1, day: 1)
        var mismatches = 0
        for year in Int64(1600)...2400 {
            for month in Int64(1)...12 {
                let length: Int64 = switch month {
                case 2: (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
                case 4, 6, 9, 11: 30
                default: 31
                }
                for day in 1...length {
                    if Timestamp.daysFromCivil(year: year, month: month, day: day) != days { mismatches += 1 }
                    if Timestamp.civil(fromDays: days) != (year, month, day) { mismatches += 1 }
                    days += 1
                }
            }
        }
        #expect(mismatches == 0)
    }
}

@Suite("Timestamps in Codable records")
struct TimestampCodingTests {
    struct Record: Codable, Equatable {
        var created: Date?
        var name: String?

        enum CodingKeys: String, CodingKey {
            case created
            case name
        }

        init(created: Date?, name: String?) {
            self.created = created
            self.name = name
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            created = try container.decodeTimestampIfPresent(forKey: .created)
            name = try container.decodeIfPresent(String.self, forKey: .name)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeTimestampIfPresent(created, forKey: .created)
            try container.encodeIfPresent(name, forKey: .name)
        }
    }

    @Test("encodes RFC 3339 with milliseconds whatever the date strategy")
    func encoding() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        encoder.dateEncodingStrategy = .secondsSince1970
        let record = Record(created: Timestamp.date(epochMilliseconds: 1_795_547_102_557), name: "n")
        let json = String(decoding: try encoder.encode(record), as: UTF8.self)
        #expect(json == #"{"created":"2026-11-24T19:05:02.557Z","name":"n"}"#)
        #expect(try JSONDecoder().decode(Record.self, from: Data(json.utf8)) == record)
        #expect(String(decoding: try encoder.encode(Record(created: nil, name: nil)), as: UTF8.self) == "{}")
    }

    @Test("decodes offsets, missing values and null; rejects junk")
    func decoding() throws {
        let decoder = JSONDecoder()
        let offset = try decoder.decode(Record.self, from: Data(#"{"created":"2026-11-24T21:05:02+02:00"}"#.utf8))
        #expect(offset.created.flatMap(Timestamp.epochMilliseconds(of:)) == 1_795_547_102_000)
        #expect(try decoder.decode(Record.self, from: Data(#"{"created":null}"#.utf8)).created == nil)
        #expect(try decoder.decode(Record.self, from: Data("{}".utf8)).created == nil)
        #expect(throws: DecodingError.self) {
            try decoder.decode(Record.self, from: Data(#"{"created":"yesterday"}"#.utf8))
        }
    }
}
