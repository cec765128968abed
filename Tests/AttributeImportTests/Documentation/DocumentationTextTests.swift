import Testing
@testable import AttributeImport

@Suite("Documentation text")
struct DocumentationTextTests {
    /// The committed SageMaker model's member documentation, as botocore ships it.
    static func memberHTML(_ shape: String, _ member: String) throws -> String {
        let read = AWSModelReader.read(try ImportResources.bytes("Models/sagemaker.json"), file: "sagemaker.json")
        let model = try #require(read.model)
        let found = try #require(model.shapes[shape]?.members?.first { $0.name == member })
        guard case .html(let html)? = found.documentation else {
            Issue.record("\(shape).\(member) has no HTML documentation")
            return ""
        }
        return html
    }

    @Test func aRealListWithParagraphsAndCodeSpans() throws {
        let html = try Self.memberHTML("OutputConfig", "KmsKeyId")
        #expect(html.contains("<ul> <li> <p>Key ID:"))
        #expect(DocumentationText.plainText(fromHTML: html) == """
            The Amazon Web Services Key Management Service key (Amazon Web Services KMS) that Amazon SageMaker AI uses to encrypt your output models with Amazon S3 server-side encryption after compilation job. If you don't provide a KMS key ID, Amazon SageMaker AI uses the default KMS key for Amazon S3 for your role's account. For more information, see KMS-Managed Encryption Keys in the Amazon Simple Storage Service Developer Guide.

            The KmsKeyId can be any of the following formats:

            - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
            - Key ARN: `arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
            - Alias name: `alias/ExampleAlias`
            - Alias name ARN: `arn:aws:kms:us-west-2:111122223333:alias/ExampleAlias`
            """)
    }

    @Test func aRealLinkKeepsItsText() throws {
        let html = try Self.memberHTML("DescribeCompilationJobResponse", "VpcConfig")
        #expect(html.contains("<a href="))
        #expect(DocumentationText.plainText(fromHTML: html) == """
            A VpcConfig object that specifies the VPC that you want your compilation job to connect to. Control access to your models by configuring the VPC. For more information, see Protect Compilation Jobs by Using an Amazon Virtual Private Cloud.
            """)
    }

    @Test func aRealNestedListWithAContinuationParagraph() throws {
        let text = DocumentationText.plainText(fromHTML: try Self.memberHTML("OutputConfig", "CompilerOptions"))
        #expect(text.contains("""
            - `DTYPE`: Specifies the data type for the input. When compiling for `ml_*` (except for `ml_inf`) instances using PyTorch framework, provide the data type (dtype) of the model's input. `"float32"` is used if `"DTYPE"` is not specified. Options for data type are:
              - float32: Use either `"float"` or `"float32"`.
              - int64: Use either `"int64"` or `"long"`.

              For example, `{"dtype" : "float32"}`.
            - `CPU`: Compilation for CPU supports the following compiler options.
            """))
    }

    @Test func paragraphsAreSeparatedByABlankLine() {
        #expect(DocumentationText.plainText(fromHTML: "<p>The time when the job started the <code>CompilationJob</code> instances. </p> <p>You are billed.</p>")
            == "The time when the job started the `CompilationJob` instances.\n\nYou are billed.")
    }

    @Test func entitiesAreDecoded() {
        #expect(DocumentationText.plainText(fromHTML: "<p>a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#x27; e&nbsp;f &unknown; g</p>")
            == "a <b> & \"c\" 'd' e f &unknown; g")
        #expect(DocumentationText.plainText(fromHTML: "<code>&lt;tag&gt;</code>") == "`<tag>`")
    }

    @Test func notesAndDefinitionListsBecomeParagraphs() {
        #expect(DocumentationText.plainText(fromHTML: "<p>Intro.</p><note><p>Careful.</p></note><dl><dt>Term</dt><dd><p>Meaning.</p></dd></dl>")
            == "Intro.\n\nCareful.\n\nTerm\n\nMeaning.")
    }

    @Test func aCodeSpanHoldingABacktickStaysPlain() {
        #expect(DocumentationText.plainText(fromHTML: "Use <code>a`b</code> or <code> x </code> or <code></code>.") == "Use a`b or `x` or .")
    }

    @Test func malformedHTMLNeverLosesText() {
        #expect(DocumentationText.plainText(fromHTML: "a < b and c<d <p>unclosed <code>span") == "a < b and c<d\n\nunclosed `span`")
        #expect(DocumentationText.plainText(fromHTML: "</ul></li><li>item</ul></ul>") == "- item")
        #expect(DocumentationText.plainText(fromHTML: "") == "")
        #expect(DocumentationText.plainText(fromHTML: "<p> </p>\n\t<p></p>") == "")
        #expect(DocumentationText.plainText(fromHTML: "x &#0; &#xD800; &#99999999; y") == "x &#0; &#xD800; &#99999999; y")
    }

    /// Found by FuzzAzureOpenAPIReader (`description-with-noncharacter`): a description holding
    /// U+FFFF was written into the spec, which then did not load.
    @Test func charactersYAMLForbidsBecomeSpaces() {
        #expect(DocumentationText.plainText(fromText: "a\u{FFFF}b\u{7}c\u{85}d\u{FFFE}\u{9F}e\tf") == "a b c d e f")
    }

    @Test(arguments: ["a\u{FFFF}b", "a&#xFFFF;b", "a&#x85;b", "a\u{9F}b", "a\u{1}b"])
    func htmlDocumentationLoadsBackToo(_ html: String) {
        let text = DocumentationText.plainText(fromHTML: html)
        #expect(!text.unicodeScalars.contains { isForbiddenInYAML($0.value) }, "\(text.unicodeScalars.map(\.value))")
    }

    @Test func plainTextDocumentationKeepsParagraphs() {
        #expect(DocumentationText.plainText(fromText: "  One  line\nand more.\n\n\nNext   paragraph. ") == "One line and more.\n\nNext paragraph.")
    }
}
