import AttributeSpec
import Foundation
import Testing
@testable import AttributeCodegenCLI

/// `split`: the plan from paths alone, then the command on disk, where no spec may be lost.
@Suite struct SplitCommandTests {
    static let specs = ["aws_ec2_instance.yaml", "ec2/aws_ec2_vpc.json", "aws_sagemaker_compilation_job.yaml", "gadget.yaml"]

    @Test func plansOneTargetPerProviderAndService() throws {
        let plan = try SplitPlan.make(
            folder: "Sources/InventoryModels/", specs: Self.specs, configuration: "attribute-codegen.yaml",
            exportsFile: CodegenFileRules.exportsFileContents, existing: { _ in false }
        )
        #expect(plan.umbrella == "InventoryModels")
        #expect(plan.services.map(\.target) == ["InventoryModelsAWSEC2", "InventoryModelsAWSSagemaker", "InventoryModelsGadget"])
        #expect(plan.services.map(\.key) == ["aws_ec2", "aws_sagemaker", "gadget"])
        #expect(plan.services[0].moves == [
            .init(from: "Sources/InventoryModels/Spec/aws_ec2_instance.yaml", to: "Sources/InventoryModelsAWSEC2/Spec/aws_ec2_instance.yaml"),
            .init(from: "Sources/InventoryModels/Spec/ec2/aws_ec2_vpc.json", to: "Sources/InventoryModelsAWSEC2/Spec/ec2/aws_ec2_vpc.json"),
        ])
        #expect(plan.umbrellaExportsFile == "Sources/InventoryModels/Exports.swift")
        #expect(plan.umbrellaExports == """
            // The catalog's umbrella: one import for every service target (and the runtime they re-export).
            @_exported import InventoryModelsAWSEC2
            @_exported import InventoryModelsAWSSagemaker
            @_exported import InventoryModelsGadget

            """)
        #expect(plan.manifestLines.hasPrefix("""
                    .target(name: "InventoryModels", dependencies: ["InventoryModelsAWSEC2", "InventoryModelsAWSSagemaker", "InventoryModelsGadget"]),
                    .target(
                        name: "InventoryModelsAWSEC2",
                        dependencies: [.product(name: "AttributeRuntime", package: "attribute-codegen")],
                        plugins: [.plugin(name: "AttributeCodegenPlugin", package: "attribute-codegen")]
                    ),

            """))
        #expect(plan.steps.first == "create Sources/InventoryModelsAWSEC2/Exports.swift")
        #expect(plan.steps.last == "remove Sources/InventoryModels/attribute-codegen.yaml (copied into every service target)")
    }

    @Test func packsSmallServicesIntoSharedTargetsWhenAsked() throws {
        let specs = ["aws_a_x.yaml", "aws_b_x.yaml", "aws_b_y.yaml", "aws_big_1.yaml", "aws_big_2.yaml", "aws_big_3.yaml", "aws_c_x.yaml"]
        let plan = try SplitPlan.make(folder: "Sources/M", specs: specs, configuration: nil, exportsFile: nil, minimumTables: 3, existing: { _ in false })
        #expect(plan.services.map(\.target) == ["MAWSAToAWSB", "MAWSBig", "MAWSC"])
        #expect(plan.services.map(\.key) == ["aws_a to aws_b", "aws_big", "aws_c"])
        #expect(plan.services[0].moves.map(\.to) == ["Sources/MAWSAToAWSB/Spec/aws_a_x.yaml", "Sources/MAWSAToAWSB/Spec/aws_b_x.yaml", "Sources/MAWSAToAWSB/Spec/aws_b_y.yaml"])
        // Every spec moves exactly once, whatever the minimum.
        for minimum in 1...8 {
            let plan = try SplitPlan.make(folder: "Sources/M", specs: specs, configuration: nil, exportsFile: nil, minimumTables: minimum, existing: { _ in false })
            #expect(plan.services.flatMap(\.moves).map(\.from).sorted() == specs.map { "Sources/M/Spec/" + $0 }.sorted())
        }
    }

    @Test func minTablesMustBeAPositiveNumber() {
        for value in ["0", "-2", "many"] {
            let run = runTool(["split", "Sources/M", "--min-tables", value])
            #expect(run.status == ExitStatus.usage)
            #expect(run.error.hasPrefix("error: --min-tables takes a whole number of at least 1, not '\(value)'\n"), "\(run.error)")
        }
    }

    @Test(arguments: [
        ("aws_ec2_instance", "aws_ec2"), ("aws_ec2", "aws_ec2"), ("gadget", "gadget"), ("gcp_compute_disk_type", "gcp_compute"),
    ])
    func serviceIsTheTableNamesFirstTwoWords(table: String, service: String) {
        #expect(CatalogGrouping.service(ofTable: table) == service)
    }

    @Test func refusesWhatItCannotPlace() throws {
        #expect(throws: UsageError(message: "Sources/M/Spec/AWS-EC2.yaml: its name does not start with a snake_case provider and service (aws_ec2_…); rename it, or move it by hand")) {
            try SplitPlan.make(folder: "Sources/M", specs: ["AWS-EC2.yaml"], configuration: nil, exportsFile: nil, existing: { _ in false })
        }
        #expect(throws: UsageError(message: "Sources/MAWSEC2 already exists; split moves aws_ec2's specs into a new target of that name, so move or rename that folder first")) {
            try SplitPlan.make(folder: "Sources/M", specs: ["aws_ec2_a.yaml"], configuration: nil, exportsFile: nil, existing: { $0 == "Sources/MAWSEC2" })
        }
        #expect(throws: UsageError(message: "Tests/MTests is a test target's folder; split makes library targets that others depend on, and a test target cannot be one")) {
            try SplitPlan.make(folder: "Tests/MTests", specs: ["aws_ec2_a.yaml"], configuration: nil, exportsFile: nil, existing: { _ in false })
        }
        #expect(throws: UsageError(message: "no specs in Sources/M/Spec/: nothing to split")) {
            try SplitPlan.make(folder: "Sources/M", specs: [], configuration: nil, exportsFile: nil, existing: { _ in false })
        }
    }

    @Test func anUmbrellaWithCodeOfItsOwnKeepsIt() throws {
        let plan = try SplitPlan.make(
            folder: "Sources/M", specs: ["aws_ec2_a.yaml"], configuration: nil, exportsFile: "extension Foo {}\n", existing: { _ in false }
        )
        #expect(plan.umbrellaExportsFile == "Sources/M/CatalogExports.swift")
    }

    @Test func movesEverySpecAndWritesTheTargets() throws {
        let config = "access_level: public\n"
        var files = [
            "Sources/InventoryModels/Exports.swift": CodegenFileRules.exportsFileContents,
            "Sources/InventoryModels/attribute-codegen.yaml": config,
            "Sources/InventoryModels/Spec/attribute-spec.schema.json": "{}",
            "Sources/Inventory/main.swift": "import InventoryModels\n",
        ]
        for spec in Self.specs { files["Sources/InventoryModels/Spec/" + spec] = "# \(spec)\n" + validJSONSpec(String(CodegenFileRules.stem(of: spec))) }
        let root = try makeFolder(files)
        defer { removeFolder(root) }

        let dry = runTool(["split", root + "/Sources/InventoryModels", "--dry-run"])
        #expect(dry.status == 0, "\(dry.error)")
        #expect(dry.output.contains("would move \(root)/Sources/InventoryModels/Spec/gadget.yaml to \(root)/Sources/InventoryModelsGadget/Spec/gadget.yaml\n"))
        #expect(!FileManager.default.fileExists(atPath: root + "/Sources/InventoryModelsGadget"))

        let result = runTool(["split", root + "/Sources/InventoryModels"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error == "")
        #expect(result.output.hasPrefix("moved 4 specs into 3 targets; \(root)/Sources/InventoryModels/Exports.swift re-exports them\n"), "\(result.output)")
        #expect(result.output.contains("In Package.swift, replace the InventoryModels target with these:\n"))
        #expect(result.output.contains(#"name: "InventoryModelsAWSSagemaker","#))

        func read(_ path: String) -> String? {
            (try? Data(contentsOf: URL(fileURLWithPath: root + "/" + path))).map { String(decoding: $0, as: UTF8.self) }
        }
        let targets = ["aws_ec2_instance.yaml": "InventoryModelsAWSEC2", "ec2/aws_ec2_vpc.json": "InventoryModelsAWSEC2",
                       "aws_sagemaker_compilation_job.yaml": "InventoryModelsAWSSagemaker", "gadget.yaml": "InventoryModelsGadget"]
        for (spec, target) in targets {
            #expect(read("Sources/\(target)/Spec/\(spec)") == files["Sources/InventoryModels/Spec/" + spec], "\(spec)")
            #expect(read("Sources/InventoryModels/Spec/\(spec)") == nil, "\(spec)")
            #expect(read("Sources/\(target)/Exports.swift") == CodegenFileRules.exportsFileContents)
            #expect(read("Sources/\(target)/attribute-codegen.yaml") == config)
        }
        #expect(read("Sources/InventoryModels/attribute-codegen.yaml") == nil)
        #expect(read("Sources/InventoryModels/Exports.swift")?.contains("@_exported import InventoryModelsGadget\n") == true)
        // What is not a spec stays where it was, and so does its folder.
        #expect(read("Sources/InventoryModels/Spec/attribute-spec.schema.json") == "{}")
        #expect(!FileManager.default.fileExists(atPath: root + "/Sources/InventoryModels/Spec/ec2"))
        #expect(read("Sources/Inventory/main.swift") == "import InventoryModels\n")

        // The layout as the other commands see it: every service's spec folder, each with its
        // own configuration.
        let groups = SpecLayout.groups(
            ["Sources/InventoryModelsAWSEC2/Spec/", "Sources/InventoryModelsGadget/Spec/"], explicitConfiguration: nil
        )
        #expect(groups.map(\.configurationFolder) == ["Sources/InventoryModelsAWSEC2/", "Sources/InventoryModelsGadget/"])

        // Run again, there is nothing left to move.
        let again = runTool(["split", root + "/Sources/InventoryModels"])
        #expect(again.status == 2)
        #expect(again.error.hasPrefix("error: no specs in \(root)/Sources/InventoryModels/Spec/: nothing to split\n"), "\(again.error)")
    }

    @Test func aTakenTargetNameChangesNothing() throws {
        let root = try makeFolder([
            "Sources/M/Spec/aws_ec2_a.json": validJSONSpec("aws_ec2_a"),
            "Sources/M/Spec/aws_s3_b.json": validJSONSpec("aws_s3_b"),
            "Sources/MAWSS3/Keep.swift": "",
        ])
        defer { removeFolder(root) }
        let result = runTool(["split", root + "/Sources/M"])
        #expect(result.status == 2)
        #expect(result.error.contains("error: \(root)/Sources/MAWSS3 already exists"), "\(result.error)")
        #expect(FileManager.default.fileExists(atPath: root + "/Sources/M/Spec/aws_ec2_a.json"))
        #expect(!FileManager.default.fileExists(atPath: root + "/Sources/MAWSEC2"))
    }

    @Test("after a split, breaking against the commit before it compares each table with itself")
    func breakingFollowsTablesAcrossTargets() throws {
        let root = try makeFolder([
            "Sources/M/Spec/aws_ec2_a.json": validJSONSpec("aws_ec2_a"),
            "Sources/M/Spec/aws_s3_b.json": validJSONSpec("aws_s3_b"),
            "Sources/M/Exports.swift": CodegenFileRules.exportsFileContents,
        ])
        defer { removeFolder(root) }
        for arguments in [["init", "-q"], ["config", "user.name", "Split Test"], ["config", "user.email", "split@example.com"],
                          ["add", "-A"], ["commit", "-q", "-m", "one target"]] {
            try BreakingGitTests.git(arguments, in: root)
        }
        let split = try BreakingGitTests.tool(["split", "Sources/M"], in: root)
        #expect(split.status == 0, "\(split.error)")

        let moved = try BreakingGitTests.tool(["breaking", "--against-git", "HEAD"], in: root)
        #expect(moved.status == 0, "\(moved.error)")
        #expect(moved.output == "no breaking changes in 2 specs against HEAD\n")

        // A change in a table's new target is compared with the table's old place.
        let changed = validJSONSpec("aws_ec2_a").replacingOccurrences(of: "STRING", with: "INT32")
        try Data(changed.utf8).write(to: URL(fileURLWithPath: root + "/Sources/MAWSEC2/Spec/aws_ec2_a.json"))
        try FileManager.default.removeItem(atPath: root + "/Sources/MAWSS3/Spec/aws_s3_b.json")
        let broken = try BreakingGitTests.tool(["breaking", "--against-git", "HEAD"], in: root)
        #expect(broken.status == 1)
        #expect(broken.error.contains("HEAD:Sources/M/Spec/aws_s3_b.json:1:14: error: table 'aws_s3_b' was deleted [TABLE_DELETED]\n"), "\(broken.error)")
        #expect(broken.error.contains("Sources/MAWSEC2/Spec/aws_ec2_a.json:1:"), "\(broken.error)")
        #expect(broken.error.contains("error: type of 'a' changed from STRING to INT32 [TYPE_CHANGED]"), "\(broken.error)")
        #expect(broken.output == "2 breaking changes in 1 spec against HEAD\n")
    }
}
