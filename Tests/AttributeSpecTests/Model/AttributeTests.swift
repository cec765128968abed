import Testing
@testable import AttributeSpec

@Suite("Attribute model")
struct AttributeTests {
    @Test("provider paths split at every dot, ASCII or not", arguments: [
        ("CompilationJobArn", ["CompilationJobArn"]),
        ("properties.enableSoftDelete", ["properties", "enableSoftDelete"]),
        ("a..b.", ["a", "", "b", ""]),
        ("", [""]),
        ("é.ü.x", ["é", "ü", "x"]),
        // The mapper splits on the byte: a combining mark after a dot starts the next key.
        ("x.\u{301}y", ["x", "\u{301}y"]),
    ])
    func providerPath(name: String, expected: [String]) {
        let here = SourceLocation(file: "t.yaml", line: 1, column: 1)
        let attribute = Attribute(
            name: Located("a", at: here),
            type: Located(.string, at: here),
            providerName: Located(name, at: here),
            location: here
        )
        #expect(attribute.providerPath == expected)
    }

    @Test("no provider name, no path")
    func noProviderPath() {
        let here = SourceLocation(file: "t.yaml", line: 1, column: 1)
        #expect(Attribute(name: Located("a", at: here), type: Located(.string, at: here), location: here).providerPath == nil)
    }
}
