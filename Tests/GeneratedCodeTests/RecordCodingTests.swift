import Foundation
import Testing

/// Records (the JSON the generated types encode to) must be stable byte for byte and carry
/// timestamps as RFC 3339 text with milliseconds, whatever date strategy the coder has.
@Suite("Generated record coding")
struct RecordCodingTests {
    /// 2024-05-01T12:34:56.789Z.
    static let instant = Date(timeIntervalSince1970: 1_714_566_896.789)

    static let everyType = EveryType(
        accountID: "123456789012",
        name: "job",
        count32: -32,
        count64: 9_007_199_254_740_993,
        enabled: true,
        ratio: 0.25,
        weight: 1.5,
        createdAt: instant,
        settings: EveryType.Settings(mode: "fast", updatedAt: instant),
        securityGroupIDs: ["sg-1", "sg-2"],
        ports: [80, 443],
        containers: [EveryType.Container(image: "img", environment: ["A": "1", "B": "2"])],
        labels: ["team": "ml"],
        softDeleteEnabled: false,
        jobARN: "arn:aws:sagemaker:us-east-1:123456789012:compilation-job/job",
        network: EveryType.Network(subnets: ["subnet-1"]),
        tags: ["env:prod"]
    )

    private func sortedEncoder(_ strategy: JSONEncoder.DateEncodingStrategy = .deferredToDate) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = strategy
        return encoder
    }

    @Test("a record encodes to the expected JSON with the spec's keys")
    func encodesExpectedJSON() throws {
        let json = String(decoding: try sortedEncoder().encode(Self.everyType), as: UTF8.self)
        #expect(json == #"{"account_id":"123456789012","compilation_job_arn":"arn:aws:sagemaker:us-east-1:123456789012:compilation-job\/job","containers":[{"environment":{"A":"1","B":"2"},"image":"img"}],"count32":-32,"count64":9007199254740993,"created_at":"2024-05-01T12:34:56.789Z","enabled":true,"labels":{"team":"ml"},"name":"job","ports":[80,443],"ratio":0.25,"security_group_ids":["sg-1","sg-2"],"settings":{"mode":"fast","updated_at":"2024-05-01T12:34:56.789Z"},"soft_delete_enabled":false,"tags":["env:prod"],"vpc_config":{"subnets":["subnet-1"]},"weight":1.5}"#)
    }

    @Test("records round-trip and re-encode to the same bytes")
    func roundTrip() throws {
        let first = try sortedEncoder().encode(Self.everyType)
        let decoded = try JSONDecoder().decode(EveryType.self, from: first)
        #expect(decoded == Self.everyType)
        #expect(try sortedEncoder().encode(decoded) == first)
    }

    @Test("timestamps are RFC 3339 with milliseconds whatever the date strategy", arguments: [
        JSONEncoder.DateEncodingStrategy.secondsSince1970, .millisecondsSince1970, .deferredToDate, .iso8601,
    ])
    func timestampStrategy(strategy: JSONEncoder.DateEncodingStrategy) throws {
        let value = EveryType(createdAt: Self.instant)
        let json = String(decoding: try sortedEncoder(strategy).encode(value), as: UTF8.self)
        #expect(json == #"{"created_at":"2024-05-01T12:34:56.789Z"}"#)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        let decoded = try decoder.decode(EveryType.self, from: Data(json.utf8))
        #expect(decoded.createdAt == Self.instant)
    }

    @Test("absent values stay absent and decode as nil")
    func absentValues() throws {
        #expect(String(decoding: try sortedEncoder().encode(EveryType()), as: UTF8.self) == "{}")
        #expect(try JSONDecoder().decode(EveryType.self, from: Data("{}".utf8)) == EveryType())
    }

    @Test("keyword and shadowing names code under the spec's keys")
    func keywords() throws {
        let value = CodegenKeywords(
            default: "d", self: "s", init: 1, protocol: "p", where: true, in: ["i"], return: Self.instant,
            error: .init(code: "E"), date: .init(value: Self.instant), data: .init(size: 2), type: .init(name: "t"),
            string: .init(text: "x"), optional: .init(present: true), codingKeys: .init(key: "k")
        )
        let json = String(decoding: try sortedEncoder().encode(value), as: UTF8.self)
        #expect(json == #"{"coding_keys":{"key":"k"},"data":{"size":2},"date":{"value":"2024-05-01T12:34:56.789Z"},"default":"d","error":{"code":"E"},"in":["i"],"init":1,"optional":{"present":true},"protocol":"p","return":"2024-05-01T12:34:56.789Z","self":"s","string":{"text":"x"},"type":{"name":"t"},"where":true}"#)
        #expect(try JSONDecoder().decode(CodegenKeywords.self, from: Data(json.utf8)) == value)
        #expect(value.`self` == "s")
    }

    @Test("structs five deep and lists of structs in lists of structs round-trip")
    func deepNesting() throws {
        typealias D = CodegenDeepNesting
        let value = D(
            level1: .init(level2: .init(level3: .init(level4: .init(level5: .init(value: "deep", seenAt: Self.instant))))),
            policies: [.init(policyName: "p", statements: [.init(effect: "Allow", conditions: [.init(key: "k", values: ["v"])])])]
        )
        let data = try sortedEncoder().encode(value)
        #expect(String(decoding: data, as: UTF8.self) == #"{"level1":{"level2":{"level3":{"level4":{"level5":{"seen_at":"2024-05-01T12:34:56.789Z","value":"deep"}}}}},"policies":[{"policy_name":"p","statements":[{"conditions":[{"key":"k","values":["v"]}],"effect":"Allow"}]}]}"#)
        #expect(try JSONDecoder().decode(D.self, from: data) == value)
    }
}
