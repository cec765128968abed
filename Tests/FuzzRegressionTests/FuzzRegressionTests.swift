import Foundation
import FuzzTargets
import Testing

/// Replays, without libFuzzer, every input a fuzz target once failed on
/// (`Tests/FuzzRegressions/<Target>/`), and the committed documents the seed corpora are
/// made from, through the very entry points the fuzzing executables call.
@Suite struct FuzzRegressionTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The saved inputs of one target; file names starting with `.` or ending in `.md` are not inputs.
    static func regressionInputs(_ target: FuzzTarget) throws -> [URL] {
        let folder = repositoryRoot.appendingPathComponent("Tests/FuzzRegressions/\(target.rawValue)")
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { !$0.lastPathComponent.hasPrefix(".") && $0.pathExtension != "md" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test(arguments: FuzzTarget.allCases)
    func savedInputsHoldEveryInvariant(_ target: FuzzTarget) throws {
        for input in try Self.regressionInputs(target) {
            let bytes = try [UInt8](Data(contentsOf: input))
            #expect(throws: Never.self, "\(target.rawValue)/\(input.lastPathComponent)") { try target.check(bytes) }
        }
    }

    @Test func everyTargetHasSavedInputsOrSeeds() throws {
        for target in FuzzTarget.allCases {
            #expect(try !Self.regressionInputs(target).isEmpty || !SeedDocuments.documents(for: target).isEmpty, "\(target.rawValue)")
        }
    }

    @Test(arguments: FuzzTarget.allCases)
    func seedDocumentsHoldEveryInvariant(_ target: FuzzTarget) throws {
        let documents = try SeedDocuments.documents(for: target)
        #expect(!documents.isEmpty)
        for (name, bytes) in documents {
            #expect(throws: Never.self, "\(target.rawValue) on \(name)") { try target.check(bytes) }
        }
    }

    /// The seeds must reach past the front end, or the spec targets fuzz only the readers.
    @Test func specSeedsReachGeneration() throws {
        let documents = try SeedDocuments.documents(for: .pipeline)
        let valid = documents.filter { SeedDocuments.isValidSpec($0.bytes) }
        #expect(valid.count >= 5, "\(valid.map(\.name))")
    }

    /// Pairs of valid specs, some with a change between them, or `FuzzBreaking` fuzzes only the loader.
    @Test func breakingSeedsReachTheComparison() throws {
        let pairs = try SeedDocuments.documents(for: .breaking).filter { pair in
            let split = pair.bytes.firstIndex(of: 0) ?? pair.bytes.count
            return SeedDocuments.isValidSpec(Array(pair.bytes[..<split])) && SeedDocuments.isValidSpec(Array(pair.bytes[min(split + 1, pair.bytes.count)...]))
        }
        #expect(pairs.filter { $0.name.hasSuffix(".same") }.count >= 5, "\(pairs.map(\.name))")
        #expect(pairs.filter { $0.name.hasSuffix(".type-changed") }.count >= 3, "\(pairs.map(\.name))")
    }
}
