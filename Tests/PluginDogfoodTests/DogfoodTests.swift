import Foundation
import Testing

/// `DogfoodGadget` does not exist in any source file of this target: the build-tool plugin
/// generated it from `dogfood_gadget.json` during this build.
@Suite struct DogfoodTests {
    @Test func theGeneratedTypeIsUsable() throws {
        var gadget = DogfoodGadget()
        gadget.gadgetName = "sprocket"
        gadget.size = 3
        gadget.labels = ["a", "b"]
        let data = try JSONEncoder().encode(gadget)
        let decoded = try JSONDecoder().decode(DogfoodGadget.self, from: data)
        #expect(decoded == gadget)
        #expect(decoded.gadgetName == "sprocket")
    }

    @Test func recordKeysKeepTheSpecSpelling() throws {
        let data = Data(#"{"gadget_name": "cog", "size": 7}"#.utf8)
        let gadget = try JSONDecoder().decode(DogfoodGadget.self, from: data)
        #expect(gadget.gadgetName == "cog")
        #expect(gadget.size == 7)
        #expect(gadget.accountID == nil)
    }
}
