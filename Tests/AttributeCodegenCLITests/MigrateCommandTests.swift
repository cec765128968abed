import Foundation
import Testing
@testable import AttributeCodegenCLI

@Suite("migrate command")
struct MigrateCommandTests {
    static let old = """
        resource: t
        attributes:
          - name: a
            type: INT32
            provider_name: A
        """

    @Test("new attributes and tables print their statements on standard output; exit 0")
    func additive() throws {
        let new = Self.old + "\n  - name: order\n    type: STRING\n    provider_name: Order\n"
        let root = try makeFolder(["Spec/t.yaml": new, "Spec/u.json": validJSONSpec("u"), "old/t.yaml": Self.old])
        defer { removeFolder(root) }
        let result = runTool(["migrate", root + "/Spec", "--against", root + "/old", "--dialect", "postgresql"])
        #expect(result.status == 0)
        #expect(result.error == "")
        #expect(result.output.contains("ALTER TABLE \"t\" ADD COLUMN \"order\" text;\n"))
        #expect(result.output.contains("CREATE TABLE \"u\" ("))
    }

    @Test("a change no statement makes safe: the rule id on standard error, nothing on standard output; exit 1")
    func refused() throws {
        let root = try makeFolder(["Spec/t.yaml": Self.old.replacing("INT32", with: "INT64"), "old/t.yaml": Self.old])
        defer { removeFolder(root) }
        let result = runTool(["migrate", root + "/Spec", "--against", root + "/old", "--dialect", "sqlite"])
        #expect(result.status == 1)
        #expect(result.output == "")
        #expect(result.error == """
            \(root)/Spec/t.yaml:4:11: error: type of 'a' changed from INT32 to INT64 [TYPE_CHANGED]
            migrate: refused; 1 change to stored records no SQL statement makes safe

            """)
    }

    @Test("a missing or unknown dialect is a usage error")
    func usage() throws {
        let root = try makeFolder(["Spec/t.yaml": Self.old])
        defer { removeFolder(root) }
        let missing = runTool(["migrate", root + "/Spec", "--against", root + "/Spec"])
        #expect(missing.status == 2)
        #expect(missing.error.hasPrefix("error: missing --dialect: pass --dialect postgresql or --dialect sqlite\n"))
        let unknown = runTool(["migrate", root + "/Spec", "--against", root + "/Spec", "--dialect", "mysql"])
        #expect(unknown.status == 2)
        #expect(unknown.error.hasPrefix("error: unknown dialect 'mysql'; expected postgresql or sqlite\n"))
    }
}
