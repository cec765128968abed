/// What the docs index says of one table: taken from the code model so the index and the
/// pages agree.
public struct TableSummary: Hashable, Sendable {
    /// The table's name.
    public var resource: String
    /// The table's description, as written in the spec.
    public var description: String?
    /// How many attributes the table has at the top level.
    public var topLevelCount: Int
    /// How many attributes it has at every depth, nested fields included.
    public var totalCount: Int
    /// The path of the table's page, relative to the index page.
    public var pagePath: String

    /// Creates a summary from its parts.
    public init(resource: String, description: String?, topLevelCount: Int, totalCount: Int, pagePath: String) {
        self.resource = resource
        self.description = description
        self.topLevelCount = topLevelCount
        self.totalCount = totalCount
        self.pagePath = pagePath
    }

    /// The summary of a translated table whose page the pipeline writes at `pagePath`.
    init(_ file: CodeFile, pagePath: String) {
        resource = file.root.resource ?? file.root.name
        description = file.root.description
        topLevelCount = file.topLevelAttributeCount
        totalCount = file.totalAttributeCount
        self.pagePath = pagePath
    }
}
