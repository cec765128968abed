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
            Spec/attribute-codegen.yml:1:1: warning: configuration file not read: the tool reads attribute-codegen.yaml \
            or attribute-codegen.yml from the folder that holds the Spec folder (the target's folder for Sources/<Target>/Spec/), \
            or the file --config names

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

    @Test("every command that reads the configuration warns about one among the specs", arguments: [
        ["lint"], ["check"], ["breaking", "--against", "Spec"], ["migrate", "--against", "Spec", "--dialect", "sqlite"],
    ])
    func misplacedConfigurationEveryCommand(arguments: [String]) throws {
        let root = try makeFolder(["Spec/attribute-codegen.yml": "access_level: package\n", "Spec/t.json": validJSONSpec("t")])
        defer { removeFolder(root) }
        let result = try ExecutableTests.run(arguments, in: root)
        #expect(result.error.contains("""
            Spec/attribute-codegen.yml:1:1: warning: configuration file not read: the tool reads attribute-codegen.yaml \
            or attribute-codegen.yml from the folder that holds the Spec folder
            """), "\(arguments): \(result.error)")
    }
}

/// `lint` and `breaking` read the configuration as `generate` does: its acronym style decides
/// the Swift names, and with them which names collide.
@Suite("Configuration file: one rule for every command")
struct ConfigurationEveryCommandTests {
    /// `key_id` is `keyID` with the default acronym style and `keyId` with `literal`; the other
    /// attribute's `swift_name` is `keyID`, so the two collide with the default style only.
    static let spec = """
        resource: t
        attributes:
          - name: key_id
            type: STRING
          - name: other
            type: STRING
            swift_name: keyID

        """

    @Test("lint follows the configuration's acronym style, found in the working folder or named")
    func lintReadsTheConfiguration() throws {
        let root = try makeFolder(["Spec/t.yaml": Self.spec])
        defer { removeFolder(root) }
        let withoutConfiguration = try ExecutableTests.run(["lint"], in: root)
        #expect(withoutConfiguration.status == 1)
        #expect(withoutConfiguration.error.contains("keyID"), "\(withoutConfiguration.error)")

        try Data("acronyms: literal\n".utf8).write(to: URL(fileURLWithPath: root + "/attribute-codegen.yaml"))
        let configured = try ExecutableTests.run(["lint"], in: root)
        #expect(configured.status == 0, "\(configured.error)")
        #expect(configured.output == "1 spec checked, no problems\n")
        let generated = try ExecutableTests.run(["generate", "--quiet"], in: root)
        #expect(generated.status == 0, "lint and generate disagree: \(generated.error)")

        try FileManager.default.moveItem(atPath: root + "/attribute-codegen.yaml", toPath: root + "/style.yaml")
        let named = try ExecutableTests.run(["lint", "--config", "style.yaml"], in: root)
        #expect(named.status == 0, "\(named.error)")
        try Data("acronyms: literal\n".utf8).write(to: URL(fileURLWithPath: root + "/attribute-codegen.yml"))
        try Data("acronyms: literal\n".utf8).write(to: URL(fileURLWithPath: root + "/attribute-codegen.yaml"))
        let both = try ExecutableTests.run(["lint"], in: root)
        #expect(both.status == 1)
        #expect(both.error.hasPrefix("error: two configuration files"), "\(both.error)")
    }

    @Test("breaking names each side's properties with its own configuration: a new acronym style renames them")
    func breakingReadsBothConfigurations() throws {
        let spec = """
            resource: t
            attributes:
              - name: key_id
                type: STRING

            """
        let root = try makeFolder([
            "Spec/t.yaml": spec,
            "attribute-codegen.yaml": "acronyms: literal\n",
            "Old/t.yaml": spec,
            "Old/attribute-codegen.yaml": "acronyms: literal\n",
        ])
        defer { removeFolder(root) }
        let same = try ExecutableTests.run(["breaking", "--against", "Old"], in: root)
        #expect(same.status == 0, "\(same.error)")

        // The baseline generated `keyID`; today's configuration generates `keyId`.
        try Data("acronyms: api_guidelines\n".utf8).write(to: URL(fileURLWithPath: root + "/Old/attribute-codegen.yaml"))
        let renamed = try ExecutableTests.run(["breaking", "--against", "Old"], in: root)
        #expect(renamed.status == 1, "\(renamed.error)\(renamed.output)")
        #expect(renamed.error.contains("keyID") && renamed.error.contains("keyId"), "\(renamed.error)")
    }
}
