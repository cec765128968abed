import AttributeImport
import AttributeSpec

/// Reading a botocore service model, and the rest of `import` on what it reads: every
/// diagnostic points inside the model (or the written spec), a model is returned exactly
/// when there is no error, and a table the translator produces without error is written as
/// YAML that loads back without error to the same spec (equal canonical JSON), and maps each
/// member by its own key (no provider name with a `.`, which the mapper would follow as a path);
/// and `import --update` against the same model leaves that spec, and a hand-edited one, byte for byte.
enum AWSModelReaderTarget {
    static let file = "fuzz/service-2.json"

    static func check(_ bytes: [UInt8]) throws(InvariantFailure) {
        let read = AWSModelReader.read(bytes, file: file)
        var json = bytes
        if Inflate.isGzip(bytes) {
            switch Result(catching: { () throws(InflateError) in try Inflate.gunzip(bytes) }) {
            case .success(let inflated):
                json = inflated
            case .failure:
                // The one diagnostic without a line: the file as a whole does not decompress.
                guard read.model == nil, read.diagnostics.count == 1, read.diagnostics[0].location == nil,
                      read.diagnostics[0].message.hasPrefix("cannot decompress") else {
                    throw InvariantFailure("a gzip file that does not decompress gives \(read.diagnostics)")
                }
                return
            }
        }
        let bounds = InputBounds(json, file: file)
        try ModelImportChecks.check(read, allowPaths: false) { (diagnostics) throws(InvariantFailure) in try bounds.check(diagnostics) }
    }
}
