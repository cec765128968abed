import Foundation
import Testing

/// The README's split layout, reached as a user reaches it: the one-target package of the
/// build-tool plugin section with two services' specs, the README's `split` command, then the
/// README's split manifest. The package builds and runs, an edit to one service's spec rebuilds
/// that service's module and not the other's, and the commands at the root see every target.
///
/// Part of the serialized end-to-end suite, so that no two package builds run at once.
extension BuildToolPluginEndToEndTests {
    static let splitServices = ["InventoryModelsAWSEC2", "InventoryModelsAWSSagemaker"]

    @Test func splitLayoutFromTheReadme() throws {
        let consumer = try ConsumerPackage(name: "Split Package", manifestBlock: "Package.swift")
        let producer = ConsumerPackage.producerRoot
        let sagemaker = try String(contentsOf: producer.appendingPathComponent("Spec/aws_sagemaker_compilation_job.yaml"), encoding: .utf8)
        let ec2 = try String(contentsOf: producer.appendingPathComponent("Tests/PluginDogfoodTests/Spec/aws_ec2_instance.yaml"), encoding: .utf8)
        try consumer.write("Sources/InventoryModels/Spec/aws_sagemaker_compilation_job.yaml", sagemaker)
        try consumer.write("Sources/InventoryModels/Spec/aws_ec2_instance.yaml", ec2)
        try consumer.write("Sources/InventoryModels/attribute-codegen.yaml", "access_level: public\n")
        try consumer.write("Sources/InventoryModels/Exports.swift", try ConsumerPackage.readmeFile("Sources/InventoryModels/Exports.swift"))
        try consumer.write("Sources/Inventory/main.swift", try ConsumerPackage.readmeFile("Sources/Inventory/main.swift"))
        try consumer.write(".gitignore", ".build/\n")
        try consumer.commitAll()

        // 1. The README's command moves the specs and prints the README's targets.
        let commands = try ConsumerPackage.readmeCommands("split")
        try #require(commands.count == 1, "\(commands)")
        let split = try consumer.swift(commands[0])
        #expect(split.status == 0, "\(split.output)")
        #expect(split.output.contains("moved 2 specs into 2 targets; Sources/InventoryModels/Exports.swift re-exports them\n"), "\(split.output)")
        let manifest = try ConsumerPackage.readmeFile("split Package.swift")
        let printed = try #require(split.output.components(separatedBy: "replace the InventoryModels target with these:\n\n").last)
        #expect(manifest.contains(printed), "the README's split manifest lacks the targets split prints:\n\(printed)")
        #expect(consumer.read("Sources/InventoryModels/Spec/aws_ec2_instance.yaml") == nil)
        #expect(consumer.read("Sources/InventoryModelsAWSEC2/Spec/aws_ec2_instance.yaml") == ec2)
        #expect(consumer.read("Sources/InventoryModelsAWSSagemaker/Spec/aws_sagemaker_compilation_job.yaml") == sagemaker)

        // 2. The README's split manifest builds and runs the unchanged executable.
        try consumer.write("Package.swift", try ConsumerPackage.manifest(block: "split Package.swift", dependingOn: ProducerClone.root))
        let ran = try consumer.swift(["swift", "run", "Inventory"])
        #expect(ran.status == 0, "\(ran.output)")
        #expect(!ran.output.contains("warning:"), "the build warned:\n\(ran.output)")
        #expect(ran.output.hasSuffix("resnet50 COMPLETED\n"), "\(ran.output)")

        // 3. An edit to one service's spec rebuilds that service and the small modules above it,
        // not the other service.
        try consumer.write(
            "Sources/InventoryModelsAWSEC2/Spec/aws_ec2_instance.yaml",
            ec2.replacingOccurrences(of: "description: Describes an instance.", with: "description: An EC2 instance.")
        )
        let rebuilt = try consumer.build()
        #expect(rebuilt.status == 0, "\(rebuilt.output)")
        #expect(rebuilt.output.contains("InventoryModelsAWSEC2"), "\(rebuilt.output)")
        #expect(!rebuilt.output.contains("Compiling InventoryModelsAWSSagemaker"), "\(rebuilt.output)")
        #expect(!rebuilt.output.contains("Emitting module InventoryModelsAWSSagemaker"), "\(rebuilt.output)")
        #expect(try String(contentsOf: try #require(consumer.generatedFile(named: "aws_ec2_instance.swift")), encoding: .utf8)
            .contains("/// An EC2 instance."))
        try consumer.write("Sources/InventoryModelsAWSEC2/Spec/aws_ec2_instance.yaml", ec2)

        // 4. At the root, lint sees both targets, and breaking against the one-target commit
        // compares every table with itself where it moved.
        let lint = try consumer.swift(["swift", "run", "attribute-codegen", "lint"])
        #expect(lint.status == 0, "\(lint.output)")
        #expect(lint.output.hasSuffix("2 specs checked, no problems\n"), "\(lint.output)")
        let breaking = try consumer.swift(["swift", "run", "attribute-codegen", "breaking", "--against-git", "HEAD"])
        #expect(breaking.status == 0, "\(breaking.output)")
        #expect(breaking.output.hasSuffix("no breaking changes in 2 specs against HEAD\n"), "\(breaking.output)")
        try consumer.write(
            "Sources/InventoryModelsAWSSagemaker/Spec/aws_sagemaker_compilation_job.yaml",
            sagemaker.replacingOccurrences(of: "  - name: failure_reason\n", with: "  - name: failure_message\n")
        )
        let deleted = try consumer.swift(["swift", "run", "attribute-codegen", "breaking", "--against-git", "HEAD"])
        #expect(deleted.status == 1, "\(deleted.output)")
        #expect(deleted.output.contains("Sources/InventoryModelsAWSSagemaker/Spec/aws_sagemaker_compilation_job.yaml:"), "\(deleted.output)")
        #expect(deleted.output.contains("error: attribute 'failure_reason' was deleted"), "\(deleted.output)")
    }
}
