import AttributeCodegen
import Foundation

/// The compile-cost benchmark: what the generated code costs a consumer's debug build, against
/// the same tables written by hand as plain structs with synthesised `Codable`.
///
/// Renders N varied synthetic tables both ways, then compiles each set as its own module with
/// `swiftc` several times, alternating, against the built `AttributeRuntime` module, and
/// reports the median CPU time (user + system of the compiler processes, so other work on a
/// shared machine skews it less than wall time would) of each and their ratio.
enum CompileBenchmark {
    struct Options {
        var tables = 100
        var runs = 3
        /// Keeps the rendered sources here instead of a temporary folder.
        var keep: String?
        /// Extra arguments for every compile, e.g. `-Xfrontend -debug-time-function-bodies`.
        var extraFlags: [String] = []
        /// The baseline's conformances: by default the generated types' own.
        var baselineConformances = "Codable, Hashable, Sendable"
        /// String attributes carry known values as EC2's model has them (`--values`).
        var valueSets = false
    }

    static func parse(_ arguments: [String]) -> Options? {
        var options = Options()
        var index = 0
        while index < arguments.count {
            if arguments[index] == "--values" {
                options.valueSets = true
                index += 1
                continue
            }
            let flag = arguments[index]
            let value = index + 1 < arguments.count ? arguments[index + 1] : nil
            index += 2
            switch (flag, value) {
            case ("--tables", let value?): guard let count = Int(value), count > 0 else { return nil }; options.tables = count
            case ("--runs", let value?): guard let count = Int(value), count > 0 else { return nil }; options.runs = count
            case ("--keep", let value?): options.keep = value
            case ("--flag", let value?): options.extraFlags.append(value)
            case ("--baseline", "codable"): options.baselineConformances = "Codable"
            case ("--baseline", "full"): options.baselineConformances = "Codable, Hashable, Sendable"
            default: return nil
            }
        }
        return options
    }

    /// One compiled variant: a module name and its source files.
    struct Variant {
        var name: String
        var folder: URL
        var files: [String]
        var bytes: Int
        var cpuSeconds: [Double] = []
        var wallSeconds: [Double] = []
    }

    static func run(_ options: Options) -> Int32 {
        var synthesizer = CorpusSynthesizer(seed: 0xC0DE_2026)
        synthesizer.valueSets = options.valueSets
        let corpus = synthesizer.variedSpecs(count: options.tables)
        let root: URL
        if let keep = options.keep {
            root = URL(fileURLWithPath: keep, isDirectory: true)
        } else {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("compile-benchmark-\(getpid())", isDirectory: true)
        }
        var generated = Variant(name: "GeneratedTables", folder: root.appendingPathComponent("generated"), files: [], bytes: 0)
        var baseline = Variant(name: "PlainCodableTables", folder: root.appendingPathComponent("baseline"), files: [], bytes: 0)
        do {
            for variant in [generated, baseline] {
                try? FileManager.default.removeItem(at: variant.folder)
                try FileManager.default.createDirectory(at: variant.folder, withIntermediateDirectories: true)
            }
            for spec in corpus {
                let bytes = Array(CorpusWriter.yaml(spec).utf8)
                let file = "Spec/\(spec.resource).yaml"
                let result = GeneratorPipeline.run(specBytes: bytes, file: file, options: GeneratorOptions())
                guard let swift = result.files.first, result.diagnostics.isEmpty,
                      let plain = PlainCodableRenderer.render(specBytes: bytes, file: file, conformances: options.baselineConformances)
                else {
                    say("error: \(file) does not generate cleanly: \(result.diagnostics.first.map { "\($0)" } ?? "no output")")
                    return 1
                }
                let name = "\(spec.resource).swift"
                try write(swift.contents, to: &generated, name: name)
                try write(plain, to: &baseline, name: name)
            }
        } catch {
            say("error: cannot write the benchmark sources under \(root.path): \(error)")
            return 1
        }

        let modules = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("Modules")
        guard FileManager.default.fileExists(atPath: modules.appendingPathComponent("AttributeRuntime.swiftmodule").path) else {
            say("error: no AttributeRuntime.swiftmodule in \(modules.path); build the package first")
            return 1
        }
        let attributes = corpus.reduce(0) { $0 + $1.attributeCount }
        let sizes = corpus.map(\.attributeCount).sorted()
        say("corpus: \(corpus.count) tables, \(attributes) attributes (\(sizes.first ?? 0)…\(sizes.last ?? 0) per table, median \(sizes[sizes.count / 2])), nesting up to \(CorpusSynthesizer.maximumDepth) levels, keywords")
        if options.valueSets {
            func sets(_ attributes: [SyntheticAttribute]) -> [Int] {
                attributes.flatMap { ($0.values.isEmpty ? [] : [$0.values.count]) + sets($0.fields) }
            }
            let counts = corpus.flatMap { sets($0.attributes) }
            say("value sets: \(counts.count) attributes with known values, \(counts.reduce(0, +)) values (largest \(counts.max() ?? 0)), sized as EC2's model has them; "
                + "baseline lists them as String-backed enums with synthesized conformances")
        }
        say("baseline: plain structs conforming to \(options.baselineConformances), synthesized; generated: Codable, Hashable, Sendable, doc comments, mappers")
        say("sources: generated \(kilobytes(generated.bytes)), plain Codable baseline \(kilobytes(baseline.bytes)) in \(root.path)")
        say("compile: swiftc -Onone -g -parse-as-library -emit-module -c (batch mode, -j 2), one module per variant, \(options.runs) runs alternating")
        say("CPU time = user + sys of the compiler processes (the machine may be shared; wall time is shown but not compared)")
        say("")

        // A warm-up compile loads the standard library and runtime modules into the page cache.
        let warmUp = root.appendingPathComponent("warm-up")
        var warm = Variant(name: "WarmUpModule", folder: warmUp, files: [], bytes: 0)
        do {
            try FileManager.default.createDirectory(at: warmUp, withIntermediateDirectories: true)
            try write("import AttributeRuntime\nimport Foundation\n", to: &warm, name: "WarmUp.swift")
        } catch {
            say("error: \(error)")
            return 1
        }
        guard compile(&warm, modules: modules, extraFlags: []) else { return 1 }

        for run in 0..<options.runs {
            // Alternate the order so that neither variant always runs first.
            let generatedFirst = run % 2 == 0
            for isGenerated in generatedFirst ? [true, false] : [false, true] {
                guard isGenerated
                    ? compile(&generated, modules: modules, extraFlags: options.extraFlags)
                    : compile(&baseline, modules: modules, extraFlags: options.extraFlags)
                else { return 1 }
            }
            say(String(format: "run %d: generated %.2f s CPU (%.2f s wall), baseline %.2f s CPU (%.2f s wall), ratio %.2f",
                         run + 1, generated.cpuSeconds[run], generated.wallSeconds[run],
                         baseline.cpuSeconds[run], baseline.wallSeconds[run],
                         generated.cpuSeconds[run] / baseline.cpuSeconds[run]))
        }
        let generatedMedian = median(generated.cpuSeconds)
        let baselineMedian = median(baseline.cpuSeconds)
        let ratio = generatedMedian / baselineMedian
        say("")
        say(String(format: "median CPU: generated %.2f s, plain Codable baseline %.2f s; ratio %.2f (target <= 1.00, stretch <= 0.80)",
                     generatedMedian, baselineMedian, ratio))
        say(String(format: "per attribute: generated %.2f ms, baseline %.2f ms",
                     generatedMedian * 1000 / Double(attributes), baselineMedian * 1000 / Double(attributes)))
        if options.keep == nil {
            try? FileManager.default.removeItem(at: root)
        }
        return 0
    }

    private static func write(_ text: String, to variant: inout Variant, name: String) throws {
        try Data(text.utf8).write(to: variant.folder.appendingPathComponent(name))
        variant.files.append(name)
        variant.bytes += text.utf8.count
    }

    /// Compiles one variant in its folder, adding its CPU and wall time; false on failure.
    private static func compile(_ variant: inout Variant, modules: URL, extraFlags: [String]) -> Bool {
        let arguments = [
            "swiftc", "-module-name", variant.name, "-parse-as-library", "-Onone", "-g", "-swift-version", "6",
            "-emit-module", "-emit-module-path", "\(variant.name).swiftmodule", "-c", "-enable-batch-mode", "-j", "2",
            "-I", modules.path,
        ] + extraFlags + variant.files
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = variant.folder
        let log = variant.folder.appendingPathComponent("compile.log")
        guard FileManager.default.createFile(atPath: log.path, contents: nil),
              let output = try? FileHandle(forWritingTo: log)
        else {
            say("error: cannot write \(log.path)")
            return false
        }
        process.standardOutput = output
        process.standardError = output
        let before = childrenCPUSeconds()
        let start = Date()
        do {
            try process.run()
        } catch {
            say("error: cannot run swiftc: \(error)")
            return false
        }
        process.waitUntilExit()
        let wall = Date().timeIntervalSince(start)
        try? output.close()
        guard process.terminationStatus == 0 else {
            say("error: compiling \(variant.name) failed; see \(log.path)")
            return false
        }
        if let text = try? String(contentsOf: log, encoding: .utf8), text.contains("warning:") {
            say("note: \(variant.name) compiled with warnings; see \(log.path)")
        }
        variant.cpuSeconds.append(childrenCPUSeconds() - before)
        variant.wallSeconds.append(wall)
        return true
    }

    /// User plus system time of every waited-for child process so far.
    private static func childrenCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// Writes one line at once, unbuffered: a run takes minutes, and its lines should show as they
    /// come also when the output goes to a file.
    private static func say(_ line: String = "") {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    private static func kilobytes(_ bytes: Int) -> String { String(format: "%.0f KB", Double(bytes) / 1000) }
}
