/// The access level written on every generated declaration that a consumer may use: the one
/// definition that the configuration file, the command line and the generator all share.
public enum AccessLevel: String, CaseIterable, Hashable, Sendable {
    /// Visible to every module that imports the generated code's module.
    case `public`
    /// Visible to the modules of the same package only.
    case `package`
    /// Visible inside the generated code's module only.
    case `internal`
}
