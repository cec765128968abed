import Foundation
import Testing
@testable import AttributeCodegenCLI

/// `generate` and `check` with `outputs` in the configuration: the added files are written,
/// checked and pruned like the Swift and Markdown ones, and `--swift-only` leaves them out.
@Suite("store outputs in generate and check")
struct StoreOutputsCommandTests {
    @Test("generate writes them, check compares them, removing the setting prunes them")
    func generateAndCheck() throws {
        let root = try makeFolder([
            "Spec/u.json": validJSONSpec("u"),
            "config.yaml": "outputs: [json_schema, sqlite, postgresql]\nkey_columns:\n  u: [a]\n",
            "plain.yaml": "access_level: public\n",
        ])
        defer { removeFolder(root) }
        let out = root + "/Out"
        let generated = runTool(["generate", root + "/Spec", "--output", out, "--config", root + "/config.yaml"])
        #expect(generated.status == 0, "\(generated.error)")
        #expect(generated.output == "wrote 6 files, 0 unchanged, removed 0\n")
        let sql = try String(contentsOfFile: out + "/SQL/u.postgresql.sql", encoding: .utf8)
        #expect(sql.contains("PRIMARY KEY (\"a\")"))
        #expect(FileManager.default.fileExists(atPath: out + "/Schema/u.schema.json"))
        #expect(FileManager.default.fileExists(atPath: out + "/SQL/u.sqlite.sql"))

        #expect(runTool(["check", root + "/Spec", "--output", out, "--config", root + "/config.yaml"]).status == 0)
        try Data("-- edited\n".utf8).write(to: URL(fileURLWithPath: out + "/SQL/u.sqlite.sql"))
        let stale = runTool(["check", root + "/Spec", "--output", out, "--config", root + "/config.yaml"])
        #expect(stale.status == 1)

        let swiftOnly = runTool(["generate", root + "/Spec", "--output", root + "/Build", "--config", root + "/config.yaml", "--swift-only"])
        #expect(swiftOnly.status == 0)
        #expect(!FileManager.default.fileExists(atPath: root + "/Build/SQL"))

        // The edited file no longer carries the marker, so it is the user's and stays.
        let plain = runTool(["generate", root + "/Spec", "--output", out, "--config", root + "/plain.yaml"])
        #expect(plain.status == 0)
        #expect(plain.output == "wrote 0 files, 3 unchanged, removed 2\n")
        #expect(!FileManager.default.fileExists(atPath: out + "/Schema/u.schema.json"))
    }

    @Test("a key column the table lacks is an error at the configuration's line; nothing is written")
    func badKeyColumn() throws {
        let root = try makeFolder(["Spec/u.json": validJSONSpec("u"), "config.yaml": "outputs: [postgresql]\nkey_columns:\n  u: [b]\n"])
        defer { removeFolder(root) }
        let result = runTool(["generate", root + "/Spec", "--output", root + "/Out", "--config", root + "/config.yaml"])
        #expect(result.status == 1)
        #expect(result.error.contains("\(root)/config.yaml:3:7: error: key column 'b' is not an attribute of 'u'"))
        #expect(!FileManager.default.fileExists(atPath: root + "/Out"))
    }
}
