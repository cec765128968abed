import Foundation
import Testing
@testable import AttributeRuntime

@Suite("Provider reader")
struct ProviderReaderTests {
    @Test("a full payload maps every attribute")
    func fullPayload() throws {
        let job = try Job(providerJSON: fullJobPayload)
        #expect(job.name == "neo-job")
        #expect(job.count == 3)
        #expect(job.big == 9_007_199_254_740_993)
        #expect(job.enabled == true)
        #expect(job.ratio == 0.25)
        #expect(job.weight == Float(0.1))
        #expect(job.created.flatMap(Timestamp.epochMilliseconds(of:)) == 1_795_547_102_557)
        #expect(job.config == Job.Config(os: "LINUX", platform: Job.Platform(arch: "X86_64", cores: 8)))
        #expect(job.ids == ["sg-1", "sg-2"])
        #expect(job.ports == [80, 443])
        #expect(job.labels == ["team": "ml", "env": "prod"])
        #expect(job.containers == [Job.Container(image: "img-0"), Job.Container(image: "img-1")])
        #expect(job.softDelete == false)
        #expect(job.vaultUri == "https://vault.example")
        #expect(job.accountId == nil)
        #expect(job.tags == nil)
    }

    @Test("missing keys and null give nil without errors")
    func absentValues() throws {
        let empty = try Job(providerJSON: "{}")
        #expect(empty == Job())
        let nulls = try Job(providerJSON: #"{"Name": null, "Config": null, "Ids": null, "properties": null, "Containers": [{"Image": null}]}"#)
        #expect(nulls == Job(containers: [Job.Container()]))
        let noIntermediate = try Job(providerJSON: #"{"properties": {}}"#)
        #expect(noIntermediate.softDelete == nil)
    }

    @Test("entry points agree: bytes, Data, String and parsed value")
    func entryPoints() throws {
        let bytes = Array(fullJobPayload.utf8)
        let fromBytes = try Job(providerJSON: bytes)
        #expect(try Job(providerJSON: Data(bytes)) == fromBytes)
        #expect(try Job(providerJSON: bytes[...]) == fromBytes)
        #expect(try Job(providerValue: try JSONValue(parsing: bytes)) == fromBytes)
    }

    @Test("timestamps accept epoch integers, fractions and RFC 3339 strings")
    func timestampForms() throws {
        for (json, milliseconds) in [
            (#"{"Created": 1795547102}"#, Int64(1_795_547_102_000)),
            (#"{"Created": 1795547102.557}"#, 1_795_547_102_557),
            (#"{"Created": 1.795547102557e9}"#, 1_795_547_102_557),
            (#"{"Created": "2026-11-24T19:05:02.557Z"}"#, 1_795_547_102_557),
            (#"{"Created": "2026-11-24T21:05:02+02:00"}"#, 1_795_547_102_000),
        ] {
            let job = try Job(providerJSON: json)
            #expect(job.created.flatMap(Timestamp.epochMilliseconds(of:)) == milliseconds, "\(json)")
        }
    }

    @Test("number conversions", arguments: [
        (#"{"Count": 3.0}"#, Int32(3) as Int32?, nil as MappingError.Kind?),
        (#"{"Count": -2147483648}"#, Int32.min, nil),
        (#"{"Count": 2147483647}"#, Int32.max, nil),
        (#"{"Count": 2147483648}"#, nil, .numberOutOfRange(number: "2147483648", type: .int32)),
        (#"{"Count": 1e20}"#, nil, .numberOutOfRange(number: "1e20", type: .int32)),
        (#"{"Count": 3.5}"#, nil, .numberNotIntegral(number: "3.5", type: .int32)),
        (#"{"Count": "3"}"#, nil, .typeMismatch(expected: .int32, found: .string)),
    ])
    func int32Conversions(json: String, expected: Int32?, error: MappingError.Kind?) throws {
        let errors = mappingErrors(json)
        if let error {
            #expect(errors == [MappingError(error, attributePath: "count", providerPath: "Count")])
        } else {
            #expect(errors.isEmpty)
            #expect(try Job(providerJSON: json).count == expected)
        }
    }

    @Test("INT64, DOUBLE and FLOAT conversions")
    func wideNumbers() throws {
        #expect(try Job(providerJSON: #"{"Big": -9223372036854775808}"#).big == Int64.min)
        #expect(try Job(providerJSON: #"{"Big": 1.5e3}"#).big == 1_500)
        #expect(mappingErrors(#"{"Big": 9223372036854775808}"#)
            == [MappingError(.numberOutOfRange(number: "9223372036854775808", type: .int64), attributePath: "big", providerPath: "Big")])
        #expect(try Job(providerJSON: #"{"Ratio": 7}"#).ratio == 7)
        #expect(try Job(providerJSON: #"{"Ratio": -1.25e-3}"#).ratio == -0.00125)
        #expect(mappingErrors(#"{"Ratio": 1e400}"#)
            == [MappingError(.numberOutOfRange(number: "1e400", type: .double), attributePath: "ratio", providerPath: "Ratio")])
        #expect(mappingErrors(#"{"Weight": 1e39}"#)
            == [MappingError(.numberOutOfRange(number: "1e39", type: .float), attributePath: "weight", providerPath: "Weight")])
    }

    @Test("no coercion between JSON kinds", arguments: [
        (#"{"Name": 5}"#, MappingError.Kind.typeMismatch(expected: .string, found: .number), "name", "Name"),
        (#"{"Enabled": "true"}"#, .typeMismatch(expected: .boolean, found: .string), "enabled", "Enabled"),
        (#"{"Enabled": 1}"#, .typeMismatch(expected: .boolean, found: .number), "enabled", "Enabled"),
        (#"{"Ratio": "0.5"}"#, .typeMismatch(expected: .double, found: .string), "ratio", "Ratio"),
        (#"{"Created": true}"#, .typeMismatch(expected: .timestamp, found: .bool), "created", "Created"),
        (#"{"Created": "yesterday"}"#, .malformedTimestamp("yesterday"), "created", "Created"),
        (#"{"Created": 1e300}"#, .timestampOutOfRange("1e300"), "created", "Created"),
        (#"{"Config": []}"#, .typeMismatch(expected: .structure, found: .array), "config", "Config"),
        (#"{"Ids": "sg-1"}"#, .typeMismatch(expected: .stringList, found: .string), "ids", "Ids"),
        (#"{"Ids": ["a", 1]}"#, .typeMismatch(expected: .string, found: .number), "ids[1]", "Ids[1]"),
        (#"{"Ports": [80, 80.5]}"#, .numberNotIntegral(number: "80.5", type: .int32), "ports[1]", "Ports[1]"),
        (#"{"Ports": {}}"#, .typeMismatch(expected: .int32List, found: .object), "ports", "Ports"),
        (#"{"Labels": {"a": "b", "c": 1}}"#, .typeMismatch(expected: .string, found: .number), "labels.c", "Labels.c"),
        (#"{"Labels": ["a"]}"#, .typeMismatch(expected: .stringMap, found: .array), "labels", "Labels"),
        (#"{"Containers": {}}"#, .typeMismatch(expected: .structureList, found: .object), "containers", "Containers"),
        (#"{"Containers": [{}, {}, "x"]}"#, .typeMismatch(expected: .structure, found: .string), "containers[2]", "Containers[2]"),
        (#"{"Containers": [{}, {}, {"Image": 7}]}"#, .typeMismatch(expected: .string, found: .number), "containers[2].image", "Containers[2].Image"),
        (#"{"Config": {"TargetPlatform": {"Arch": false}}}"#, .typeMismatch(expected: .string, found: .bool), "config.platform.arch", "Config.TargetPlatform.Arch"),
        (#"{"properties": 5}"#, .typeMismatch(expected: .object, found: .number), "soft_delete", "properties"),
        (#"{"properties": {"enableSoftDelete": "no"}}"#, .typeMismatch(expected: .boolean, found: .string), "soft_delete", "properties.enableSoftDelete"),
    ])
    func errorPaths(json: String, kind: MappingError.Kind, attributePath: String, providerPath: String) {
        let errors = mappingErrors(json)
        // A non-object `properties` fails both dotted attributes; the first is enough here.
        #expect(errors.first == MappingError(kind, attributePath: attributePath, providerPath: providerPath))
    }

    @Test("payload-level errors")
    func payloadErrors() {
        #expect(mappingErrors("[]") == [MappingError(.rootNotObject(found: .array))])
        #expect(mappingErrors("{\"Name\": }") == [MappingError(.invalidJSON(JSONParseError(.unexpectedCharacter(UInt8(ascii: "}")), offset: 9, line: 1, column: 10)))])
        #expect(mappingErrors("[[[[]]]]", options: MappingOptions(maxDepth: 3)).first?.kind == .invalidJSON(JSONParseError(.tooDeep(limit: 3), offset: 3, line: 1, column: 4)))
    }

    @Test("all errors of one payload are reported together, in reading order")
    func multipleErrors() throws {
        let json = #"""
        {"Name": 1, "Count": 2.5, "Ids": [1, "ok", false], "Config": {"Os": [], "TargetPlatform": {"Cores": 1e10}},
         "Containers": [{"Image": 3}, 4], "Enabled": true}
        """#
        let errors = mappingErrors(json)
        #expect(errors.map(\.attributePath) == [
            "name", "count", "config.os", "config.platform.cores", "ids[0]", "ids[2]", "containers[0].image", "containers[1]",
        ])
        #expect(errors.map(\.providerPath) == [
            "Name", "Count", "Config.Os", "Config.TargetPlatform.Cores", "Ids[0]", "Ids[2]", "Containers[0].Image", "Containers[1]",
        ])
        #expect(throws: MappingErrors.self) { try Job(providerJSON: json) }
    }

    @Test("context values fill attributes without a provider name, with the same rules")
    func contextValues() throws {
        let context: MappingContext = ["account_id": "123456789012", "tags": ["team:ml"], "containers.region": "eu-west-1",
                                       "containers[1].region": "us-east-1"]
        let job = try Job(providerJSON: #"{"Containers": [{"Image": "a"}, {"Image": "b"}]}"#, context: context)
        #expect(job.accountId == "123456789012")
        #expect(job.tags == ["team:ml"])
        #expect(job.containers?.map(\.region) == ["eu-west-1", "us-east-1"])
        let bad: MappingContext = ["account_id": 123456789012, "tags": ["a", nil]]
        #expect(mappingErrors("{}", context: bad) == [
            MappingError(.typeMismatch(expected: .string, found: .number), attributePath: "account_id"),
            MappingError(.typeMismatch(expected: .string, found: .null), attributePath: "tags[1]"),
        ])
        #expect(try Job(providerJSON: "{}", context: ["account_id": nil]).accountId == nil)
    }

    @Test("error descriptions name both paths")
    func descriptions() {
        let payload = MappingError(.typeMismatch(expected: .string, found: .number), attributePath: "containers[2].image", providerPath: "Containers[2].Image")
        #expect(payload.description == "attribute 'containers[2].image' (provider Containers[2].Image): expected STRING (string), found number")
        let context = MappingError(.numberNotIntegral(number: "2.5", type: .int32), attributePath: "count")
        #expect(context.description == "attribute 'count' (mapping context): number 2.5 is not integral, as INT32 requires")
        let unknown = MappingError(.unknownKey, attributePath: "config", providerPath: "Config.Extra")
        #expect(unknown.description == "provider key Config.Extra (inside attribute 'config'): provider key not read by any attribute")
        let root = MappingErrors([MappingError(.rootNotObject(found: .string)), payload])
        #expect(root.description.split(separator: "\n").count == 2)
        #expect(MappingError(.malformedTimestamp("x")).description == "'x' is not an RFC 3339 timestamp")
    }
}
