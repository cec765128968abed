import Testing

@testable import AttributeSpec

@Suite struct ConfigurationLoaderTests {
    private static let file = "attribute-codegen.yaml"

    private func at(_ line: Int, _ column: Int) -> AttributeSpec.SourceLocation {
        AttributeSpec.SourceLocation(file: Self.file, line: line, column: column)
    }

    private func scalar(_ text: String, _ line: Int, _ column: Int) -> Node {
        Node(.scalar(text, .plain), at: at(line, column))
    }

    private func mapping(_ pairs: [(String, Node)], line: Int = 1) -> Node {
        let entries = pairs.enumerated().map { index, pair in
            Node.MappingEntry(key: scalar(pair.0, line + index, 1), value: pair.1)
        }
        return Node(.mapping(entries), at: at(line, 1))
    }

    @Test func emptyFileGivesDefaults() {
        let (config, diagnostics) = ConfigurationLoader.load(nil)
        #expect(config == Configuration())
        #expect(config.accessLevel == nil)
        #expect(diagnostics.isEmpty)
    }

    @Test(arguments: AccessLevel.allCases)
    func readsEveryAccessLevel(level: AccessLevel) {
        let (config, diagnostics) = ConfigurationLoader.load(mapping([("access_level", scalar(level.rawValue, 1, 15))]))
        #expect(config.accessLevel == level)
        #expect(diagnostics.isEmpty)
    }

    @Test(arguments: [("api_guidelines", AcronymStyle.apiGuidelines), ("literal", .literal)])
    func readsEveryAcronymStyle(text: String, style: AcronymStyle) {
        let (config, diagnostics) = ConfigurationLoader.load(mapping([("acronyms", scalar(text, 1, 11))]))
        #expect(config.acronyms == style)
        #expect(diagnostics.isEmpty)
    }

    @Test func unknownAcronymStyleIsAnErrorAtTheValue() {
        let (config, diagnostics) = ConfigurationLoader.load(mapping([("acronyms", scalar("literl", 1, 11))]))
        #expect(config.acronyms == nil)
        #expect(diagnostics.map(\.description) == [
            "attribute-codegen.yaml:1:11: error: unknown acronym style 'literl'; expected one of api_guidelines, literal\nattribute-codegen.yaml:1:11: note: did you mean 'literal'?"
        ])
    }

    @Test func unknownKeyIsAnErrorAtTheKeyWithASuggestion() {
        let root = mapping([("access_level", scalar("package", 1, 15)), ("acess_level", scalar("public", 2, 14))])
        let (config, diagnostics) = ConfigurationLoader.load(root)
        #expect(config.accessLevel == .package)
        #expect(diagnostics.map(\.description) == [
            "attribute-codegen.yaml:2:1: error: unknown key 'acess_level' in the configuration file; known keys: access_level, acronyms, breaking, outputs, key_columns\nattribute-codegen.yaml:2:1: note: did you mean 'access_level'?"
        ])
    }

    @Test func unknownAccessLevelIsAnErrorAtTheValue() {
        let (config, diagnostics) = ConfigurationLoader.load(mapping([("access_level", scalar("publc", 1, 15))]))
        #expect(config.accessLevel == nil)
        #expect(diagnostics.map(\.description) == [
            "attribute-codegen.yaml:1:15: error: unknown access level 'publc'; expected one of public, package, internal\nattribute-codegen.yaml:1:15: note: did you mean 'public'?"
        ])
    }

    @Test func collectsEveryProblem() {
        let list = Node(.sequence([]), at: at(1, 15))
        let root = mapping([("access_level", list), ("colour", scalar("red", 2, 9))])
        let (_, diagnostics) = ConfigurationLoader.load(root)
        #expect(diagnostics.map(\.description) == [
            "attribute-codegen.yaml:1:15: error: 'access_level' must be a scalar, found a sequence",
            "attribute-codegen.yaml:2:1: error: unknown key 'colour' in the configuration file; known keys: access_level, acronyms, breaking, outputs, key_columns",
        ])
    }

    @Test func rootMustBeAMapping() {
        let (_, diagnostics) = ConfigurationLoader.load(scalar("public", 1, 1))
        #expect(diagnostics.map(\.description) == [
            "attribute-codegen.yaml:1:1: error: the configuration file must be a mapping of settings, found a scalar"
        ])
    }
}

@Suite struct ConfigLoaderReadingTests {
    @Test func readsJSONBytesWithLocations() {
        let json = "{\n  \"access_level\": \"package\",\n  \"bogus\": 1\n}\n"
        let (config, diagnostics) = ConfigurationLoader.load(Array(json.utf8), file: "dir/config.json")
        #expect(config.accessLevel == .package)
        #expect(diagnostics.map(\.description) == [
            "dir/config.json:3:3: error: unknown key 'bogus' in the configuration file; known keys: access_level, acronyms, breaking, outputs, key_columns"
        ])
    }

    @Test func syntaxErrorIsReported() {
        let (config, diagnostics) = ConfigurationLoader.load(Array("{\"access_level\": }".utf8), file: "c.json")
        #expect(config == Configuration())
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location?.file == "c.json")
    }
}

@Suite("Configuration: breaking")
struct BreakingConfigTests {
    private func load(_ text: String) -> (config: Configuration, diagnostics: [String]) {
        let result = ConfigurationLoader.load(Array(text.utf8), file: "attribute-codegen.yaml")
        return (result.config, result.diagnostics.map(\.description))
    }

    @Test("ignore takes rule ids and categories, located")
    func ignore() {
        let (config, diagnostics) = load("breaking:\n  ignore: [TYPE_CHANGED, mapping]\n")
        #expect(diagnostics == [])
        #expect(config.ignoredBreakingRules == [
            Located("TYPE_CHANGED", at: SourceLocation(file: "attribute-codegen.yaml", line: 2, column: 12)),
            Located("mapping", at: SourceLocation(file: "attribute-codegen.yaml", line: 2, column: 26)),
        ])
    }

    @Test("unknown ids, keys and shapes are errors at their location, with suggestions")
    func errors() {
        let (config, diagnostics) = load("""
            breaking:
              ignore:
                - TYPE_CHANGD
                - swift-api
                - record
                - [x]
              ignor: []
            """)
        #expect(diagnostics == [
            "attribute-codegen.yaml:3:7: error: unknown breaking-change rule or category 'TYPE_CHANGD'\nattribute-codegen.yaml:3:7: note: did you mean 'TYPE_CHANGED'?",
            "attribute-codegen.yaml:4:7: error: unknown breaking-change rule or category 'swift-api'\nattribute-codegen.yaml:4:7: note: did you mean 'swift_api'?",
            "attribute-codegen.yaml:6:7: error: 'ignore' must be a scalar, found a sequence",
            "attribute-codegen.yaml:7:3: error: unknown key 'ignor' in 'breaking'; known keys: ignore\nattribute-codegen.yaml:7:3: note: did you mean 'ignore'?",
        ])
        #expect(config.ignoredBreakingRules.map(\.value) == ["record"])
        #expect(load("breaking: [TYPE_CHANGED]\n").diagnostics == [
            "attribute-codegen.yaml:1:11: error: 'breaking' must be a mapping, found a sequence",
        ])
        #expect(load("breaking:\n  ignore: TYPE_CHANGED\n").diagnostics == [
            "attribute-codegen.yaml:2:11: error: 'ignore' must be a list, found a scalar",
        ])
    }
}
