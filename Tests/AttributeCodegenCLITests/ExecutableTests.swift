import Foundation
import Testing

/// Runs the built `attribute-codegen` executable, to check what only a real process shows:
/// exit statuses, the default `Spec/` folder relative to the working directory, and streams.
@Suite("Executable")
struct ExecutableTests {
    /// The executable in the build products folder, next to the test bundle.
    static func executable() throws -> URL {
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("attribute-codegen")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        for bundle in Bundle.allBundles {
            let candidate = bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("attribute-codegen")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw ExecutableNotFound()
    }

    struct ExecutableNotFound: Error {}

    /// Runs the tool in `directory` and returns its status and output streams.
    static func run(_ arguments: [String], in directory: String) throws -> (status: Int32, output: String, error: String) {
        try BreakingGitTests.run(executable(), arguments, in: directory)
    }

    @Test("exit statuses 0, 1 and 2, with lint's default Spec/ folder")
    func exitStatuses() throws {
        let clean = try makeFolder(["Spec/t.json": validJSONSpec("t")])
        defer { removeFolder(clean) }
        let ok = try Self.run(["lint"], in: clean)
        #expect(ok.status == 0)
        #expect(ok.output == "1 spec checked, no problems\n")
        #expect(ok.error == "")

        let broken = try makeFolder(["Spec/t.json": #"{"resource": "t", "attributes": [{"name": "a", "type": "STRNG"}]}"#])

        defer { removeFolder(broken) }
        let failed = try Self.run(["lint"], in: broken)
        #expect(failed.status == 1)
        #expect(failed.error == "Spec/t.json:1:56: error: unknown type 'STRNG'\nSpec/t.json:1:56: note: did you mean 'STRING'?\n")
        #expect(failed.output == "1 spec checked, 1 error\n")

        let empty = try makeFolder([:])

        defer { removeFolder(empty) }
        let usage = try Self.run(["lint"], in: empty)
        #expect(usage.status == 2)
        #expect(usage.error == """
            error: no specs here: no spec in Spec/ (checked-in output) or in Sources/<Target>/Spec/ (the build-tool plugin); \
            run at the package's root, or name spec files or folders
            run 'attribute-codegen lint --help' for usage

            """)
    }

    @Test("acceptance: a YAML spec with one type changed to STRNG fails lint with one located error")
    func acceptance() throws {
        let yaml = """
        resource: t
        attributes:
          - name: a
            type: STRING
          - name: b
            type: STRNG
            provider_name: B
        """
        let folder = try makeFolder(["Spec/t.yaml": yaml])
        defer { removeFolder(folder) }
        let result = try Self.run(["lint"], in: folder)
        #expect(result.status == 1)
        #expect(result.error == "Spec/t.yaml:6:11: error: unknown type 'STRNG'\nSpec/t.yaml:6:11: note: did you mean 'STRING'?\n")
        #expect(result.output == "1 spec checked, 1 error\n")
    }
}
