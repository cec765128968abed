import Testing
@testable import AttributeImport
import AttributeSpec

/// Translation rules on a small hand-written botocore model: types, the stated treatments of
/// the types with no spec equivalent, names, sorting, and diagnostics naming the file and shape path.
@Suite("Import translator")
struct ImportTranslatorTests {
    static let model = """
        {
          "metadata": {"endpointPrefix": "toy"},
          "operations": {
            "DescribeWidget": {"output": {"shape": "DescribeWidgetResponse"}},
            "DeleteWidget": {}
          },
          "shapes": {
            "DescribeWidgetResponse": {"type": "structure", "members": {
              "Zeta": {"shape": "Text", "documentation": "<p>Last.</p>"},
              "Alpha": {"shape": "Number"},
              "Big": {"shape": "BigNumber"},
              "Flag": {"shape": "Flag"},
              "Ratio": {"shape": "Ratio"},
              "Small": {"shape": "Small"},
              "When": {"shape": "When"},
              "Colour": {"shape": "Colour"},
              "Names": {"shape": "Names"},
              "Counts": {"shape": "Counts"},
              "Parts": {"shape": "Parts"},
              "Labels": {"shape": "Labels"},
              "Payload": {"shape": "Payload"},
              "Payloads": {"shape": "Payloads"},
              "Matrix": {"shape": "Matrix"},
              "Longs": {"shape": "Longs"},
              "PartsByName": {"shape": "PartsByName"},
              "Settings": {"shape": "Settings"},
              "Node": {"shape": "Node"},
              "Empty": {"shape": "Empty"},
              "Choice": {"shape": "Choice"},
              "Odd": {"shape": "Odd"}
            }},
            "Text": {"type": "string", "documentation": "<p>Shape documentation.</p>"},
            "Colour": {"type": "string", "enum": ["RED", "GREEN"]},
            "Number": {"type": "integer"},
            "BigNumber": {"type": "long"},
            "Flag": {"type": "boolean"},
            "Ratio": {"type": "double"},
            "Small": {"type": "float"},
            "When": {"type": "timestamp"},
            "Names": {"type": "list", "member": {"shape": "Text"}},
            "Counts": {"type": "list", "member": {"shape": "Number"}},
            "Parts": {"type": "list", "member": {"shape": "Part"}},
            "Part": {"type": "structure", "members": {"PartId": {"shape": "Text"}, "DNSName": {"shape": "Text"}}},
            "Labels": {"type": "map", "key": {"shape": "Text"}, "value": {"shape": "Text"}},
            "Payload": {"type": "blob"},
            "Payloads": {"type": "list", "member": {"shape": "Payload"}},
            "Matrix": {"type": "list", "member": {"shape": "Counts"}},
            "Longs": {"type": "list", "member": {"shape": "BigNumber"}},
            "PartsByName": {"type": "map", "key": {"shape": "Text"}, "value": {"shape": "Part"}},
            "Settings": {"type": "structure", "members": {}, "document": true},
            "Node": {"type": "structure", "members": {"Name": {"shape": "Text"}, "Children": {"shape": "Nodes"}}},
            "Nodes": {"type": "list", "member": {"shape": "Node"}},
            "Empty": {"type": "structure", "members": {}},
            "Choice": {"type": "structure", "union": true, "members": {"Left": {"shape": "Text"}, "Right": {"shape": "Number"}}},
            "Odd": {"type": "bigDecimal"},
            "Clash": {"type": "structure", "members": {"IPv6Address": {"shape": "Text"}, "Ipv6Address": {"shape": "Text"}}},
            "Widget": {"type": "structure", "members": {"Name": {"shape": "Text"}, "Tags": {"shape": "Labels"}}}
          }
        }
        """

    static func read() throws -> ProviderModel {
        let read = AWSModelReader.read(Array(model.utf8), file: "toy/service-2.json")
        #expect(read.diagnostics.isEmpty)
        return try #require(read.model)
    }

    static func translate(_ root: ImportRequest.Root, context: [ContextAttribute] = []) throws -> (spec: Spec?, diagnostics: [Diagnostic]) {
        ImportTranslator.translate(try read(), ImportRequest(root: root, resource: "toy_widget", context: context, outputFile: "Spec/toy_widget.yaml"))
    }

    @Test func typesTreatmentsAndOrder() throws {
        let result = try Self.translate(.operation("DescribeWidget"))
        let spec = try #require(result.spec)
        let outline = spec.attributes.map { "\($0.name.value) \($0.type.value.rawValue) \($0.providerName?.value ?? "-")" }
        #expect(outline == [
            "alpha INT32 Alpha",
            "big INT64 Big",
            "choice STRUCT Choice",
            "colour STRING Colour",
            "counts UNORDERED_LIST_INT32 Counts",
            "flag BOOLEAN Flag",
            "labels MAP_STRING_STRING Labels",
            "names UNORDERED_LIST_STRING Names",
            "node STRUCT Node",
            "parts UNORDERED_LIST_STRUCT Parts",
            "payload STRING Payload",
            "payloads UNORDERED_LIST_STRING Payloads",
            "ratio DOUBLE Ratio",
            "small FLOAT Small",
            "when TIMESTAMP When",
            "zeta STRING Zeta",
        ])
        // Fields are sorted too, and named by the same rule.
        let parts = try #require(spec.attributes.first { $0.name.value == "parts" }?.fields)
        #expect(parts.map(\.name.value) == ["dns_name", "part_id"])
        // The recursive member is left out; the rest of the structure stays.
        let node = try #require(spec.attributes.first { $0.name.value == "node" }?.fields)
        #expect(node.map(\.name.value) == ["name"])
        // Member documentation wins over the shape's; the shape's is the fallback.
        #expect(spec.attributes.last?.description?.value == "Last.")
        #expect(parts.first { $0.name.value == "part_id" }?.description?.value == "Shape documentation.")

        let warnings = result.diagnostics.filter { $0.severity == .warning }.map(\.description)
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning })
        let expected = [
            "member 'DescribeWidgetResponse.Payload' is a blob; imported as STRING (its base64 text)",
            "member 'DescribeWidgetResponse.Payloads' is a list of blobs; imported as UNORDERED_LIST_STRING (base64 text)",
            "member 'DescribeWidgetResponse.Matrix' is a list of lists, which no spec type holds; left out",
            "member 'DescribeWidgetResponse.Longs' is a list of long values, which no spec type holds; left out",
            "member 'DescribeWidgetResponse.PartsByName' is a map of structure values; only maps of strings to strings have a spec type (MAP_STRING_STRING); left out",
            "member 'DescribeWidgetResponse.Settings' is a document (free-form JSON), which no spec type holds; left out",
            "member 'DescribeWidgetResponse.Node.Children' refers back to structure 'Node' (a recursive shape); left out",
            "member 'DescribeWidgetResponse.Empty' is a structure with no importable members; left out",
            "member 'DescribeWidgetResponse.Odd' has type 'bigDecimal', which has no spec equivalent; left out",
        ]
        #expect(warnings.count == expected.count)
        for message in expected {
            #expect(warnings.contains { $0.hasPrefix("toy/service-2.json:") && $0.hasSuffix("warning: " + message) }, "\(message)")
        }
    }

    @Test func diagnosticsPointAtTheMemberInTheModel() throws {
        let result = try Self.translate(.operation("DescribeWidget"))
        let blob = try #require(result.diagnostics.first { $0.message.contains("'DescribeWidgetResponse.Payload'") })
        // `"Payload": {"shape": "Payload"},` is on line 21, its key at column 7.
        #expect(blob.location == SourceLocation(file: "toy/service-2.json", line: 21, column: 7))
    }

    @Test func contextAttributesAreSortedIn() throws {
        let spec = try #require(try Self.translate(.shape("Widget"), context: [
            ContextAttribute(name: "account_id", type: .string), ContextAttribute(name: "region", type: .string),
        ]).spec)
        #expect(spec.attributes.map(\.name.value) == ["account_id", "name", "region", "tags"])
        #expect(spec.attributes[0].providerName == nil)
    }

    @Test func twoMembersWithOneNameAreAnErrorNamingBoth() throws {
        let result = try Self.translate(.shape("Clash"))
        #expect(result.spec == nil)
        #expect(result.diagnostics.map(\.message) == [
            "members 'Clash.IPv6Address' and 'Clash.Ipv6Address' both map to attribute name 'ipv6_address'",
        ])
    }

    @Test func aContextAttributeTakesAMembersPlace() throws {
        let result = try Self.translate(.shape("Widget"), context: [ContextAttribute(name: "tags", type: .unorderedListString)])
        let spec = try #require(result.spec)
        let tags = try #require(spec.attributes.first { $0.name.value == "tags" })
        #expect(tags.providerName == nil && tags.type.value == .unorderedListString && tags.fields == nil)
        #expect(spec.attributes.filter { $0.name.value == "tags" }.count == 1)
        #expect(result.diagnostics.map(\.message) == [
            "context attribute 'tags' takes the place of member 'Widget.Tags': MappingContext.withAWSTags(payload[\"Tags\"], "
                + "providerKey: \"Tags\") fills it from the payload's 'Tags' and marks that key read for strict mode",
        ])
        #expect(!result.diagnostics.containsErrors)
    }

    /// Found by FuzzAWSModelReader: the clash was reported at line 1 of the spec not yet written;
    /// the context attribute comes from the command line, so the error points at the member.
    @Test func contextClashesPointAtTheMember() throws {
        let json = #"{"shapes": {"T": {"type": "structure", "members": {"AccountId": {"shape": "S"}, "A1": {"shape": "S"}}}, "S": {"type": "string"}}}"#
        let model = try #require(AWSModelReader.read(Array(json.utf8), file: "m.json").model)
        let context = [
            ContextAttribute(name: "account_id", type: .string),
            ContextAttribute(name: "a_1", type: .string),
            ContextAttribute(name: "a_1", type: .string),
        ]
        let result = ImportTranslator.translate(model, ImportRequest(root: .shape("T"), resource: "t", context: context, outputFile: "t.yaml"))
        #expect(result.spec == nil)
        #expect(result.diagnostics.map(\.description) == [
            "m.json:1:52: warning: context attribute 'account_id' takes the place of member 'T.AccountId': the caller supplies its "
                + "value in the MappingContext; list 'AccountId' in the context's consumedProviderKeys when it comes from the payload, "
                + "so strict mode does not report the key as unread",
            "m.json:1:81: error: context attribute 'a_1' becomes the Swift property 'a1', as member 'T.A1' does",
            "error: context attribute 'a_1' is given twice",
        ])
    }

    @Test func unknownNamesGetSuggestions() throws {
        let shape = try Self.translate(.shape("Widgit")).diagnostics
        #expect(shape.map(\.description) == ["toy/service-2.json:1:1: error: 'toy/service-2.json' has no shape 'Widgit'\ntoy/service-2.json:1:1: note: did you mean 'Widget'?"])
        let operation = try Self.translate(.operation("DescribeWidgets")).diagnostics
        #expect(operation.map(\.description) == [
            "toy/service-2.json:1:1: error: 'toy/service-2.json' has no operation 'DescribeWidgets'\ntoy/service-2.json:1:1: note: did you mean 'DescribeWidget'?",
        ])
        #expect(try Self.translate(.operation("DeleteWidget")).diagnostics.map(\.message) == ["operation 'DeleteWidget' has no output shape"])
    }

    @Test func onlyAStructureCanBeATable() throws {
        let result = try Self.translate(.shape("Names"))
        #expect(result.diagnostics.map(\.message) == ["shape 'Names' is a list, not a structure; only a structure can be a table"])
    }

    @Test func malformedModelsAreDiagnosed() {
        #expect(AWSModelReader.read(Array("[]".utf8), file: "m.json").diagnostics.map(\.description)
            == ["m.json:1:1: error: 'm.json' is not an AWS service model: expected an object with 'shapes'"])
        // Found by FuzzAWSModelReader: an empty file's error had no location.
        for empty in ["", " \n"] {
            #expect(AWSModelReader.read(Array(empty.utf8), file: "m.json").diagnostics.map(\.description)
                == ["m.json:1:1: error: 'm.json' is not an AWS service model: expected an object with 'shapes'"])
        }
        let broken = AWSModelReader.read(Array(#"{"shapes": {"A": {"type": "list"}, "B": {"members": {}}}}"#.utf8), file: "m.json")
        #expect(broken.model == nil)
        #expect(broken.diagnostics.map(\.message) == [
            "malformed AWS model: shape 'A' has no 'member' shape",
            "malformed AWS model: shape 'B' has no 'type'",
        ])
        #expect(AWSModelReader.read(Array("{\"shapes\": ".utf8), file: "m.json").diagnostics.first?.severity == .error)
        #expect(AWSModelReader.read([0x1F, 0x8B, 8, 0], file: "m.json.gz").diagnostics.map(\.description)
            == ["error: cannot decompress 'm.json.gz': compressed data is truncated (at byte 4)"])
    }

    /// Found by FuzzAWSModelReader: a member named `HealthChe]kPath` became a provider_name the
    /// spec grammar rejects, so the written spec did not load (a `.` would have loaded and
    /// silently mapped a nested key); then `2WSAccountId`, whose attribute name no Swift property
    /// can start like. No AWS model has either; such a member is left out with a warning, like
    /// a member of a type no spec holds, and the rest is imported.
    @Test("a member no spec can map or name is left out with a warning at the member", arguments: [
        ("Health.Path", "cannot be mapped: its name holds '.', which a provider path reads as a step into a nested object; left out"),
        ("HealthChe]kPath", "cannot be mapped: its name holds ']', which a provider key may not hold; left out"),
        ("Health Path", "cannot be mapped: its name holds U+0020, which a provider key may not hold; left out"),
        // Found by FuzzAzureOpenAPIReader: the grammar allows U+FFFF, a YAML file does not.
        ("Health\u{FFFF}Path", "cannot be mapped: its name holds U+FFFF, which a spec file cannot hold; left out"),
        ("2WSAccountId", "has a name that starts with a digit ('2_ws_account_id'), which no Swift property can; left out (add it by hand with a swift_name)"),
    ])
    func unmappableMemberNames(name: String, problem: String) throws {
        let json = #"{"shapes": {"T": {"type": "structure", "members": {"Ok": {"shape": "S"}, "\#(name)": {"shape": "S"}}}, "S": {"type": "string"}}}"#
        let model = try #require(AWSModelReader.read(Array(json.utf8), file: "m.json").model)
        let result = ImportTranslator.translate(model, ImportRequest(root: .shape("T"), resource: "t", outputFile: "t.yaml"))
        #expect(result.diagnostics.map(\.description) == ["m.json:1:74: warning: member 'T.\(name)' \(problem)"])
        let spec = try #require(result.spec)
        #expect(spec.attributes.map(\.name.value) == ["ok"])
    }

    /// `A1` and `A_1` are the attributes `a1` and `a_1`, which both become the property `a1`:
    /// the spec would not validate, so the import says so at the member instead of writing it.
    @Test func membersThatBecomeOneSwiftPropertyAreAnError() throws {
        let json = #"{"shapes": {"T": {"type": "structure", "members": {"A1": {"shape": "S"}, "A_1": {"shape": "S"}}}, "S": {"type": "string"}}}"#
        let model = try #require(AWSModelReader.read(Array(json.utf8), file: "m.json").model)
        let result = ImportTranslator.translate(model, ImportRequest(root: .shape("T"), resource: "t", outputFile: "t.yaml"))
        #expect(result.spec == nil)
        #expect(result.diagnostics.map(\.description) == ["m.json:1:74: error: members 'T.A1' and 'T.A_1' both become the Swift property 'a1'"])
    }

    @Test func exponentialModelsStopAtTheAttributeBudget() throws {
        // S0 has two members of shape S1, S1 two of S2, … : 2^20 fields if expanded in full.
        var shapes = ["\"Leaf\": {\"type\": \"string\"}"]
        for level in 0..<20 {
            let next = level == 19 ? "Leaf" : "S\(level + 1)"
            shapes.append("\"S\(level)\": {\"type\": \"structure\", \"members\": {\"A\": {\"shape\": \"\(next)\"}, \"B\": {\"shape\": \"\(next)\"}}}")
        }
        let json = "{\"shapes\": {" + shapes.joined(separator: ", ") + "}}"
        let model = try #require(AWSModelReader.read(Array(json.utf8), file: "bomb.json").model)
        let result = ImportTranslator.translate(model, ImportRequest(root: .shape("S0"), resource: "bomb", outputFile: "bomb.yaml"))
        #expect(result.spec == nil)
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.message)
            == ["the table would have more than 20000 attributes and fields; import a smaller shape"])
    }

    static let contextTypes = "STRING, INT32, INT64, BOOLEAN, DOUBLE, FLOAT, TIMESTAMP, UNORDERED_LIST_STRING, UNORDERED_LIST_INT32, MAP_STRING_STRING"

    @Test func contextAttributeParsing() {
        #expect(ContextAttribute.parse("account_id:STRING") == .success(ContextAttribute(name: "account_id", type: .string)))
        #expect(ContextAttribute.parse("tags:UNORDERED_LIST_STRNG")
            == .failure(ContextAttributeError(message: "unknown type 'UNORDERED_LIST_STRNG' in context attribute 'tags:UNORDERED_LIST_STRNG': expected one of \(Self.contextTypes); did you mean 'UNORDERED_LIST_STRING'?")))
        #expect(ContextAttribute.parse("Tags:STRING") == .failure(ContextAttributeError(message: "context attribute name 'Tags' is not snake_case")))
        #expect(ContextAttribute.parse("tags") == .failure(ContextAttributeError(message: "context attribute 'tags' must be written name:TYPE")))
        #expect(ContextAttribute.parse("x:STRUCT") == .failure(ContextAttributeError(message: "context attribute 'x' cannot be STRUCT: it would need fields")))
    }
}
