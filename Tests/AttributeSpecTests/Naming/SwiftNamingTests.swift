import Testing
@testable import AttributeSpec

@Suite("Swift naming")
struct SwiftNamingTests {
    /// One table for the acronym rule: snake_case in, the property and type names of both
    /// styles out.
    @Test("snake_case to Swift names, with and without the acronym table", arguments: [
        // snake_case, property (guidelines), type (guidelines), property (literal), type (literal)
        ("compilation_job_arn", "compilationJobARN", "CompilationJobARN", "compilationJobArn", "CompilationJobArn"),
        ("kms_key_id", "kmsKeyID", "KMSKeyID", "kmsKeyId", "KmsKeyId"),
        ("vpc_config", "vpcConfig", "VPCConfig", "vpcConfig", "VpcConfig"),
        ("security_group_ids", "securityGroupIDs", "SecurityGroupIDs", "securityGroupIds", "SecurityGroupIds"),
        ("s3_uri", "s3URI", "S3URI", "s3Uri", "S3Uri"),
        ("ipv6_address", "ipv6Address", "IPv6Address", "ipv6Address", "Ipv6Address"),
        ("source_ipv6_cidr", "sourceIPv6CIDR", "SourceIPv6CIDR", "sourceIpv6Cidr", "SourceIpv6Cidr"),
        ("aws_sagemaker_compilation_job", "awsSagemakerCompilationJob", "AWSSagemakerCompilationJob", "awsSagemakerCompilationJob", "AwsSagemakerCompilationJob"),
        ("http_url", "httpURL", "HTTPURL", "httpUrl", "HttpUrl"),
        ("id", "id", "ID", "id", "Id"),
        ("ids", "ids", "IDs", "ids", "Ids"),
        ("status", "status", "Status", "status", "Status"),
        ("ips", "ips", "IPs", "ips", "Ips"),
        ("foo__bar", "fooBar", "FooBar", "fooBar", "FooBar"),
        ("_leading", "leading", "Leading", "leading", "Leading"),
        ("default", "default", "Default", "default", "Default"),
        ("Not_snake_Case", "NotSnakeCase", "NotSnakeCase", "NotSnakeCase", "NotSnakeCase"),
        ("é_ü_x", "éÜX", "ÉÜX", "éÜX", "ÉÜX"),
        ("x9_y", "x9Y", "X9Y", "x9Y", "X9Y"),
    ])
    func names(snake: String, property: String, type: String, literalProperty: String, literalType: String) {
        #expect(SwiftNaming.propertyName(forSnakeCase: snake, acronyms: .apiGuidelines) == property)
        #expect(SwiftNaming.typeName(forSnakeCase: snake, acronyms: .apiGuidelines) == type)
        #expect(SwiftNaming.propertyName(forSnakeCase: snake, acronyms: .literal) == literalProperty)
        #expect(SwiftNaming.typeName(forSnakeCase: snake, acronyms: .literal) == literalType)
    }

    @Test("names no identifier can represent", arguments: ["_", "__", "3d_model", "_9"])
    func unrepresentable(snake: String) {
        for style in AcronymStyle.allCases {
            #expect(SwiftNaming.propertyName(forSnakeCase: snake, acronyms: style) == nil)
            #expect(SwiftNaming.typeName(forSnakeCase: snake, acronyms: style) == nil)
        }
    }

    @Test("every acronym is keyed by its lower-case form and spelled in upper case but for a v")
    func acronymTable() {
        for (word, spelling) in Acronyms.spellings {
            #expect(word == spelling.lowercased())
            #expect(spelling.filter(\.isLowercase).allSatisfy { $0 == "v" }, "\(spelling)")
        }
        #expect(Acronyms.spelling(of: "vpc") == "VPC")
        #expect(Acronyms.spelling(of: "arns") == "ARNs")
        #expect(Acronyms.spelling(of: "sagemaker") == nil)
        #expect(Acronyms.spelling(of: "s") == nil)
    }

    @Test("element type names of lists of structs", arguments: [
        ("SecurityGroups", "SecurityGroup"),
        ("Policies", "Policy"),
        ("Addresses", "Address"),
        ("Data", "DataItem"),
        ("Status", "StatusItem"),
        ("Boxes", "Box"),
        ("SecurityGroupIDs", "SecurityGroupID"),
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
        ("inout", "`inout`"), ("var", "`var`"), ("let", "`let`"),
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
