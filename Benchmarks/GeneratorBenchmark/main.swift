import AttributeCodegen
import AttributeSpec
import Foundation

// Times the generator over a synthetic corpus of 1,000 specs (~25,000 attributes) against
// Foundation's JSONSerialization parsing the same JSON bytes in the same run.
// Run with `swift run -c release generator-benchmarks [--rounds N] [--only CASE]`;
// `--only` runs one case (for profilers): read, load, swift or docs, plus -yaml or -json.
// `generator-benchmarks compile` runs the compile-cost benchmark instead.

let arguments = Array(CommandLine.arguments.dropFirst())
// `generator-benchmarks compile [--tables N] [--runs R] [--keep DIR] [--flag F]… [--baseline codable] [--values]`: the
// compile-cost benchmark of the generated code (CompileBenchmark.swift).
if arguments.first == "compile" {
    guard let options = CompileBenchmark.parse(Array(arguments.dropFirst())) else {
        print("usage: generator-benchmarks compile [--tables N] [--runs R] [--keep DIR] [--flag SWIFTC-FLAG]... [--baseline full|codable] [--values]")
        exit(2)
    }
    exit(CompileBenchmark.run(options))
}
// `generator-benchmarks edit-loop [--specs DIR] [--tables N] [--keep DIR] [--producer DIR] [--min-tables N] [--only GeneratedSplit,…]`: the edit-loop
// benchmark, consumer packages built with `swift build` (EditLoopBenchmark.swift).
if arguments.first == "edit-loop" {
    guard let options = EditLoopBenchmark.parse(Array(arguments.dropFirst())) else {
        print("usage: generator-benchmarks edit-loop [--specs DIR] [--tables N] [--keep DIR] [--producer DIR] [--min-tables N] [--only GeneratedOneTarget,HandWrittenOneTarget,GeneratedSplit,HandWrittenSplit]")
        exit(2)
    }
    exit(EditLoopBenchmark.run(options))
}
func argument(after flag: String) -> String? {
    guard let index = arguments.firstIndex(of: flag), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
let rounds = argument(after: "--rounds").flatMap { Int($0) } ?? 7
let onlyCase = argument(after: "--only")
let specCount = 1_000
let targetMilliseconds = 250.0
let documentationTargetMilliseconds = 500.0

var synthesizer = CorpusSynthesizer(seed: 0x5EED_2025)
let corpus = synthesizer.specs(count: specCount, attributesPerSpec: 25)
let attributeCount = corpus.reduce(0) { $0 + $1.attributeCount }
let topLevelCount = corpus.reduce(0) { $0 + $1.attributes.count }
let yamlInputs = corpus.map { SpecInput(bytes: Array(CorpusWriter.yaml($0).utf8), file: "Spec/\($0.resource).yaml") }
let jsonInputs = corpus.map { SpecInput(bytes: Array(CorpusWriter.json($0).utf8), file: "Spec/\($0.resource).json") }
let jsonData = jsonInputs.map { Data($0.bytes) }
let yamlBytes = yamlInputs.reduce(0) { $0 + $1.bytes.count }
let jsonBytes = jsonInputs.reduce(0) { $0 + $1.bytes.count }

/// One measured workload over one format's corpus.
struct BenchmarkCase {
    var name: String
    var inputBytes: Int
    var body: () -> Int
}

func readOnly(_ inputs: [SpecInput]) -> Int {
    var nodes = 0
    for input in inputs {
        if let root = try? SpecFileReader.read(input.bytes, file: input.file) {
            nodes &+= root.location.line
        }
    }
    return nodes
}

func loadAndValidate(_ inputs: [SpecInput]) -> Int {
    inputs.reduce(0) { $0 &+ (SpecFile.load($1.bytes, file: $1.file).spec?.spec.attributes.count ?? 0) }
}

func pipeline(_ inputs: [SpecInput], documentation: Bool) -> Int {
    let result = GeneratorPipeline.run(specs: inputs, options: GeneratorOptions(documentation: documentation))
    return result.files.reduce(0) { $0 &+ $1.contents.utf8.count }
}

/// The same work on the calling thread alone, one spec after another: the CPU cost, which the
/// pipeline spreads over every core.
func serialPipeline(_ inputs: [SpecInput], documentation: Bool) -> Int {
    let options = GeneratorOptions(documentation: documentation)
    return inputs.reduce(0) { total, input in
        GeneratorPipeline.run(specBytes: input.bytes, file: input.file, options: options).files.reduce(total) { $0 &+ $1.contents.utf8.count }
    }
}

func foundationBaseline() -> Int {
    var count = 0
    for data in jsonData {
        if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
            count &+= object.count
        }
    }
    return count
}

var cases: [BenchmarkCase] = []
for (format, inputs, bytes) in [("yaml", yamlInputs, yamlBytes), ("json", jsonInputs, jsonBytes)] {
    cases += [
        BenchmarkCase(name: "read-\(format)", inputBytes: bytes) { readOnly(inputs) },
        BenchmarkCase(name: "load-\(format)", inputBytes: bytes) { loadAndValidate(inputs) },
        BenchmarkCase(name: "swift-\(format)", inputBytes: bytes) { pipeline(inputs, documentation: false) },
        BenchmarkCase(name: "docs-\(format)", inputBytes: bytes) { pipeline(inputs, documentation: true) },
        BenchmarkCase(name: "swift1-\(format)", inputBytes: bytes) { serialPipeline(inputs, documentation: false) },
        BenchmarkCase(name: "docs1-\(format)", inputBytes: bytes) { serialPipeline(inputs, documentation: true) },
    ]
}

let stopwatch = Stopwatch(rounds: rounds)
if let onlyCase {
    guard let chosen = cases.first(where: { $0.name == onlyCase }) else {
        print("error: unknown case '\(onlyCase)'; expected one of \(cases.map(\.name).joined(separator: ", "))")
        exit(1)
    }
    let result = stopwatch.best(chosen.body)
    print("\(chosen.name): \(String(format: "%.1f", result.milliseconds)) ms (checksum \(result.checksum))")
    exit(0)
}

// The corpus must be valid, and both formats must generate the same code, before any timing
// means anything.
let yamlResult = GeneratorPipeline.run(specs: yamlInputs, options: GeneratorOptions(documentation: true))
let jsonResult = GeneratorPipeline.run(specs: jsonInputs, options: GeneratorOptions(documentation: true))
if let problem = (yamlResult.diagnostics + jsonResult.diagnostics).first {
    print("error: the synthetic corpus does not generate cleanly: \(problem)")
    exit(1)
}
// Outputs name their spec file, so the YAML side's file names are swapped before comparing.
let yamlContents = yamlResult.files.map { $0.contents.replacingOccurrences(of: ".yaml", with: ".json") }
guard yamlContents == jsonResult.files.map(\.contents),
      yamlResult.files.count == 2 * specCount + 1,
      foundationBaseline() > 0
else {
    print("error: the YAML and JSON corpora do not generate the same files")
    exit(1)
}
// FNV-1a over every generated path and byte: an optimisation of the generator must leave it
// unchanged, since the output is specified to the byte.
var outputDigest: UInt64 = 0xCBF2_9CE4_8422_2325
for file in yamlResult.files {
    for byte in file.path.utf8 + [0] + file.contents.utf8 + [0] {
        outputDigest = (outputDigest ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
}
let swiftOutputBytes = yamlResult.files.filter { $0.path.hasSuffix(".swift") }.reduce(0) { $0 + $1.contents.utf8.count }
let markdownOutputBytes = yamlResult.files.filter { $0.path.hasSuffix(".md") }.reduce(0) { $0 + $1.contents.utf8.count }

func megabytes(_ bytes: Int) -> String { String(format: "%.2f MB", Double(bytes) / 1_000_000) }

print("corpus: \(specCount) specs, \(attributeCount) attributes (\(topLevelCount) top-level), all 12 types, nesting up to \(CorpusSynthesizer.maximumDepth) levels")
print("input:  YAML \(megabytes(yamlBytes)), JSON \(megabytes(jsonBytes)); output: Swift \(megabytes(swiftOutputBytes)), Markdown \(megabytes(markdownOutputBytes))")
print("output digest (FNV-1a of every generated path and byte): \(String(outputDigest, radix: 16))")
print("timing: best of \(rounds) rounds after one warm-up; ms are per 1,000 specs")
print("")

let baseline = stopwatch.best(foundationBaseline)
var checksum = baseline.checksum
func row(_ label: String, _ milliseconds: Double, bytes: Int) -> String {
    let perThousand = milliseconds * 1_000 / Double(specCount)
    let attributesPerSecond = Double(attributeCount) / (milliseconds / 1_000)
    let megabytesPerSecond = Double(bytes) / 1_000_000 / (milliseconds / 1_000)
    return label.padding(toLength: 44, withPad: " ", startingAt: 0)
        + String(format: "%9.1f ms %12.0f attr/s %8.1f MB/s %7.2fx", perThousand, attributesPerSecond, megabytesPerSecond, milliseconds / baseline.milliseconds)
}
print("case".padding(toLength: 44, withPad: " ", startingAt: 0) + "  ms/1000 specs     attributes/s    input MB/s  vs baseline")
print(row("baseline: JSONSerialization (JSON bytes)", baseline.milliseconds, bytes: jsonBytes))
let labels = [
    "read": "read (bytes → Node)",
    "load": "read + load + validate",
    "swift": "full pipeline, Swift only",
    "docs": "full pipeline, Swift + docs",
    "swift1": "Swift only, one thread",
    "docs1": "Swift + docs, one thread",
]
var results: [String: Double] = [:]
for benchmark in cases {
    let result = stopwatch.best(benchmark.body)
    checksum &+= result.checksum
    results[benchmark.name] = result.milliseconds
    let stage = String(benchmark.name.prefix { $0 != "-" })
    let format = benchmark.name.hasSuffix("yaml") ? "YAML" : "JSON"
    print(row("\(format) \(labels[stage] ?? stage)", result.milliseconds, bytes: benchmark.inputBytes))
}
print("(checksum \(checksum))")
print("")

/// One goal's verdict: the measured figure against its target.
func verdict(_ label: String, _ milliseconds: Double?, target: Double) -> String {
    let measured = milliseconds ?? .infinity
    let passed = measured < target
    let margin = passed ? String(format: "%.2fx headroom", target / measured) : String(format: "%.2fx over", measured / target)
    return "verdict: \(passed ? "PASS" : "FAIL") — \(label): \(String(format: "%.1f", measured)) ms per 1,000 specs vs target \(Int(target)) ms (\(margin))"
}
print(verdict("full YAML pipeline, Swift only", results["swift-yaml"], target: targetMilliseconds))
print(verdict("full YAML pipeline, Swift + docs", results["docs-yaml"], target: documentationTargetMilliseconds))
print(String(format: "one thread (CPU cost): Swift only %.1f ms, Swift + docs %.1f ms", results["swift1-yaml"] ?? .nan, results["docs1-yaml"] ?? .nan))
