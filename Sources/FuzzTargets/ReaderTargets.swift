import AttributeSpec

/// The YAML and JSON readers: a document or a diagnostic, every location inside the input,
/// and mapping keys unique scalars.
enum ReaderTargets {
    static func checkYAML(_ bytes: [UInt8]) throws(InvariantFailure) {
        try check(bytes, file: "fuzz.yaml") { bytes, file throws(Diagnostic) in try YAMLReader.read(bytes, file: file) }
    }

    static func checkJSON(_ bytes: [UInt8]) throws(InvariantFailure) {
        try check(bytes, file: "fuzz.json") { bytes, file throws(Diagnostic) in try JSONReader.read(bytes, file: file) }
    }

    private static func check(
        _ bytes: [UInt8],
        file: String,
        read: ([UInt8], String) throws(Diagnostic) -> Node?
    ) throws(InvariantFailure) {
        let bounds = InputBounds(bytes, file: file)
        let root: Node?
        do {
            root = try read(bytes, file)
        } catch {
            guard error.severity == .error else {
                throw InvariantFailure("the reader threw a \(error.severity.rawValue): \(error)")
            }
            try bounds.check([error])
            return
        }
        guard let root else { return }
        try bounds.check(root)
        try checkUniqueKeys(root)
    }

    /// Node says mapping keys are scalars and unique; the loader relies on it.
    static func checkUniqueKeys(_ root: Node) throws(InvariantFailure) {
        var pending = [root]
        while let node = pending.popLast() {
            switch node.kind {
            case .scalar: break
            case .sequence(let items): pending += items
            case .mapping(let entries):
                var seen = Set<[UInt8]>()
                for entry in entries {
                    guard let key = entry.key.scalarText else {
                        throw InvariantFailure("a mapping key at \(entry.key.location) is a \(entry.key.shapeDescription)")
                    }
                    guard seen.insert(Array(key.utf8)).inserted else {
                        throw InvariantFailure("the mapping at \(node.location) has the key '\(key)' twice")
                    }
                    pending.append(entry.value)
                }
            }
        }
    }
}
