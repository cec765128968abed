import Testing
@testable import AttributeSpec

/// The `timestamp_format` key on attributes and tables (issue 14 §3).
@Suite("timestamp_format key")
struct TimestampFormatSpecTests {
    @Test("attribute and table values load with their locations")
    func loads() throws {
        let (spec, diagnostics) = try loadJSON(#"""
        {"resource": "t", "timestamp_format": "rfc3339", "attributes": [
        {"name": "a", "type": "TIMESTAMP", "provider_name": "A", "timestamp_format": "epoch_milliseconds"},
        {"name": "b", "type": "TIMESTAMP", "provider_name": "B"}
        ]}
        """#)
        #expect(diagnostics == [])
        #expect(spec?.timestampFormat?.value == .rfc3339)
        #expect(spec?.attributes.first?.timestampFormat?.value == .epochMilliseconds)
        #expect(spec?.attributes.first?.timestampFormat?.location.line == 2)
        #expect(spec?.attributes.last?.timestampFormat == nil)
    }

    @Test("an unknown value is an error with a suggestion, or the list of values")
    func unknownValue() throws {
        let (_, diagnostics) = try loadJSON(#"""
        {"resource": "t", "timestamp_format": "iso", "attributes": [
        {"name": "a", "type": "TIMESTAMP", "timestamp_format": "epoch_milisecond"}
        ]}
        """#)
        #expect(diagnostics == [
            "t.json:1:39: error: unknown timestamp_format 'iso'\nt.json:1:39: note: expected one of epoch_seconds_or_rfc3339, epoch_seconds, epoch_milliseconds, rfc3339",
            "t.json:2:56: error: unknown timestamp_format 'epoch_milisecond'\nt.json:2:56: note: did you mean 'epoch_milliseconds'?",
        ])
    }

    @Test("only TIMESTAMP attributes take it")
    func onlyTimestamps() throws {
        let (spec, loadDiagnostics) = try loadJSON(#"""
        {"resource": "t", "attributes": [
        {"name": "a", "type": "STRING", "timestamp_format": "rfc3339"}
        ]}
        """#)
        #expect(loadDiagnostics == [])
        let validated = SpecValidator.validate(try #require(spec))
        #expect(validated.diagnostics.map(\.description) == [
            "t.json:2:53: error: timestamp_format applies only to TIMESTAMP attributes, not STRING",
        ])
    }

    @Test("the normalizer keeps the key")
    func normalized() throws {
        let (spec, _) = try loadJSON(#"""
        {"resource": "t", "timestamp_format": "epoch_seconds", "attributes": [
        {"name": "a", "type": "TIMESTAMP", "timestamp_format": "rfc3339"}
        ]}
        """#)
        let text = SpecNormalizer.canonicalJSON(try #require(spec))
        #expect(text.contains(#""timestamp_format": "epoch_seconds""#))
        #expect(text.contains(#""timestamp_format": "rfc3339""#))
        let again = try #require(try loadJSON(text).spec)
        #expect(again.timestampFormat?.value == .epochSeconds)
        #expect(again.attributes.first?.timestampFormat?.value == .rfc3339)
    }
}
