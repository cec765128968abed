import Testing
@testable import AttributeSpec

@Suite("Spec validator")
struct SpecValidatorTests {
    /// Loads and validates JSON text named `t.json`, returning rendered diagnostics.
    private func validate(_ text: String, file: String = "t.json") throws -> (spec: ValidatedSpec?, diagnostics: [String]) {
        let loaded = try loadJSON(text, file: file)
        #expect(loaded.diagnostics == [], "the loader should accept the test input")
        let spec = try #require(loaded.spec)
        let result = SpecValidator.validate(spec)
        return (result.spec, result.diagnostics.sortedByLocation().map(\.description))
    }

    /// A spec for `t.json` whose attributes are the given JSON objects, one per line from line 2.
    private func spec(_ attributes: String...) -> String {
        "{\"resource\": \"t\", \"attributes\": [\n" + attributes.joined(separator: ",\n") + "\n]}"
    }

    @Test("a valid spec passes")
    func valid() throws {
        let (validated, diagnostics) = try validate(spec(
            #"{"name": "a", "type": "STRING", "provider_name": "A"}"#,
            #"{"name": "b", "type": "UNORDERED_LIST_STRUCT", "provider_name": "properties.b", "fields": [{"name": "c", "type": "INT32"}]}"#,
            #"{"name": "tags", "type": "UNORDERED_LIST_STRING"}"#
        ))
        #expect(diagnostics == [])
        #expect(validated?.spec.attributes.count == 3)
    }

    @Test("validation decides every Swift name: properties, the root type and unique nested types")
    func decidedNames() throws {
        let (validated, diagnostics) = try validate(spec(
            #"{"name": "role_arn", "type": "STRING"}"#,
            #"{"name": "vpc_config", "type": "STRUCT", "fields": [{"name": "subnet_ids", "type": "UNORDERED_LIST_STRING"}]}"#,
            #"{"name": "t", "type": "STRUCT", "fields": [{"name": "x", "type": "STRING"}]}"#,
            #"{"name": "policies", "type": "UNORDERED_LIST_STRUCT", "swift_name": "rules", "fields": [{"name": "x", "type": "STRING"}]}"#
        ))
        #expect(diagnostics == [])
        let named = try #require(validated)
        #expect(named.typeName == "T")
        #expect(named.attributes.map(\.propertyName) == ["roleARN", "vpcConfig", "t", "rules"])
        // `t` wants `T`, its parent's name, so it gets `TItem`; a swift_name names the element type.
        #expect(named.attributes.map(\.nestedTypeName) == [nil, "VPCConfig", "TItem", "Rule"])
        #expect(named.attributes[1].fields.map(\.propertyName) == ["subnetIDs"])
        #expect(named.attributes[0].fields.isEmpty)
    }

    @Test("resource must match the file name and be snake_case")
    func resource() throws {
        let (validated, diagnostics) = try validate(#"{"resource": "other", "attributes": [{"name": "a", "type": "STRING"}]}"#, file: "dir/t.json")
        #expect(validated == nil)
        #expect(diagnostics == ["dir/t.json:1:14: error: resource 'other' does not match the file name 't'"])
        let (_, camel) = try validate(#"{"resource": "MyTable", "attributes": [{"name": "a", "type": "STRING"}]}"#, file: "MyTable.json")
        #expect(camel == ["MyTable.json:1:14: error: resource 'MyTable' is not lowercase snake_case ([a-z0-9_]+)"])
        let (_, digits) = try validate(#"{"resource": "3d", "attributes": [{"name": "a", "type": "STRING"}]}"#, file: "3d.json")
        #expect(digits == ["3d.json:1:14: error: resource '3d' cannot become a Swift identifier; add a 'swift_name'"])
        let (fixed, _) = try validate(#"{"resource": "3d", "swift_name": "ThreeD", "attributes": [{"name": "a", "type": "STRING"}]}"#, file: "3d.json")
        #expect(fixed != nil)
    }

    @Test("table swift_name must be a declarable, unreserved identifier")
    func tableSwiftName() throws {
        let (_, invalid) = try validate(#"{"resource": "t", "swift_name": "My-Table", "attributes": [{"name": "a", "type": "STRING"}]}"#)
        #expect(invalid == ["t.json:1:33: error: swift_name 'My-Table' is not a valid Swift identifier"])
        let (_, reserved) = try validate(#"{"resource": "t", "swift_name": "CodingKeys", "attributes": [{"name": "a", "type": "STRING"}]}"#)
        #expect(reserved == ["t.json:1:33: error: swift_name 'CodingKeys' is reserved and cannot name a generated type"])
    }

    @Test("names must be snake_case; swift_name must be an identifier")
    func names() throws {
        let (_, diagnostics) = try validate(spec(
            #"{"name": "fooBar", "type": "STRING"}"#,
            #"{"name": "a", "type": "STRING", "swift_name": "1st"}"#,
            #"{"name": "b", "type": "STRING", "swift_name": "_"}"#,
            #"{"name": "c-d", "type": "STRING", "swift_name": "cd"}"#
        ))
        #expect(diagnostics == [
            "t.json:2:10: error: name 'fooBar' is not lowercase snake_case ([a-z0-9_]+)",
            "t.json:3:47: error: swift_name '1st' is not a valid Swift identifier",
            "t.json:4:47: error: swift_name '_' is not a valid Swift identifier",
            "t.json:5:10: error: name 'c-d' is not lowercase snake_case ([a-z0-9_]+)",
        ])
    }

    @Test("names no identifier can represent")
    func unrepresentable() throws {
        let (_, diagnostics) = try validate(spec(
            #"{"name": "_", "type": "STRING"}"#,
            #"{"name": "3d_model", "type": "STRING"}"#,
            #"{"name": "4k", "type": "STRING", "swift_name": "fourK"}"#
        ))
        #expect(diagnostics == [
            "t.json:2:10: error: name '_' cannot become a Swift identifier; add a 'swift_name'",
            "t.json:3:10: error: name '3d_model' cannot become a Swift identifier; add a 'swift_name'",
        ])
    }

    @Test("duplicate names and provider names point at the second")
    func duplicates() throws {
        let (_, diagnostics) = try validate(spec(
            #"{"name": "a", "type": "STRING", "provider_name": "A"}"#,
            #"{"name": "b", "type": "STRING", "provider_name": "A"}"#,
            #"{"name": "a", "type": "INT32", "provider_name": "C"}"#
        ))
        #expect(diagnostics == [
            "t.json:3:50: error: duplicate provider_name 'A'\nt.json:2:50: note: first used here",
            "t.json:4:10: error: duplicate name 'a'\nt.json:2:10: note: first defined here",
        ])
    }

    @Test("duplicates are per level")
    func duplicatesPerLevel() throws {
        let (validated, diagnostics) = try validate(spec(
            #"{"name": "a", "type": "STRUCT", "provider_name": "A", "fields": [{"name": "a", "type": "STRING", "provider_name": "A"}]}"#
        ))
        #expect(diagnostics == [])
        #expect(validated != nil)
        let (_, nested) = try validate(spec(
            #"{"name": "s", "type": "STRUCT", "fields": [{"name": "x", "type": "STRING"}, {"name": "x", "type": "STRING"}]}"#
        ))
        #expect(nested == ["t.json:2:86: error: duplicate name 'x'\nt.json:2:53: note: first defined here"])
    }

    @Test("names that become the same Swift identifier")
    func swiftCollisions() throws {
        let (_, diagnostics) = try validate(spec(
            #"{"name": "foo_bar", "type": "STRING"}"#,
            #"{"name": "foo__bar", "type": "STRING"}"#,
            #"{"name": "x", "type": "STRING", "swift_name": "fooBar"}"#,
            #"{"name": "job_arn", "type": "STRING", "swift_name": "jobARN"}"#,
            #"{"name": "job_a_r_n", "type": "STRING"}"#
        ))
        #expect(diagnostics == [
            "t.json:3:10: error: 'foo__bar' becomes the Swift name 'fooBar', which 'foo_bar' already has\nt.json:2:10: note: 'foo_bar' becomes 'fooBar' here",
            "t.json:4:47: error: 'x' becomes the Swift name 'fooBar', which 'foo_bar' already has\nt.json:2:10: note: 'foo_bar' becomes 'fooBar' here",
            "t.json:6:10: error: 'job_a_r_n' becomes the Swift name 'jobARN', which 'job_arn' already has\nt.json:5:53: note: 'job_arn' becomes 'jobARN' here",
        ])
    }

    @Test("provider name syntax", arguments: [
        ("", "t.json:2:50: error: provider_name must not be empty"),
        ("a..b", "t.json:2:50: error: provider_name 'a..b' has an empty component"),
        (".a", "t.json:2:50: error: provider_name '.a' has an empty component"),
        ("a.", "t.json:2:50: error: provider_name 'a.' has an empty component"),
        ("a.b..", "t.json:2:50: error: provider_name 'a.b..' has an empty component"),
        ("é..b", "t.json:2:50: error: provider_name 'é..b' has an empty component"),
    ])
    func providerNames(provider: String, expected: String) throws {
        let (_, diagnostics) = try validate(spec(#"{"name": "a", "type": "STRING", "provider_name": "\#(provider)"}"#))
        #expect(diagnostics == [expected])
    }

    @Test("well-formed dotted provider names pass", arguments: ["a.b", "properties.enableSoftDelete", "é.ü", "a"])
    func dottedProviderNames(provider: String) throws {
        let (_, diagnostics) = try validate(spec(#"{"name": "a", "type": "STRING", "provider_name": "\#(provider)"}"#))
        #expect(diagnostics.isEmpty)
    }

    @Test("fields rules")
    func fields() throws {
        let (_, diagnostics) = try validate(spec(
            #"{"name": "a", "type": "STRING", "fields": [{"name": "x", "type": "STRING"}]}"#,
            #"{"name": "b", "type": "STRUCT"}"#,
            #"{"name": "c", "type": "UNORDERED_LIST_STRUCT"}"#,
            #"{"name": "d", "type": "STRUCT", "fields": []}"#,
            #"{"name": "e", "type": "STRUCT", "fields": [{"name": "f", "type": "STRUCT", "fields": []}]}"#
        ))
        #expect(diagnostics == [
            "t.json:2:33: error: type STRING does not take 'fields'",
            "t.json:3:23: error: type STRUCT requires 'fields'",
            "t.json:4:23: error: type UNORDERED_LIST_STRUCT requires 'fields'",
            "t.json:5:33: error: 'fields' must not be empty",
            "t.json:6:76: error: 'fields' must not be empty",
        ])
    }

    @Test("empty attributes")
    func emptyAttributes() throws {
        let (validated, diagnostics) = try validate(#"{"resource": "t", "attributes": []}"#)
        #expect(validated == nil)
        #expect(diagnostics == ["t.json:1:19: error: 'attributes' must not be empty"])
    }

    @Test("several problems are all collected")
    func collectsAll() throws {
        let (validated, diagnostics) = try validate(#"""
        {"resource": "T", "attributes": [
          {"name": "Bad", "type": "STRUCT", "provider_name": "a..b", "fields": []},
          {"name": "ok", "type": "STRING", "fields": [], "swift_name": "not ok"}
        ]}
        """#)
        #expect(validated == nil)
        #expect(diagnostics == [
            "t.json:1:14: error: resource 'T' does not match the file name 't'",
            "t.json:1:14: error: resource 'T' is not lowercase snake_case ([a-z0-9_]+)",
            "t.json:2:12: error: name 'Bad' is not lowercase snake_case ([a-z0-9_]+)",
            "t.json:2:54: error: provider_name 'a..b' has an empty component",
            "t.json:2:62: error: 'fields' must not be empty",
            "t.json:3:36: error: type STRING does not take 'fields'",
            "t.json:3:64: error: swift_name 'not ok' is not a valid Swift identifier",
        ])
    }
}
