import AttributeCodegen
import AttributeRuntime
import AttributeSpec
import Foundation
import ResourceModels
import Testing

/// The store outputs against the real thing (issue 24): for every golden spec and the bundled
/// catalog, 60 seeded provider payloads are mapped by the generated code, and their records
///
/// - go into SQLite through the generated view and come back out equal, with no code per table;
/// - go into PostgreSQL 15 through `jsonb_populate_record` and come back out of `to_jsonb` equal;
/// - validate against the generated JSON Schema with Python's `jsonschema`, and, changed at a
///   random attribute (wrong type, out of range, bad timestamp, null element, unknown key …),
///   are accepted by the schema exactly when the generated decoder accepts them.
@Suite("Store round trip")
struct StoreRoundTripTests {
    /// How the tests reach one generated type without knowing it.
    struct Codec: Sendable {
        /// Provider payload → the record JSON the generated `Codable` code writes.
        var record: @Sendable ([UInt8]) throws -> [UInt8]
        /// Whether the generated decoder accepts a record.
        var decodes: @Sendable ([UInt8]) -> Bool
        /// Whether two lists of records hold the same values, in any order.
        var sameValues: @Sendable ([[UInt8]], [[UInt8]]) throws -> Bool
    }

    static func codec<Value: ProviderMappable & Codable & Hashable & Sendable>(_ type: Value.Type) -> Codec {
        Codec(
            record: { payload in
                let value = try Value(providerJSON: payload, options: MappingOptions(strict: true))
                return [UInt8](try JSONEncoder().encode(value))
            },
            decodes: { record in (try? JSONDecoder().decode(Value.self, from: Data(record))) != nil },
            sameValues: { lhs, rhs in
                func counts(_ records: [[UInt8]]) throws -> [Value: Int] {
                    try records.reduce(into: [:]) { $0[try JSONDecoder().decode(Value.self, from: Data($1)), default: 0] += 1 }
                }
                return try counts(lhs) == counts(rhs)
            }
        )
    }

    static let codecs: [String: Codec] = [
        "aws_sagemaker_compilation_job": codec(AWSSagemakerCompilationJob.self),
        "codegen_deep_nesting": codec(CodegenDeepNesting.self),
        "codegen_deprecated": codec(CodegenDeprecated.self),
        "codegen_every_type": codec(EveryType.self),
        "codegen_hostile_text": codec(CodegenHostileText.self),
        "codegen_keywords": codec(CodegenKeywords.self),
        "codegen_known_values": codec(CodegenKnownValues.self),
        "codegen_package_access": codec(CodegenPackageAccess.self),
        "codegen_store_keywords": codec(CodegenStoreKeywords.self),
        "codegen_timestamp_formats": codec(TimestampForms.self),
    ]

    /// One table of the corpus, ready to store: its spec, generated outputs and 60 records.
    struct Table {
        var spec: ValidatedSpec
        var codec: Codec
        var schema: String
        var postgresql: String
        var sqlite: String
        var records: [[UInt8]]

        var name: String { spec.spec.resource.value }

        init(_ file: URL) throws {
            spec = try CorpusRoundTripTests.load(file)
            codec = try #require(StoreRoundTripTests.codecs[spec.spec.resource.value], "no generated type for \(file.lastPathComponent)")
            var options = GeneratorOptions()
            options.storeOutputs = Set(StoreOutput.allCases)
            let result = GeneratorPipeline.run(specBytes: try [UInt8](Data(contentsOf: file)), file: file.lastPathComponent, options: options)
            #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
            func output(_ kind: StoreOutput) throws -> String {
                let path = GeneratorPipeline.storeFileName(forSpecFile: file.lastPathComponent, output: kind)
                return try #require(result.files.first { $0.path == path }).contents
            }
            schema = try output(.jsonSchema)
            postgresql = try output(.postgresql)
            sqlite = try output(.sqlite)
            var generator = SplitMix(seed: 2424)
            records = []
            for _ in 0..<60 {
                var payload = PayloadGenerator(tableFormat: spec.spec.timestampFormat?.value, generator: generator)
                let object = payload.object(for: spec.spec.attributes)
                generator = payload.generator
                records.append(try codec.record(JSONValue.object(object).serialized(sortedKeys: true)))
            }
        }
    }

    @Test("every corpus table has a generated type here")
    func corpusIsCovered() throws {
        let resources = try CorpusRoundTripTests.specFiles.map { try CorpusRoundTripTests.load($0).spec.resource.value }
        #expect(Set(resources) == Set(Self.codecs.keys))
    }

    // MARK: - SQLite

    @Test("records go into SQLite through the generated view and come back equal",
          .enabled(if: StoreTools.runs(StoreTools.missingSQLite), "skipped: \(StoreTools.missingSQLite ?? "")"),
          arguments: CorpusRoundTripTests.specFiles)
    func sqlite(spec file: URL) throws {
        let sqlite3 = try #require(StoreTools.sqlite3, "\(StoreTools.missingSQLite ?? "")")
        let table = try Table(file)
        let view = "\"\(table.name)_record\""
        var script = table.sqlite + "\n"
        for record in table.records {
            let text = String(decoding: record, as: UTF8.self)
            script += "INSERT INTO \(view) (record) VALUES ('\(text.replacingOccurrences(of: "'", with: "''"))');\n"
        }
        script += "SELECT record FROM \(view);\n"
        let result = try StoreTools.run(sqlite3, ["-batch", "-bail", ":memory:"], stdin: Array(script.utf8))
        try #require(result.status == 0, "sqlite3: \(result.stderr)")
        let stored = Self.lines(result.stdout)
        #expect(stored.count == table.records.count)
        #expect(try table.codec.sameValues(stored, table.records), "\(table.name): SQLite gave back other records:\n\(Self.sample(stored))")
    }

    // MARK: - PostgreSQL

    /// Marks where a record's text starts and ends in the script, so no quote in it matters;
    /// the payloads' strings never contain it (checked).
    static let dollarQuote = "$attribute_codegen_record$"

    @Test("records go into PostgreSQL with jsonb_populate_record and come back from to_jsonb equal",
          .enabled(if: StoreTools.runs(StoreTools.missingPostgres), "skipped: \(StoreTools.missingPostgres ?? "")"),
          arguments: CorpusRoundTripTests.specFiles)
    func postgresql(spec file: URL) throws {
        try #require(StoreTools.missingPostgres == nil, "\(StoreTools.missingPostgres ?? "")")
        let table = try Table(file)
        let server = try PostgresServer()
        defer { server.stop() }
        let name = "\"\(table.name)\""
        var script = table.postgresql + "\n"
        for record in table.records {
            let text = String(decoding: record, as: UTF8.self)
            try #require(!text.contains(Self.dollarQuote))
            script += "INSERT INTO \(name) SELECT * FROM jsonb_populate_record(NULL::\(name), \(Self.dollarQuote)\(text)\(Self.dollarQuote)::jsonb);\n"
        }
        script += "SELECT to_jsonb(t) FROM \(name) AS t;\n"
        let result = try server.psql(script, database: "store_test")
        try #require(result.status == 0, "psql: \(result.stderr)")
        let stored = Self.lines(result.stdout)
        #expect(stored.count == table.records.count)
        #expect(try table.codec.sameValues(stored, table.records), "\(table.name): PostgreSQL gave back other records:\n\(Self.sample(stored))")
    }

    // MARK: - JSON Schema

    @Test("records validate against the JSON Schema, and changed records are refused exactly when the decoder refuses them",
          .enabled(if: StoreTools.runs(StoreTools.missingValidator), "skipped: \(StoreTools.missingValidator ?? "")"),
          arguments: CorpusRoundTripTests.specFiles)
    func jsonSchema(spec file: URL) throws {
        try #require(StoreTools.missingValidator == nil, "\(StoreTools.missingValidator ?? "")")
        let table = try Table(file)
        var generator = SplitMix(seed: 77)
        var mutants: [(description: String, record: [UInt8], leftClosedSet: Bool)] = []
        for record in table.records {
            guard case .object(let object) = try JSONValue(parsing: record) else {
                Issue.record("a record is not an object")
                continue
            }
            for _ in 0..<3 {
                var mutator = RecordMutator(generator: generator)
                let (changed, description) = mutator.mutate(object, attributes: table.spec.spec.attributes, path: "")
                generator = mutator.generator
                mutants.append((description, JSONValue.object(changed).serialized(), mutator.leftClosedSet))
            }
        }
        let verdicts = try Self.validate(table.records + mutants.map(\.record), schema: table.schema)
        try #require(verdicts.count == table.records.count + mutants.count)
        #expect(verdicts.prefix(table.records.count).allSatisfy { $0 }, "\(table.name): a record written by the generated code fails its schema")
        var disagreements: [String] = []
        var refused = 0
        var leftClosedSets = 0
        for (mutant, schemaAccepts) in zip(mutants, verdicts.dropFirst(table.records.count)) {
            let decoderAccepts = table.codec.decodes(mutant.record)
            if !decoderAccepts { refused += 1 }
            // The documented exception: a closed set of known values is an `enum` in the schema.
            if mutant.leftClosedSet, decoderAccepts, !schemaAccepts {
                leftClosedSets += 1
                continue
            }
            if decoderAccepts != schemaAccepts {
                disagreements.append("\(mutant.description): decoder \(decoderAccepts ? "accepts" : "refuses"), schema \(schemaAccepts ? "accepts" : "refuses")")
            }
        }
        #expect(disagreements.isEmpty, "\(table.name):\n\(disagreements.prefix(10).joined(separator: "\n"))")
        #expect((leftClosedSets > 0) == (table.name == "codegen_known_values"), "\(table.name): \(leftClosedSets) values outside a closed set")
        // Both verdicts occur, so the comparison says something.
        #expect(refused > 20 && refused < mutants.count - 20, "\(refused) of \(mutants.count) refused")
    }

    /// Validates each record with Python's `jsonschema` (Draft 2020-12, after checking the
    /// schema itself against its metaschema): one verdict per record, in order.
    static func validate(_ records: [[UInt8]], schema: String) throws -> [Bool] {
        let python3 = try #require(StoreTools.python3)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let schemaFile = folder.appendingPathComponent("schema.json")
        try Data(schema.utf8).write(to: schemaFile)
        let program = """
            import json, sys
            from jsonschema import Draft202012Validator
            schema = json.load(open(sys.argv[1]))
            Draft202012Validator.check_schema(schema)
            validator = Draft202012Validator(schema)
            for line in sys.stdin.buffer.read().split(b"\\n"):
                if line:
                    print("1" if validator.is_valid(json.loads(line)) else "0")
            """
        let input = records.map { $0 + [UInt8(ascii: "\n")] }.flatMap { $0 }
        let result = try StoreTools.run(python3, ["-c", program, schemaFile.path], stdin: input)
        try #require(result.status == 0, "jsonschema: \(result.stderr)")
        return lines(result.stdout).map { $0 == Array("1".utf8) }
    }

    static func lines(_ output: [UInt8]) -> [[UInt8]] {
        output.split(separator: UInt8(ascii: "\n")).map(Array.init)
    }

    static func sample(_ records: [[UInt8]]) -> String {
        records.prefix(2).map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
    }
}

/// The documentation's article on storing records, as written: its configuration generates the
/// catalog's PostgreSQL table, and its SQL stores records and gives them back.
@Suite("Documentation: storing records")
struct ReadmeStoreExampleTests {
    /// The fenced blocks of `language` in the article `StoringRecords.md`.
    static func blocks(_ language: String) throws -> [String] {
        let article = CorpusRoundTripTests.packageRoot
            .appendingPathComponent("Sources/AttributeRuntime/Documentation.docc/Articles/StoringRecords.md")
        let text = try String(contentsOf: article, encoding: .utf8)
        return text.components(separatedBy: "```" + language + "\n").dropFirst().compactMap { $0.components(separatedBy: "\n```").first }
    }

    @Test("the configuration and the PostgreSQL example work as written",
          .enabled(if: StoreTools.runs(StoreTools.missingPostgres), "skipped: \(StoreTools.missingPostgres ?? "")"))
    func postgresqlExample() throws {
        try #require(StoreTools.missingPostgres == nil, "\(StoreTools.missingPostgres ?? "")")
        let yaml = try #require(try Self.blocks("yaml").first)
        let example = try #require(try Self.blocks("sql").first)
        let (config, configProblems) = ConfigurationLoader.load(Array(yaml.utf8), file: "README-attribute-codegen.yaml")
        #expect(configProblems.isEmpty, "\(configProblems)")
        var options = GeneratorOptions()
        options.storeOutputs = config.storeOutputs
        options.keyColumns = config.keyColumns
        let file = CorpusRoundTripTests.packageRoot.appendingPathComponent("Spec/aws_sagemaker_compilation_job.yaml")
        let result = GeneratorPipeline.run(specBytes: try [UInt8](Data(contentsOf: file)), file: file.lastPathComponent, options: options)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let ddl = try #require(result.files.first { $0.path == "SQL/aws_sagemaker_compilation_job.postgresql.sql" }).contents
        #expect(ddl.contains("PRIMARY KEY (\"compilation_job_arn\")"))

        let value = AWSSagemakerCompilationJob(compilationJobARN: "arn:aws:sagemaker:eu-west-1:1:compilation-job/a", compilationJobName: "a'b")
        let record = String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
        let quote = StoreRoundTripTests.dollarQuote
        let script = ddl + "\n" + example.replacingOccurrences(of: "$1", with: quote + record + quote)
        let server = try PostgresServer()
        defer { server.stop() }
        let run = try server.psql(script, database: "readme")
        try #require(run.status == 0, "\(run.stderr)")
        let stored = StoreRoundTripTests.lines(run.stdout)
        #expect(stored.count == 1)
        #expect(try stored.map { try JSONDecoder().decode(AWSSagemakerCompilationJob.self, from: Data($0)) } == [value])
    }
}
