import AttributeCodegen
import AttributeSpec

/// The whole generator on arbitrary bytes: diagnostics inside the input; files exactly when
/// there is no error; a spec without errors generates non-empty Swift (with a struct, ending
/// in one newline, no carriage return or NUL to confuse the compiler) and a non-empty page;
/// and the spec's canonical JSON twin generates the same bytes.
enum PipelineTarget {
    static func check(_ bytes: [UInt8]) throws(InvariantFailure) {
        let file = SpecLoadingTarget.file
        // The access level follows the input so that every level is exercised.
        let options = GeneratorOptions(accessLevel: AccessLevel.allCases[bytes.count % AccessLevel.allCases.count], documentation: true)
        let result = GeneratorPipeline.run(specBytes: bytes, file: file, options: options)
        try InputBounds(bytes, file: file).check(result.diagnostics)
        guard !result.diagnostics.containsErrors else {
            guard result.files.isEmpty else {
                throw InvariantFailure("files despite errors: \(result.files.map(\.path))")
            }
            return
        }
        guard result.files.map(\.path) == ["fuzz_table.swift", "Docs/fuzz_table.md"] else {
            throw InvariantFailure("a spec without errors generated \(result.files.map(\.path))")
        }
        let swift = result.files[0].contents
        guard swift.contains("struct "), swift.hasSuffix("}\n"), !swift.hasSuffix("\n\n") else {
            throw InvariantFailure("the Swift file has no struct or does not end in one newline:\n\(swift)")
        }
        guard !swift.utf8.contains(0x0D), !swift.utf8.contains(0x00) else {
            throw InvariantFailure("the Swift file contains a carriage return or NUL")
        }
        guard !result.files[1].contents.isEmpty, result.summary != nil else {
            throw InvariantFailure("no Markdown page or no summary")
        }

        // The twin: the same table written as canonical JSON generates the same files, but
        // for the spec's file name, which the header names (masked in both, in case the
        // input's own text names either file).
        guard let canonical = SpecFile.load(bytes, file: file).spec.map({ SpecNormalizer.canonicalJSON($0.spec) }) else {
            throw InvariantFailure("the pipeline succeeded on a spec that does not load")
        }
        let twin = GeneratorPipeline.run(specBytes: Array(canonical.utf8), file: SpecLoadingTarget.twinFile, options: options)
        let twinContents = twin.files.map { maskingFileNames($0.contents) }
        guard twinContents == result.files.map({ maskingFileNames($0.contents) }) else {
            throw InvariantFailure("the canonical JSON twin generates different files; twin diagnostics: \(twin.diagnostics)\n\(canonical)")
        }
    }
}

/// `text` with both spec file names of the harness replaced by one placeholder.
private func maskingFileNames(_ text: String) -> String {
    text.replacingOccurrences(of: SpecLoadingTarget.file, with: "fuzz_table.*")
        .replacingOccurrences(of: SpecLoadingTarget.twinFile, with: "fuzz_table.*")
}

extension String {
    /// `replacingOccurrences(of:with:)` without Foundation, for the twin's file name.
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
