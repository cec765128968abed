import AttributeSpec
import Foundation
import FuzzTargets

/// The committed documents that `Scripts/fuzz.sh` copies into each target's seed corpus,
/// prepared the same way: a spec's table name becomes `fuzz_table`, the name the spec
/// harnesses give their input, so that seeds reach validation and generation.
enum SeedDocuments {
    static let root = FuzzRegressionTests.repositoryRoot

    /// The folders and extensions each target's seeds come from (keep in step with `Scripts/fuzz.sh`).
    static func sources(for target: FuzzTarget) -> [(folder: String, extensions: Set<String>)] {
        let specs: [(String, Set<String>)] = [
            ("Spec", ["yaml", "yml"]),
            ("Tests/AttributeCodegenTests/Specs", ["yaml", "yml", "json"]),
            ("Tests/PluginDogfoodTests", ["json"]),
        ]
        switch target {
        case .yamlReader, .specJSONReader:
            return specs + [("Tests/AttributeSpecTests/Read/YAMLCorpus", ["yaml", "yml", "json"])]
        case .specLoading, .pipeline:
            return specs
        case .runtimeJSON, .providerMapping:
            return [("Tests/Fixtures", ["json"])]
        case .configuration, .breaking:
            return []
        case .inflate:
            return [("Tests/AttributeImportTests/Resources/Inflate", ["gz", "bin"])]
        case .awsModelReader:
            return [("Fuzz/Seeds/FuzzAWSModelReader", ["json"])]
        case .gcpDiscoveryReader:
            return [("Fuzz/Seeds/FuzzGCPDiscoveryReader", ["json"])]
        case .azureOpenAPIReader:
            return [("Fuzz/Seeds/FuzzAzureOpenAPIReader", ["json"])]
        }
    }

    /// Inline seeds for targets with no committed documents of their kind.
    static func inlineSeeds(for target: FuzzTarget) -> [(name: String, bytes: [UInt8])] {
        guard target == .configuration else { return [] }
        return AccessLevel.allCases.map { ("access_level-\($0.rawValue)", Array("access_level: \($0.rawValue)\n".utf8)) }
            + AcronymStyle.allCases.map { ("acronyms-\($0.rawValue)", Array("acronyms: \($0.rawValue)\n".utf8)) }
    }

    static func documents(for target: FuzzTarget) throws -> [(name: String, bytes: [UInt8])] {
        if target == .breaking { return try specPairs() }
        var documents = inlineSeeds(for: target)
        for (folder, extensions) in sources(for: target) {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where extensions.contains(url.pathExtension) && !url.lastPathComponent.hasSuffix(".schema.json") {
                var bytes = try [UInt8](Data(contentsOf: url))
                if target == .specLoading || target == .pipeline {
                    let table = url.deletingPathExtension().lastPathComponent
                    bytes = Array(String(decoding: bytes, as: UTF8.self).replacing(table, with: "fuzz_table").utf8)
                }
                documents.append((String(url.path.dropFirst(root.path.count + 1)), bytes))
            }
        }
        return documents.sorted { $0.name < $1.name }
    }

    /// The breaking-change seeds: baseline, NUL, current, made from the spec seeds: each
    /// spec with itself, and with its first `STRING` made an `INT64`, both ways round.
    static func specPairs() throws -> [(name: String, bytes: [UInt8])] {
        var pairs: [(name: String, bytes: [UInt8])] = []
        for (name, bytes) in try documents(for: .specLoading) {
            let text = String(decoding: bytes, as: UTF8.self)
            let edited = text.replacing("type: STRING", with: "type: INT64", maxReplacements: 1)
                .replacing("\"type\": \"STRING\"", with: "\"type\": \"INT64\"", maxReplacements: 1)
            pairs.append(("\(name).same", bytes + [0] + bytes))
            if edited != text {
                pairs.append(("\(name).type-changed", bytes + [0] + Array(edited.utf8)))
                pairs.append(("\(name).type-changed-back", Array(edited.utf8) + [0] + bytes))
            }
        }
        return pairs
    }

    static func isValidSpec(_ bytes: [UInt8]) -> Bool {
        SpecFile.load(bytes, file: "fuzz_table.yaml").spec != nil
    }
}
