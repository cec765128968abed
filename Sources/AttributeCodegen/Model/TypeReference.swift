/// The type of a generated property's value, named by meaning rather than by spelling, so that
/// each renderer chooses how to write it.
indirect enum TypeReference: Hashable, Sendable {
    /// Text.
    case string
    /// A 32-bit signed integer.
    case int32
    /// A 64-bit signed integer.
    case int64
    /// A Boolean.
    case bool
    /// A 64-bit floating-point number.
    case double
    /// A 32-bit floating-point number.
    case float
    /// A point in time.
    case timestamp
    /// A generated type, by its path from the root type: `["AWSSagemakerCompilationJob", "InputConfig"]`.
    /// The type is always nested directly in the type that declares the property.
    case nested([String])
    /// A list of values.
    case array(TypeReference)
    /// A map from keys to values.
    case dictionary(key: TypeReference, value: TypeReference)
}

extension TypeReference {
    /// Where a Swift spelling of a type is read, which decides how it is qualified.
    enum SwiftSpellingContext {
        /// Inside the generated file, from the type that declares the property: standard types
        /// module-qualified (`Swift.String`), so a nested type named `String` cannot change
        /// them; generated types by their simple name.
        case generatedCode
        /// In documentation, outside the file: standard types plain (`String`), generated types
        /// by their full path (`AWSSagemakerCompilationJob.OutputConfig`).
        case documentation
    }

    /// The one Swift spelling of the type, in either context.
    func swiftSpelling(_ context: SwiftSpellingContext) -> String {
        let standard: (module: String, name: String)
        switch self {
        case .string: standard = ("Swift", "String")
        case .int32: standard = ("Swift", "Int32")
        case .int64: standard = ("Swift", "Int64")
        case .bool: standard = ("Swift", "Bool")
        case .double: standard = ("Swift", "Double")
        case .float: standard = ("Swift", "Float")
        case .timestamp: standard = ("Foundation", "Date")
        case .nested(let path):
            return context == .generatedCode ? path.last ?? "" : path.joined(separator: ".")
        case .array(let element):
            return "[\(element.swiftSpelling(context))]"
        case .dictionary(let key, let value):
            return "[\(key.swiftSpelling(context)): \(value.swiftSpelling(context))]"
        }
        return context == .generatedCode ? standard.module + "." + standard.name : standard.name
    }
}
