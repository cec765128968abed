// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "attribute-codegen",
    products: [
        .library(name: "AttributeSpec", targets: ["AttributeSpec"]),
        .library(name: "AttributeCodegen", targets: ["AttributeCodegen"]),
        .library(name: "AttributeRuntime", targets: ["AttributeRuntime"]),
        .executable(name: "attribute-codegen", targets: ["attribute-codegen"]),
    ],
    targets: [
        // The spec model, the YAML/JSON reader with locations, validation and diagnostics.
        .target(name: "AttributeSpec"),
        // Translation of a validated spec into Swift and Markdown, and the in-memory pipeline.
        .target(name: "AttributeCodegen", dependencies: ["AttributeSpec"]),
        // What generated code imports: mapping protocol, errors, timestamps, JSON values.
        .target(name: "AttributeRuntime"),
        // The command-line tool: argument parsing, file I/O and exit codes only.
        .executableTarget(name: "attribute-codegen", dependencies: ["AttributeSpec", "AttributeCodegen"]),

        .testTarget(name: "AttributeSpecTests", dependencies: ["AttributeSpec"], exclude: ["Read/YAMLCorpus"]),
    ],
    swiftLanguageModes: [.v6]
)
