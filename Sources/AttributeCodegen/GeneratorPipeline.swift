import AttributeSpec

/// The whole generator, one stage per line:
///
///     spec bytes ─▶ SpecFile.load (read, load, validate)  →  ValidatedSpec + diagnostics
///                ─▶ CodeTranslator.translate              →  CodeFile (the code model)
///                ─▶ SwiftRenderer.render                  →  Swift text
///                ─▶ GeneratedFile                         →  written by the caller
///
/// Nothing here touches the file system, so tests run the pipeline in memory and the command-
/// line tool and plugins share it unchanged.
public enum GeneratorPipeline {
    /// The stages after validation: translate and render one validated spec.
    package static func generate(_ spec: ValidatedSpec, options: GeneratorOptions) -> GeneratorResult {
        let code: CodeFile
        do {
            code = try CodeTranslator.translate(spec, options: options)
        } catch {
            return GeneratorResult(files: [], diagnostics: [error])
        }
        let swift = GeneratedFile(path: swiftFileName(forSpecFile: spec.spec.file), contents: SwiftRenderer.render(code))
        return GeneratorResult(files: [swift], diagnostics: [])
    }

    /// The name of the Swift file generated from a spec file: its base name with `.swift` in
    /// place of the extension. It depends on the file name alone, so output paths are the same
    /// wherever the spec lives: `dir/aws_x.yaml` → `aws_x.swift`.
    public static func swiftFileName(forSpecFile file: String) -> String {
        let base = CodeTranslator.baseName(of: file)
        guard let dot = base.utf8.lastIndex(of: UInt8(ascii: ".")), dot != base.utf8.startIndex else {
            return base + ".swift"
        }
        return String(base[..<dot]) + ".swift"
    }
}
