import AttributeSpec

/// The translated form of one spec: everything a renderer needs, and no punctuation of any
/// output language.
///
/// This is the boundary between translation and rendering. It is a model of the table's
/// generated declarations (types, properties, the attributes behind them, their names), not a
/// syntax tree: the Swift renderer decides the statements and punctuation, and the Markdown
/// renderer reads the same value, so both outputs always agree on names and types.
struct CodeFile: Hashable, Sendable {
    /// The spec file's name without its folder, named in the generated header so the output
    /// is the same whichever folder the spec was read from.
    var specFileName: String
    /// The access level of every consumer-visible declaration.
    var accessLevel: AccessLevel
    /// The table's type; nested types hang below it.
    var root: TypeDeclaration

    /// How many attributes the table has at the top level.
    var topLevelAttributeCount: Int { root.properties.count }

    /// How many attributes it has at every depth, nested fields included.
    var totalAttributeCount: Int { allTypes.reduce(0) { $0 + $1.properties.count } }

    /// Every type of the file, the root first, then each nested type before its own children,
    /// in spec order: the order renderers emit conformances and sections in.
    var allTypes: [TypeDeclaration] {
        var result: [TypeDeclaration] = []
        func visit(_ type: TypeDeclaration) {
            result.append(type)
            type.nestedTypes.forEach(visit)
        }
        visit(root)
        return result
    }
}
