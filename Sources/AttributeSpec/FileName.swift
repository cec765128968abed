/// The one set of rules for the parts of a `/`-separated file path: its last component, its
/// stem and its extension. Spec discovery, validation (a resource repeats its file's stem) and
/// output naming all go through it, so they cannot disagree on what a file is called.
///
/// A leading dot does not start an extension (`.hidden` has none), and a path that ends with
/// `/` has an empty last component.
package enum FileName {
    /// The last component: `Spec/aws_x.yaml` → `aws_x.yaml`.
    package static func lastComponent(of path: String) -> Substring {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path[...] }
        return path[path.utf8.index(after: slash)...]
    }

    /// The last component without its extension: `Spec/aws_x.yaml` → `aws_x`, `a.b.json` → `a.b`.
    package static func stem(of path: String) -> Substring {
        let name = lastComponent(of: path)
        guard let dot = extensionDot(in: name) else { return name }
        return name[..<dot]
    }

    /// The extension, lowercased, without its dot; empty when there is none: `x.YML` → `yml`.
    package static func lowercasedExtension(of path: String) -> String {
        let name = lastComponent(of: path)
        guard let dot = extensionDot(in: name) else { return "" }
        return name[name.utf8.index(after: dot)...].lowercased()
    }

    /// The last component with `newExtension` in place of its extension:
    /// (`dir/aws_x.yaml`, `swift`) → `aws_x.swift`.
    package static func replacingExtension(of path: String, with newExtension: String) -> String {
        stem(of: path) + "." + newExtension
    }

    /// The dot that starts the extension of `name`, a last component.
    private static func extensionDot(in name: Substring) -> Substring.Index? {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return nil }
        return dot
    }
}
