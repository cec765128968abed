import AttributeSpec

extension SwiftRenderer {
    /// Declares the known values of one attribute as a caseless enum of `Swift.String`
    /// constants, nested in the type that declares the property.
    ///
    /// The property itself stays `Swift.String`: a value outside the set is still a value, kept
    /// byte for byte from payload to record and back, and code written against the `String`
    /// property keeps compiling. The constants make the values discoverable and checked by the
    /// compiler (`job.status == AWSSagemakerCompilationJob.CompilationJobStatusValues.failed`,
    /// `case CompilationJobStatusValues.failed:` in a `switch`), at the compile cost of one
    /// computed `static var` each: no conformance, no `switch` over the values, no
    /// `init(rawValue:)`. Computed rather than `static let`: a stored static is a lazily
    /// initialized global with its own accessor and initializer, which a module's `emit-module`
    /// job type-checks and emits for every value; a computed property's body is skipped there
    /// (on 1,000 imported tables the interface costs 0.75 of the same enums with `static let`,
    /// `Benchmarks/EditLoop/emit_module_variants.py`).
    func printKnownValues(_ set: KnownValueSet, of attribute: AttributeInfo, property: String, to printer: inout Printer) {
        printer.print("/// The known values of `\(SwiftText.commentInline(attribute.name))`, for comparing with `\(SwiftText.commentInline(property))`.")
        printer.print("///")
        if set.isClosed {
            printer.print("/// A closed set (`values_closed: true`): the spec declares these the only values there are.")
            printer.print("/// Any other value still maps and round-trips unchanged; the values check reports it.")
        } else {
            printer.print("/// An open set: the provider may send other values, which map and round-trip unchanged.")
        }
        printer.block("\(access) enum \(set.typeName) {") { body in
            for value in set.values {
                guard let name = value.constantName else { continue }
                let code = "`\(SwiftText.commentInline(value.value))`"
                if let description = value.description {
                    for line in SwiftText.docCommentLines(description) { body.print(line) }
                    body.print("///")
                    body.print("/// - Value: \(code)")
                } else {
                    body.print("/// The value \(code).")
                }
                body.print("\(access) static var \(identifier(name)): Swift.String { \(SwiftText.stringLiteral(value.value)) }")
            }
            body.print("/// Every known value, in the spec's order.")
            body.print("\(access) static var allValues: [Swift.String] {")
            body.indent { getter in
                getter.print("[")
                getter.indent { list in
                    for value in set.values {
                        list.print(SwiftText.stringLiteral(value.value) + ",")
                    }
                }
                getter.print("]")
            }
            body.print("}")
            body.print("/// Whether `allValues` are all the values there are (`values_closed`).")
            body.print("\(access) static var isClosed: Swift.Bool { \(set.isClosed) }")
        }
    }
}
