/// How generated Swift names spell the acronyms and initialisms among a spec's snake_case words.
public enum AcronymStyle: String, CaseIterable, Hashable, Sendable {
    /// As the Swift API Design Guidelines ask: an acronym is uniformly upper case, or lower case
    /// where it starts a lowerCamelCase name (`compilation_job_arn` → `compilationJobARN`,
    /// `kms_key_id` → `kmsKeyID`, `vpc_config` → `vpcConfig`, type `VPCConfig`).
    case apiGuidelines = "api_guidelines"
    /// Every word capitalised like any other (`compilationJobArn`, `kmsKeyId`), for a catalog
    /// whose consumers already use those names.
    case literal
}

/// The one table of acronyms and initialisms that generated names spell in upper case.
///
/// A snake_case spec name has lost the capitals of its words, so the generator cannot tell an
/// acronym from a word by looking at it: this table decides. It lists initialisms (`ID`, `ARN`),
/// not brand names with inner capitals (`SageMaker`, `DynamoDB`): a brand's word boundary is not
/// in its snake_case spelling (`sagemaker`), so a type that wants one sets `swift_name`.
public enum Acronyms {
    /// Each acronym by its snake_case word, spelled as in a type name. Mixed-case entries
    /// (`IPv6`) keep their inner lower case.
    public static let spellings: [String: String] = {
        let list = [
            "ACL", "API", "ARN", "AWS", "CIDR", "CPU", "DNS", "EBS", "EC2", "ECR", "GPU", "HTTP",
            "HTTPS", "IAM", "ID", "IP", "IPv4", "IPv6", "JSON", "KMS", "MFA", "SQL", "SSH", "SSL",
            "TCP", "TLS", "TTL", "UDP", "URI", "URL", "UUID", "VPC", "XML", "YAML",
        ]
        return Dictionary(uniqueKeysWithValues: list.map { ($0.lowercased(), $0) })
    }()

    /// `word` as it stands after the first word of a name: the acronym's spelling (`arn` →
    /// `ARN`), an acronym's plural with a lower-case `s` (`ids` → `IDs`), or `nil` when the word
    /// is not an acronym.
    public static func spelling(of word: Substring) -> String? {
        if let acronym = spellings[String(word)] {
            return acronym
        }
        // Every acronym is ASCII, so bytes count as characters here.
        if word.utf8.count > 2, word.utf8.last == UInt8(ascii: "s"), let acronym = spellings[String(word.dropLast())] {
            return acronym + "s"
        }
        return nil
    }
}
