import Foundation
import Testing
@testable import AttributeCodegenCLI

@Suite("breaking command")
struct BreakingCommandTests {
    static let spec = """
        resource: t
        attributes:
          - name: a
            type: INT32
            provider_name: A
          - name: b
            type: STRING
            deprecated: Use a.
        """

    @Test("usage errors exit 2")
    func usage() throws {
        let root = try makeFolder(["Spec/t.yaml": Self.spec])
        defer { removeFolder(root) }
        let none = runTool(["breaking", root + "/Spec"])
        #expect(none.status == 2)
        #expect(none.error == "error: missing baseline: pass --against <dir> or --against-git <ref>\nrun 'attribute-codegen breaking --help' for usage\n")
        let both = runTool(["breaking", root + "/Spec", "--against", root, "--against-git", "HEAD"])
        #expect(both.status == 2)
        #expect(both.error.hasPrefix("error: pass only one of --against and --against-git\n"))
        let missing = runTool(["breaking", root + "/Spec", "--against", root + "/nowhere"])
        #expect(missing.status == 2)
        #expect(missing.error.hasPrefix("error: --against needs a folder; no such folder: '\(root)/nowhere'\n"))
        let help = runTool(["breaking", "--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("USAGE: attribute-codegen breaking [<path> ...] (--against <dir> | --against-git <ref>) [--config <file>]"))
    }

    @Test("against a folder: every change reported at once, exit 1; unchanged, exit 0")
    func againstFolder() throws {
        let edited = Self.spec
            .replacing("type: INT32", with: "type: INT64")
            .replacing("provider_name: A", with: "provider_name: Alpha")
        let root = try makeFolder(["Spec/t.yaml": edited, "old/t.yaml": Self.spec, "old/u.json": validJSONSpec("u")])
        defer { removeFolder(root) }
        let result = runTool(["breaking", root + "/Spec", "--against", root + "/old"])
        #expect(result.status == 1)
        #expect(result.error == """
            \(root)/old/u.json:1:14: error: table 'u' was deleted [TABLE_DELETED]
            \(root)/Spec/t.yaml:4:11: error: type of 'a' changed from INT32 to INT64 [TYPE_CHANGED]
            \(root)/Spec/t.yaml:5:20: error: provider_name of 'a' changed from 'A' to 'Alpha' [PROVIDER_NAME_CHANGED]

            """)
        #expect(result.output == "3 breaking changes in 1 spec against \(root)/old\n")

        let same = runTool(["breaking", root + "/old", "--against", root + "/old"])
        #expect(same.status == 0)
        #expect(same.error == "")
        #expect(same.output == "no breaking changes in 2 specs against \(root)/old\n")
    }

    @Test("against a folder with one spec file as the path: only that table is compared, the others are not deleted")
    func oneFileAgainstFolder() throws {
        let edited = Self.spec.replacing("type: INT32", with: "type: INT64")
        let root = try makeFolder(["Spec/t.yaml": edited, "old/t.yaml": Self.spec, "old/u.json": validJSONSpec("u")])
        defer { removeFolder(root) }
        let result = runTool(["breaking", root + "/Spec/t.yaml", "--against", root + "/old"])
        #expect(result.status == 1)
        #expect(result.error == "\(root)/Spec/t.yaml:4:11: error: type of 'a' changed from INT32 to INT64 [TYPE_CHANGED]\n")
        #expect(result.output == "1 breaking change in 1 spec against \(root)/old\n")
    }

    @Test("the configuration's ignore list turns rules and categories off; bad ids are errors")
    func ignore() throws {
        let edited = Self.spec
            .replacing("type: INT32", with: "type: INT64")
            .replacing("provider_name: A", with: "provider_name: Alpha")
        let root = try makeFolder([
            "Spec/t.yaml": edited,
            "old/t.yaml": Self.spec,
            "ignore.yaml": "breaking:\n  ignore: [TYPE_CHANGED, mapping]\n",
            "typo.yaml": "breaking:\n  ignore: [TYPE_CHANGE]\n",
        ])
        defer { removeFolder(root) }
        let ignored = runTool(["breaking", root + "/Spec", "--against", root + "/old", "--config", root + "/ignore.yaml"])
        #expect(ignored.status == 0)
        #expect(ignored.error == "")
        let typo = runTool(["breaking", root + "/Spec", "--against", root + "/old", "--config", root + "/typo.yaml"])
        #expect(typo.status == 1)
        #expect(typo.error == "\(root)/typo.yaml:2:12: error: unknown breaking-change rule or category 'TYPE_CHANGE'\n\(root)/typo.yaml:2:12: note: did you mean 'TYPE_CHANGED'?\n")
    }

    @Test("deleting an attribute the baseline deprecated is a warning: exit 0")
    func deprecatedDeletion() throws {
        let root = try makeFolder([
            "Spec/t.yaml": "resource: t\nattributes:\n  - name: a\n    type: INT32\n    provider_name: A\n",
            "old/t.yaml": Self.spec,
        ])
        defer { removeFolder(root) }
        let result = runTool(["breaking", root + "/Spec", "--against", root + "/old"])
        #expect(result.status == 0)
        #expect(result.error == """
            \(root)/Spec/t.yaml:2:1: warning: attribute 'b' was deleted (it was deprecated) [ATTRIBUTE_DELETED]
            \(root)/old/t.yaml:6:5: note: 'b' was declared here

            """)
        #expect(result.output == "1 warning in 1 spec against \(root)/old\n")
    }
}

/// The real executable against a real git repository.
@Suite("breaking --against-git")
struct BreakingGitTests {
    /// Runs a program in `directory`, optionally with another `PATH`.
    @discardableResult
    static func run(_ executable: URL, _ arguments: [String], in directory: String, path: String? = nil) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        if let path {
            var environment = ProcessInfo.processInfo.environment
            environment["PATH"] = path
            process.environment = environment
        }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }

    static func git(_ arguments: [String], in directory: String) throws {
        let result = try run(URL(fileURLWithPath: "/usr/bin/env"), ["git"] + arguments, in: directory)
        #expect(result.status == 0, "git \(arguments.joined(separator: " ")): \(result.error)")
    }

    static func tool(_ arguments: [String], in directory: String, path: String? = nil) throws -> (status: Int32, output: String, error: String) {
        try run(ExecutableTests.executable(), arguments, in: directory, path: path)
    }

    @Test("commit a spec, edit it, check against HEAD")
    func endToEnd() throws {
        let root = try makeFolder([
            "Spec/t.yaml": BreakingCommandTests.spec,
            "attribute-codegen.yaml": "access_level: public\n",
        ])
        defer { removeFolder(root) }
        try Self.git(["init", "-q"], in: root)
        try Self.git(["config", "user.name", "Breaking Test"], in: root)
        try Self.git(["config", "user.email", "breaking@example.com"], in: root)
        try Self.git(["add", "-A"], in: root)
        try Self.git(["commit", "-q", "-m", "baseline"], in: root)

        let clean = try Self.tool(["breaking", "--against-git", "HEAD"], in: root)
        #expect(clean.status == 0)
        #expect(clean.error == "")
        #expect(clean.output == "no breaking changes in 1 spec against HEAD\n")

        let edited = """
            resource: t
            attributes:
              - name: alpha
                type: INT32
                provider_name: A
              - name: b
                type: UNORDERED_LIST_STRING
                swift_name: bee
              - name: c
                type: STRING
            """
        try Data(edited.utf8).write(to: URL(fileURLWithPath: root + "/Spec/t.yaml"))
        try Data("access_level: package\n".utf8).write(to: URL(fileURLWithPath: root + "/attribute-codegen.yaml"))
        let result = try Self.tool(["breaking", "--against-git", "HEAD"], in: root)
        #expect(result.status == 1)
        #expect(result.error == """
            attribute-codegen.yaml:1:15: error: access level narrowed from public to package [ACCESS_LEVEL_NARROWED]
            HEAD:attribute-codegen.yaml:1:15: note: the baseline's access level was public
            Spec/t.yaml:2:1: error: attribute 'a' was deleted; if it was renamed to 'alpha', that is still a deletion plus an addition: records stored with 'a' lose the value [ATTRIBUTE_DELETED]
            HEAD:Spec/t.yaml:3:5: note: 'a' was declared here
            Spec/t.yaml:7:11: error: type of 'b' changed from STRING to UNORDERED_LIST_STRING [TYPE_CHANGED]
            Spec/t.yaml:8:17: error: Swift name of 'b' changed: property 'b' is now 'bee' [SWIFT_NAME_CHANGED]

            """)
        #expect(result.output == "4 breaking changes in 1 spec against HEAD\n")

        // A spec folder given explicitly, from another working directory.
        let elsewhere = try Self.tool(["breaking", root + "/Spec", "--against-git", "HEAD", "--config", root + "/attribute-codegen.yaml"], in: NSTemporaryDirectory())
        #expect(elsewhere.status == 1)
        #expect(elsewhere.output == "4 breaking changes in 1 spec against HEAD\n")
    }

    @Test("an unknown revision, a folder outside a repository and a missing git exit 2")
    func gitErrors() throws {
        let root = try makeFolder(["Spec/t.yaml": BreakingCommandTests.spec])
        defer { removeFolder(root) }
        let outside = try Self.tool(["breaking", "--against-git", "HEAD"], in: root)
        #expect(outside.status == 2)
        #expect(outside.error == "error: 'Spec/' is not in a git repository\nrun 'attribute-codegen breaking --help' for usage\n")

        try Self.git(["init", "-q"], in: root)
        try Self.git(["config", "user.name", "Breaking Test"], in: root)
        try Self.git(["config", "user.email", "breaking@example.com"], in: root)
        try Self.git(["add", "-A"], in: root)
        try Self.git(["commit", "-q", "-m", "baseline"], in: root)
        let unknown = try Self.tool(["breaking", "--against-git", "no-such-ref"], in: root)
        #expect(unknown.status == 2)
        #expect(unknown.error == "error: unknown git revision 'no-such-ref'\nrun 'attribute-codegen breaking --help' for usage\n")

        let noGit = try Self.tool(["breaking", "--against-git", "HEAD"], in: root, path: root + "/no-bin")
        #expect(noGit.status == 2)
        #expect(noGit.error == "error: cannot find the 'git' executable in PATH; --against-git needs it\nrun 'attribute-codegen breaking --help' for usage\n")
    }
}
