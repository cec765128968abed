import AttributeSpec

/// The pipeline's options: one run's choices that change the generated code but not what it
/// means. A command makes them from the configuration file (`Configuration`) and its own
/// command-line options (`GenerateCommandOptions`); the pipeline reads no file.
public struct GeneratorOptions: Sendable, Hashable {
    /// The access level of the generated types, properties, initialisers and conformances.
    public var accessLevel: AccessLevel
    /// Whether to render each table's Markdown reference page as well as its Swift file. The
    /// build-tool plugin leaves it off: a build needs only the code.
    public var documentation: Bool
    /// How Swift names spell acronyms: `compilationJobARN` by default, `compilationJobArn`
    /// with `.literal`.
    public var acronyms: AcronymStyle
    /// The outputs added to each table's Swift (and Markdown): a JSON Schema of the record and
    /// `CREATE TABLE` statements. None by default.
    public var storeOutputs: Set<StoreOutput> = []
    /// The SQL tables' key columns, by table name, as the configuration names them; a table
    /// not named has no primary key.
    public var keyColumns: [String: [Located<String>]] = [:]

    /// Creates options; the defaults suit a library target that vends the generated types.
    public init(accessLevel: AccessLevel = .public, documentation: Bool = false, acronyms: AcronymStyle = .apiGuidelines) {
        self.accessLevel = accessLevel
        self.documentation = documentation
        self.acronyms = acronyms
    }
}
