import Testing
@testable import AttributeRuntime

@Suite("JSON serializer")
struct JSONSerializerTests {
    private func text(_ value: JSONValue, sorted: Bool = true) -> String {
        String(decoding: value.serialized(sortedKeys: sorted), as: UTF8.self)
    }

    @Test("compact output with sorted keys at every level")
    func sortedKeys() {
        let value: JSONValue = ["b": [true, nil, 1.5], "a": ["z": 1, "y": "s"], "B": 0]
        #expect(text(value) == #"{"B":0,"a":{"y":"s","z":1},"b":[true,null,1.5]}"#)
        #expect(text(value, sorted: false) == #"{"b":[true,null,1.5],"a":{"z":1,"y":"s"},"B":0}"#)
    }

    @Test("string escaping")
    func escaping() {
        #expect(text("q\"b\\n\n\r\t\u{8}\u{C}\u{1}\u{1F}/é😀") == #""q\"b\\n\n\r\t\b\f\u0001\u001f/é😀""#)
    }

    @Test("numbers keep their text")
    func numbers() throws {
        #expect(text(.number(try #require(JSONNumber("-1.50e+3")))) == "-1.50e+3")
        #expect(text(.number(JSONNumber(Int64.min))) == "-9223372036854775808")
        #expect(text(.number(try #require(JSONNumber(exactly: Float(0.1))))) == "0.1")
        #expect(JSONNumber(exactly: Double.infinity) == nil)
        #expect(JSONNumber(exactly: Float.nan) == nil)
    }

    @Test("serialize then parse gives the same value")
    func roundTrip() throws {
        let value: JSONValue = ["k": ["\u{0}x", "€", ["n": [1, -2, 3.25, nil, false]]], "e": [:], "a": []]
        #expect(try JSONValue(parsing: value.serialized()) == value)
        #expect(try JSONValue(parsing: value.serialized(sortedKeys: true)) == value)
    }

    @Test("building an object keeps first positions and last values")
    func objectConstruction() {
        let object = JSONObject([("b", 1), ("a", 2), ("b", 3)])
        #expect(object.keys == ["b", "a"])
        #expect(object["b"] == 3)
        var copy = object
        copy["a"] = nil
        copy["c"] = true
        #expect(copy.keys == ["b", "c"])
    }

    @Test("description is sorted compact JSON")
    func description() {
        let value: JSONValue = ["b": 1, "a": "x"]
        #expect(value.description == #"{"a":"x","b":1}"#)
    }
}
