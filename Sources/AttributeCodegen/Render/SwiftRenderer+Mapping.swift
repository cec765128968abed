import AttributeSpec

extension SwiftRenderer {
    /// Conforms one generated type to the runtime's provider mapping protocol.
    ///
    /// Reading passes each attribute's spec name along with its provider path so the runtime
    /// can report where a bad value came from; attributes without a provider name are read from
    /// the caller's context and never written back.
    func printMappingExtension(for type: TypeDeclaration, to printer: inout Printer) {
        let qualified = type.path.joined(separator: ".")
        printer.block("extension \(qualified): AttributeRuntime.ProviderMappable {") { body in
            printMappingInit(type, to: &body)
            body.print()
            printWrite(type, to: &body)
        }
    }

    private func printMappingInit(_ type: TypeDeclaration, to printer: inout Printer) {
        let signature = "\(access) init(mapping reader: inout AttributeRuntime.ProviderReader)"
        guard !type.properties.isEmpty else {
            printer.block("\(signature) {") { $0.print("self.init()") }
            return
        }
        printer.block("\(signature) {") { body in
            body.print("self.init(")
            body.indent { list in
                for (index, property) in type.properties.enumerated() {
                    let comma = index == type.properties.count - 1 ? "" : ","
                    list.print("\(SwiftNaming.argumentLabel(property.name)): \(readCall(for: property))\(comma)")
                }
            }
            body.print(")")
        }
    }

    private func printWrite(_ type: TypeDeclaration, to printer: inout Printer) {
        let signature = "\(access) func write(to writer: inout AttributeRuntime.ProviderWriter)"
        let written = type.properties.compactMap { property in
            property.attribute.providerName.map { (property, $0) }
        }
        guard !written.isEmpty else {
            printer.print("\(signature) {}")
            return
        }
        printer.block("\(signature) {") { body in
            for (property, providerName) in written {
                let value = "self.\(identifier(property.storageName))"
                let method = runtimeMethodName(for: property.attribute.type)
                let format = property.attribute.timestampFormat.map { ", format: \(Self.formatArgument($0))" } ?? ""
                body.print("writer.\(method)(\(value), at: \(SwiftText.stringLiteral(providerName))\(format))")
            }
        }
    }

    /// The reader call that produces one property's value.
    private func readCall(for property: PropertyDeclaration) -> String {
        let attribute = property.attribute
        let path = attribute.providerName.map(SwiftText.stringLiteral) ?? "nil"
        let arguments = "\(path), attribute: \(SwiftText.stringLiteral(attribute.name))"
        switch property.type {
        case .nested:
            return "reader.structure(\(arguments), as: \(spelling(of: property.type)).self)"
        case .array(let element) where element.isNested:
            return "reader.structureList(\(arguments), as: \(spelling(of: element)).self)"
        default:
            let format = attribute.timestampFormat.map { ", format: \(Self.formatArgument($0))" } ?? ""
            // Known values travel with the call only for the values check; the value itself is
            // read as it is, known or not.
            let values = attribute.knownValues.map { ", knownValues: \($0.typeName).allValues, closed: \($0.isClosed)" } ?? ""
            return "reader.\(runtimeMethodName(for: attribute.type))(\(arguments)\(format)\(values))"
        }
    }

    /// The runtime's `TimestampFormat` case for a spec's `timestamp_format`.
    static func formatArgument(_ format: TimestampFormat) -> String {
        switch format {
        case .epochSecondsOrRFC3339: ".epochSecondsOrRFC3339"
        case .epochSeconds: ".epochSeconds"
        case .epochMilliseconds: ".epochMilliseconds"
        case .rfc3339: ".rfc3339"
        }
    }

    /// The name shared by the `ProviderReader`, `ProviderWriter`, `RecordDecoder` and
    /// `RecordEncoder` methods for one attribute type.
    func runtimeMethodName(for type: AttributeType) -> String {
        switch type {
        case .string: "string"
        case .int32: "int32"
        case .int64: "int64"
        case .boolean: "bool"
        case .double: "double"
        case .float: "float"
        case .timestamp: "timestamp"
        case .unorderedListString: "stringList"
        case .unorderedListInt32: "int32List"
        case .mapStringString: "stringMap"
        case .structure: "structure"
        case .unorderedListStruct: "structureList"
        }
    }
}

extension TypeReference {
    /// Whether the reference names a generated type.
    fileprivate var isNested: Bool {
        if case .nested = self { return true }
        return false
    }
}
