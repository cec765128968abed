import Foundation
import Testing
@testable import AttributeRuntime

/// The accepted timestamp range, 0000-01-01T00:00:00.000Z through 9999-12-31T23:59:59.999Z,
/// is the range the record format prints; inside it every form round-trips exactly, outside it
/// every form is a mapping error with the attribute path.
@Suite("Timestamp range")
struct TimestampRangeTests {
    // Computed with Python: datetime(1, 1, 1) minus 366 days (year 0 is a leap year in the
    // proleptic Gregorian calendar), and datetime(9999, 12, 31, 23, 59, 59, 999000).
    static let earliest: Int64 = -62_167_219_200_000
    static let latest: Int64 = 253_402_300_799_999

    @Test("the range is years 0000 to 9999 of the record format")
    func bounds() {
        #expect(Timestamp.supportedMilliseconds == Self.earliest...Self.latest)
        #expect(Timestamp.rfc3339String(from: Timestamp.date(epochMilliseconds: Self.earliest)) == "0000-01-01T00:00:00.000Z")
        #expect(Timestamp.rfc3339String(from: Timestamp.date(epochMilliseconds: Self.latest)) == "9999-12-31T23:59:59.999Z")
    }

    @Test("the issue's CreationTime is an error with its attribute path, not a changed value")
    func issueRegression() {
        #expect(mappingErrors(#"{"Created": 4451709250713.155}"#) == [
            MappingError(.timestampOutOfRange("4451709250713.155"), attributePath: "created", providerPath: "Created"),
        ])
    }

    @Test("both ends round-trip in every form; one millisecond beyond is an error", arguments: [
        // (inside, outside) as epoch seconds and as RFC 3339 text.
        ("-62167219200", "-62167219200.001", "0000-01-01T00:00:00Z", "0000-01-01T00:59:59.999+01:00"),
        ("253402300799.999", "253402300800", "9999-12-31T23:59:59.999Z", "9999-12-31T23:00:00-01:00"),
    ])
    func ends(insideSeconds: String, outsideSeconds: String, insideText: String, outsideText: String) throws {
        for inside in [insideSeconds, "\"\(insideText)\""] {
            let job = try Job(providerJSON: #"{"Created": \#(inside)}"#)
            let payload = job.providerJSON()
            #expect(String(decoding: payload, as: UTF8.self) == #"{"Created":\#(insideSeconds)}"#)
            #expect(try Job(providerJSON: payload) == job)
            let record = try JSONEncoder().encode(TimestampCodingTests.Record(created: job.created, name: nil))
            #expect(try JSONDecoder().decode(TimestampCodingTests.Record.self, from: record).created == job.created)
        }
        #expect(mappingErrors(#"{"Created": \#(outsideSeconds)}"#)
            == [MappingError(.timestampOutOfRange(outsideSeconds), attributePath: "created", providerPath: "Created")])
        #expect(mappingErrors(#"{"Created": "\#(outsideText)"}"#)
            == [MappingError(.timestampOutOfRange(outsideText), attributePath: "created", providerPath: "Created")])
    }

    @Test("the message names the value and the range")
    func message() {
        let errors = mappingErrors(#"{"Created": 1e12}"#)
        #expect(errors.map(\.description) == [
            "attribute 'created' (provider Created): timestamp 1e12 is outside 0000-01-01T00:00:00.000Z...9999-12-31T23:59:59.999Z",
        ])
    }

    @Test("dates outside the range are neither clamped in records nor written to providers")
    func noClamp() throws {
        for milliseconds in [Self.latest + 1, Self.earliest - 1, 10_000_000_000_000_000] {
            let date = Timestamp.date(epochMilliseconds: milliseconds)
            #expect(Timestamp.epochSeconds(of: date) == nil)
            #expect(throws: EncodingError.self) {
                try JSONEncoder().encode(TimestampCodingTests.Record(created: date, name: nil))
            }
            #expect(Job(created: date).providerJSON() == Array("{}".utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(TimestampCodingTests.Record.self, from: Data(#"{"created":"0000-01-01T00:00:00+00:01"}"#.utf8))
        }
    }

    @Test("provider -> value -> provider -> value is the identity across the range", arguments: [UInt64(7), 8, 9])
    func roundTripProperty(seed: UInt64) throws {
        var generator = SplitMix(seed: seed)
        var samples: [Int64] = []
        for offset in Int64(0)..<200 {
            samples.append(Self.earliest + offset)
            samples.append(Self.latest - offset)
        }
        for _ in 0..<3_000 {
            samples.append(Int64.random(in: Self.earliest...Self.latest, using: &generator))
        }
        var failures: [String] = []
        for milliseconds in samples {
            let date = Timestamp.date(epochMilliseconds: milliseconds)
            // The provider's own spellings: canonical seconds, RFC 3339 text, and seconds with
            // needless digits; each must give the same value, which then writes and reads back.
            let seconds = try #require(Timestamp.epochSeconds(of: date)).text
            let text = try #require(Timestamp.rfc3339String(from: date))
            let forms = [seconds, "\"\(text)\"", "\(seconds)\(seconds.contains(".") ? "" : ".")0000"]
            for form in forms {
                guard let first = try? Job(providerJSON: #"{"Created": \#(form)}"#),
                      let second = try? Job(providerJSON: first.providerJSON()) else {
                    failures.append(form)
                    continue
                }
                if first != second || first.created.flatMap(Timestamp.epochMilliseconds(of:)) != milliseconds
                    || String(decoding: second.providerJSON(), as: UTF8.self) != #"{"Created":\#(seconds)}"# {
                    failures.append(form)
                }
            }
        }
        #expect(failures.isEmpty, "seed \(seed): \(failures.prefix(5))")
    }
}

extension Job {
    init(created: Date) {
        self.init()
        self.created = created
    }
}
