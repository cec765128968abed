/// The settings of `attribute-codegen.yaml` (or `.yml`: `CodegenFileRules.configurationFileNames`),
/// the optional configuration file in a plugin target's folder or the tool's working folder
/// (or passed to the command-line tool with `--config`).
///
/// Every setting is optional: `nil` means "use the generator's default", so an empty file and
/// no file at all behave the same.
public struct GeneratorConfig: Hashable, Sendable {

    /// The keys the file may contain, in the order the documentation lists them.
    public static let knownKeys = ["access_level", "acronyms", "breaking"]

    /// The access level of generated declarations; `nil` keeps the generator's default.
    public var accessLevel: AccessLevel?
    /// Where `access_level`'s value stands, for `breaking` to point at a narrowing.
    public var accessLevelLocation: SourceLocation?
    /// How generated names spell acronyms; `nil` keeps the generator's default
    /// (`api_guidelines`).
    public var acronyms: AcronymStyle?
    /// The rule ids and categories `breaking` leaves out (`breaking: { ignore: [...] }`), each
    /// one known to `BreakingRule`.
    public var ignoredBreakingRules: [Located<String>]

    /// Creates a configuration.
    public init(
        accessLevel: AccessLevel? = nil,
        accessLevelLocation: SourceLocation? = nil,
        acronyms: AcronymStyle? = nil,
        ignoredBreakingRules: [Located<String>] = []
    ) {
        self.accessLevel = accessLevel
        self.accessLevelLocation = accessLevelLocation
        self.acronyms = acronyms
        self.ignoredBreakingRules = ignoredBreakingRules
    }
}
