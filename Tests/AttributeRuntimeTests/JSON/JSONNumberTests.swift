import Testing
@testable import AttributeRuntime

@Suite("JSON numbers")
struct JSONNumberTests {
    @Test("exact integer conversion", arguments: [
        ("3", JSONNumber.IntegerConversion.value(3)),
        ("3.0", .value(3)),
        ("-0.0", .value(0)),
        ("3e2", .value(300)),
        ("1.5e1", .value(15)),
        ("12.3400e2", .value(1234)),
        ("0.000e5", .value(0)),
        ("100e-2", .value(1)),
        ("3.5", .notIntegral),
        ("1e-1", .notIntegral),
        ("123456789.0000000001", .notIntegral),
        ("1e20", .outOfRange),
        ("9223372036854775807", .value(Int64.max)),
        ("9223372036854775808", .outOfRange),
        ("-9223372036854775808", .value(Int64.min)),
        ("-9223372036854775809", .outOfRange),
        ("922337203685477580.7e1", .value(Int64.max)),
        ("1e999999999999999999", .outOfRange),
        ("1e-999999999999999999", .notIntegral),
        ("00000000000000000000000000001", .value(1)),
    ])
    func integerConversion(text: String, expected: JSONNumber.IntegerConversion) {
        let number = JSONNumber(storage: .text(text))
        #expect(number.integerConversion() == expected)
    }

    @Test("millisecond shift is exact")
    func shifted() {
        #expect(JSONNumber(storage: .text("1795547102.557")).integerConversion(decimalShift: 3) == .value(1_795_547_102_557))
        #expect(JSONNumber(17).integerConversion(decimalShift: 3) == .value(17_000))
        #expect(JSONNumber(Int64.max).integerConversion(decimalShift: 3) == .outOfRange)
        #expect(JSONNumber(storage: .text("1.0005")).integerConversion(decimalShift: 3) == .notIntegral)
    }

    @Test("text validation", arguments: [
        ("0", true), ("-0", true), ("1.5", true), ("1e5", true), ("1E+5", true), ("-1.25e-3", true),
        ("01", false), ("+1", false), ("1.", false), (".5", false), ("1e", false), ("", false),
        ("-", false), ("1x", false), ("NaN", false), ("Infinity", false), (" 1", false),
    ])
    func validation(text: String, valid: Bool) {
        #expect((JSONNumber(text) != nil) == valid)
    }

    @Test("Double and Float values")
    func floatingPoint() throws {
        #expect(try #require(JSONNumber("0.1")).doubleValue == 0.1)
        #expect(try #require(JSONNumber("0.1")).floatValue == Float(0.1))
        #expect(try #require(JSONNumber("1e400")).doubleValue == nil)
        #expect(try #require(JSONNumber("1e39")).floatValue == nil)
        #expect(JSONNumber(Int64(42)).doubleValue == 42)
        #expect(try #require(JSONNumber("9007199254740993")).int64Value == 9_007_199_254_740_993)
    }
}
