import Testing
@testable import AttributeSpec

@Suite("Snake case naming")
struct SnakeCaseNamingTests {
    /// Provider member name → attribute name, as reference catalogs spell them.
    static let cases: [(String, String)] = [
        ("CompilationJobArn", "compilation_job_arn"),
        ("S3Uri", "s3_uri"),
        ("KmsKeyId", "kms_key_id"),
        ("MaxRuntimeInSeconds", "max_runtime_in_seconds"),
        ("DNSName", "dns_name"),
        ("IPv6Address", "ipv6_address"),
        ("EbsOptimized", "ebs_optimized"),
        ("Ec2InstanceId", "ec2_instance_id"),
        ("DBInstanceIdentifier", "db_instance_identifier"),
        ("HTTPStatusCode", "http_status_code"),
        ("AWSAccountId", "aws_account_id"),
        ("ARN", "arn"),
        ("Arn", "arn"),
        ("Md5Hash", "md5_hash"),
        ("Route53Domain", "route53_domain"),
        ("TLSv1Enabled", "tlsv1_enabled"),
        ("Ipv6CidrBlock", "ipv6_cidr_block"),
        ("DBInstanceARNs", "db_instance_arns"),
        ("NumberOfGPUs", "number_of_gpus"),
        ("IDs", "ids"),
        ("CPUsPerNode", "cpus_per_node"),
        ("VCpuInfo", "v_cpu_info"),
        ("SizeInMiB", "size_in_mi_b"),
        ("x86Arch", "x86_arch"),
        ("camelCase", "camel_case"),
        ("already_snake", "already_snake"),
        ("Os", "os"),
        ("Tags", "tags"),
        ("IsActive", "is_active"),
        ("kebab-case.name", "kebab_case_name"),
    ]

    @Test(arguments: cases)
    func memberNames(_ input: String, _ expected: String) {
        #expect(SnakeCaseNaming.snakeCase(input) == expected)
    }

    @Test func everyResultIsSnakeCase() {
        for (input, _) in Self.cases {
            #expect(SnakeCaseNaming.snakeCase(input).map(SwiftNaming.isSnakeCase) == true, "\(input)")
        }
    }

    @Test func namesWithoutLettersOrDigitsHaveNoSnakeCase() {
        #expect(SnakeCaseNaming.snakeCase("") == nil)
        #expect(SnakeCaseNaming.snakeCase("--") == nil)
        #expect(SnakeCaseNaming.snakeCase("é") == nil)
    }

    @Test func differentMembersCanMeetInOneName() {
        #expect(SnakeCaseNaming.snakeCase("IPv6Address") == SnakeCaseNaming.snakeCase("Ipv6Address"))
    }
}
