import AttributeSpec
import Foundation

/// One configuration file's specs, as `lint`, `breaking` and `migrate` work on them: the group
/// `SpecLayout` finds, its spec files and its configuration, loaded by one rule.
struct ConfiguredSpecs {
    /// The spec paths that share the configuration.
    var group: SpecLayout.Group
    /// The spec files under the group's paths.
    var files: [String]
    /// The configuration that applies, with what reading it found.
    var configuration: ConfigurationFile.Loaded

    /// The specs under `paths`, or under every spec folder of the package when there are none,
    /// one value per configuration file, in the order given.
    ///
    /// - Throws: a usage error for a path that does not exist, or a package without specs.
    static func find(_ paths: [String], explicitConfiguration: String?) throws(UsageError) -> [ConfiguredSpecs] {
        let paths = paths.isEmpty ? try SpecLayout.defaultPaths() : paths
        var found: [ConfiguredSpecs] = []
        for group in SpecLayout.groups(paths, explicitConfiguration: explicitConfiguration) {
            found.append(ConfiguredSpecs(
                group: group,
                files: try SpecFileCollector.specFiles(under: group.paths),
                configuration: ConfigurationFile.load(for: group, explicit: explicitConfiguration)
            ))
        }
        return found
    }

    /// Each spec file read and loaded with the configuration's acronym style, as the build names
    /// it; every diagnostic, in file order, is added to `problems`.
    func load(problems: inout [Diagnostic]) -> [ValidatedSpec] {
        Self.validate(files.map { ($0, FileBytes.read($0)) }, acronyms: configuration.config.acronyms, problems: &problems)
    }

    /// Loads each file, adding every diagnostic to `problems`; the specs that validate.
    static func validate(
        _ files: [(String, Result<[UInt8], Diagnostic>)], acronyms: AcronymStyle?, problems: inout [Diagnostic]
    ) -> [ValidatedSpec] {
        var specs: [ValidatedSpec] = []
        for (file, read) in files {
            switch read {
            case .success(let bytes):
                let loaded = SpecFile.load(bytes, file: file, acronyms: acronyms ?? .apiGuidelines)
                problems += loaded.diagnostics
                if let spec = loaded.spec { specs.append(spec) }
            case .failure(let diagnostic):
                problems.append(diagnostic)
            }
        }
        return specs
    }
}
