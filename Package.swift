// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "attribute-codegen",
    // The runtime uses only Foundation's Date and Data and Swift's Codable, and the plugins only
    // Process, FileManager and URL: all older than any OS Swift 6 deploys to. The floor is Swift
    // Testing's, which the test targets need (see "Platforms" in the README).
    platforms: [.macOS(.v10_15), .iOS(.v13), .tvOS(.v13), .watchOS(.v6), .visionOS(.v1)],
    // AttributeSpec, AttributeCodegen and AttributeImport are not products: they are this
    // package's own implementation, shared by the tool, the benchmarks and the tests, not public API.
    products: [
        .library(name: "AttributeRuntime", targets: ["AttributeRuntime"]),
        .library(name: "ResourceModels", targets: ["ResourceModels"]),
        .executable(name: "attribute-codegen", targets: ["attribute-codegen"]),
        .plugin(name: "AttributeCodegenPlugin", targets: ["AttributeCodegenPlugin"]),
        .plugin(name: "GenerateAttributeCodePlugin", targets: ["GenerateAttributeCodePlugin"]),
    ],
    targets: [
        // The spec model, the YAML/JSON reader with locations, validation and diagnostics.
        .target(name: "AttributeSpec"),
        // Translation of a validated spec into Swift and Markdown, and the in-memory pipeline.
        .target(name: "AttributeCodegen", dependencies: ["AttributeSpec"]),
        // What generated code imports: mapping protocol, errors, timestamps, JSON values.
        .target(name: "AttributeRuntime"),
        // The package's catalog: the Swift generated from Spec/, checked in under Generated/.
        .target(name: "ResourceModels", dependencies: ["AttributeRuntime"], path: "Generated", exclude: ["Docs"]),
        // Specs from a provider's own model (AWS botocore service models): gzip/DEFLATE, model
        // reading, translation to the spec model, YAML writing, and `--update` merging.
        .target(name: "AttributeImport", dependencies: ["AttributeSpec"]),
        // The command-line tool's commands: argument parsing, exit codes, and the file-system side
        // of `generate` and `check` (spec discovery, atomic output writing, diffs). A library
        // rather than part of the executable because SwiftPM 6 links an
        // executable's host ("-tool") objects into the test bundle a second time when a test
        // target both imports the executable and uses a plugin that runs it.
        .target(name: "AttributeCodegenCLI", dependencies: ["AttributeSpec", "AttributeCodegen", "AttributeImport"]),
        // The command-line tool: its entry point only (argument parsing, file I/O and exit codes
        // are AttributeCodegenCLI's).
        .executableTarget(name: "attribute-codegen", dependencies: ["AttributeSpec", "AttributeCodegen", "AttributeCodegenCLI"]),
        // Generates Swift from the specs among a target's files, in build commands of up to 32 specs.
        .plugin(name: "AttributeCodegenPlugin", capability: .buildTool(), dependencies: ["attribute-codegen"]),
        // Regenerates the checked-in `Generated/` folder from `Spec/`.
        .plugin(
            name: "GenerateAttributeCodePlugin",
            capability: .command(
                intent: .custom(
                    verb: "generate-attribute-code",
                    description: "Regenerate Generated/ from the specs in Spec/"
                ),
                permissions: [.writeToPackageDirectory(reason: "Writes the generated Swift and Markdown into Generated/")]
            ),
            dependencies: ["attribute-codegen"]
        ),

        .executableTarget(name: "attribute-benchmarks", dependencies: ["AttributeRuntime", "ResourceModels"], path: "Benchmarks/MapperBenchmark"),
        .executableTarget(name: "generator-benchmarks", dependencies: ["AttributeSpec", "AttributeCodegen", "AttributeRuntime"], path: "Benchmarks/GeneratorBenchmark"),

        // Fuzzing: every target's entry point and invariants, one libFuzzer executable per
        // target (`Scripts/fuzz.sh`), and the replay of the inputs that once failed.
        .target(name: "FuzzTargets", dependencies: ["AttributeSpec", "AttributeCodegen", "AttributeImport", "AttributeRuntime", "ResourceModels"]),
        .executableTarget(name: "FuzzYAMLReader", dependencies: ["FuzzTargets"], path: "Fuzz/FuzzYAMLReader"),
        .executableTarget(name: "FuzzSpecJSONReader", dependencies: ["FuzzTargets"], path: "Fuzz/FuzzSpecJSONReader"),
        .executableTarget(name: "FuzzSpecLoading", dependencies: ["FuzzTargets"], path: "Fuzz/FuzzSpecLoading"),
        .executableTarget(name: "FuzzPipeline", dependencies: ["FuzzTargets"], path: "Fuzz/FuzzPipeline"),
        .executableTarget(name: "FuzzRuntimeJSON", dependencies: ["FuzzTargets"], path: "Fuzz/FuzzRuntimeJSON"),
        .executableTarget(name: "FuzzProviderMapping", dependencies: ["FuzzTargets"], path: "Fuzz/FuzzProviderMapping"),
        .executableTarget(name: "FuzzConfiguration", dependencies: ["FuzzTargets"], path: "Fuzz/FuzzConfiguration"),
        .executableTarget(name: "FuzzInflate", dependencies: ["FuzzTargets"], path: "Fuzz/FuzzInflate"),
        .executableTarget(name: "FuzzAWSModelReader", dependencies: ["FuzzTargets"], path: "Fuzz/FuzzAWSModelReader"),
        .executableTarget(name: "FuzzBreaking", dependencies: ["FuzzTargets"], path: "Fuzz/FuzzBreaking"),
        .executableTarget(name: "FuzzGCPDiscoveryReader", dependencies: ["FuzzTargets"], path: "Fuzz/FuzzGCPDiscoveryReader"),
        .executableTarget(name: "FuzzAzureOpenAPIReader", dependencies: ["FuzzTargets"], path: "Fuzz/FuzzAzureOpenAPIReader"),
        .testTarget(name: "FuzzRegressionTests", dependencies: ["FuzzTargets"]),
        // Every valid spec compiles: random valid specs, compiled in one real package build.
        .testTarget(name: "RandomSpecCompileTests", dependencies: ["AttributeCodegen", "AttributeSpec"]),

        .testTarget(name: "AttributeSpecTests", dependencies: ["AttributeSpec"], exclude: ["Read/YAMLCorpus"]),
        .testTarget(name: "AttributeImportTests", dependencies: ["AttributeImport", "AttributeSpec"], exclude: ["Resources"]),
        .testTarget(name: "AttributeCodegenTests", dependencies: ["AttributeCodegen", "AttributeSpec"], exclude: ["Specs", "References"]),
        // Compiles the reference outputs of the golden tests with the runtime and exercises them.
        // The bundled spec's output is the checked-in catalog itself (ResourceModels). Reads the
        // golden specs with AttributeSpec to generate payloads for the corpus round-trip property,
        // and generates their JSON Schemas and SQL with AttributeCodegen for the store tests.
        .testTarget(name: "GeneratedCodeTests", dependencies: ["AttributeRuntime", "ResourceModels", "AttributeSpec", "AttributeCodegen"]),
        // Unit tests of the command-line tool's own parts: output writing, diffs, commands.
        .testTarget(name: "AttributeCodegenCLITests", dependencies: ["AttributeCodegenCLI", "AttributeSpec"]),
        // Builds a consumer package that applies the plugin, with the real `swift build`.
        .testTarget(name: "EndToEndTests", dependencies: ["AttributeImport", "AttributeSpec"]),
        // Dogfood: the build-tool plugin applied to a spec of this package's own.
        // Its spec is Spec/dogfood_gadget.json; gadget_payload.json is a resource, not a spec.
        .testTarget(
            name: "PluginDogfoodTests",
            dependencies: ["AttributeRuntime"],
            resources: [.copy("gadget_payload.json")],
            plugins: ["AttributeCodegenPlugin"]
        ),
        .testTarget(name: "AttributeRuntimeTests", dependencies: ["AttributeRuntime"]),
        // The plugins' own helpers (PluginsShared/PluginSupport.swift), compiled as the plugins
        // compile them: through symlinks, without AttributeSpec.
        .testTarget(name: "PluginSupportTests"),
        // The checked-in catalog in use, with a mapping example.
        .testTarget(name: "ResourceModelsTests", dependencies: ["ResourceModels", "AttributeRuntime"]),
    ],
    swiftLanguageModes: [.v6]
)
