import Foundation
import Testing
@testable import AttributeImport
import AttributeSpec

/// EC2's `Instance` and `SecurityGroup` with `--context account_id:STRING --context
/// tags:UNORDERED_LIST_STRING`: the `tags` context attribute takes the place of the `Tags`
/// member with a warning, and the committed specs the dogfood target generates and maps
/// (`PluginDogfoodTests/Spec`) are exactly what the import writes.
@Suite("Import: EC2 with tags as a context attribute")
struct EC2TagsImportTests {
    static let dogfoodSpecs = ImportResources.folder.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("PluginDogfoodTests/Spec")

    @Test(arguments: [("Instance", "aws_ec2_instance"), ("SecurityGroup", "aws_ec2_security_group")])
    func tagsTakeTheMembersPlace(_ shape: String, _ resource: String) throws {
        let request = ImportRequest(
            root: .shape(shape), resource: resource,
            context: [ContextAttribute(name: "account_id", type: .string), ContextAttribute(name: "tags", type: .unorderedListString)],
            outputFile: "Spec/\(resource).yaml")
        let output = ImportPipeline.run(
            modelBytes: try ImportResources.bytes("Models/ec2.json.gz"), modelFile: ImportResources.path("Models/ec2.json.gz"), request: request)
        let yaml = try #require(output.yaml, "\(output.diagnostics)")
        #expect(output.diagnostics.map(\.severity) == [.warning])
        #expect(output.diagnostics.first?.message.hasPrefix("context attribute 'tags' takes the place of member '\(shape).Tags'") == true)
        #expect(yaml.contains("  - name: tags\n    type: UNORDERED_LIST_STRING\n"))
        #expect(!yaml.contains("provider_name: Tags\n"))
        let committed = try String(contentsOf: Self.dogfoodSpecs.appendingPathComponent("\(resource).yaml"), encoding: .utf8)
        #expect(yaml == committed, "re-import into Tests/PluginDogfoodTests/Spec to refresh it")
    }
}
