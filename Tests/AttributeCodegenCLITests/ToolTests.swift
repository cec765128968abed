import Foundation
import Testing
@testable import AttributeCodegenCLI

@Suite("Command line")
struct ToolTests {
    @Test("--help lists the commands")
    func toolHelp() {
        for flag in ["--help", "-h"] {
            let result = runTool([flag])
            #expect(result.status == 0)
            #expect(result.output.contains("USAGE: attribute-codegen <command> [options]"))
            #expect(result.output.contains("\n  lint        Check spec files and report every problem.\n"))
            #expect(result.output.contains("\n  normalize   Print a spec as canonical JSON"))
            #expect(result.error == "")
        }
    }

    @Test("each command has --help", arguments: ["lint", "normalize"])
    func commandHelp(command: String) {
        let result = runTool([command, "--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("USAGE: attribute-codegen \(command)"))
    }

    @Test("usage errors exit 2 with a hint", arguments: [
        ([], "error: missing command\nrun 'attribute-codegen --help' for usage\n"),
        (["lnt"], "error: unknown command 'lnt'; did you mean 'lint'?\nrun 'attribute-codegen --help' for usage\n"),
        (["--frobnicate"], "error: unknown option '--frobnicate'\nrun 'attribute-codegen --help' for usage\n"),
        (["lint", "--strict"], "error: unknown option '--strict'\nrun 'attribute-codegen lint --help' for usage\n"),
        (["lint", "/nonexistent/spec/dir"], "error: no such file or directory: '/nonexistent/spec/dir'\nrun 'attribute-codegen lint --help' for usage\n"),
        (["normalize"], "error: missing argument <file>\nrun 'attribute-codegen normalize --help' for usage\n"),
        (["normalize", "a.json", "b.json"], "error: unexpected argument 'b.json'; normalize takes one file\nrun 'attribute-codegen normalize --help' for usage\n"),
    ])
    func usageErrors(arguments: [String], expected: String) {
        let result = runTool(arguments)
        #expect(result.status == 2)
        #expect(result.error == expected)
        #expect(result.output == "")
    }

    @Test("lint: clean specs exit 0 with a summary")
    func lintClean() throws {
        let root = try makeFolder([
            "Spec/a_table.json": validJSONSpec("a_table"),
            "Spec/nested/b_table.json": validJSONSpec("b_table"),
            "Spec/b_table.schema.json": "not even JSON",
            "Spec/notes.txt": "ignored",
        ])
        defer { removeFolder(root) }
        let result = runTool(["lint", root + "/Spec"])
        #expect(result.status == 0)
        #expect(result.output == "2 specs checked, no problems\n")
        #expect(result.error == "")
    }

    @Test("lint: errors exit 1, sorted by location, with paths as given")
    func lintErrors() throws {
        let root = try makeFolder([
            "Spec/b_table.json": """
            {"resource": "b_table", "attributes": [
              {"name": "x", "type": "STRUCT"},
              {"name": "a", "type": "STRNG"}
            ]}
            """,
            "Spec/a_table.json": validJSONSpec("a_table"),
            "Spec/c_table.json": "{",
        ])
        defer { removeFolder(root) }
        let result = runTool(["lint", root + "/Spec/"])
        #expect(result.status == 1)
        #expect(result.output == "3 specs checked, 3 errors\n")
        #expect(result.error == """
        \(root)/Spec/b_table.json:2:25: error: type STRUCT requires 'fields'
        \(root)/Spec/b_table.json:3:25: error: unknown type 'STRNG'
        \(root)/Spec/b_table.json:3:25: note: did you mean 'STRING'?
        \(root)/Spec/c_table.json:1:2: error: expected a string key, found end of file

        """)
    }

    @Test("lint: explicit files and several paths, in order")
    func lintFiles() throws {
        let root = try makeFolder(["one.json": validJSONSpec("one"), "dir/two.json": validJSONSpec("wrong")])
        defer { removeFolder(root) }
        let result = runTool(["lint", root + "/one.json", root + "/dir"])
        #expect(result.status == 1)
        #expect(result.output == "2 specs checked, 1 error\n")
        #expect(result.error == "\(root)/dir/two.json:1:14: error: resource 'wrong' does not match the file name 'two'\n")
    }

    @Test("lint: an unreadable file is a diagnostic naming it", .enabled(if: geteuid() != 0, "root can read any file"))
    func lintUnreadable() throws {
        let root = try makeFolder(["Spec/t.json": validJSONSpec("t")])
        defer { removeFolder(root) }
        let path = root + "/Spec/t.json"
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path) }
        let result = runTool(["lint", path])
        #expect(result.status == 1)
        #expect(result.error == "error: cannot read file '\(path)'\n")
    }

    @Test("generate: acronyms follow the guidelines unless the configuration asks for the literal form", arguments: [
        (nil, "public var roleARN: Swift.String?", "public struct AWSJob:"),
        ("acronyms: api_guidelines\n", "public var roleARN: Swift.String?", "public struct AWSJob:"),
        ("acronyms: literal\n", "public var roleArn: Swift.String?", "public struct AwsJob:"),
    ] as [(String?, String, String)])
    func generateAcronyms(config: String?, property: String, type: String) throws {
        var files = ["Spec/aws_job.json": #"{"resource": "aws_job", "attributes": [{"name": "role_arn", "type": "STRING"}]}"#]
        if let config { files["attribute-codegen.yaml"] = config }
        let root = try makeFolder(files)
        defer { removeFolder(root) }
        var arguments = ["generate", root + "/Spec", "--output", root + "/Generated"]
        if config != nil { arguments += ["--config", root + "/attribute-codegen.yaml"] }
        let result = runTool(arguments)
        #expect(result.status == 0, "\(result.error)")
        let swift = try String(contentsOfFile: root + "/Generated/aws_job.swift", encoding: .utf8)
        #expect(swift.contains(property))
        #expect(swift.contains(type))
    }

    @Test("normalize prints canonical JSON")
    func normalize() throws {
        let root = try makeFolder(["t.json": #"{"attributes": [{"type": "STRING", "name": "a"}], "resource": "t", "description": "é"}"#])
        defer { removeFolder(root) }
        let result = runTool(["normalize", root + "/t.json"])
        #expect(result.status == 0)
        #expect(result.error == "")
        #expect(result.output == """
        {
          "attributes": [
            {
              "name": "a",
              "type": "STRING"
            }
          ],
          "description": "é",
          "resource": "t"
        }

        """)
    }

    @Test("normalize reports errors and exits 1")
    func normalizeErrors() throws {
        let root = try makeFolder(["t.json": #"{"resource": "t", "attributes": [{"name": "a", "type": "STRNG"}]}"#])
        defer { removeFolder(root) }
        let result = runTool(["normalize", root + "/t.json"])
        #expect(result.status == 1)
        #expect(result.output == "")
        #expect(result.error == "\(root)/t.json:1:56: error: unknown type 'STRNG'\n\(root)/t.json:1:56: note: did you mean 'STRING'?\n")
        let directory = runTool(["normalize", root])
        #expect(directory.status == 2)
    }

    @Test("the argument parser")
    func argumentParser() throws {
        let parser = ArgumentParser(flags: ["--verbose": "verbose"], options: ["--output": "output", "-o": "output"])
        let parsed = try parser.parse(["a", "--verbose", "--output=x", "-o", "y", "--", "--help", "-"])
        #expect(parsed == ParsedArguments(flags: ["verbose"], options: ["output": "y"], positionals: ["a", "--help", "-"]))
        #expect(throws: UsageError(message: "missing value for option '--output'")) { try parser.parse(["--output"]) }
        #expect(throws: UsageError(message: "unknown option '--nope'")) { try parser.parse(["--nope=1"]) }
        #expect(try parser.parse(["-h"]).flags == ["help"])
    }

    @Test("summaries", arguments: [
        (1, 0, 0, "1 spec checked, no problems"),
        (0, 0, 0, "0 specs checked, no problems"),
        (3, 2, 1, "3 specs checked, 2 errors, 1 warning"),
        (2, 0, 2, "2 specs checked, 2 warnings"),
    ])
    func summaries(files: Int, errors: Int, warnings: Int, expected: String) {
        #expect(LintCommand.summary(files: files, errors: errors, warnings: warnings) == expected)
    }
}
