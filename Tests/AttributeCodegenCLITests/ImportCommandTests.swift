import Foundation
import Testing
@testable import AttributeCodegenCLI

/// `attribute-codegen import`: arguments, exit statuses, never overwriting without `--update`.
/// The types a context attribute may have, as `import` lists them.
let contextTypes = "STRING, INT32, INT64, BOOLEAN, DOUBLE, FLOAT, TIMESTAMP, UNORDERED_LIST_STRING, UNORDERED_LIST_INT32, MAP_STRING_STRING"

@Suite("Import command")
struct ImportCommandTests {
    static let model = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("AttributeImportTests/Resources/Models/sagemaker.json.gz").path

    static func arguments(output: String, _ extra: [String] = []) -> [String] {
        ["import", "aws", model, "--operation", "DescribeCompilationJob", "--resource", "aws_sagemaker_compilation_job",
         "--context", "account_id:STRING", "--context=tags:UNORDERED_LIST_STRING", "--output", output] + extra
    }

    @Test func writesTheSpecAndNeverOverwritesWithoutUpdate() throws {
        let folder = try makeFolder([:])
        defer { removeFolder(folder) }
        let file = folder + "/Spec/aws_sagemaker_compilation_job.yaml"

        let first = runTool(Self.arguments(output: folder + "/Spec"))
        #expect(first.status == 0, "\(first.error)")
        #expect(first.error == "")
        #expect(first.output == "wrote \(file)\n")
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written.contains("  - name: compilation_job_arn\n    type: STRING\n    provider_name: CompilationJobArn\n"))

        // A hand edit, then an import without --update: refused, file untouched.
        let edited = written.replacingOccurrences(of: "  - name: compilation_job_arn\n", with: "  - name: compilation_job_arn\n    swift_name: jobArn\n")
        try edited.write(toFile: file, atomically: true, encoding: .utf8)
        let again = runTool(Self.arguments(output: folder + "/Spec"))
        #expect(again.status == 1)
        #expect(again.error == "error: '\(file)' already exists; pass --update to re-import into it (hand edits are kept)\n")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == edited)

        // With --update against the same model nothing changes: the hand edit stays where it
        // was written, the file is not touched (same bytes, same modification date), and the
        // summary names the hand edit by attribute and key.
        let modified = try #require(try FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date)
        let update = runTool(Self.arguments(output: folder + "/Spec", ["--update"]))
        #expect(update.status == 0, "\(update.error)")
        #expect(update.output == """
            \(file) is up to date
              kept hand edit: compilation_job_arn swift_name
              no changes; 1 hand edit kept

            """)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == edited)
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date == modified)
    }

    @Test func keepWritesAPinThatLaterUpdatesRespect() throws {
        let folder = try makeFolder([:])
        defer { removeFolder(folder) }
        let file = folder + "/Spec/aws_sagemaker_compilation_job.yaml"
        #expect(runTool(Self.arguments(output: folder + "/Spec")).status == 0)
        // An attribute the model does not have, as if the model had dropped it.
        let written = try String(contentsOfFile: file, encoding: .utf8)
        let withGone = written.replacingOccurrences(
            of: "  - name: compilation_job_arn\n",
            with: "  - name: build_number\n    type: INT32\n    provider_name: BuildNumber\n\n  - name: compilation_job_arn\n")
        try withGone.write(toFile: file, atomically: true, encoding: .utf8)

        let pinned = runTool(Self.arguments(output: folder + "/Spec", ["--update", "--keep", "build_number"]))
        #expect(pinned.status == 0, "\(pinned.error)")
        #expect(pinned.output.contains("  pinned build_number (pinned: true, from --keep)\n"))
        let afterPin = try String(contentsOfFile: file, encoding: .utf8)
        #expect(afterPin == withGone.replacingOccurrences(
            of: "    provider_name: BuildNumber\n", with: "    provider_name: BuildNumber\n    pinned: true\n"))

        // A later update without --keep leaves it, and says why.
        let later = runTool(Self.arguments(output: folder + "/Spec", ["--update"]))
        #expect(later.status == 0, "\(later.error)")
        #expect(later.output.contains("  kept build_number (no longer in the model; pinned)\n"))
        #expect(later.output.hasPrefix("\(file) is up to date\n"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == afterPin)

        // Without the pin, the update removes it.
        try withGone.write(toFile: file, atomically: true, encoding: .utf8)
        let removed = runTool(Self.arguments(output: folder + "/Spec", ["--update"]))
        #expect(removed.output.contains("  removed build_number (no longer in the model)\n"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == written)
    }

    @Test func modelProblemsExitWithOneAndSuggest() throws {
        let folder = try makeFolder([:])
        defer { removeFolder(folder) }
        let result = runTool(["import", "aws", Self.model, "--shape", "OutputConfg", "--resource", "t", "--output", folder])
        #expect(result.status == 1)
        #expect(result.error == """
            \(Self.model):1:1: error: '\(Self.model)' has no shape 'OutputConfg'
            \(Self.model):1:1: note: did you mean 'OutputConfig'?

            """)
        #expect(!FileManager.default.fileExists(atPath: folder + "/t.yaml"))

        let notStructure = runTool(["import", "aws", Self.model, "--shape", "RoleArn", "--resource", "t", "-o", folder])
        #expect(notStructure.status == 1)
        #expect(notStructure.error.contains("error: shape 'RoleArn' is a string, not a structure"))

        let notAModel = try makeFolder(["m.json": "{\"not\": 1}"])
        defer { removeFolder(notAModel) }
        let wrong = runTool(["import", "aws", notAModel + "/m.json", "--shape", "X", "--resource", "t", "--output", folder])
        #expect(wrong.status == 1)
        #expect(wrong.error == "\(notAModel)/m.json:1:1: error: '\(notAModel)/m.json' is not an AWS service model: expected an object with 'shapes'\n")
    }

    @Test(arguments: [
        (["import"], "missing argument <provider> (aws, gcp, azure)"),
        (["import", "oracle", "m"], "unknown provider 'oracle'; supported: aws, gcp, azure"),
        (["import", "asw", "m"], "unknown provider 'asw'; supported: aws, gcp, azure; did you mean 'aws'?"),
        (["import", "gcp", "MODEL", "--shape", "A", "--resource", "t"], "import gcp takes --schema or --method, not --shape"),
        (["import", "azure", "MODEL", "--method", "a.get", "--resource", "t"], "import azure takes --definition or --operation, not --method"),
        (["import", "gcp", "MODEL", "--resource", "t"], "missing --schema <schema> or --method <method>"),
        (["import", "azure", "MODEL", "--definition", "A", "--operation", "B", "--resource", "t"], "give either --definition or --operation, not both"),
        (["import", "aws"], "missing argument <model>"),
        (["import", "aws", "/no/such/model.json", "--shape", "X", "--resource", "t"], "no such file: '/no/such/model.json'"),
        (["import", "aws", "MODEL", "--resource", "t"], "missing --shape <shape> or --operation <operation>"),
        (["import", "aws", "MODEL", "--shape", "A", "--operation", "B", "--resource", "t"], "give either --shape or --operation, not both"),
        (["import", "aws", "MODEL", "--shape", "A"], "missing --resource <table>"),
        (["import", "aws", "MODEL", "--shape", "A", "--resource", "Bad-Name"], "resource name 'Bad-Name' is not snake_case (lowercase letters, digits and '_')"),
        (["import", "aws", "MODEL", "--shape", "A", "--resource", "t", "--context", "tags:LIST"], "unknown type 'LIST' in context attribute 'tags:LIST': expected one of \(contextTypes)"),
        (["import", "aws", "MODEL", "--shape", "A", "--resource", "t", "--context", "x:LIST_STRING"],
         "unknown type 'LIST_STRING' in context attribute 'x:LIST_STRING': expected one of \(contextTypes); did you mean 'UNORDERED_LIST_STRING'?"),
        (["import", "aws", "MODEL", "--shape", "A", "--resource", "t", "--context", "x:string"],
         "unknown type 'string' in context attribute 'x:string': expected one of \(contextTypes); did you mean 'STRING'?"),
        (["import", "aws", "MODEL", "--shape", "A", "--resource", "t", "--keep", "x"], "--keep only applies with --update"),
        (["import", "aws", "MODEL", "--shape", "A", "--resource", "t", "--context"], "missing value for option '--context'"),
        (["import", "aws", "MODEL", "--shape", "A", "--resource", "t", "--shaep", "B"], "unknown option '--shaep'; did you mean '--shape'?"),
        (["import", "aws", "MODEL", "--shape", "A", "--resource", "t", "--contxt", "a:STRING"], "unknown option '--contxt'; did you mean '--context'?"),
        (["import", "aws", "MODEL", "--shape", "A", "--resource", "t", "--update", "--keeep", "x"], "unknown option '--keeep'; did you mean '--keep'?"),
    ])
    func usageErrorsExitWithTwo(_ arguments: [String], _ message: String) {
        let result = runTool(arguments.map { $0 == "MODEL" ? Self.model : $0 })
        #expect(result.status == 2)
        #expect(result.error == "error: \(message)\nrun 'attribute-codegen import --help' for usage\n")
    }

    @Test func helpListsTheCommand() {
        let help = runTool(["import", "--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("USAGE: attribute-codegen import aws <model> (--shape <shape> | --operation <operation>) --resource <table>"))
        #expect(runTool(["--help"]).output.contains("  import "))
        #expect(runTool(["help", "import"]).output == help.output)
    }
}
