import Testing
@testable import AttributeSpec

@Suite("File names")
struct FileNameTests {
    /// One table for every path rule: last component, stem, extension, output name.
    @Test("last component, stem, extension and the output name of a path", arguments: [
        // path, last component, stem, lowercased extension, with `swift` in place of the extension
        ("Spec/aws_x.yaml", "aws_x.yaml", "aws_x", "yaml", "aws_x.swift"),
        ("dir/sub/aws_x.YML", "aws_x.YML", "aws_x", "yml", "aws_x.swift"),
        ("/abs/aws_x.json", "aws_x.json", "aws_x", "json", "aws_x.swift"),
        ("a.b.json", "a.b.json", "a.b", "json", "a.b.swift"),
        ("a.b/aws_x", "aws_x", "aws_x", "", "aws_x.swift"),
        ("plain", "plain", "plain", "", "plain.swift"),
        (".hidden", ".hidden", ".hidden", "", ".hidden.swift"),
        ("dir/.yaml", ".yaml", ".yaml", "", ".yaml.swift"),
        ("dir/", "", "", "", ".swift"),
        ("ü/tä.yaml", "tä.yaml", "tä", "yaml", "tä.swift"),
    ])
    func parts(path: String, last: String, stem: String, ext: String, output: String) {
        #expect(CodegenFileRules.lastComponent(of: path) == last)
        #expect(CodegenFileRules.stem(of: path) == stem)
        #expect(CodegenFileRules.fileExtension(of: path) == ext)
        #expect(CodegenFileRules.swiftFileName(forSpecFile: path) == output)
    }
}
