import Testing
@testable import AttributeSpec

@Suite("Swift naming")
struct SwiftNamingTests {
    @Test("snake_case to lowerCamelCase", arguments: [
        ("compilation_job_arn", "compilationJobArn"),
        ("s3_uri", "s3Uri"),
        ("kms_key_id", "kmsKeyId"),
        ("foo__bar", "fooBar"),
        ("_leading", "leading"),
        ("ipv4_address", "ipv4Address"),
        ("default", "default"),
        ("Not_snake_Case", "NotSnakeCase"),
        ("é_ü_x", "éÜX"),
    ])
    func propertyName(snake: String, expected: String) {
        #expect(SwiftNaming.propertyName(forSnakeCase: snake) == expected)
    }

    @Test("names no identifier can represent", arguments: ["_", "__", "3d_model", "_9"])
    func unrepresentable(snake: String) {
        #expect(SwiftNaming.propertyName(forSnakeCase: snake) == nil)
    }

    @Test("type names", arguments: [
        ("aws_sagemaker_compilation_job", "AwsSagemakerCompilationJob"),
        ("input_config", "InputConfig"),
        ("error", "Error"),
        ("x9_y", "X9Y"),
        ("ü_b", "ÜB"),
    ])
    func typeName(snake: String, expected: String) {
        #expect(SwiftNaming.typeName(forSnakeCase: snake) == expected)
    }

    @Test("element type names of lists of structs", arguments: [
        ("SecurityGroups", "SecurityGroup"),
        ("Policies", "Policy"),
        ("Addresses", "Address"),
        ("Data", "DataItem"),
        ("Status", "StatusItem"),
        ("Boxes", "Box"),
    ])
    func elementName(list: String, expected: String) {
        #expect(SwiftNaming.elementTypeName(forListType: list) == expected)
    }

    @Test("keywords are escaped, other names are not")
    func escaping() {
        #expect(SwiftNaming.escapedIdentifier("default") == "`default`")
        #expect(SwiftNaming.escapedIdentifier("self") == "`self`")
        #expect(SwiftNaming.escapedIdentifier("type") == "type")
    }

    @Test("unique type names avoid reserved names and each other")
    func uniqueNames() {
        #expect(SwiftNaming.uniqueTypeNames(["Item", "Item", "Type", "CodingKeys"], avoiding: ["Job"]) == ["Item", "ItemItem", "TypeItem", "CodingKeysItem"])
        #expect(SwiftNaming.uniqueTypeNames(["Job"], avoiding: ["Job"]) == ["JobItem"])
    }

    @Test("nested types never take the name of a module generated code qualifies with")
    func moduleNames() {
        #expect(SwiftNaming.uniqueTypeNames(["Swift", "Foundation", "AttributeRuntime"]) == ["SwiftItem", "FoundationItem", "AttributeRuntimeItem"])
    }

    @Test("argument labels in calls escape only what a call requires", arguments: [
        ("default", "default"), ("self", "self"), ("in", "in"), ("name", "name"),
        ("inout", "`inout`"), ("var", "var"), ("let", "let"),
    ])
    func argumentLabels(name: String, expected: String) {
        #expect(SwiftNaming.argumentLabel(name) == expected)
    }

    @Test("initialiser parameter names", arguments: [
        ("name", [String](), "name"),
        ("default", [], "default"),
        ("self", [], "selfValue"),
        ("self", ["selfValue"], "selfValue2"),
        ("self", ["selfValue", "selfValue2"], "selfValue3"),
    ])
    func parameterNames(property: String, others: [String], expected: String) {
        #expect(SwiftNaming.parameterName(forProperty: property, avoiding: Set(others)) == expected)
    }

    @Test("snake_case and identifier checks")
    func checks() {
        #expect(SwiftNaming.isSnakeCase("foo_bar_2"))
        #expect(!SwiftNaming.isSnakeCase("fooBar"))
        #expect(!SwiftNaming.isSnakeCase(""))
        #expect(SwiftNaming.isIdentifier("jobARN"))
        #expect(!SwiftNaming.isIdentifier("2x"))
        #expect(!SwiftNaming.isIdentifier("a-b"))
    }
}
