/// The settings of `attribute-codegen.yaml` (or `.yml`: `CodegenFileRules.configurationFileNames`),
/// the optional configuration file in a plugin target's folder or the tool's working folder
/// (or passed to the command-line tool with `--config`).
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

    /// The keys the file may contain, in the order the documentation lists them.
    public static let knownKeys = ["access_level"]

    /// The access level of generated declarations; `nil` keeps the generator's default.
    public var accessLevel: AccessLevel?

    /// Creates a configuration.
    public init(accessLevel: AccessLevel? = nil) {
        self.accessLevel = accessLevel
    }
}
