import AttributeSpec

/// Renders a table the way a person would write it by hand without the generator: plain
/// structs with the same stored properties, nested types and JSON keys, and conformances the
/// compiler synthesises (`Codable`, `Hashable`, `Sendable`, the memberwise initialiser).
///
/// It exists for the compile-cost benchmark, which compares the generated code against this
/// baseline built from the same spec; no consumer sees it, and no stage of the pipeline calls it.
/// It lives in this module, in its own folder rather than among the renderers, because it reads
/// the code model, which is internal to the module. Records written by the baseline use
/// the encoder's date strategy rather than RFC 3339 text, and it has no doc comments and no
/// mappers: it is the floor a generator has to beat, not an equivalent.
package enum PlainCodableRenderer {
    /// The baseline source for one spec file, or `nil` when the spec does not validate.
    ///
    /// - Parameter conformances: what each struct conforms to; the generated types'
    ///   `Codable, Hashable, Sendable` unless the benchmark asks for less.
    package static func render(specBytes: [UInt8], file: String, conformances: String = "Codable, Hashable, Sendable") -> String? {
        let loaded = SpecFile.load(specBytes, file: file)
        guard let spec = loaded.spec, !loaded.diagnostics.containsErrors else { return nil }
        let code = CodeTranslator.translate(spec, options: GeneratorOptions())
        var printer = Printer()
        printer.print("import Foundation")
        printer.print()
        // As a person would, qualify a standard name only where a nested type shadows it.
        let shadowed = Set(code.allTypes.map(\.name))
        printStruct(code.root, conformances: conformances, shadowed: shadowed, to: &printer)
        return printer.contents
    }

    private static func printStruct(_ type: TypeDeclaration, conformances: String, shadowed: Set<String>, to printer: inout Printer) {
        let renderer = SwiftRenderer(access: AccessLevel.public.rawValue)
        printer.block("public struct \(type.name): \(conformances) {") { body in
            for property in type.properties {
                body.print("public var \(renderer.identifier(property.name)): \(plainSpelling(of: property.type, shadowed: shadowed))?")
            }
            if !type.properties.isEmpty {
                body.print()
                // A nested type named `String` would otherwise be the keys' raw type.
                let raw = shadowed.contains("String") ? "Swift.String" : "String"
                body.block("enum CodingKeys: \(raw), CodingKey {") { keys in
                    for property in type.properties {
                        keys.print("case \(renderer.identifier(property.name)) = \(SwiftText.stringLiteral(property.codingKey))")
                    }
                }
            }
            for nested in type.nestedTypes {
                body.print()
                printStruct(nested, conformances: conformances, shadowed: shadowed, to: &body)
            }
        }
    }

    /// Type names as a person writes them: unqualified unless a nested type has the same name.
    private static func plainSpelling(of type: TypeReference, shadowed: Set<String>) -> String {
        func standard(_ module: String, _ name: String) -> String {
            shadowed.contains(name) ? "\(module).\(name)" : name
        }
        switch type {
        case .string: return standard("Swift", "String")
        case .int32: return standard("Swift", "Int32")
        case .int64: return standard("Swift", "Int64")
        case .bool: return standard("Swift", "Bool")
        case .double: return standard("Swift", "Double")
        case .float: return standard("Swift", "Float")
        case .timestamp: return standard("Foundation", "Date")
        case .nested(let path): return path.last ?? ""
        case .array(let element): return "[\(plainSpelling(of: element, shadowed: shadowed))]"
        case .dictionary(let key, let value):
            return "[\(plainSpelling(of: key, shadowed: shadowed)): \(plainSpelling(of: value, shadowed: shadowed))]"
        }
    }
}
