import Testing
@testable import AttributeCodegen
@testable import AttributeSpec

@Suite("Translation to the code model")
struct CodeTranslatorTests {
    typealias B = SpecBuilder

    private func translate(_ spec: ValidatedSpec, options: GeneratorOptions = .init()) -> CodeFile {
        CodeTranslator.translate(spec, options: options)
    }

    @Test("the table becomes the root type, named from the resource or its swift_name")
    func rootName() throws {
        let plain = translate(B.spec("aws_sagemaker_compilation_job", [B.attribute("a", .string)]))
        #expect(plain.root.name == "AWSSagemakerCompilationJob")
        #expect(plain.root.path == ["AWSSagemakerCompilationJob"])
        #expect(plain.root.resource == "aws_sagemaker_compilation_job")
        #expect(plain.specFileName == "aws_sagemaker_compilation_job.yaml")

        let renamed = translate(B.spec("aws_x", swiftName: "Job", [B.attribute("a", .string)]))
        #expect(renamed.root.name == "Job")
    }

    @Test("scalar, list and map attributes get their value types", arguments: [
        (AttributeType.string, TypeReference.string),
        (.int32, .int32), (.int64, .int64), (.boolean, .bool), (.double, .double), (.float, .float),
        (.timestamp, .timestamp), (.unorderedListString, .array(.string)),
        (.unorderedListInt32, .array(.int32)), (.mapStringString, .dictionary(key: .string, value: .string)),
    ])
    func scalarTypes(type: AttributeType, expected: TypeReference) throws {
        let file = translate(B.spec("t", [B.attribute("value_x", type)]))
        #expect(file.root.properties.map(\.type) == [expected])
        #expect(file.root.properties.map(\.name) == ["valueX"])
        #expect(file.root.nestedTypes.isEmpty)
    }

    @Test("structs and lists of structs become nested types with readable names")
    func nestedTypes() throws {
        let file = translate(B.spec("t", [
            B.attribute("input_config", .structure, provider: "InputConfig", fields: [
                B.attribute("s3_uri", .string, provider: "S3Uri"),
            ]),
            B.attribute("containers", .unorderedListStruct, provider: "Containers", fields: [
                B.attribute("image", .string, provider: "Image"),
            ]),
            B.attribute("policies", .unorderedListStruct, fields: [B.attribute("arn", .string)]),
        ]))
        #expect(file.root.nestedTypes.map(\.name) == ["InputConfig", "Container", "Policy"])
        #expect(file.root.properties.map(\.type) == [
            .nested(["T", "InputConfig"]), .array(.nested(["T", "Container"])), .array(.nested(["T", "Policy"])),
        ])
        let s3Uri = try #require(file.root.nestedTypes.first?.properties.first)
        #expect(s3Uri.attribute.path == ["input_config", "s3_uri"])
        #expect(s3Uri.attribute.swiftPropertyPath == ["inputConfig", "s3URI"])
        #expect(s3Uri.attribute.providerName == "S3Uri")
        #expect(file.root.nestedTypes[1].attributePath == ["containers"])
        #expect(file.allTypes.map(\.path) == [["T"], ["T", "InputConfig"], ["T", "Container"], ["T", "Policy"]])
    }

    @Test("nested type names avoid reserved names, module names, siblings and the parent")
    func uniqueNames() throws {
        let fields = [B.attribute("x", .string)]
        let file = translate(B.spec("t", swiftName: "Job", [
            B.attribute("type", .structure, fields: fields),
            B.attribute("coding_keys", .structure, fields: fields),
            B.attribute("foundation", .structure, fields: fields),
            B.attribute("swift", .structure, fields: fields),
            B.attribute("job", .structure, fields: fields),
            B.attribute("error", .structure, fields: fields),
            B.attribute("items", .unorderedListStruct, fields: fields),
            B.attribute("item", .structure, fields: fields),
        ]))
        #expect(file.root.nestedTypes.map(\.name) == [
            "TypeItem", "CodingKeysItem", "FoundationItem", "SwiftItem", "JobItem", "Error", "Item", "ItemItem",
        ])
    }

    @Test("swift_name renames the property and the nested type derived from it")
    func swiftNameOverride() throws {
        let file = translate(B.spec("t", [
            B.attribute("compilation_job_arn", .string, swiftName: "jobARN"),
            B.attribute("vpc_config", .structure, swiftName: "network", fields: [B.attribute("x", .string)]),
            B.attribute("rules", .unorderedListStruct, swiftName: "entries", fields: [B.attribute("x", .string)]),
        ]))
        #expect(file.root.properties.map(\.name) == ["jobARN", "network", "entries"])
        #expect(file.root.properties.map(\.codingKey) == ["compilation_job_arn", "vpc_config", "rules"])
        #expect(file.root.nestedTypes.map(\.name) == ["Network", "Entry"])
    }

    @Test("dotted provider names are split into a path")
    func providerPath() throws {
        let file = translate(B.spec("t", [
            B.attribute("soft_delete", .boolean, provider: "properties.enableSoftDelete"),
            B.attribute("account_id", .string),
        ]))
        #expect(file.root.properties.map(\.attribute.providerPath) == [["properties", "enableSoftDelete"], nil])
    }

    @Test("the access level option is carried to the renderer", arguments: AccessLevel.allCases)
    func accessLevel(level: AccessLevel) throws {
        let file = translate(B.spec("t", [B.attribute("a", .string)]), options: GeneratorOptions(accessLevel: level))
        #expect(file.accessLevel == level)
    }

    @Test("translation takes the names the validator decided, in either acronym style", arguments: [
        (AcronymStyle.apiGuidelines, "AWSJob", ["compilationJobARN", "vpcConfig", "subnetIDs"], ["VPCConfig", "SubnetID"], ["kmsKeyID"]),
        (.literal, "AwsJob", ["compilationJobArn", "vpcConfig", "subnetIds"], ["VpcConfig", "SubnetId"], ["kmsKeyId"]),
    ])
    func validatedNames(style: AcronymStyle, root: String, properties: [String], nested: [String], inner: [String]) {
        let fields = [B.attribute("kms_key_id", .string)]
        let file = translate(B.spec("aws_job", [
            B.attribute("compilation_job_arn", .string),
            B.attribute("vpc_config", .structure, fields: fields),
            B.attribute("subnet_ids", .unorderedListStruct, fields: fields),
        ], acronyms: style))
        #expect(file.root.name == root)
        #expect(file.root.properties.map(\.name) == properties)
        #expect(file.root.nestedTypes.map(\.name) == nested)
        #expect(file.root.nestedTypes.first?.properties.map(\.name) == inner)
        #expect(file.root.nestedTypes.first?.properties.first?.attribute.swiftPropertyPath == [properties[1], inner[0]])
    }
}
