/// One generated record type: the table itself, or a STRUCT / UNORDERED_LIST_STRUCT element.
struct TypeDeclaration: Hashable, Sendable {
    /// The type's own name, unique among its siblings and never a reserved name.
    var name: String
    /// The names from the root type down to this one: `["AWSSagemakerCompilationJob", "InputConfig"]`.
    var path: [String]
    /// What the type describes: the table's description for the root, the attribute's for a
    /// nested type.
    var description: String?
    /// The table's name; set on the root type only.
    var resource: String?
    /// The spec names from the table down to the attribute this type models; empty for the root.
    var attributePath: [String]
    /// The stored properties, in spec order.
    var properties: [PropertyDeclaration]
    /// The types of STRUCT and UNORDERED_LIST_STRUCT properties, in spec order.
    var nestedTypes: [TypeDeclaration]
}
