import Foundation
import Testing
@testable import AttributeSpec

/// The rules the tool and both plugins share, one table per rule. The plugins compile the very
/// same source file (`Plugins/PluginsShared/CodegenFileRules.swift`, symlinked), so these
/// tables are the plugins' tests too.
@Suite("Shared file rules")
struct CodegenFileRulesTests {
    @Test("spec file names", arguments: [
        ("aws_x.yaml", true), ("aws_x.yml", true), ("aws_x.json", true), ("Spec/dir/aws_x.YAML", true),
        ("aws_x.schema.json", false), ("attribute-codegen.yaml", false), ("attribute-codegen.yml", false),
        ("Spec/attribute-codegen.yaml", false), ("Spec/attribute-codegen.yml", false), ("README.md", false),
        ("yaml", false), (".yaml", false), ("x.json.bak", false), ("attribute-codegen.json", true),
        ("aws_x.swift", false),
    ])
    func specFileNames(name: String, expected: Bool) {
        #expect(CodegenFileRules.isSpecFileName(name) == expected)
    }

    @Test("configuration file names: both spellings, exactly", arguments: [
        ("attribute-codegen.yaml", true), ("attribute-codegen.yml", true), ("Spec/attribute-codegen.yml", true),
        ("attribute-codegen.json", false), ("Attribute-Codegen.yaml", false), ("attribute_codegen.yaml", false),
    ])
    func configurationFileNames(name: String, expected: Bool) {
        #expect(CodegenFileRules.isConfigurationFileName(name) == expected)
    }

    @Test("specs of a plugin target are the spec files in a Spec folder", arguments: [
        ("/p/Sources/M/Spec/aws_x.yaml", true),
        ("/p/Sources/M/Spec/ec2/aws_y.json", true),
        ("/p/Sources/M/Models/Spec/aws_z.yml", true),
        ("/p/Sources/M/fixture.json", false),
        ("/p/Sources/M/Resources/payload.json", false),
        ("/p/Sources/M/aws_x.yaml", false),
        ("/p/Sources/M/Spec/attribute-codegen.yml", false),
        ("/p/Sources/M/Spec/attribute-spec.schema.json", false),
        ("/p/Sources/M/Spec/Exports.swift", false),
        ("/p/Sources/M/Specs/aws_x.yaml", false),
        ("/p/Sources/Spec/aws_x.yaml", false),
        ("/p/Sources/M/Spec.yaml", false),
    ])
    func pluginTargetSpecs(path: String, expected: Bool) {
        #expect(CodegenFileRules.isSpecFile(path, inTargetAt: "/p/Sources/M") == expected)
        #expect(CodegenFileRules.isSpecFile(path, inTargetAt: "/p/Sources/M/") == expected)
    }

    @Test("the configuration file of a plugin target sits in the target's folder", arguments: [
        ("/p/Sources/M/attribute-codegen.yaml", true),
        ("/p/Sources/M/attribute-codegen.yml", true),
        ("/p/Sources/M/Spec/attribute-codegen.yml", false),
        ("/p/Sources/Other/attribute-codegen.yml", false),
        ("/p/Sources/M/config.yaml", false),
    ])
    func pluginTargetConfiguration(path: String, expected: Bool) {
        #expect(CodegenFileRules.isConfigurationFile(path, inTargetAt: "/p/Sources/M") == expected)
    }

    @Test("output file names depend on the spec's file name only", arguments: [
        ("aws_x.yaml", "aws_x.swift"),
        ("dir/sub/aws_x.yml", "aws_x.swift"),
        ("/abs/Spec/aws_x.json", "aws_x.swift"),
        ("aws_x", "aws_x.swift"),
        ("a.b/aws_x", "aws_x.swift"),
        ("aws.x.yaml", "aws.x.swift"),
        (".hidden", ".hidden.swift"),
    ])
    func swiftFileNames(spec: String, expected: String) {
        #expect(CodegenFileRules.swiftFileName(forSpecFile: spec) == expected)
    }

    /// The file exists once: the library's and the plugins' copies are symlinks to it.
    @Test("the plugins and the library compile the same file", arguments: [
        "Sources/AttributeSpec/CodegenFileRules.swift",
        "Plugins/AttributeCodegenPlugin/CodegenFileRules.swift",
        "Plugins/GenerateAttributeCodePlugin/CodegenFileRules.swift",
    ])
    func oneSourceOfTruth(link: String) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shared = root.appendingPathComponent("Plugins/PluginsShared/CodegenFileRules.swift").path
        let path = root.appendingPathComponent(link).path
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
        let destination = try FileManager.default.destinationOfSymbolicLink(atPath: path)
        let resolved = URL(fileURLWithPath: destination, relativeTo: URL(fileURLWithPath: path).deletingLastPathComponent())
        #expect(resolved.standardizedFileURL.path == shared)
    }

    @Test("the spec folders of a package: Spec/ at the root, and the first Spec folder inside each target")
    func specFoldersOfAPackage() {
        #expect(CodegenFileRules.specFolders(inPackageFiles: [
            "Sources/Models/Exports.swift",
            "Sources/Models/Spec/aws_x.yaml",
            "Sources/Models/Spec/ec2/aws_y.json",
            "Sources/Models/payload.json",
            "Sources/Other/Nested/Spec/z.yml",
            "Sources/Other/Nested/Spec/Spec/w.yml",
            "Tests/ModelTests/Spec/t.json",
            "Spec/aws_root.yaml",
            "Spec/attribute-codegen.yaml",
            "Sources/Empty/Spec/attribute-codegen.yaml",
            "Sources/Empty/Spec/README.md",
            "Sources/Spec/stray.yaml",
        ]) == ["Spec", "Sources/Models/Spec", "Sources/Other/Nested/Spec", "Tests/ModelTests/Spec"])
        #expect(CodegenFileRules.specFolders(inPackageFiles: ["Spec/notes.md", "Sources/M/main.swift"]) == [])
        #expect(CodegenFileRules.isTargetSpecFolder("Sources/Models/Spec"))
        #expect(CodegenFileRules.isTargetSpecFolder("Tests/T/Spec/"))
        #expect(!CodegenFileRules.isTargetSpecFolder("Spec"))
        #expect(!CodegenFileRules.isTargetSpecFolder("Spec/"))
    }

    @Test("the configuration of a spec path is beside its Spec folder, or in its target's folder", arguments: [
        ("Spec/", ""), ("Spec", ""), ("Spec/x.yaml", ""), ("./Spec/ec2/x.yaml", ""),
        ("Sources/Models/Spec/", "Sources/Models/"), ("Sources/Models/Spec/ec2/x.json", "Sources/Models/"),
        ("Sources/Models/Nested/Spec/x.json", "Sources/Models/"), ("Tests/T/Spec", "Tests/T/"),
        ("/p/Spec/x.yaml", "/p/"), ("/p/Sources/Models/Spec", "/p/Sources/Models/"), ("/Spec/x.yaml", "/"),
        ("/home/Sources/p/Sources/M/Spec/x.yaml", "/home/Sources/p/Sources/M/"), ("other/Spec/x.yaml", "other/"),
        ("specs/x.yaml", nil), ("x.yaml", nil), ("/p/specs", nil),
    ] as [(String, String?)])
    func configurationFolder(path: String, expected: String?) {
        #expect(CodegenFileRules.configurationFolder(forSpecPath: path) == expected)
    }
}
