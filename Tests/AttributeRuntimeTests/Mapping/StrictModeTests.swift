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
        let errors = mappingErrors(#"{"Count": "x", "Other": null}"#, options: strict)
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
}
