import AttributeSpec

/// Renders the code model as one Swift source file: the only place that knows Swift's
/// punctuation.
///
/// Standard names are always module-qualified (`Swift.String`, `Foundation.Date`) so that a
/// generated nested type called `String` or `Date` cannot change what they mean, and generated
/// types are referred to by their simple name from the type that declares them.
struct SwiftRenderer {
    /// The access level keyword written on every consumer-visible declaration.
    let access: String

    /// Renders `file` as Swift source ending with one newline.
    static func render(_ file: CodeFile) -> String {
        let renderer = SwiftRenderer(access: file.accessLevel.rawValue)
        var printer = Printer()
        renderer.printHeader(of: file, to: &printer)
        renderer.printStruct(file.root, to: &printer)
        for type in file.allTypes {
            printer.print()
            renderer.printMappingExtension(for: type, to: &printer)
        }
        return printer.contents
    }

    private func printHeader(of file: CodeFile, to printer: inout Printer) {
        printer.print("// " + GeneratedFile.header(from: SwiftText.commentInline(file.specFileName)))
        printer.print("// swift-format-ignore-file")
        printer.print("// swiftlint:disable all")
        printer.print()
        printer.print("import AttributeRuntime")
        printer.print("import Foundation")
        printer.print()
    }

    // MARK: - Types

    private func printStruct(_ type: TypeDeclaration, to printer: inout Printer) {
        var facts: [(String, String)] = []
        if let resource = type.resource {
            facts.append(("Resource", resource))
        }
        // DocC takes the first paragraph as the summary, so a type without a description still
        // gets one that says what it models.
        let summary = type.description
            ?? type.resource.map { "The `\(SwiftText.commentInline($0))` table." }
            ?? "The fields of `\(SwiftText.commentInline(type.attributePath.joined(separator: ".")))`."
        printDocComment(description: summary, facts: facts, to: &printer)
        printer.block("\(access) struct \(type.name): Swift.Codable, Swift.Hashable, Swift.Sendable {") { body in
            for property in type.properties {
                printProperty(property, to: &body)
                body.print()
            }
            printMemberwiseInit(type, to: &body)
            if !type.properties.isEmpty {
                // With no properties the synthesised conformance is right. The record keys are
                // the spec's names, passed as strings to the runtime's record coders rather
                // than declared in a `CodingKeys` enum: the enum's derived conformances cost
                // more to compile than the rest of the Codable code.
                body.print()
                printDecodingInit(type, to: &body)
                body.print()
                printEncode(type, to: &body)
            }
            for nested in type.nestedTypes {
                body.print()
                printStruct(nested, to: &body)
            }
            for property in type.properties {
                guard let set = property.attribute.knownValues else { continue }
                body.print()
                printKnownValues(set, of: property.attribute, property: property.name, to: &body)
            }
        }
    }

    private func printProperty(_ property: PropertyDeclaration, to printer: inout Printer) {
        let attribute = property.attribute
        var facts = [("Attribute", attribute.name), ("Type", attribute.type.rawValue)]
        if let providerName = attribute.providerName {
            facts.append(("Provider name", providerName))
        }
        if let format = attribute.timestampFormat {
            facts.append(("Timestamp format", format.rawValue))
        }
        if let set = attribute.knownValues {
            facts.append(("Known values", set.typeName))
        }
        let summary = attribute.description ?? Self.origin(of: attribute)
        printDocComment(description: summary, facts: facts, to: &printer)
        let type = "\(spelling(of: property.type))?"
        guard let deprecation = attribute.deprecation else {
            printer.print("\(access) var \(identifier(property.name)): \(type)")
            return
        }
        // The public name is an accessor over private storage: generated code uses the storage,
        // so only consumers see the deprecation warning.
        let message = deprecation.message.map { ", message: \(SwiftText.stringLiteral($0))" } ?? ""
        let storage = "self.\(identifier(property.storageName))"
        printer.print("@available(*, deprecated\(message))")
        printer.block("\(access) var \(identifier(property.name)): \(type) {") { accessors in
            accessors.print("get { \(storage) }")
            accessors.print("set { \(storage) = newValue }")
        }
        printer.print("private var \(identifier(property.storageName)): \(type)")
    }

    /// What is known of an attribute without a description, as its summary: its spec type and
    /// where a mapper finds its value.
    static func origin(of attribute: AttributeInfo) -> String {
        let type = "A value of spec type `\(attribute.type.rawValue)`"
        guard let providerName = attribute.providerName else {
            return "\(type) that the caller supplies when mapping; the provider does not send it."
        }
        return "\(type), mapped from the provider's `\(SwiftText.commentInline(providerName))`."
    }

    private func printMemberwiseInit(_ type: TypeDeclaration, to printer: inout Printer) {
        guard !type.properties.isEmpty else {
            printer.print("/// Creates the value; the type has no properties.")
            printer.print("\(access) init() {}")
            return
        }
        printer.print("/// Creates a value from its properties; a property left out is `nil`.")
        let properties = type.properties
        printer.print("\(access) init(")
        printer.indent { list in
            for (index, property) in properties.enumerated() {
                let label = property.parameterName == property.name
                    ? identifier(property.name)
                    : "\(identifier(property.name)) \(property.parameterName)"
                let comma = index == properties.count - 1 ? "" : ","
                list.print("\(label): \(spelling(of: property.type))? = nil\(comma)")
            }
        }
        printer.block(") {") { body in
            for property in properties {
                body.print("self.\(identifier(property.storageName)) = \(identifier(property.parameterName))")
            }
        }
    }

    private func printDecodingInit(_ type: TypeDeclaration, to printer: inout Printer) {
        printer.block("\(access) init(from decoder: any Swift.Decoder) throws {") { body in
            body.print("let record = try AttributeRuntime.RecordDecoder(decoder)")
            for property in type.properties {
                let key = SwiftText.stringLiteral(property.codingKey)
                // Records carry timestamps as RFC 3339 text whatever the decoder's date
                // strategy (`timestamp`), so that a record file reads the same everywhere.
                let call = switch property.type {
                case .nested, .array(.nested): "value(\(key), as: \(spelling(of: property.type)).self)"
                default: "\(runtimeMethodName(for: property.attribute.type))(\(key))"
                }
                body.print("self.\(identifier(property.storageName)) = try record.\(call)")
            }
        }
    }

    private func printEncode(_ type: TypeDeclaration, to printer: inout Printer) {
        printer.block("\(access) func encode(to encoder: any Swift.Encoder) throws {") { body in
            body.print("var record = AttributeRuntime.RecordEncoder(encoder)")
            for property in type.properties {
                let method = switch property.type {
                case .nested, .array(.nested): "value"
                default: runtimeMethodName(for: property.attribute.type)
                }
                body.print("try record.\(method)(self.\(identifier(property.storageName)), forKey: \(SwiftText.stringLiteral(property.codingKey)))")
            }
        }
    }

    // MARK: - Spelling

    /// `name` where an identifier stands: keywords in backticks.
    func identifier(_ name: String) -> String {
        SwiftNaming.escapedIdentifier(name)
    }

    /// The Swift spelling of a value type, as seen from the type that declares the property.
    func spelling(of type: TypeReference) -> String {
        type.swiftSpelling(.generatedCode)
    }

    /// A `///` comment: the description's lines, a blank line, then one `- Label: `value``
    /// line per fact.
    private func printDocComment(description: String?, facts: [(String, String)], to printer: inout Printer) {
        if let description {
            for line in SwiftText.docCommentLines(description) {
                printer.print(line)
            }
            if !facts.isEmpty {
                printer.print("///")
            }
        }
        for (label, value) in facts {
            printer.print("/// - \(label): `\(SwiftText.commentInline(value))`")
        }
    }
}
