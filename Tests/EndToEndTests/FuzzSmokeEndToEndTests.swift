import Foundation
import Testing

/// A short run of every libFuzzer target through `Scripts/fuzz.sh`, as the README documents it:
/// each target builds with coverage and AddressSanitizer, loads its coverage counters (the script
/// refuses a blind run) and fuzzes a few seconds from its seeds without a finding. The long runs
/// are by hand; this keeps the targets, their seeds and the script working.
///
/// Part of the serialized end-to-end suite, so it never builds at the same time as the consumer
/// package.
extension BuildToolPluginEndToEndTests {
    @Test func everyFuzzTargetBuildsAndRunsBriefly() throws {
        let root = ConsumerPackage.producerRoot
        let targets = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Fuzz").path)
            .filter { FileManager.default.fileExists(atPath: root.appendingPathComponent("Fuzz/\($0)/main.swift").path) }
        #expect(targets.count >= 10, "\(targets)")
        let result = try ConsumerPackage.run(["bash", "Scripts/fuzz.sh", "all", "3"], in: root)
        #expect(result.status == 0, "Scripts/fuzz.sh all 3 failed:\n\(result.output)")
        for target in targets {
            #expect(result.output.contains("== \(target): fuzzing for 3s"), "\(target) did not run:\n\(result.output)")
        }
        #expect(!result.output.contains("FINDING"), "\(result.output)")
    }
}
