import Testing
@testable import AttributeRuntime

@Suite("Strict mode")
struct StrictModeTests {
    private let strict = MappingOptions(strict: true)

    @Test("unknown keys are ignored by default")
    func lenientByDefault() {
        #expect(mappingErrors(#"{"Name": "x", "Extra": 1, "Config": {"New": true}}"#).isEmpty)
    }

    @Test("a fully read payload passes strict mode")
    func fullPayload() {
        #expect(mappingErrors(fullJobPayload, options: strict).isEmpty)
    }

    @Test("unknown keys are reported at every level")
    func everyLevel() {
        let json = #"""
        {"Name": "x", "Extra": 1,
         "Config": {"Os": "LINUX", "New": true, "TargetPlatform": {"Arch": "X86", "Gpu": 1}},
         "Containers": [{"Image": "a"}, {"Image": "b", "Port": 80}],
         "properties": {"enableSoftDelete": true, "sku": {"name": "standard"}}}
        """#
        #expect(mappingErrors(json, options: strict) == [
            MappingError(.unknownKey, attributePath: "config.platform", providerPath: "Config.TargetPlatform.Gpu"),
            MappingError(.unknownKey, attributePath: "config", providerPath: "Config.New"),
            MappingError(.unknownKey, attributePath: "containers[1]", providerPath: "Containers[1].Port"),
            MappingError(.unknownKey, providerPath: "Extra"),
            MappingError(.unknownKey, providerPath: "properties.sku"),
        ])
    }

    @Test("type errors and unknown keys are reported together")
    func combined() {
        let errors = mappingErrors(#"{"Count": "x", "Other": 1}"#, options: strict)
        #expect(errors.map(\.kind) == [.typeMismatch(expected: .int32, found: .string), .unknownKey])
    }

    @Test("a dotted path through a non-object is a type error, not an unknown key")
    func dottedThroughScalar() {
        let errors = mappingErrors(#"{"properties": "flat"}"#, options: strict)
        #expect(errors.allSatisfy { $0.kind == .typeMismatch(expected: .object, found: .string) })
        #expect(errors.count == 2)
    }

    @Test("the keys of a MAP_STRING_STRING are all read")
    func exemptions() {
        #expect(mappingErrors(#"{"Labels": {"anything": "goes"}}"#, options: strict).isEmpty)
    }

    // MARK: Exactly the unread provider keys and the unused context keys (issue 14 §3)

    @Test("a key whose value is null is absent, at every level, and not reported")
    func nullValues() {
        let json = #"{"Name": "x", "Other": null, "Config": {"New": null}, "properties": {"sku": null}, "Containers": [{"Port": null}]}"#
        #expect(mappingErrors(json, options: strict) == [])
    }

    @Test("Tags consumed through withAWSTags is not reported; other tag keys are")
    func awsTags() throws {
        let payload = try JSONValue(parsing: #"{"Name": "x", "Tags": [{"Key": "team", "Value": "ml"}]}"#)
        let context = try MappingContext(["account_id": "1"]).withAWSTags(payload["Tags"])
        let job = try Job(providerValue: payload, context: context, options: strict)
        #expect(job.tags == ["team:ml"])
        // Tags from another call (ListTags): the payload's own Tags stays unread.
        let fromElsewhere = try MappingContext(["account_id": "1"]).withAWSTags(["team": "ml"], providerKey: nil)
        #expect(throws: MappingErrors([MappingError(.unknownKey, providerPath: "Tags")])) {
            try Job(providerValue: payload, context: fromElsewhere, options: strict)
        }
        // ECS spells the key in lowercase.
        let ecs = try JSONValue(parsing: #"{"tags": [{"key": "team", "value": "ml"}]}"#)
        let ecsContext = try MappingContext().withAWSTags(ecs["tags"], providerKey: "tags")
        #expect(try Job(providerValue: ecs, context: ecsContext, options: strict).tags == ["team:ml"])
    }

    @Test("a context key no attribute uses is reported; used ones are not")
    func unusedContextKeys() {
        let context: MappingContext = ["acount_id": "1", "account_id": "2", "tags": [], "containers.region": "eu"]
        #expect(mappingErrors(#"{"Containers": [{"Image": "a"}]}"#, context: context, options: strict)
            == [MappingError(.unusedContextKey, attributePath: "acount_id")])
        #expect(MappingError(.unusedContextKey, attributePath: "acount_id").description
            == "mapping context key 'acount_id': not used by any attribute")
        // Lenient mode never looks.
        #expect(mappingErrors("{}", context: context).isEmpty)
    }

    @Test("context keys for the fields of absent structures and empty lists count as used")
    func contextForAbsentStructures() {
        let context: MappingContext = ["containers.region": "eu", "containers[3].region": "us"]
        #expect(mappingErrors("{}", context: context, options: strict)
            == [MappingError(.unusedContextKey, attributePath: "containers[3].region")])
        #expect(mappingErrors(#"{"Containers": []}"#, context: context, options: strict)
            == [MappingError(.unusedContextKey, attributePath: "containers[3].region")])
        let indexed: MappingContext = ["containers[1].region": "us"]
        #expect(mappingErrors(#"{"Containers": [{}, {}]}"#, context: indexed, options: strict).isEmpty)
    }
}
