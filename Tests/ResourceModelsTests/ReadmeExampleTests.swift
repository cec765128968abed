import AttributeRuntime
import Foundation
import ResourceModels
import Testing

/// The README's mapping example is `ReadmeExample.swift`, compiled here against the checked-in
/// catalog; these tests run it and keep the README's copy identical to it.
@Suite("README example")
struct ReadmeExampleTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("the example maps the fixture payload to the expected record")
    func example() throws {
        let fixtures = Self.root.appendingPathComponent("Tests/Fixtures")
        let response = try Data(contentsOf: fixtures.appendingPathComponent("DescribeCompilationJob.json"))
        let tags: JSONValue = [["Key": "team", "Value": "ml-platform"], ["Key": "env", "Value": "production"]]
        let record = try compilationJobRecord(response: response, accountID: "111122223333", tags: tags)

        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: fixtures.appendingPathComponent("DescribeCompilationJob.expected.json")))
        let actual = try JSONSerialization.jsonObject(with: record)
        #expect((actual as? NSDictionary) == (expected as? NSDictionary))
    }

    @Test("the README shows ReadmeExample.swift verbatim")
    func readmeMatchesSource() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let source = try String(contentsOf: Self.root.appendingPathComponent("Tests/ResourceModelsTests/ReadmeExample.swift"), encoding: .utf8)
        #expect(readme.contains("```swift\n" + source + "```\n"), "copy Tests/ResourceModelsTests/ReadmeExample.swift into the README's mapping example")
    }
}
