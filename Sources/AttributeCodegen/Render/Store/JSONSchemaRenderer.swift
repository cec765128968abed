import AttributeSpec

/// Renders the code model as a JSON Schema (2020-12) of the table's *record*: the JSON the
/// generated `Codable` code writes, and exactly what it accepts when reading.
///
/// What the generated decoder accepts decides every keyword:
/// - every attribute may be absent or `null` (each property is optional), but a list's
///   elements and a map's values may not be `null`;
/// - keys the type does not know are ignored by the decoder, so `additionalProperties` is
///   `true` at every level: a record written by a newer spec still validates;
/// - `INT32` and `INT64` carry their ranges, `DOUBLE` and `FLOAT` the numbers that decode as a
///   finite value of their type (`FLOAT` also refuses a non-zero number too small for it);
/// - `TIMESTAMP` is the record's text form, RFC 3339 as `AttributeRuntime.Timestamp` reads it:
///   `T`, `t` or a space before the time, any number of fraction digits, `Z`, `z` or an offset
///   `+02:00`, `+0200` or `+02`, and no impossible date (February 29 only in leap years).
///   No `format` keyword: `date-time` would refuse the space and the short offsets that the
///   decoder takes.
enum JSONSchemaRenderer {
    /// The dialect every schema declares.
    static let dialect = "https://json-schema.org/draft/2020-12/schema"

    /// Renders `file` as a JSON Schema document ending with one newline.
    static func render(_ file: CodeFile) -> String {
        // The header comes first: the tool recognises its files by the marker on line 1.
        var members: [(key: String, value: JSONText)] = [
            ("$comment", .string(GeneratedFile.header(from: file.specFileName))),
            ("$schema", .string(dialect)),
            ("title", .string(file.root.resource ?? file.root.name)),
        ]
        if let description = file.root.description {
            members.append(("description", .string(description)))
        }
        members += objectKeywords(file.root, nullable: false)
        if file.allTypes.contains(where: { $0.properties.contains { $0.attribute.type == .timestamp } }) {
            members.append(("$defs", .object([(timestampDefinition, .object([
                ("description", .string("A point in time as the record holds it: RFC 3339 text, such as 2026-11-24T17:45:02.557Z.")),
                ("pattern", .string(timestampPattern)),
            ]))])))
        }
        return JSONText.object(members).printedWithFirstMemberOnFirstLine
    }

    /// The keywords of an object of `type`'s properties.
    private static func objectKeywords(_ type: TypeDeclaration, nullable: Bool) -> [(key: String, value: JSONText)] {
        var members: [(key: String, value: JSONText)] = [("type", typeKeyword("object", nullable: nullable))]
        if !type.properties.isEmpty {
            members.append(("properties", .object(type.properties.map { ($0.codingKey, schema(of: $0, in: type)) })))
        }
        members.append(("additionalProperties", .bool(true)))
        return members
    }

    private static func schema(of property: PropertyDeclaration, in type: TypeDeclaration) -> JSONText {
        let attribute = property.attribute
        var members: [(key: String, value: JSONText)] = []
        if let description = attribute.description {
            members.append(("description", .string(description)))
        }
        if let deprecation = attribute.deprecation {
            members.append(("deprecated", .bool(true)))
            if let message = deprecation.message {
                members.append(("$comment", .string("Deprecated: " + message)))
            }
        }
        var value = valueKeywords(property.type, nullable: true, in: type)
        if let set = attribute.knownValues {
            if case .array = property.type, let items = value.firstIndex(where: { $0.key == "items" }),
               case .object(let itemMembers) = value[items].value {
                value[items].value = .object(itemMembers + knownValueKeywords(set, nullable: false))
            } else {
                value += knownValueKeywords(set, nullable: true)
            }
        }
        members += value
        return .object(members)
    }

    /// A closed set is an `enum` (with `null` where the value may be absent): a record holding
    /// another value breaks the spec's promise. An open set only annotates (`examples`), so a
    /// value the provider added since validates as it maps.
    private static func knownValueKeywords(_ set: KnownValueSet, nullable: Bool) -> [(key: String, value: JSONText)] {
        let values = set.values.map { JSONText.string($0.value) }
        guard set.isClosed else { return [("examples", .array(values))] }
        return [("enum", .array(nullable ? values + [.null] : values))]
    }

    /// The keywords that constrain a value of `type`; `nullable` lets it be `null` too.
    private static func valueKeywords(_ type: TypeReference, nullable: Bool, in parent: TypeDeclaration) -> [(key: String, value: JSONText)] {
        switch type {
        case .string:
            return [("type", typeKeyword("string", nullable: nullable))]
        case .int32:
            return integer(Int64(Int32.min), Int64(Int32.max), nullable: nullable)
        case .int64:
            return integer(Int64.min, Int64.max, nullable: nullable)
        case .bool:
            return [("type", typeKeyword("boolean", nullable: nullable))]
        case .double:
            return [
                ("type", typeKeyword("number", nullable: nullable)),
                ("minimum", .number("-1.7976931348623157e308")),
                ("maximum", .number("1.7976931348623157e308")),
            ]
        case .float:
            // The decoder reads a FLOAT's text as a `Float`: it refuses what rounds to infinity
            // (from 2^128 - 2^103 up) and a non-zero number that rounds to zero (2^-150 or less).
            return [
                ("type", typeKeyword("number", nullable: nullable)),
                ("exclusiveMinimum", .number("-340282356779733661637539395458142568448")),
                ("exclusiveMaximum", .number("340282356779733661637539395458142568448")),
                ("not", .object([
                    ("type", .string("number")),
                    ("minimum", .number("-7.0064923216240854e-46")),
                    ("maximum", .number("7.0064923216240854e-46")),
                    ("not", .object([("const", .integer(0))])),
                ])),
            ]
        case .timestamp:
            return [("type", typeKeyword("string", nullable: nullable)), ("$ref", .string("#/$defs/" + timestampDefinition))]
        case .array(let element):
            return [("type", typeKeyword("array", nullable: nullable)), ("items", .object(valueKeywords(element, nullable: false, in: parent)))]
        case .dictionary(_, let value):
            return [
                ("type", typeKeyword("object", nullable: nullable)),
                ("additionalProperties", .object(valueKeywords(value, nullable: false, in: parent))),
            ]
        case .nested(let path):
            guard let nested = parent.nestedTypes.first(where: { $0.path == path }) else {
                // The translator declares every nested type in the type that uses it.
                preconditionFailure("nested type \(path) is not declared in \(parent.path)")
            }
            return objectKeywords(nested, nullable: nullable)
        }
    }

    /// The name under `$defs` of the timestamp pattern that every TIMESTAMP refers to.
    static let timestampDefinition = "timestamp"

    private static func typeKeyword(_ name: String, nullable: Bool) -> JSONText {
        nullable ? .array([.string(name), .string("null")]) : .string(name)
    }

    private static func integer(_ minimum: Int64, _ maximum: Int64, nullable: Bool) -> [(key: String, value: JSONText)] {
        [("type", typeKeyword("integer", nullable: nullable)), ("minimum", .integer(minimum)), ("maximum", .integer(maximum))]
    }


    /// RFC 3339 as the record decoder reads it, in the regular-expression syntax that JSON
    /// Schema validators share (ECMA-262 and its common subset with Python's and others').
    ///
    /// The date part allows only real dates; the leap years are the years divisible by 4 but
    /// not by 100 (last two digits 04 … 96) and the years divisible by 400 (0000, 0400, …).
    /// `$(?!\n)` ends the text: some engines (Python's) let `$` match before a final newline,
    /// which the decoder refuses.
    static let timestampPattern: String = {
        let day28 = "(?:0[1-9]|1[0-9]|2[0-8])"
        let monthDay = "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-\(day28))"
        let leapYear = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)"
        let date = "(?:[0-9]{4}-\(monthDay)|\(leapYear)-02-29)"
        let time = "(?:[01][0-9]|2[0-3]):[0-5][0-9]:(?:[0-5][0-9]|60)(?:\\.[0-9]+)?"
        let offset = "(?:[Zz]|[+-](?:[01][0-9]|2[0-3])(?::?[0-5][0-9])?)"
        return "^\(date)[Tt ]\(time)\(offset)$(?!\\n)"
    }()
}
