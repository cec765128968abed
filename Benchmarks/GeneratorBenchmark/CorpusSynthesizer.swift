import AttributeSpec

/// Synthesises the benchmark corpus: tables shaped like the provider's inventory tables, with
/// every attribute type, structs and lists of structs nested up to four levels, descriptions of
/// every length and style, and dotted provider paths.
struct CorpusSynthesizer {
    /// Nested `fields` levels below the top level, at most.
    static let maximumDepth = 4

    private var random: SplitMix

    init(seed: UInt64) {
        random = SplitMix(seed: seed)
    }

    /// `count` specs averaging `attributesPerSpec` attributes each, counting nested fields.
    mutating func specs(count: Int, attributesPerSpec: Int) -> [SyntheticSpec] {
        (0..<count).map { index in
            let spread = attributesPerSpec * 3 / 5
            let budget = Int.random(in: (attributesPerSpec - spread)...(attributesPerSpec + spread), using: &random)
            return spec(index: index, budget: budget)
        }
    }

    /// `count` specs of 10 to 150 attributes each, most of them small as in a real catalog
    /// (the size is skewed towards the low end), with some attribute names that are Swift
    /// keywords: the compile-cost benchmark's corpus.
    mutating func variedSpecs(count: Int) -> [SyntheticSpec] {
        keywordOneIn = 12
        defer { keywordOneIn = 0 }
        return (0..<count).map { index in
            let unit = Double.random(in: 0..<1, using: &random)
            return spec(index: index, budget: 10 + Int(140 * unit * unit * unit))
        }
    }

    private mutating func spec(index: Int, budget: Int) -> SyntheticSpec {
        var budget = budget
        let resource = "aws_\(pick(Self.services))_\(pick(Self.nouns))_\(index)"
        // Every table nests at least one struct two to four levels deep.
        let chain = Int.random(in: 2...Self.maximumDepth, using: &random)
        let attributes = level(depth: 0, count: nil, budget: &budget, chain: chain)
        return SyntheticSpec(resource: resource, description: sentence(words: 6...14), attributes: attributes)
    }

    /// One attribute name in this many is a Swift keyword; 0 for none.
    private var keywordOneIn = 0

    /// Whether string attributes carry known values, as often and as many as EC2's model has
    /// them (`EC2ValueSets`). Off, the corpus draws nothing for values and stays the same.
    var valueSets = false

    /// One `attributes` or `fields` list. `count` nil means "until the budget runs out"; `chain`
    /// is the nesting depth the first struct of this level must reach.
    private mutating func level(depth: Int, count: Int?, budget: inout Int, chain: Int) -> [SyntheticAttribute] {
        var attributes: [SyntheticAttribute] = []
        var usedNames: Set<String> = []
        var pendingChain = chain
        while budget > 0, count.map({ attributes.count < $0 }) ?? true {
            budget -= 1
            var type = pendingChain > 0 ? pick([.structure, .unorderedListStruct]) : randomType()
            if type.hasFields, depth >= Self.maximumDepth || budget < 1 {
                type = .string
            }
            var name = "\(pick(Self.nouns))_\(pick(Self.nouns))"
            if keywordOneIn > 0, Int.random(in: 0..<keywordOneIn, using: &random) == 0 {
                name = pick(Self.keywords)
            }
            if usedNames.contains(name) {
                name += "_\(attributes.count)"
            }
            usedNames.insert(name)
            var attribute = SyntheticAttribute(
                name: name,
                type: type,
                providerName: providerName(for: name),
                swiftName: nil,
                descriptionLines: [],
                descriptionStyle: .plain,
                fields: []
            )
            if Int.random(in: 0..<50, using: &random) == 0 {
                attribute.swiftName = Self.camelCase(name, upper: false) + "Override"
            }
            describe(&attribute)
            if valueSets, type == .string || type == .unorderedListString {
                attribute.values = knownValues()
            }
            if type.hasFields {
                let fieldCount = min(budget, Int.random(in: 2...5, using: &random))
                attribute.fields = level(depth: depth + 1, count: fieldCount, budget: &budget, chain: max(pendingChain - 1, 0))
                pendingChain = 0
            }
            attributes.append(attribute)
        }
        return attributes
    }

    /// A value set for one string attribute, or none: EC2's share of string members with an
    /// `enum`, and a size drawn from EC2's sizes (weighted by member, so `InstanceType`'s 1212
    /// values come up as often as EC2's structures refer to it). Values are spelled as EC2's
    /// are: `UPPER_CASE` words for short sets, `family.size` for long ones.
    private mutating func knownValues() -> [String] {
        guard Int.random(in: 0..<EC2ValueSets.stringMembers, using: &random) < EC2ValueSets.membersWithValues else { return [] }
        var roll = Int.random(in: 0..<EC2ValueSets.membersWithValues, using: &random)
        var size = 1
        for (candidate, count) in EC2ValueSets.sizes {
            if roll < count {
                size = candidate
                break
            }
            roll -= count
        }
        var values: [String] = []
        var used: Set<String> = []
        while values.count < size {
            let value = size > 20
                ? "\(pick(Self.nouns).prefix(2))\(values.count % 9 + 1)\(pick(["", "a", "d", "n", "gd"])).\(pick(Self.sizes))"
                : "\(pick(Self.nouns).uppercased())_\(pick(Self.nouns).uppercased())"
            if used.insert(value).inserted { values.append(value) }
        }
        return values
    }

    static let sizes = ["nano", "micro", "small", "medium", "large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge",
                        "16xlarge", "24xlarge", "32xlarge", "48xlarge", "metal", "metal-24xl", "metal-48xl"]

    private mutating func randomType() -> AttributeType {
        // Weighted like real inventory tables: mostly strings, then flags, times and structs.
        let weights: [(AttributeType, Int)] = [
            (.string, 30), (.int32, 6), (.int64, 5), (.boolean, 8), (.double, 4), (.float, 3),
            (.timestamp, 8), (.structure, 9), (.unorderedListString, 8), (.unorderedListInt32, 4),
            (.unorderedListStruct, 6), (.mapStringString, 7),
        ]
        var roll = Int.random(in: 0..<weights.reduce(0) { $0 + $1.1 }, using: &random)
        for (type, weight) in weights {
            if roll < weight { return type }
            roll -= weight
        }
        return .string
    }

    private mutating func providerName(for name: String) -> String? {
        switch Int.random(in: 0..<20, using: &random) {
        case 0: nil
        case 1: "properties." + Self.camelCase(name, upper: false)
        case 2: "spec.template." + Self.camelCase(name, upper: false)
        default: Self.camelCase(name, upper: true)
        }
    }

    private mutating func describe(_ attribute: inout SyntheticAttribute) {
        switch Int.random(in: 0..<20, using: &random) {
        case 0..<4:
            return
        case 4..<11:
            attribute.descriptionLines = [sentence(words: 4...16)]
            attribute.descriptionStyle = .plain
        case 11..<17:
            attribute.descriptionLines = (0..<Int.random(in: 2...7, using: &random)).map { _ in sentence(words: 9...14) }
            attribute.descriptionStyle = .folded
        default:
            attribute.descriptionLines = (0..<Int.random(in: 2...5, using: &random)).map { index in
                (index == 0 ? "" : "- ") + sentence(words: 5...12)
            }
            attribute.descriptionStyle = .literal
        }
    }

    /// Words that are safe in a plain YAML scalar: no `: `, no ` #`, no leading indicator.
    private mutating func sentence(words: ClosedRange<Int>) -> String {
        var text = pick(Self.openers)
        for _ in 0..<Int.random(in: words, using: &random) {
            text += " " + pick(Self.vocabulary)
        }
        return text + "."
    }

    private mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[Int.random(in: 0..<elements.count, using: &random)]
    }

    static func camelCase(_ snake: String, upper: Bool) -> String {
        var result = ""
        for (index, word) in snake.split(separator: "_").enumerated() {
            result += index == 0 && !upper ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
        }
        return result
    }

    static let services = ["ec2", "sagemaker", "rds", "lambda", "ecs", "eks", "s3", "iam", "glue", "kinesis"]

    static let nouns = [
        "account", "address", "alarm", "arn", "bucket", "cache", "capacity", "certificate", "cluster",
        "config", "container", "cpu", "data", "deployment", "device", "disk", "domain", "endpoint",
        "engine", "event", "failure", "filter", "gateway", "group", "host", "image", "input", "instance",
        "job", "key", "launch", "listener", "log", "memory", "metric", "model", "network", "node",
        "option", "output", "parameter", "policy", "port", "queue", "reason", "region", "replica",
        "resource", "role", "rule", "schedule", "secret", "security", "setting", "snapshot", "source",
        "stage", "status", "storage", "subnet", "target", "task", "template", "throughput", "time",
        "topic", "traffic", "trigger", "version", "volume", "vpc", "window", "zone",
    ]

    /// Attribute names that are Swift keywords or shadow standard names once camel-cased.
    static let keywords = [
        "default", "protocol", "type", "class", "extension", "operator", "internal", "init", "return",
        "where", "is", "in", "func", "import", "static", "public", "repeat", "enum", "case", "struct",
        "self", "data", "date", "string", "error", "optional",
    ]

    static let openers = ["The", "A", "Whether the", "If set, the", "Amazon SageMaker’s", "An optional", "The ARN of the"]

    static let vocabulary = [
        "model", "compilation", "job", "instance", "(ARN)", "endpoint", "configuration,", "is", "the", "of",
        "for", "when", "this", "value", "must", "be", "between", "1", "and", "256", "characters.", "uploaded",
        "artifacts", "in", "Amazon", "S3", "bucket", "that", "stores", "results;", "defaults", "to", "none",
        "region", "résumé", "naïve", "façade", "time", "stamp", "seconds", "since", "epoch", "UTC",
        "encrypted", "with", "KMS", "key", "ID", "alias", "or", "\"quoted\"", "'single'", "100%", "a/b",
        "x*y", "{braces}", "[brackets]", "ÄÖÜ", "日本語", "→", "—", "e.g.", "i.e.", "etc.",
    ]
}
