import AttributeRuntime
import Foundation
import ResourceModels
import Testing

/// Timestamps through generated mappers: the accepted range (issue 15 §2) and the spec's
/// `timestamp_format` (issue 14 §3).
@Suite("Generated timestamp mapping")
struct TimestampMappingTests {
    private func errors<T: ProviderMappable>(_ type: T.Type, _ json: String) -> [MappingError] {
        do {
            _ = try T(providerJSON: json)
            return []
        } catch {
            return error.errors
        }
    }

    @Test("issue 15: a CreationTime beyond year 9999 is an error, not a changed value")
    func creationTimeOutOfRange() {
        #expect(errors(AWSSagemakerCompilationJob.self, #"{"CreationTime": 4451709250713.155}"#) == [
            MappingError(.timestampOutOfRange("4451709250713.155"), attributePath: "creation_time", providerPath: "CreationTime"),
        ])
    }

    @Test("issue 14: milliseconds on a default TIMESTAMP are an error, not year 56,900 clamped to 9999")
    func millisecondsReadAsSeconds() {
        #expect(errors(EveryType.self, #"{"CreatedAt": 1732800000123}"#) == [
            MappingError(.timestampOutOfRange("1732800000123"), attributePath: "created_at", providerPath: "CreatedAt"),
        ])
    }

    @Test("each timestamp_format reads and writes its own form")
    func formats() throws {
        let json = #"""
        {"CreatedMillis": 1732800000123, "Seconds": 1732800000.123, "Text": "2024-11-28T14:20:00.123+01:00",
         "Either": "2024-11-28T13:20:00.123Z", "properties": {"window": {"startsAt": 1732800000123, "endsAt": "2024-11-28T13:20:00.123Z"}}}
        """#
        let value = try TimestampForms(providerJSON: json, context: ["supplied": 1732800000123], options: MappingOptions(strict: true))
        let expected = Timestamp.date(epochMilliseconds: 1_732_800_000_123)
        #expect([value.createdMillis, value.seconds, value.text, value.either, value.supplied, value.window?.starts, value.window?.ends]
            == Array(repeating: expected, count: 7))
        #expect(String(decoding: value.providerJSON(), as: UTF8.self) == #"""
        {"CreatedMillis":1732800000123,"Either":1732800000.123,"Seconds":1732800000.123,"Text":"2024-11-28T13:20:00.123Z","properties":{"window":{"endsAt":"2024-11-28T13:20:00.123Z","startsAt":1732800000123}}}
        """#)
    }

    @Test("a value in another form is reported with the attribute path")
    func wrongForms() {
        #expect(errors(TimestampForms.self, #"{"CreatedMillis": "2024-11-28T13:20:00Z", "Seconds": "2024-11-28T13:20:00Z", "Text": 1732800000, "properties": {"window": {"startsAt": 1732800000123.5}}}"#) == [
            MappingError(.typeMismatch(expected: .timestampEpochMilliseconds, found: .string), attributePath: "created_millis", providerPath: "CreatedMillis"),
            MappingError(.typeMismatch(expected: .timestampEpochSeconds, found: .string), attributePath: "seconds", providerPath: "Seconds"),
            MappingError(.typeMismatch(expected: .timestampRFC3339, found: .number), attributePath: "text", providerPath: "Text"),
            MappingError(.numberNotIntegral(number: "1732800000123.5", type: .timestampEpochMilliseconds), attributePath: "window.starts", providerPath: "properties.window.startsAt"),
        ])
        #expect(MappingError(.typeMismatch(expected: .timestampRFC3339, found: .number), attributePath: "text", providerPath: "Text").description
            == "attribute 'text' (provider Text): expected TIMESTAMP rfc3339 (string), found number")
    }

    @Test("milliseconds outside the range are an error in every form")
    func millisecondRange() {
        #expect(errors(TimestampForms.self, #"{"CreatedMillis": 253402300800000, "properties": {"window": {"startsAt": -62167219200001}}}"#) == [
            MappingError(.timestampOutOfRange("253402300800000"), attributePath: "created_millis", providerPath: "CreatedMillis"),
            MappingError(.timestampOutOfRange("-62167219200001"), attributePath: "window.starts", providerPath: "properties.window.startsAt"),
        ])
        #expect(errors(TimestampForms.self, #"{"CreatedMillis": 253402300799999, "properties": {"window": {"startsAt": -62167219200000}}}"#) == [])
    }
}
