import AttributeRuntime
import Foundation
import Testing

/// `DogfoodGadget` does not exist in any source file of this target: the build-tool plugin
/// generated it from `Spec/dogfood_gadget.json` during this build.
///
/// The target also holds a JSON resource (`gadget_payload.json`) and a configuration file
/// named `attribute-codegen.yml`: the plugin takes only the files in `Spec/` for specs, so
/// neither fails the build.
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

    @Test func aJSONResourceBesideTheSpecsIsAResourceNotASpec() throws {
        let url = try #require(Bundle.module.url(forResource: "gadget_payload", withExtension: "json"))
        let gadget = try DogfoodGadget(providerJSON: [UInt8](Data(contentsOf: url)))
        #expect(gadget.gadgetName == "flange")
        #expect(gadget.size == 12)
        #expect(gadget.labels == ["x", "y"])
    }
}
