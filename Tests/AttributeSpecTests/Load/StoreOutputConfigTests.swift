import Testing
@testable import AttributeSpec

/// `outputs` and `key_columns` in the configuration file, read from real YAML text so that the
/// diagnostics' lines and columns are the file's.
@Suite("Store outputs in the configuration")
struct StoreOutputConfigTests {
    private func load(_ text: String) -> (Configuration, [String]) {
        let (config, diagnostics) = ConfigurationLoader.load(Array(text.utf8), file: "attribute-codegen.yaml")
        return (config, diagnostics.map(\.description))
    }

    @Test("no outputs key adds nothing")
    func defaults() {
        let (config, diagnostics) = load("access_level: package\n")
        #expect(config.storeOutputs.isEmpty && config.keyColumns.isEmpty)
        #expect(diagnostics.isEmpty)
    }

    @Test("every output and the key columns are read")
    func reads() {
        let (config, diagnostics) = load("outputs: [json_schema, postgresql, sqlite, sqlite]\nkey_columns:\n  aws_x: [arn, region]\n")
        #expect(diagnostics.isEmpty)
        #expect(config.storeOutputs == [.jsonSchema, .postgresql, .sqlite])
        #expect(config.keyColumns["aws_x"]?.map(\.value) == ["arn", "region"])
        #expect(config.keyColumns["aws_x"]?.first?.location == SourceLocation(file: "attribute-codegen.yaml", line: 3, column: 11))
    }

    @Test("an unknown output is an error at its item, with a suggestion")
    func unknownOutput() {
        let (config, diagnostics) = load("outputs: [postgresql, sqlit]\n")
        #expect(config.storeOutputs == [.postgresql])
        #expect(diagnostics == [
            "attribute-codegen.yaml:1:23: error: unknown output 'sqlit'; expected one of json_schema, postgresql, sqlite\nattribute-codegen.yaml:1:23: note: did you mean 'sqlite'?",
        ])
    }

    @Test("malformed values are errors where they stand")
    func malformed() {
        #expect(load("outputs: sqlite\n").1 == ["attribute-codegen.yaml:1:10: error: 'outputs' must be a list, found a scalar"])
        #expect(load("key_columns: [a]\n").1 == ["attribute-codegen.yaml:1:14: error: 'key_columns' must be a mapping, found a sequence"])
        #expect(load("key_columns:\n  t: a\n").1 == [
            "attribute-codegen.yaml:2:6: error: the key columns of 't' must be a non-empty list of attribute names, found a scalar",
        ])
        #expect(load("key_columns:\n  t: [a, a]\n").1 == ["attribute-codegen.yaml:2:10: error: key column 'a' of 't' is listed twice"])
    }
}
