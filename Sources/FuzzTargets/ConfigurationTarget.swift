import AttributeSpec

/// Loading `attribute-codegen.yaml`: every diagnostic points inside the input, and a
/// configuration loaded without error is the one its own canonical file loads to.
enum ConfigurationTarget {
    static func check(_ bytes: [UInt8]) throws(InvariantFailure) {
        let file = CodegenFileRules.configurationFileNames[0]
        let loaded = ConfigurationLoader.load(bytes, file: file)
        try InputBounds(bytes, file: file).check(loaded.diagnostics)
        guard !loaded.diagnostics.containsErrors else { return }
        let ignored = loaded.config.ignoredBreakingRules.map(\.value)
        let canonical = (loaded.config.accessLevel.map { "access_level: \($0.rawValue)\n" } ?? "")
            + (loaded.config.acronyms.map { "acronyms: \($0.rawValue)\n" } ?? "")
            + (ignored.isEmpty ? "" : "breaking:\n  ignore: [\(ignored.joined(separator: ", "))]\n")
        let again = ConfigurationLoader.load(Array(canonical.utf8), file: file)
        // The settings must agree; where they stand in the file (kept for `breaking`'s
        // diagnostics) naturally differs between the input and its canonical form.
        guard again.diagnostics.isEmpty,
              again.config.accessLevel == loaded.config.accessLevel,
              again.config.acronyms == loaded.config.acronyms,
              again.config.ignoredBreakingRules.map(\.value) == ignored
        else {
            throw InvariantFailure("the configuration does not load back from '\(canonical)': \(again.config) \(again.diagnostics)")
        }
    }
}
