import AttributeSpec

/// The whole generator, one stage per line:
///
///     spec bytes ─▶ SpecFile.load (read, load, validate)  →  ValidatedSpec (every Swift name
///                                                            decided) + diagnostics
///                ─▶ CodeTranslator.translate              →  CodeFile (the code model)
///                ─▶ SwiftRenderer.render                  →  Swift text
///                ─▶ MarkdownRenderer.renderPage           →  Markdown reference page (with docs on)
///                ─▶ JSONSchemaRenderer / SQLRenderer      →  the record's JSON Schema, CREATE TABLE for
///                                                            PostgreSQL and SQLite (`storeOutputs`)
///                ─▶ GeneratedFile                         →  written by the caller
///
/// Over a set of specs, `MarkdownRenderer.renderIndex` adds the docs index from each table's
/// `TableSummary`.
///
/// Nothing here touches the file system, so tests run the pipeline in memory and the command-
/// line tool and plugins share it unchanged.
public enum GeneratorPipeline {
    /// Generates the Swift file for one spec file's bytes.
    ///
    /// - Parameters:
    ///   - specBytes: the spec file's contents (YAML or JSON, UTF-8).
    ///   - file: the spec's path as the caller names it; diagnostics point at it and the output
    ///     file is named after it.
    ///   - options: code generation choices.
    /// - Returns: one file, or no file and the errors that prevented it.
    public static func run(specBytes: [UInt8], file: String, options: GeneratorOptions) -> GeneratorResult {
        let loaded = SpecFile.load(specBytes, file: file, acronyms: options.acronyms)
        guard let spec = loaded.spec, !loaded.diagnostics.containsErrors else {
            return GeneratorResult(files: [], diagnostics: loaded.diagnostics)
        }
        var generated = generate(spec, options: options)
        generated.diagnostics = loaded.diagnostics + generated.diagnostics
        return generated
    }

    /// Generates the files of a set of spec files: each spec's own files, in the order given,
    /// then — with documentation on and no errors anywhere — the docs index over all of them.
    ///
    /// Specs are independent until the index, so they are generated on every core; the result
    /// is put together in the order given and is the same whatever the scheduling.
    /// The index is left out when a spec failed, so a partial index never replaces a complete one.
    public static func run(specs: [SpecInput], options: GeneratorOptions) -> GeneratorResult {
        let results = ConcurrentMap.map(specs) { spec in
            run(specBytes: spec.bytes, file: spec.file, options: options)
        }
        var combined = GeneratorResult(files: [], diagnostics: [])
        var summaries: [TableSummary] = []
        for result in results {
            combined.files += result.files
            combined.diagnostics += result.diagnostics
            if let summary = result.summary {
                summaries.append(summary)
            }
        }
        if options.documentation, !combined.diagnostics.containsErrors, !summaries.isEmpty {
            combined.files.append(documentationIndex(summaries))
        }
        return combined
    }

    /// The stages after validation: translate and render one validated spec.
    package static func generate(_ spec: ValidatedSpec, options: GeneratorOptions) -> GeneratorResult {
        let code = CodeTranslator.translate(spec, options: options)
        var files = [GeneratedFile(path: swiftFileName(forSpecFile: spec.spec.file), contents: SwiftRenderer.render(code))]
        let page = outputFileName(forSpecFile: spec.spec.file, extension: "md")
        if options.documentation {
            files.append(GeneratedFile(path: documentationFolder + page, contents: MarkdownRenderer.renderPage(code)))
        }
        var diagnostics: [Diagnostic] = []
        if !options.storeOutputs.isEmpty {
            let keyColumns = StoreColumns.keyColumns(of: spec, configured: options.keyColumns, diagnostics: &diagnostics)
            diagnostics += StoreColumns.nameDiagnostics(spec, outputs: options.storeOutputs)
            if diagnostics.containsErrors {
                return GeneratorResult(files: [], diagnostics: diagnostics)
            }
            for output in options.storeOutputs.sorted() {
                let path = storeFileName(forSpecFile: spec.spec.file, output: output)
                let contents = switch output {
                case .jsonSchema: JSONSchemaRenderer.render(code)
                case .postgresql: SQLRenderer.render(code, dialect: .postgresql, keyColumns: keyColumns)
                case .sqlite: SQLRenderer.render(code, dialect: .sqlite, keyColumns: keyColumns)
                }
                files.append(GeneratedFile(path: path, contents: contents))
            }
        }
        return GeneratorResult(files: files, diagnostics: diagnostics, summary: TableSummary(code, pagePath: page))
    }

    /// Where an added output of a spec goes, relative to the output folder:
    /// `Schema/aws_x.schema.json`, `SQL/aws_x.postgresql.sql`, `SQL/aws_x.sqlite.sql`.
    public static func storeFileName(forSpecFile file: String, output: StoreOutput) -> String {
        switch output {
        case .jsonSchema: "Schema/" + outputFileName(forSpecFile: file, extension: "schema.json")
        case .postgresql: "SQL/" + outputFileName(forSpecFile: file, extension: "postgresql.sql")
        case .sqlite: "SQL/" + outputFileName(forSpecFile: file, extension: "sqlite.sql")
        }
    }

    /// The folder, relative to the output folder, that holds the Markdown pages and their index.
    public static let documentationFolder = "Docs/"

    /// The docs index over the tables of one run: `Docs/README.md`.
    public static func documentationIndex(_ summaries: [TableSummary]) -> GeneratedFile {
        GeneratedFile(path: documentationFolder + "README.md", contents: MarkdownRenderer.renderIndex(summaries))
    }

    /// The name of the Swift file generated from a spec file: its base name with `.swift` in
    /// place of the extension. It depends on the file name alone, so output paths are the same
    /// wherever the spec lives: `dir/aws_x.yaml` → `aws_x.swift`.
    ///
    /// The rule lives in `CodegenFileRules`, which the build-tool plugin compiles too: the
    /// plugin declares this name as its command's output before the tool runs.
    public static func swiftFileName(forSpecFile file: String) -> String {
        CodegenFileRules.swiftFileName(forSpecFile: file)
    }

    /// The spec file's base name with `ext` in place of its extension.
    static func outputFileName(forSpecFile file: String, extension ext: String) -> String {
        CodegenFileRules.outputFileName(forSpecFile: file, extension: ext)
    }
}
