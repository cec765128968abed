import Foundation
import Testing
@testable import AttributeImport
@testable import AttributeSpec

/// One table of spec keys (`SpecKey`) serves the loader, the normalizer, the YAML writer, the
/// update's merger and the JSON Schema: a key known to some of them and not all fails here.
@Suite("Spec key table")
struct SpecKeyTableTests {
    static let here = SourceLocation(file: "t.yaml", line: 1, column: 1)

    static func located<T>(_ value: T) -> Located<T> { Located(value, at: here) }

    /// A spec in which every key of the table is set, at every level it may stand.
    static let everyKey: Spec = {
        let field = Attribute(name: located("s3_uri"), type: located(.string), providerName: located("S3Uri"), location: here)
        let attribute = Attribute(
            name: located("jobs"), type: located(.unorderedListStruct), providerName: located("Jobs"),
            description: located("The jobs."), swiftName: located("jobList"), elementSwiftName: located("JobEntry"),
            deprecated: located(Deprecation(message: "Use runs instead.")), pinned: located(true),
            fields: [field], location: here)
        let timestamp = Attribute(
            name: located("created"), type: located(.timestamp), providerName: located("Created"),
            timestampFormat: located(.epochSeconds), location: here)
        let status = Attribute(
            name: located("status"), type: located(.string), providerName: located("Status"),
            values: [KnownValue(value: located("ON")), KnownValue(value: located("OFF"), description: located("Stopped."))],
            valuesLocation: here, valuesClosed: located(true), location: here)
        return Spec(
            file: "t.yaml", resource: located("t"), description: located("A table."), swiftName: located("Table"),
            timestampFormat: located(.rfc3339), attributes: [timestamp, attribute, status], attributesLocation: here)
    }()

    @Test(arguments: SpecKey.allCases)
    func everyPartKnowsTheKey(_ key: SpecKey) throws {
        // The writer writes it, at each of its levels (table keys at column 0, attribute keys indented).
        let yaml = SpecYAMLWriter.yaml(Self.everyKey)
        let lines = yaml.split(separator: "\n")
        if key.levels.contains(.table) {
            #expect(lines.contains { $0.hasPrefix(key.rawValue + ":") }, "\(key) at the table level:\n\(yaml)")
        }
        if key.levels.contains(.attribute) {
            #expect(lines.contains { $0.hasPrefix(" ") && $0.drop { $0 == " " || $0 == "-" }.hasPrefix(key.rawValue + ":") }, "\(key):\n\(yaml)")
        }
        // The normalizer writes it.
        let json = SpecNormalizer.canonicalJSON(Self.everyKey)
        #expect(json.contains("\"\(key.rawValue)\": "), "\(key):\n\(json)")
        // The loader reads it back to the same spec, and rejects it where it may not stand.
        let loaded = SpecFile.load(Array(yaml.utf8), file: "t.yaml")
        let spec = try #require(loaded.spec, "\(loaded.diagnostics)")
        #expect(SpecNormalizer.canonicalJSON(spec.spec) == json)
        for level in [SpecKey.Level.table, .attribute] where !key.levels.contains(level) {
            let text = level == .table
                ? "resource: t\n\(key.rawValue): x\nattributes:\n  - name: a\n    type: STRING\n"
                : "resource: t\nattributes:\n  - name: a\n    type: STRING\n    \(key.rawValue): x\n"
            let wrong = SpecFile.load(Array(text.utf8), file: "t.yaml")
            #expect(wrong.diagnostics.contains { $0.message == "unknown key '\(key.rawValue)'" }, "\(key) at \(level): \(wrong.diagnostics)")
        }
        // The merger reports it as a hand edit kept wherever the import does not write it.
        let plain = SpecYAMLWriter.yaml(Self.importedOnly(Self.everyKey))
        let imported = try #require(SpecFile.load(Array(plain.utf8), file: "t.yaml").spec?.spec)
        let summary = SpecMerger.plan(existing: spec.spec, imported: imported, keep: []).summary
        #expect(!summary.hasChanges, "\(summary.lines)")
        if key.levels.contains(.table), !key.isImported(at: .table) {
            #expect(summary.keptEdits.contains("table \(key.rawValue)"), "\(summary.keptEdits)")
        }
        if key.levels.contains(.attribute), !key.isImported(at: .attribute) {
            #expect(summary.keptEdits.contains { $0.hasSuffix(" \(key.rawValue)") }, "\(summary.keptEdits)")
        }
    }

    /// `spec` with only the keys the import writes.
    static func importedOnly(_ spec: Spec) -> Spec {
        func strip(_ attribute: Attribute) -> Attribute {
            Attribute(
                name: attribute.name, type: attribute.type, providerName: attribute.providerName, description: attribute.description,
                values: attribute.values, valuesLocation: attribute.valuesLocation, fields: attribute.fields?.map(strip), location: attribute.location)
        }
        return Spec(file: spec.file, resource: spec.resource, description: spec.description, attributes: spec.attributes.map(strip),
                    attributesLocation: spec.attributesLocation)
    }

    @Test func theJSONSchemaHasTheTablesKeys() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let data = try Data(contentsOf: root.appendingPathComponent("Spec/attribute-spec.schema.json"))
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let topLevel = try #require(schema["properties"] as? [String: Any])
        #expect(Set(topLevel.keys) == Set(SpecKey.keys(at: .table).map(\.rawValue) + [SpecLoader.schemaKey]))
        let definitions = try #require(schema["$defs"] as? [String: Any])
        let attribute = try #require(definitions["attribute"] as? [String: Any])
        let properties = try #require(attribute["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(SpecKey.keys(at: .attribute).map(\.rawValue)))
        // Each key's value kind is the schema's.
        for key in SpecKey.keys(at: .attribute) {
            let property = try #require(properties[key.rawValue] as? [String: Any])
            switch key.valueKind {
            case .boolean: #expect(property["type"] as? String == "boolean", "\(key)")
            case .attributeList, .knownValueList: #expect(property["type"] as? String == "array", "\(key)")
            case .trueOrMessage: #expect(property["oneOf"] != nil, "\(key)")
            case .string, .attributeType, .timestampFormat:
                #expect(property["type"] as? String == "string" || property["$ref"] != nil, "\(key)")
            }
        }
    }
}
