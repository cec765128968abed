import Foundation
import Testing

/// Builds the consumer package the README describes, with the build-tool plugin, then edits and
/// breaks its specs, and checks what a user would see. Slow (a cold first run compiles this package inside the
/// consumer); set `ATTRIBUTE_CODEGEN_SKIP_END_TO_END=1` to skip it while iterating locally,
/// which Swift Testing reports as a skipped test rather than hiding it.
@Suite(
    .serialized,
    .disabled(
        if: ProcessInfo.processInfo.environment["ATTRIBUTE_CODEGEN_SKIP_END_TO_END"] == "1",
        "ATTRIBUTE_CODEGEN_SKIP_END_TO_END=1 is set"
    )
)
struct BuildToolPluginEndToEndTests {
    static let widget = """
        resource: consumer_widget
        attributes:
          - name: widget_name
            type: STRING
            provider_name: WidgetName

        """

    static let widgetWithColour = """
        resource: consumer_widget
        attributes:
          - name: widget_name
            type: STRING
            provider_name: WidgetName
          - name: colour
            type: STRING
            provider_name: Colour

        """

    /// `STRNG` is at line 8, column 11.
    static let brokenWidget = """
        resource: consumer_widget
        attributes:
          - name: widget_name
            type: STRING
            provider_name: WidgetName
          - name: colour
            # misspelled on purpose
            type: STRNG
            provider_name: Colour

        """

    static let part = """
        {
          "resource": "consumer_part",
          "attributes": [
            {"name": "part_number", "type": "INT64", "provider_name": "PartNumber"}
          ]
        }

        """

    static let specFolder = "Sources/InventoryModels/Spec/"

    @Test func theReadmeSetupBuildsAsWrittenThenEditAndBreakASpec() throws {
        let consumer = try ConsumerPackage()
        let bundled = try String(
            contentsOf: ConsumerPackage.producerRoot.appendingPathComponent("Spec/aws_sagemaker_compilation_job.yaml"),
            encoding: .utf8
        )
        try consumer.write(Self.specFolder + "aws_sagemaker_compilation_job.yaml", bundled)
        try consumer.write("Sources/Inventory/main.swift", try ConsumerPackage.readmeFile("Sources/Inventory/main.swift"))

        // 0. Exports.swift forgotten: SwiftPM would drop the target; the command plugin names it,
        // then writes the README's file when asked to.
        let allow = "--allow-writing-to-package-directory"
        let warned = try consumer.package([allow, "generate-attribute-code"])
        #expect(warned.status == 0, "\(warned.output)")
        let expectedWarning = consumer.path("Sources/InventoryModels") + " has specs but no Swift file"
        #expect(warned.output.contains(expectedWarning), "expected '\(expectedWarning)' in:\n\(warned.output)")
        #expect(consumer.read("Sources/InventoryModels/Exports.swift") == nil)
        let fixed = try consumer.package([allow, "generate-attribute-code", "--add-exports"])
        #expect(fixed.status == 0, "\(fixed.output)")
        #expect(consumer.read("Sources/InventoryModels/Exports.swift") == (try ConsumerPackage.readmeFile("Sources/InventoryModels/Exports.swift")))

        // 1. The README's layout builds, and its executable runs with one import.
        let readme = try consumer.build()
        #expect(readme.status == 0, "the README's setup failed to build:\n\(readme.output)")
        #expect(!readme.output.contains("unhandled"), "spec files were reported as unhandled:\n\(readme.output)")
        #expect(try consumer.runProduct().output == "resnet50 COMPLETED\n")

        // 2. More specs, YAML and JSON, used from the executable.
        try consumer.write(Self.specFolder + "consumer_widget.yaml", Self.widget)
        try consumer.write(Self.specFolder + "consumer_part.json", Self.part)
        try consumer.write("Sources/Inventory/main.swift", """
            import InventoryModels

            var widget = ConsumerWidget()
            widget.widgetName = "sprocket"
            var part = ConsumerPart()
            part.partNumber = 42
            print("widget \\(widget.widgetName ?? "-") part \\(part.partNumber ?? 0)")

            """)
        let first = try consumer.build()
        #expect(first.status == 0, "first build failed:\n\(first.output)")
        #expect(try consumer.runProduct().output == "widget sprocket part 42\n")

        // 3. The next build may rerun the commands, because SwiftPM relinks the tool once after a
        // cold build, but the tool rewrites nothing, so nothing is recompiled.
        let settle = try consumer.build()
        #expect(settle.status == 0, "\(settle.output)")
        #expect(!settle.output.contains("Compiling InventoryModels"), "unchanged output was recompiled:\n\(settle.output)")

        // 4. From then on, a build with nothing changed runs no generator.
        let noOp = try consumer.build()
        #expect(noOp.status == 0, "\(noOp.output)")
        #expect(!noOp.output.contains("Generating"), "a no-op build ran the generator:\n\(noOp.output)")

        // 5. A new attribute is usable after a rebuild, and only its spec's file was rewritten and
        // recompiled: the target's three specs share one batch command, which reads them again but leaves
        // the unchanged files' bytes and dates alone.
        let partFile = try #require(consumer.generatedFile(named: "consumer_part.swift"))
        let partDate = try modificationDate(partFile)
        try consumer.write(Self.specFolder + "consumer_widget.yaml", Self.widgetWithColour)
        try consumer.write("Sources/Inventory/main.swift", """
            import InventoryModels

            var widget = ConsumerWidget()
            widget.widgetName = "sprocket"
            widget.colour = "red"
            print("widget \\(widget.widgetName ?? "-") \\(widget.colour ?? "-")")

            """)
        let edited = try consumer.build()
        #expect(edited.status == 0, "build after the edit failed:\n\(edited.output)")
        #expect(edited.output.contains("Generating 3 Swift files from aws_sagemaker_compilation_job.yaml … consumer_widget.yaml"), "\(edited.output)")
        #expect(try modificationDate(partFile) == partDate, "the unchanged spec's file was rewritten")
        #expect(edited.output.contains("Compiling InventoryModels consumer_widget.swift"), "\(edited.output)")
        #expect(!edited.output.contains("Compiling InventoryModels consumer_part.swift"), "the unchanged file was recompiled:\n\(edited.output)")
        #expect(try consumer.runProduct().output == "widget sprocket red\n")

        // 6. A configuration file named attribute-codegen.yml in the target's folder is read, not
        // taken for a spec: package access still serves the executable of the same package.
        try consumer.write("Sources/InventoryModels/attribute-codegen.yml", "access_level: package\n")
        let configured = try consumer.build()
        #expect(configured.status == 0, "build with the .yml configuration failed:\n\(configured.output)")
        let widgetFile = try #require(consumer.generatedFile(named: "consumer_widget.swift"))
        let widgetSwift = try String(contentsOf: widgetFile, encoding: .utf8)
        #expect(widgetSwift.contains("\npackage struct ConsumerWidget: "), "the configuration was not applied:\n\(widgetSwift)")
        #expect(try consumer.runProduct().output == "widget sprocket red\n")

        // 7. The README's mapping example runs as written in this package, and prints what the README says.
        try consumer.write("Sources/Inventory/main.swift", try ConsumerPackage.readmeFile("Sources/Inventory/main.swift, mapping"))
        let mapping = try consumer.build()
        #expect(mapping.status == 0, "the README's mapping example failed to build:\n\(mapping.output)")
        #expect(try consumer.runProduct().output == (try ConsumerPackage.readmeFile("mapping output")))

        // 8. The command plugin has nothing to regenerate here, and says why; its help is its own.
        let nothing = try consumer.package([allow, "generate-attribute-code"])
        #expect(nothing.status == 0, "\(nothing.output)")
        #expect(nothing.output.contains("""
            nothing to regenerate: Sources/InventoryModels/Spec is generated at build time by the build-tool plugin \
            (AttributeCodegenPlugin); checked-in output comes from specs in Spec/ at the package's root
            """), "\(nothing.output)")
        let pluginHelp = try consumer.package([allow, "generate-attribute-code", "--help"])
        #expect(pluginHelp.status == 0, "\(pluginHelp.output)")
        #expect(pluginHelp.output.contains("""
              --add-exports           Write Exports.swift ('@_exported import AttributeRuntime') into every
                                      target folder that has specs but no Swift file.
            """), "\(pluginHelp.output)")
        #expect(!pluginHelp.output.contains("USAGE: attribute-codegen generate"), "\(pluginHelp.output)")

        // 9. The README's commands at the package's root find the target's specs and its configuration.
        try Self.runCommandsAtTheRoot(consumer, specs: 3, specFolder: "Sources/InventoryModels/Spec/", configuration: "Sources/InventoryModels/attribute-codegen.yml", accessLevels: ("package", "internal"), checkOutput: """
            nothing checked in: Sources/InventoryModels/Spec/ is generated at build time by the build-tool plugin; 3 specs without errors

            """)

        // 10. A broken spec fails the build with the spec's path, line and column.
        try consumer.write(Self.specFolder + "consumer_widget.yaml", Self.brokenWidget)
        let broken = try consumer.build()
        #expect(broken.status != 0)
        let location = consumer.path(Self.specFolder + "consumer_widget.yaml") + ":8:11: error: unknown type 'STRNG'"
        #expect(broken.output.contains(location), "expected '\(location)' in:\n\(broken.output)")
    }

    /// Runs the README's "commands at the root" in `consumer`: `lint` and `check` (unless
    /// `checkOutput` is `nil`: checked-in output outside `Generated/` needs `--output`) pass, and
    /// `breaking --against-git HEAD` exits 1 for an access level narrowed in `configuration`
    /// and for a deleted attribute, then 0 once the edits are undone. Leaves the files as found.
    static func runCommandsAtTheRoot(
        _ consumer: ConsumerPackage, specs: Int, specFolder: String, configuration: String,
        accessLevels: (from: String, to: String), checkOutput: String?
    ) throws {
        let commands = try ConsumerPackage.readmeCommands("commands at the root")
        try #require(commands.map { Array($0.prefix(4)) } == [
            ["swift", "run", "attribute-codegen", "lint"],
            ["swift", "run", "attribute-codegen", "check"],
            ["swift", "run", "attribute-codegen", "breaking"],
        ])
        let (lint, check, breaking) = (commands[0], commands[1], commands[2])

        let linted = try consumer.swift(lint)
        #expect(linted.status == 0, "\(linted.output)")
        #expect(linted.output.hasSuffix("\(counted(specs)) checked, no problems\n"), "\(linted.output)")
        if let checkOutput {
            let checked = try consumer.swift(check)
            #expect(checked.status == 0, "\(checked.output)")
            #expect(checked.output.hasSuffix(checkOutput), "\(checked.output)")
        }

        try consumer.commitAll()
        let clean = try consumer.swift(breaking)
        #expect(clean.status == 0, "\(clean.output)")
        #expect(clean.output.hasSuffix("no breaking changes in \(counted(specs)) against HEAD\n"), "\(clean.output)")

        let original = try #require(consumer.read(configuration))
        try consumer.write(configuration, original.replacingOccurrences(of: "access_level: \(accessLevels.from)", with: "access_level: \(accessLevels.to)"))
        let narrowed = try consumer.swift(breaking)
        #expect(narrowed.status == 1, "\(narrowed.output)")
        #expect(narrowed.output.contains("""
            \(configuration):1:15: error: access level narrowed from \(accessLevels.from) to \(accessLevels.to) [ACCESS_LEVEL_NARROWED]
            HEAD:\(configuration):1:15: note: the baseline's access level was \(accessLevels.from)
            """), "\(narrowed.output)")
        #expect(narrowed.output.hasSuffix("1 breaking change in \(counted(specs)) against HEAD\n"), "\(narrowed.output)")
        try consumer.write(configuration, original)

        let spec = specFolder + "aws_sagemaker_compilation_job.yaml"
        let bundled = try #require(consumer.read(spec))
        try consumer.write(spec, bundled.replacingOccurrences(of: "  - name: failure_reason\n", with: "  - name: failure_message\n"))
        let deleted = try consumer.swift(breaking)
        #expect(deleted.status == 1, "\(deleted.output)")
        #expect(deleted.output.contains("error: attribute 'failure_reason' was deleted; if it was renamed to 'failure_message'"), "\(deleted.output)")
        try consumer.write(spec, bundled)
        let undone = try consumer.swift(breaking)
        #expect(undone.status == 0, "\(undone.output)")
    }

    /// `1 spec`, `3 specs`.
    static func counted(_ specs: Int) -> String {
        "\(specs) spec\(specs == 1 ? "" : "s")"
    }

    private func modificationDate(_ url: URL) throws -> Date? {
        try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
    }
}
