import Foundation
import Testing

/// The configuration file through the real executable: both names in the working folder, and a
/// file put where the tool does not read it, which is reported rather than ignored.
@Suite("Configuration file")
struct ConfigurationFileTests {
    @Test("attribute-codegen.yml and attribute-codegen.yaml in the working folder are both read",
          arguments: ["attribute-codegen.yml", "attribute-codegen.yaml"])
    func bothNamesAreRead(name: String) throws {
        let root = try makeFolder([name: "access_level: package\n", "Spec/t.json": validJSONSpec("t")])
        defer { removeFolder(root) }
        let result = try ExecutableTests.run(["generate", "--quiet"], in: root)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error == "")
        let swift = try String(contentsOfFile: root + "/Generated/t.swift", encoding: .utf8)
        #expect(swift.contains("\npackage struct T: "), "the configuration was not applied:\n\(swift)")
    }

    @Test("both names in one folder are an error")
    func bothNamesAtOnce() throws {
        let root = try makeFolder([
            "attribute-codegen.yml": "access_level: package\n",
            "attribute-codegen.yaml": "access_level: internal\n",
            "Spec/t.json": validJSONSpec("t"),
        ])
        defer { removeFolder(root) }
        let result = try ExecutableTests.run(["generate"], in: root)
        #expect(result.status == 1)
        #expect(result.error == "error: two configuration files, attribute-codegen.yaml and attribute-codegen.yml; keep one of the two\n")
        #expect(!FileManager.default.fileExists(atPath: root + "/Generated"))
    }

    @Test("a configuration file among the specs is not read, and says so; it is not a spec either")
    func misplacedConfiguration() throws {
        let root = try makeFolder(["Spec/attribute-codegen.yml": "access_level: package\n", "Spec/t.json": validJSONSpec("t")])
        defer { removeFolder(root) }
        let result = try ExecutableTests.run(["generate", "--quiet"], in: root)
        #expect(result.status == 0)
        #expect(result.error == """
            Spec/attribute-codegen.yml:1:1: warning: configuration file not read: the tool reads ./attribute-codegen.yaml \
            or ./attribute-codegen.yml from its working folder, or the file --config names

            """)
        let swift = try String(contentsOfFile: root + "/Generated/t.swift", encoding: .utf8)
        #expect(swift.contains("\npublic struct T: "))

        // Named with --config, it is read, and no warning is given.
        let named = try ExecutableTests.run(["generate", "--quiet", "--config", "Spec/attribute-codegen.yml"], in: root)
        #expect(named.status == 0)
        #expect(named.error == "")
        let configured = try String(contentsOfFile: root + "/Generated/t.swift", encoding: .utf8)
        #expect(configured.contains("\npackage struct T: "))
    }
}
