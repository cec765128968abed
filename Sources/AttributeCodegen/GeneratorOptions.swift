/// The access level written on every generated declaration that a consumer may use.
public enum AccessLevel: String, CaseIterable, Sendable {
    /// Visible to every module that imports the generated code's module.
    case `public`
    /// Visible to the modules of the same package only.
    case `package`
    /// Visible inside the generated code's module only.
    case `internal`
}

/// Choices that change the generated code but not what it means.
public struct GeneratorOptions: Sendable, Hashable {
    /// The access level of the generated types, properties, initialisers and conformances.
    public var accessLevel: AccessLevel

    /// Creates options; the defaults suit a library target that vends the generated types.
    public init(accessLevel: AccessLevel = .public) {
        self.accessLevel = accessLevel
    }
}
