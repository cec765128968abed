import AttributeRuntime
import Foundation
import ResourceModels
import Testing

/// A mapping example against the checked-in catalog, with the fixture payload. (The README's own
/// mapping example runs in the end-to-end test's consumer packages, where it imports the user's
/// models target rather than this repository's catalog.)
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
}
