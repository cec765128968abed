import AttributeRuntime
import Foundation
import Testing

@Suite("Record coders")
struct RecordCodingTests {
    /// Every attribute type, coded the way generated code codes it.
    struct Everything: Codable, Equatable {
        struct Inner: Codable, Equatable {
            var label: String?
            init(label: String?) { self.label = label }
            init(from decoder: any Decoder) throws {
                label = try RecordDecoder(decoder).string("label")
            }
            func encode(to encoder: any Encoder) throws {
                var record = RecordEncoder(encoder)
                try record.string(label, forKey: "label")
            }
        }

        var string: String?
        var int32: Int32?
        var int64: Int64?
        var bool: Bool?
        var double: Double?
        var float: Float?
        var timestamp: Date?
        var stringList: [String]?
        var int32List: [Int32]?
        var stringMap: [String: String]?
        var inner: Inner?
        var inners: [Inner]?

        init() {}

        init(from decoder: any Decoder) throws {
            let record = try RecordDecoder(decoder)
            string = try record.string("a_string")
            int32 = try record.int32("an_int32")
            int64 = try record.int64("an_int64")
            bool = try record.bool("a_bool")
            double = try record.double("a_double")
            float = try record.float("a_float")
            timestamp = try record.timestamp("a_timestamp")
            stringList = try record.stringList("strings")
            int32List = try record.int32List("numbers")
            stringMap = try record.stringMap("labels")
            inner = try record.value("inner", as: Inner.self)
            inners = try record.value("inners", as: [Inner].self)
        }

        func encode(to encoder: any Encoder) throws {
            var record = RecordEncoder(encoder)
            try record.string(string, forKey: "a_string")
            try record.int32(int32, forKey: "an_int32")
            try record.int64(int64, forKey: "an_int64")
            try record.bool(bool, forKey: "a_bool")
            try record.double(double, forKey: "a_double")
            try record.float(float, forKey: "a_float")
            try record.timestamp(timestamp, forKey: "a_timestamp")
            try record.stringList(stringList, forKey: "strings")
            try record.int32List(int32List, forKey: "numbers")
            try record.stringMap(stringMap, forKey: "labels")
            try record.value(inner, forKey: "inner")
            try record.value(inners, forKey: "inners")
        }
    }

    private func encoded(_ value: Everything) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        encoder.dateEncodingStrategy = .secondsSince1970
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test("every type codes under its key, timestamps as RFC 3339, and round-trips")
    func everyType() throws {
        var value = Everything()
        value.string = "s"
        value.int32 = -3
        value.int64 = 9_007_199_254_740_993
        value.bool = true
        value.double = 0.5
        value.float = 1.5
        value.timestamp = Timestamp.date(epochMilliseconds: 1_795_547_102_557)
        value.stringList = ["x", "y"]
        value.int32List = [1, 2]
        value.stringMap = ["k": "v"]
        value.inner = Everything.Inner(label: "in")
        value.inners = [Everything.Inner(label: nil), Everything.Inner(label: "b")]
        let json = try encoded(value)
        #expect(json == #"{"a_bool":true,"a_double":0.5,"a_float":1.5,"a_string":"s","a_timestamp":"2026-11-24T19:05:02.557Z","an_int32":-3,"an_int64":9007199254740993,"inner":{"label":"in"},"inners":[{},{"label":"b"}],"labels":{"k":"v"},"numbers":[1,2],"strings":["x","y"]}"#)
        let decoded = try JSONDecoder().decode(Everything.self, from: Data(json.utf8))
        #expect(decoded == value)
    }

    @Test("absent keys and null read as nil and nil writes nothing")
    func absent() throws {
        let decoded = try JSONDecoder().decode(Everything.self, from: Data(#"{"a_string":null}"#.utf8))
        #expect(decoded == Everything())
        #expect(try encoded(Everything()) == "{}")
    }

    @Test("a value of the wrong type fails with the record's key path")
    func wrongType() throws {
        let json = #"{"inners":[{"label":"a"},{"label":7}]}"#
        do {
            _ = try JSONDecoder().decode(Everything.self, from: Data(json.utf8))
            Issue.record("decoding should have failed")
        } catch let DecodingError.typeMismatch(_, context) {
            #expect(context.codingPath.map(\.stringValue) == ["inners", "Index 1", "label"])
        }
    }

    @Test("keys are names only")
    func keys() {
        #expect(AttributeCodingKey(stringValue: "a_b").stringValue == "a_b")
        #expect(AttributeCodingKey(stringValue: "a_b").intValue == nil)
        #expect(AttributeCodingKey(intValue: 0) == nil)
    }
}
