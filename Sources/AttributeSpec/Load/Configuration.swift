/// The settings of `attribute-codegen.yaml` (or `.yml`: `CodegenFileRules.configurationFileNames`),
/// the optional configuration file in a plugin target's folder or the tool's working folder
/// (or passed to the command-line tool with `--config`).
///
/// Every setting is optional: `nil` means "use the generator's default", so an empty file and
/// no file at all behave the same.
public struct Configuration: Hashable, Sendable {

    /// The keys the file may contain, in the order the documentation lists them.
    public static let knownKeys = ["access_level", "acronyms", "breaking", "outputs", "key_columns"]

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
    /// The outputs added to each table's Swift and Markdown (`outputs: [json_schema, ...]`).
    public var storeOutputs: Set<StoreOutput> = []
    /// The key columns of the SQL tables, by table name (`key_columns: { table: [attr, ...] }`):
    /// a spec names no key, so the configuration does; each name is checked against its table.
    public var keyColumns: [String: [Located<String>]] = [:]

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
