/// The rules for an attribute's known values (`values`, `values_closed`), and the Swift
/// constant each value becomes.
///
/// Errors: the keys on a type that is not `STRING` or `UNORDERED_LIST_STRING`, `values_closed`
/// without `values`, an empty list, an empty value, a value listed twice. Warnings, not errors,
/// for a value that cannot name a constant (no letter or digit) or whose constant an earlier
/// value already took: it stays a known value (in `allValues`, in the docs, in the check), it
/// only has no constant of its own.
enum KnownValueRules {
    /// Checks the attribute's known values and decides their constant names, one per value in
    /// spec order (`nil` where a value gets none); `nil` when the attribute has no values.
    static func check(_ attribute: Attribute, diagnostics: inout [Diagnostic]) -> [String?]? {
        let type = attribute.type.value
        let takesValues = type == .string || type == .unorderedListString
        if let closed = attribute.valuesClosed {
            if !takesValues {
                diagnostics.append(.misplacedValues(key: SpecKey.valuesClosed.rawValue, type: type, at: closed.location))
            } else if attribute.values == nil {
                diagnostics.append(.closedWithoutValues(at: closed.location))
            }
        }
        guard let values = attribute.values else { return nil }
        let location = attribute.valuesLocation ?? attribute.location
        guard takesValues else {
            diagnostics.append(.misplacedValues(key: SpecKey.values.rawValue, type: type, at: location))
            return nil
        }
        if values.isEmpty {
            diagnostics.append(.emptyList(SpecKey.values.rawValue, at: location))
        }
        var seen: [String: SourceLocation] = [:]
        var constants: [String: String] = [:]
        var names: [String?] = []
        for known in values {
            let value = known.value
            if value.value.isEmpty {
                diagnostics.append(.emptyKnownValue(at: value.location))
                names.append(nil)
                continue
            }
            if let first = seen[value.value] {
                diagnostics.append(.duplicateKnownValue(value.value, first: first, at: value.location))
                names.append(nil)
                continue
            }
            seen[value.value] = value.location
            guard let name = SwiftNaming.valueConstantName(for: value.value) else {
                diagnostics.append(.unnamedKnownValue(value.value, at: value.location))
                names.append(nil)
                continue
            }
            if let other = constants[name] {
                diagnostics.append(.knownValueNameCollision(value.value, name: name, other: other, at: value.location))
                names.append(nil)
                continue
            }
            constants[name] = value.value
            names.append(name)
        }
        return names
    }
}

extension Diagnostic {
    /// `values` or `values_closed` on a type that holds no strings.
    static func misplacedValues(key: String, type: AttributeType, at location: SourceLocation) -> Diagnostic {
        .error("'\(key)' applies to STRING and UNORDERED_LIST_STRING only, not \(type.rawValue)", at: location)
    }

    /// `values_closed` on an attribute without `values`.
    static func closedWithoutValues(at location: SourceLocation) -> Diagnostic {
        .error("'values_closed' needs a 'values' list to close", at: location)
    }

    /// A known value that is the empty string.
    static func emptyKnownValue(at location: SourceLocation) -> Diagnostic {
        .error("a known value must not be empty", at: location)
    }

    /// A known value listed twice.
    static func duplicateKnownValue(_ value: String, first: SourceLocation, at location: SourceLocation) -> Diagnostic {
        .error("duplicate value '\(value)'", at: location, note: "first listed here", noteLocation: first)
    }

    /// A known value with no letter or digit to name a Swift constant after.
    static func unnamedKnownValue(_ value: String, at location: SourceLocation) -> Diagnostic {
        .warning(
            "value '\(value)' has no letter or digit to name a Swift constant; it gets none",
            at: location,
            note: "it is still a known value: listed in 'allValues', in the docs and by the values check"
        )
    }

    /// Two known values whose Swift constants would have the same name.
    static func knownValueNameCollision(_ value: String, name: String, other: String, at location: SourceLocation) -> Diagnostic {
        .warning(
            "value '\(value)' would get the Swift constant '\(name)', which '\(other)' already has; it gets none",
            at: location,
            note: "it is still a known value: listed in 'allValues', in the docs and by the values check"
        )
    }
}
