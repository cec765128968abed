import Testing
@testable import AttributeRuntime

@Suite("AWS tags")
struct AWSTagsTests {
    @Test("tag lists, lowercase tag lists and tag maps")
    func shapes() throws {
        #expect(try AWSTags.strings(from: [["Key": "team", "Value": "ml"], ["Key": "env", "Value": "prod"]]) == ["team:ml", "env:prod"])
        #expect(try AWSTags.strings(from: [["key": "team", "value": "ml"]]) == ["team:ml"])
        #expect(try AWSTags.strings(from: ["team": "ml", "env": "prod"]) == ["env:prod", "team:ml"])
        #expect(try AWSTags.strings(from: [["Key": "flag"], ["Key": "empty", "Value": ""]]) == ["flag", "empty:"])
        #expect(try AWSTags.strings(from: nil) == [])
        #expect(try AWSTags.strings(fromJSON: #"[{"Key": "a:b", "Value": "c d"}]"#.utf8) == ["a:b:c d"])
    }

    @Test("malformed tags are errors with a path")
    func malformed() {
        #expect(throws: MappingError(.typeMismatch(expected: .structure, found: .string), attributePath: "tags[1]")) {
            try AWSTags.strings(from: [["Key": "a"], "b"])
        }
        #expect(throws: MappingError(.typeMismatch(expected: .string, found: .null), attributePath: "tags[0].Key")) {
            try AWSTags.strings(from: [["Value": "a"]])
        }
        #expect(throws: MappingError(.typeMismatch(expected: .string, found: .number), attributePath: "tags[0].Value")) {
            try AWSTags.strings(from: [["Key": "a", "Value": 1]])
        }
        #expect(throws: MappingError(.typeMismatch(expected: .structureList, found: .string), attributePath: "tags")) {
            try AWSTags.strings(from: "team:ml")
        }
        #expect(throws: MappingError.self) { try AWSTags.strings(fromJSON: "[".utf8) }
    }

    @Test("one line puts tags into a mapping context")
    func context() throws {
        let response: JSONValue = ["Tags": [["Key": "team", "Value": "ml"]]]
        let context = try MappingContext(["account_id": "123"]).withAWSTags(response["Tags"])
        let job = try Job(providerJSON: "{}", context: context)
        #expect(job.tags == ["team:ml"])
        #expect(job.accountId == "123")
        #expect(try MappingContext().withAWSTags(nil).values.isEmpty)
    }
}
