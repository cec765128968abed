import AttributeCodegen
import AttributeSpec
import Foundation
import Testing

/// Every valid spec compiles: a few hundred random valid specs (`RandomSpecGenerator`),
/// generated in memory at every access level and compiled together, warning-free, by a real
/// `swift build` of a throwaway package that depends on this one's runtime.
///
/// Reproducible: spec `i` of a run comes from seed `base + i`; a failure names the seed of
/// every file the compiler complained about. `ATTRIBUTE_CODEGEN_RANDOM_SPEC_SEED=<n>` and
/// `ATTRIBUTE_CODEGEN_RANDOM_SPEC_COUNT=<n>` pick another run; `failedSeeds` keeps every seed
/// that once failed, compiled on every run.
@Suite struct RandomSpecCompileTests {
    /// Seeds that once produced a spec that did not lint clean or did not compile.
    /// 20261203: a property `swift_name` `Type` (`var Type` is an error); 20261278 and
    /// 20261374: a table `swift_name` `class`, `init` (`struct class`); 20261404 and 20261494:
    /// `any`, `some` (`extension any` does not parse). The validator rejects all of them now.
    static let failedSeeds: [UInt64] = [20_261_203, 20_261_278, 20_261_374, 20_261_404, 20_261_494]

    static let environment = ProcessInfo.processInfo.environment
    static let baseSeed = environment["ATTRIBUTE_CODEGEN_RANDOM_SPEC_SEED"].flatMap { UInt64($0) } ?? 20_261_203
    static let count = environment["ATTRIBUTE_CODEGEN_RANDOM_SPEC_COUNT"].flatMap { Int($0) } ?? 300

    /// The seeds of one run, the regressions first.
    static var seeds: [UInt64] {
        failedSeeds + (0..<UInt64(count)).map { baseSeed &+ $0 }
    }

    /// One random spec: its seed, file name, JSON text and access level.
    struct RandomSpec {
        let seed: UInt64
        let file: String
        let json: String
        let accessLevel: AccessLevel
    }

    /// The specs of one run. Top-level `swift_name`s that shadow standard names are used once
    /// per access level's module, since two tables of one module cannot share a type name.
    static func specs(_ seeds: [UInt64]) -> [RandomSpec] {
        var usedTopLevelNames: [AccessLevel: Set<String>] = [:]
        return seeds.enumerated().map { index, seed in
            var generator = RandomSpecGenerator(seed: seed, index: index)
            let level = AccessLevel.allCases[Int(seed % UInt64(AccessLevel.allCases.count))]
            var topLevelName: String?
            if Double.random(in: 0..<1, using: &generator.random) < 0.3,
               let name = RandomSpecGenerator.shadowingNames.randomElement(using: &generator.random),
               SwiftNaming.isDeclarableIdentifier(name), !SwiftNaming.reservedTypeNames.contains(name),
               !SwiftNaming.typeKeywords.contains(name),
               usedTopLevelNames[level, default: []].insert(name).inserted {
                topLevelName = name
            }
            let json = generator.specJSON(topLevelSwiftName: topLevelName)
            return RandomSpec(seed: seed, file: generator.resource + ".json", json: json, accessLevel: level)
        }
    }

    /// Cheap, so it runs with the unit tests: the generator only makes specs that lint clean,
    /// and each generates Swift without a diagnostic.
    @Test func randomSpecsLintClean() {
        if let dump = Self.environment["ATTRIBUTE_CODEGEN_RANDOM_SPEC_DUMP"] {
            try? Self.specs([Self.baseSeed]).first?.json.write(toFile: dump, atomically: true, encoding: .utf8)
        }
        for spec in Self.specs(Self.failedSeeds + (0..<500).map { Self.baseSeed &+ 1_000_000 &+ $0 }) {
            let loaded = SpecFile.load(Array(spec.json.utf8), file: spec.file)
            #expect(loaded.diagnostics.isEmpty, "seed \(spec.seed): \(loaded.diagnostics)\n\(spec.json)")
            let result = GeneratorPipeline.run(specBytes: Array(spec.json.utf8), file: spec.file, options: GeneratorOptions(accessLevel: spec.accessLevel))
            #expect(result.diagnostics.isEmpty && result.files.count == 1, "seed \(spec.seed): \(result.diagnostics)")
        }
    }

    @Test(.disabled(
        if: environment["ATTRIBUTE_CODEGEN_SKIP_END_TO_END"] == "1",
        "ATTRIBUTE_CODEGEN_SKIP_END_TO_END=1 is set"
    ))
    func randomValidSpecsCompileWarningFree() throws {
        let package = try CompilePackage()
        var seedOfFile: [String: UInt64] = [:]
        for spec in Self.specs(Self.seeds) {
            let result = GeneratorPipeline.run(specBytes: Array(spec.json.utf8), file: spec.file, options: GeneratorOptions(accessLevel: spec.accessLevel))
            guard result.diagnostics.isEmpty, let swift = result.files.first else {
                Issue.record("seed \(spec.seed) (\(spec.file)) does not generate: \(result.diagnostics)\n\(spec.json)")
                continue
            }
            let path = "\(CompilePackage.targetName(spec.accessLevel))/\(swift.path)"
            seedOfFile[swift.path] = spec.seed
            try package.writeSource(path, "// seed \(spec.seed)\n" + swift.contents)
        }
        let build = try package.build()
        let complaints = build.output.split(separator: "\n").filter { $0.contains("error:") || $0.contains("warning:") }
        let seedsNamed = Set(complaints.flatMap { line in seedOfFile.filter { line.contains("/" + $0.key + ":") }.map(\.value) })
        #expect(
            build.status == 0 && complaints.isEmpty,
            """
            \(Self.seeds.count) random specs (base seed \(Self.baseSeed)): the build \(build.status == 0 ? "warned" : "failed"); \
            seeds of the files named: \(seedsNamed.sorted()) (rerun one with ATTRIBUTE_CODEGEN_RANDOM_SPEC_SEED=<seed> \
            ATTRIBUTE_CODEGEN_RANDOM_SPEC_COUNT=1)
            \(complaints.prefix(40).joined(separator: "\n"))
            """
        )
    }
}
