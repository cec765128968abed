/// The whole front end in one call: read, load and validate one spec file.
public enum SpecFile {
    /// Reads, loads and validates a spec file's bytes.
    ///
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - file: the path to name in diagnostics; its extension selects the reader.
    ///   - acronyms: how the Swift names validation decides spell acronyms.
    /// - Returns: the validated spec when the file has no error, and every problem found,
    ///   in file order.
    public static func load(
        _ bytes: [UInt8],
        file: String,
        acronyms: AcronymStyle = .apiGuidelines
    ) -> (spec: ValidatedSpec?, diagnostics: [Diagnostic]) {
        let root: Node?
        do {
            root = try SpecFileReader.read(bytes, file: file)
        } catch {
            return (nil, [error])
        }
        let loaded = SpecLoader.loadCollectingDrops(root, file: file)
        guard let spec = loaded.spec else {
            return (nil, loaded.diagnostics.sortedByLocation())
        }
        let validated = SpecValidator.validate(spec, acronyms: acronyms, ignoringEmptyListsAt: loaded.listsWithDroppedItems)
        let diagnostics = (loaded.diagnostics + validated.diagnostics).sortedByLocation()
        return (diagnostics.containsErrors ? nil : validated.spec, diagnostics)
    }
}
