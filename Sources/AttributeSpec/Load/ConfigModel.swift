/// The settings of `attribute-codegen.yaml`, the optional configuration file that sits beside
/// the specs of a target (or is passed to the command-line tool with `--config`).
///
/// Every setting is optional: `nil` means "use the generator's default", so an empty file and
/// no file at all behave the same.
public struct GeneratorConfig: Hashable, Sendable {
    /// The access level written on generated declarations.
    ///
    /// Spelled here rather than reusing the generator's own enum because this module holds no
    /// code generation; callers convert by raw value.
    public enum AccessLevel: String, CaseIterable, Hashable, Sendable {
        /// Visible to every importing module.
        case `public`
        /// Visible inside the same package.
        case `package`
        /// Visible inside the module.
        case `internal`
    }

    /// The name the build-tool plugin and the command-line tool look for.
    public static let fileName = "attribute-codegen.yaml"

    /// The keys the file may contain, in the order the documentation lists them.
    public static let knownKeys = ["access_level", "breaking"]

    /// The access level of generated declarations; `nil` keeps the generator's default.
    public var accessLevel: AccessLevel?
    /// Where `access_level`'s value stands, for `breaking` to point at a narrowing.
    public var accessLevelLocation: SourceLocation?
    /// The rule ids and categories `breaking` leaves out (`breaking: { ignore: [...] }`), each
    /// one known to `BreakingRule`.
    public var ignoredBreakingRules: [Located<String>]

    /// Creates a configuration.
    public init(
        accessLevel: AccessLevel? = nil,
        accessLevelLocation: SourceLocation? = nil,
        ignoredBreakingRules: [Located<String>] = []
    ) {
        self.accessLevel = accessLevel
        self.accessLevelLocation = accessLevelLocation
        self.ignoredBreakingRules = ignoredBreakingRules
    }
}
