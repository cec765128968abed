import Foundation
import Testing

/// Builds a real consumer package that uses the build-tool plugin, edits and breaks its specs,
/// and checks what a user would see. Slow (a cold first run compiles this package inside the
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

    @Test func buildEditAndBreakAConsumerPackage() throws {
        let consumer = try ConsumerPackage()
        try consumer.write("Sources/Consumer/consumer_widget.yaml", Self.widget)
        try consumer.write("Sources/Consumer/consumer_part.json", Self.part)
        try consumer.write("Sources/Consumer/main.swift", """
            var widget = ConsumerWidget()
            widget.widgetName = "sprocket"
            var part = ConsumerPart()
            part.partNumber = 42
            print("widget \\(widget.widgetName ?? "-") part \\(part.partNumber ?? 0)")

            """)

        // 1. A first build generates both files and runs code that uses them.
        let first = try consumer.build()
        #expect(first.status == 0, "first build failed:\n\(first.output)")
        #expect(!first.output.contains("unhandled"), "spec files were reported as unhandled:\n\(first.output)")
        #expect(try consumer.runProduct().output == "widget sprocket part 42\n")

        // 2. The next build may rerun the commands, because SwiftPM relinks the tool once after a
        // cold build, but the tool rewrites nothing, so nothing is recompiled.
        let settle = try consumer.build()
        #expect(settle.status == 0, "\(settle.output)")
        #expect(!settle.output.contains("Compiling Consumer"), "unchanged output was recompiled:\n\(settle.output)")

        // 3. From then on, a build with nothing changed runs no generator.
        let noOp = try consumer.build()
        #expect(noOp.status == 0, "\(noOp.output)")
        #expect(!noOp.output.contains("Generating"), "a no-op build ran the generator:\n\(noOp.output)")

        // 4. A new attribute is usable after a rebuild, and only its spec was regenerated.
        let partFile = try #require(consumer.generatedFile(named: "consumer_part.swift"))
        let partDate = try modificationDate(partFile)
        try consumer.write("Sources/Consumer/consumer_widget.yaml", Self.widgetWithColour)
        try consumer.write("Sources/Consumer/main.swift", """
            var widget = ConsumerWidget()
            widget.widgetName = "sprocket"
            widget.colour = "red"
            print("widget \\(widget.widgetName ?? "-") \\(widget.colour ?? "-")")

            """)
        let edited = try consumer.build()
        #expect(edited.status == 0, "build after the edit failed:\n\(edited.output)")
        #expect(edited.output.contains("Generating consumer_widget.swift from consumer_widget.yaml"), "\(edited.output)")
        #expect(!edited.output.contains("Generating consumer_part.swift"), "the unchanged spec was regenerated:\n\(edited.output)")
        #expect(try modificationDate(partFile) == partDate)
        #expect(try consumer.runProduct().output == "widget sprocket red\n")

        // 5. A broken spec fails the build with the spec's path, line and column.
        try consumer.write("Sources/Consumer/consumer_widget.yaml", Self.brokenWidget)
        let broken = try consumer.build()
        #expect(broken.status != 0)
        let location = consumer.path("Sources/Consumer/consumer_widget.yaml") + ":8:11: error: unknown type 'STRNG'"
        #expect(broken.output.contains(location), "expected '\(location)' in:\n\(broken.output)")
    }

    private func modificationDate(_ url: URL) throws -> Date? {
        try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
    }
}
