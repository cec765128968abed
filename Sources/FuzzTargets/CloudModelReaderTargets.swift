import AttributeImport
import AttributeSpec

/// Reading a Google discovery document, and the rest of `import` on what it reads, with the
/// invariants every model reader target shares (`ModelImportChecks`, `import --update` included):
/// every diagnostic points inside the document. Google members are never flattened, so no
/// provider name holds a `.`.
enum GCPDiscoveryReaderTarget {
    static let file = "fuzz/compute.v1.json"

    static func check(_ bytes: [UInt8]) throws(InvariantFailure) {
        let read = GCPDiscoveryReader.read(bytes, file: file)
        let bounds = DocumentBounds(main: InputBounds(bytes, file: file), other: nil)
        try ModelImportChecks.check(read, allowPaths: false) { (diagnostics) throws(InvariantFailure) in try bounds.check(diagnostics) }
    }
}

/// Reading an Azure OpenAPI document, with the same invariants. The input is the document,
/// optionally followed by a NUL and a second file, which is what every relative `$ref` to
/// another file reads (so cross-file `allOf` and flattening are fuzzed too); a diagnostic may
/// point into either. A provider name may be a path only through flattened members: each of
/// its keys must be a key the provider path grammar allows.
enum AzureOpenAPIReaderTarget {
    static let file = "fuzz/spec/v1/doc.json"

    static func check(_ bytes: [UInt8]) throws(InvariantFailure) {
        let split = bytes.firstIndex(of: 0)
        let document = split.map { Array(bytes[..<$0]) } ?? bytes
        let other = split.map { Array(bytes[($0 + 1)...]) }
        let read = AzureOpenAPIReader.read(document, file: file, loadFile: { _ in other })
        let bounds = DocumentBounds(main: InputBounds(document, file: file), other: other)
        try ModelImportChecks.check(read, allowPaths: true) { (diagnostics) throws(InvariantFailure) in try bounds.check(diagnostics) }
    }
}

/// The bounds of the main document and of the one other file every `$ref` elsewhere reads.
struct DocumentBounds {
    let main: InputBounds
    let other: [UInt8]?

    func check(_ diagnostics: [Diagnostic]) throws(InvariantFailure) {
        for diagnostic in diagnostics {
            if let location = diagnostic.location, location.file != main.file, let other {
                try InputBounds(other, file: location.file).check(location, of: "diagnostic '\(diagnostic)'")
            } else {
                try main.check(diagnostic.location, of: "diagnostic '\(diagnostic)'")
            }
        }
    }
}
