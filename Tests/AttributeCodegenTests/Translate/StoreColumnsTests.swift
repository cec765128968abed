import Foundation
import Testing
@testable import AttributeCodegen
@testable import AttributeSpec

/// The configuration's key columns and PostgreSQL's name limit, checked when a spec is generated.
@Suite("Store columns")
struct StoreColumnsTests {
    typealias B = SpecBuilder
    static let config = SourceLocation(file: "attribute-codegen.yaml", line: 3, column: 8)

    private func run(_ spec: ValidatedSpec, keys: [String]) -> GeneratorResult {
        var options = GeneratorOptions()
        options.storeOutputs = [.postgresql, .sqlite]
        options.keyColumns = [spec.spec.resource.value: keys.map { Located($0, at: Self.config) }]
        return GeneratorPipeline.generate(spec, options: options)
    }

    @Test("key columns become the primary key in both dialects")
    func primaryKey() throws {
        let result = run(B.spec("t", [B.attribute("region", .string), B.attribute("arn", .string), B.attribute("n", .int32)]), keys: ["arn", "region"])
        #expect(result.diagnostics.isEmpty)
        #expect(result.files.filter { $0.contents.contains("    PRIMARY KEY (\"arn\", \"region\")\n") }.count == 2)
    }

    @Test("an unknown or non-scalar key column is an error at the configuration's entry, and nothing is generated")
    func badKeys() {
        let result = run(B.spec("t", [B.attribute("arn", .string), B.attribute("tags", .unorderedListString)]), keys: ["ar", "tags"])
        #expect(result.files.isEmpty)
        #expect(result.diagnostics.map(\.description) == [
            "attribute-codegen.yaml:3:8: error: key column 'ar' is not an attribute of 't'\nattribute-codegen.yaml:3:8: note: did you mean 'arn'?",
            "attribute-codegen.yaml:3:8: error: key column 'tags' of 't' is a UNORDERED_LIST_STRING; a key column must hold one scalar value",
        ])
    }

    @Test("a name PostgreSQL would cut is an error at the attribute")
    func longName() {
        let long = String(repeating: "a", count: 64)
        let result = run(B.spec("t", [B.attribute(long, .string), B.attribute(String(repeating: "b", count: 63), .string)]), keys: [])
        #expect(result.files.isEmpty)
        #expect(result.diagnostics.map(\.description) == [
            "test.yaml:1:1: error: attribute name '\(long)' is 64 bytes; a PostgreSQL column name holds at most 63",
        ])
    }
}
