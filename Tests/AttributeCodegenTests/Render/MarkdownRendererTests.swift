import Testing
@testable import AttributeCodegen
@testable import AttributeSpec

@Suite("Markdown renderer")
struct MarkdownRendererTests {
    private static let spec = SpecBuilder.spec(
        "shop_order",
        description: "An order.\nSecond *line* | with <b>tags</b>.",
        [
            SpecBuilder.attribute("account_id", .string),
            SpecBuilder.attribute("order_id", .string, provider: "OrderId", description: "# not a heading\n- not a list\nuse `code | span` here"),
            SpecBuilder.attribute("shipping", .structure, provider: "Shipping", description: "Where it goes.", fields: [
                SpecBuilder.attribute("address_line", .string, provider: "Address.Line1", description: "First line.\n\nSecond paragraph."),
                SpecBuilder.attribute("parcels", .unorderedListStruct, provider: "Parcels", fields: [
                    SpecBuilder.attribute("weight_kg", .double, provider: "WeightKg"),
                ]),
            ]),
        ]
    )

    private static func page() throws -> String {
        let code = CodeTranslator.translate(spec, options: GeneratorOptions())
        return MarkdownRenderer.renderPage(code)
    }

    @Test("the page lists every attribute with its facts, nested fields in place")
    func facts() throws {
        let page = try Self.page()
        #expect(page.contains("\n### account\\_id\n\n- Type: `STRING`\n\n### order\\_id\n"))
        #expect(page.contains("- Provider name: `OrderId`\n- Description: \\# not a heading\\\n  \\- not a list\\\n  use `code | span` here\n"))
        #expect(page.contains("""
        - Fields:
          - **address\\_line**
            - Type: `STRING`
            - Provider name: `Address.Line1`
            - Description: First line.

              Second paragraph.
          - **parcels**
            - Type: `UNORDERED_LIST_STRUCT`
            - Provider name: `Parcels`
            - Fields:
              - **weight\\_kg**
                - Type: `DOUBLE`
        """))
    }

    @Test("the mapping table has a row per attribute at every depth")
    func mappingTable() throws {
        let page = try Self.page()
        #expect(page.contains("""
        | `account_id` | — | `accountID` | `String?` |
        | `order_id` | `OrderId` | `orderID` | `String?` |
        | `shipping` | `Shipping` | `shipping` | `ShopOrder.Shipping?` |
        | `shipping.address_line` | `Shipping.Address.Line1` | `shipping.addressLine` | `String?` |
        | `shipping.parcels` | `Shipping.Parcels` | `shipping.parcels` | `[ShopOrder.Shipping.Parcel]?` |
        | `shipping.parcels[].weight_kg` | `Shipping.Parcels[].WeightKg` | `shipping.parcels[].weightKg` | `Double?` |
        """))
    }

    @Test("the table description is escaped and keeps its lines")
    func description() throws {
        let page = try Self.page()
        #expect(page.contains("# shop\\_order\n\nAn order.\\\nSecond \\*line\\* \\| with \\<b\\>tags\\</b\\>.\n"))
        #expect(page.contains("Swift type: `ShopOrder`. 3 attributes, 6 including nested fields."))
    }

    @Test("the index links each page with its first sentence and counts")
    func index() throws {
        let code = CodeTranslator.translate(Self.spec, options: GeneratorOptions())
        let other = TableSummary(resource: "a_table", description: "Pipes | here. More.", topLevelCount: 1, totalCount: 1, pagePath: "a_table.md")
        let index = MarkdownRenderer.renderIndex([TableSummary(code, pagePath: "shop_order.md"), other])
        #expect(index.contains("""
        | [a\\_table](a_table.md) | Pipes \\| here. | 1 | 1 |
        | [shop\\_order](shop_order.md) | An order. | 3 | 6 |
        """))
    }
}
