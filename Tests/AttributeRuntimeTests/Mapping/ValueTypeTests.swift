import Testing
@testable import AttributeRuntime

@Suite("Value types in mapping errors")
struct ValueTypeTests {
    /// The one table of the 12 spec types, as the runtime names them: each error type, its
    /// spec type (from the file the spec library compiles too), and the JSON shape it reads.
    @Test("each value type names its spec type and JSON shape", arguments: [
        (MappingError.ValueType.string, AttributeType?.some(.string), "STRING", "string"),
        (.int32, .int32, "INT32", "number"),
        (.int64, .int64, "INT64", "number"),
        (.boolean, .boolean, "BOOLEAN", "boolean"),
        (.double, .double, "DOUBLE", "number"),
        (.float, .float, "FLOAT", "number"),
        (.timestamp, .timestamp, "TIMESTAMP", "number or string"),
        (.structure, .structure, "STRUCT", "object"),
        (.stringList, .unorderedListString, "UNORDERED_LIST_STRING", "array"),
        (.int32List, .unorderedListInt32, "UNORDERED_LIST_INT32", "array"),
        (.structureList, .unorderedListStruct, "UNORDERED_LIST_STRUCT", "array"),
        (.stringMap, .mapStringString, "MAP_STRING_STRING", "object"),
        (.object, nil, "object", "object"),
    ])
    func names(type: MappingError.ValueType, specType: AttributeType?, name: String, shape: String) {
        #expect(type.attributeType == specType)
        #expect(type.description == name)
        #expect(type.jsonShape == shape)
    }

    @Test("every spec type has a value type")
    func complete() {
        let covered: [MappingError.ValueType] = [
            .string, .int32, .int64, .boolean, .double, .float, .timestamp,
            .structure, .stringList, .int32List, .structureList, .stringMap,
        ]
        #expect(Set(covered.compactMap(\.attributeType)) == Set(AttributeType.allCases))
    }
}
