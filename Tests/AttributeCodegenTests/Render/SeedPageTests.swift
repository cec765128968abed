import Foundation
import Testing
@testable import AttributeCodegen

/// The generated reference page of the bundled spec against the provider's own page: every
/// attribute name, type, provider name and top-level description of the seed appears, in the
/// seed's order.
@Suite("Seed page")
struct SeedPageTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// One attribute as the seed page lists it.
    struct SeedEntry {
        var name: String
        var type: String
        var providerName: String?
        var description: String?
        var isTopLevel = false
    }

    static let typeNames: Set<String> = [
        "STRING", "INT32", "INT64", "BOOLEAN", "DOUBLE", "FLOAT", "TIMESTAMP", "STRUCT",
        "UNORDERED_LIST_STRING", "UNORDERED_LIST_INT32", "UNORDERED_LIST_STRUCT", "MAP_STRING_STRING",
    ]

    /// Top-level entries read `name` / `Type: T` / `Provider name: P` / `Description: …` (the
    /// description may run over lines); nested fields read `name` / `T` / `P`.
    static func seedEntries() throws -> [SeedEntry] {
        let text = try String(contentsOf: root.appendingPathComponent("Tests/Fixtures/seed/aws_sagemaker_compilation_job.txt"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func startsEntry(_ index: Int) -> Bool {
            index + 1 < lines.count && (lines[index + 1].hasPrefix("Type: ") || typeNames.contains(lines[index + 1]))
                && !lines[index].isEmpty
        }
        var entries: [SeedEntry] = []
        var index = 0
        while index < lines.count {
            guard startsEntry(index) else {
                index += 1
                continue
            }
            let typeLine = lines[index + 1]
            if typeLine.hasPrefix("Type: ") {
                var entry = SeedEntry(name: attributeName(in: lines[index], provider: nil), type: String(typeLine.dropFirst(6)), isTopLevel: true)
                index += 2
                if index < lines.count, lines[index].hasPrefix("Provider name: ") {
                    entry.providerName = String(lines[index].dropFirst(15))
                    index += 1
                }
                if index < lines.count, lines[index].hasPrefix("Description: ") {
                    var description = [String(lines[index].dropFirst(13))]
                    index += 1
                    while index < lines.count, !startsEntry(index) {
                        description.append(lines[index])
                        index += 1
                    }
                    entry.description = description.joined(separator: " ")
                }
                entries.append(entry)
            } else {
                let provider = index + 2 < lines.count ? lines[index + 2] : nil
                entries.append(SeedEntry(name: attributeName(in: lines[index], provider: provider), type: typeLine, providerName: provider))
                index += 3
            }
        }
        return entries
    }

    /// The attribute name at the end of a seed line. The page glues some names to the text of the
    /// entry before (`.model_digests`, `Intel graphicsarch`): the name is the trailing snake_case
    /// run, cut where it spells the provider name (`arch` ↔ `Arch`, `s3_uri` ↔ `S3Uri`).
    static func attributeName(in line: String, provider: String?) -> String {
        let scalars = Array(line.unicodeScalars)
        var start = scalars.count
        while start > 0, scalars[start - 1] == "_" || ("a"..."z").contains(scalars[start - 1]) || ("0"..."9").contains(scalars[start - 1]) {
            start -= 1
        }
        var run = String(String.UnicodeScalarView(scalars[start...]))
        if let provider {
            let wanted = provider.lowercased()
            while !run.isEmpty, run.replacingOccurrences(of: "_", with: "") != wanted {
                run.removeFirst()
            }
        }
        return run
    }

    /// The page's text as a reader sees it: escapes removed, hard breaks and runs of spaces as one space.
    static func readerText(_ markdown: String) -> String {
        var out = ""
        var escaped = false
        for scalar in markdown.unicodeScalars {
            if escaped {
                escaped = false
                if scalar == "\n" { out.append(" "); continue }
                out.unicodeScalars.append(scalar)
            } else if scalar == "\\" {
                escaped = true
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    @Test("the seed page has the 20 top-level attributes and 20 nested fields")
    func seedParses() throws {
        let entries = try Self.seedEntries()
        #expect(entries.count == 40)
        #expect(entries.filter(\.isTopLevel).count == 20)
        #expect(entries.filter { $0.isTopLevel && $0.providerName == nil }.map(\.name) == ["account_id", "tags"])
        #expect(entries.first?.name == "account_id")
        #expect(entries.last?.name == "subnets")
    }

    @Test("every name, type, provider name and top-level description appears in the seed's order")
    func pageFollowsSeed() throws {
        let specURL = Self.root.appendingPathComponent("Spec/aws_sagemaker_compilation_job.yaml")
        let result = GeneratorPipeline.run(
            specBytes: try [UInt8](Data(contentsOf: specURL)),
            file: "aws_sagemaker_compilation_job.yaml",
            options: GeneratorOptions(documentation: true)
        )
        let page = try #require(result.files.first { $0.path.hasSuffix(".md") })
        let text = Self.readerText(page.contents)
        // Search the attribute section only: the mapping table repeats every name.
        let attributes = try #require(text.range(of: "## Attributes"))
        let end = try #require(text.range(of: "## Mapping"))
        var cursor = attributes.upperBound
        func find(_ needle: String, _ what: String) {
            let normalised = needle.split(separator: " ").joined(separator: " ")
            guard let found = text.range(of: normalised, range: cursor..<end.lowerBound) else {
                Issue.record("\(what) not found after the previous one: \(normalised)")
                return
            }
            cursor = found.upperBound
        }
        for entry in try Self.seedEntries() {
            find(entry.name, "name")
            find("Type: `\(entry.type)`", "type of \(entry.name)")
            if let provider = entry.providerName {
                find("Provider name: `\(provider)`", "provider name of \(entry.name)")
            }
            if let description = entry.description {
                find("Description: \(description)", "description of \(entry.name)")
            }
        }
    }
}
