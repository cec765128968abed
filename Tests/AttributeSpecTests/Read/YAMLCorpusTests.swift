import Foundation
import Testing
@testable import AttributeSpec

/// Runs every document of `YAMLCorpus/` through the reader.
///
/// Valid documents are compared, node by node and location by location, with the tree PyYAML's
/// `BaseLoader` composed for them (`Scripts/make-yaml-corpus.py`); malformed ones must fail
/// with the message and exact location recorded in `errors.json`.
@Suite("YAML corpus")
struct YAMLCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("YAMLCorpus")

    static func documents(_ folder: String) -> [String] {
        let url = corpus.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    @Test("the corpus is complete")
    func corpusSize() {
        #expect(Self.documents("valid").count >= 60)
        #expect(Self.documents("invalid").count >= 20)
    }

    @Test("valid document", arguments: documents("valid"))
    func valid(name: String) throws {
        let folder = Self.corpus.appendingPathComponent("valid")
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name + ".yaml")))
        let expected = try JSONSerialization.jsonObject(
            with: Data(contentsOf: folder.appendingPathComponent(name + ".json")), options: [.fragmentsAllowed])
        let node: Node?
        do {
            node = try YAMLReader.read(bytes, file: name + ".yaml")
        } catch {
            Issue.record("unexpected error: \(error)")
            return
        }
        let actual: Any = node.map(Self.json) ?? NSNull()
        let mismatch = Self.difference(actual, expected, path: "$")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test("malformed document", arguments: documents("invalid"))
    func invalid(name: String) throws {
        let manifest = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: Self.corpus.appendingPathComponent("errors.json")))
                as? [String: [String: Any]])
        let entry = try #require(manifest[name], "no entry for \(name) in errors.json")
        let message = try #require(entry["message"] as? String)
        let line = try #require(entry["line"] as? Int)
        let column = try #require(entry["column"] as? Int)
        let file = name + ".yaml"
        let bytes = [UInt8](try Data(contentsOf: Self.corpus.appendingPathComponent("invalid").appendingPathComponent(file)))
        do {
            let node = try YAMLReader.read(bytes, file: file)
            Issue.record("expected an error, read \(String(describing: node))")
        } catch {
            #expect(error.message == message)
            #expect(error.location == SourceLocation(file: file, line: line, column: column))
        }
    }

    /// The node in the JSON shape the corpus script writes.
    static func json(_ node: Node) -> Any {
        var out: [String: Any] = ["line": node.location.line, "column": node.location.column]
        switch node.kind {
        case .scalar(let text, let style):
            out["scalar"] = text
            out["style"] = "\(style)"
        case .sequence(let items):
            out["sequence"] = items.map(json)
        case .mapping(let entries):
            out["mapping"] = entries.map { [json($0.key), json($0.value)] }
        }
        return out
    }

    /// The first place where two JSON values differ, as a path and both values; nil if equal.
    static func difference(_ actual: Any, _ expected: Any, path: String) -> String? {
        switch (actual, expected) {
        case let (a as [String: Any], e as [String: Any]):
            for key in Set(a.keys).union(e.keys).sorted() {
                guard let av = a[key], let ev = e[key] else {
                    return "\(path).\(key): present on one side only"
                }
                if let found = difference(av, ev, path: "\(path).\(key)") { return found }
            }
            return nil
        case let (a as [Any], e as [Any]):
            guard a.count == e.count else { return "\(path): \(a.count) items, expected \(e.count)" }
            for (index, (av, ev)) in zip(a, e).enumerated() {
                if let found = difference(av, ev, path: "\(path)[\(index)]") { return found }
            }
            return nil
        case let (a as String, e as String):
            return a == e ? nil : "\(path): \(a.debugDescription), expected \(e.debugDescription)"
        case let (a as Int, e as Int):
            return a == e ? nil : "\(path): \(a), expected \(e)"
        case (is NSNull, is NSNull):
            return nil
        default:
            return "\(path): \(actual), expected \(expected)"
        }
    }
}
