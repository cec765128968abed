import Foundation
import Testing

/// The DocC catalog of `AttributeRuntime` builds with the toolchain's `docc`, every warning an
/// error (`Scripts/docs.sh`): a link to an article or a heading that moved, a symbol that was
/// renamed, or a public parameter left undocumented fails here rather than on the hosted docs.
///
/// Part of the serialized end-to-end suite, so it never builds at the same time as the consumer
/// package.
extension BuildToolPluginEndToEndTests {
    @Test func documentationCatalogBuildsWithoutWarnings() throws {
        let root = ConsumerPackage.producerRoot
        let result = try ConsumerPackage.run(["bash", "Scripts/docs.sh"], in: root)
        #expect(result.status == 0, "Scripts/docs.sh failed:\n\(result.output)")
        #expect(!result.output.contains("warning:"), "\(result.output)")
        let index = root.appendingPathComponent(".build/docs/AttributeRuntime.doccarchive/data/documentation/attributeruntime.json")
        #expect(FileManager.default.fileExists(atPath: index.path), "no documentation page for the module:\n\(result.output)")
        // Every article of the catalog is a page of the archive.
        let articles = try FileManager.default.contentsOfDirectory(
            atPath: root.appendingPathComponent("Sources/AttributeRuntime/Documentation.docc/Articles").path
        ).filter { $0.hasSuffix(".md") }
        #expect(articles.count >= 7, "\(articles)")
        for article in articles {
            let page = ".build/docs/AttributeRuntime.doccarchive/data/documentation/attributeruntime/\(article.dropLast(3).lowercased()).json"
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(page).path), "\(article) has no page")
        }
    }
}
