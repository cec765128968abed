/// The libFuzzer targets of this package, one case each.
///
/// Each case's `check` is the whole target: it feeds the bytes to one stage and checks that
/// stage's invariants, throwing `InvariantFailure` when one does not hold. The fuzzing
/// executables under `Fuzz/` call `fuzz(_:_:)`, which traps on a failure so that libFuzzer
/// saves the input; the regression tests call `check` on the committed inputs without
/// libFuzzer. Adding a target: a case here, its `check` in a file of its own, a
/// `Fuzz/<Name>/main.swift` and one line in `Package.swift`.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// The YAML reader on arbitrary bytes.
    case yamlReader = "FuzzYAMLReader"
    /// The spec JSON reader on arbitrary bytes.
    case specJSONReader = "FuzzSpecJSONReader"
    /// Reading, loading and validating a spec, and its canonical JSON twin.
    case specLoading = "FuzzSpecLoading"
    /// The whole generator pipeline, and its canonical JSON twin.
    case pipeline = "FuzzPipeline"
    /// The runtime's JSON parser and serializer.
    case runtimeJSON = "FuzzRuntimeJSON"
    /// Provider mapping of the bundled table's generated type.
    case providerMapping = "FuzzProviderMapping"
    /// Loading the configuration file.
    case configuration = "FuzzConfiguration"
    /// The gzip/DEFLATE decoder, and its round trip through stored blocks.
    case inflate = "FuzzInflate"
    /// Reading an AWS service model, and importing, writing and reloading its tables.
    case awsModelReader = "FuzzAWSModelReader"
    /// The breaking-change comparison of two specs.
    case breaking = "FuzzBreaking"
    /// Reading a Google discovery document, and importing, writing and reloading its tables.
    case gcpDiscoveryReader = "FuzzGCPDiscoveryReader"
    /// Reading an Azure OpenAPI document (and one file it refers to), and importing its tables.
    case azureOpenAPIReader = "FuzzAzureOpenAPIReader"

    /// Runs the target on one input; throws when an invariant does not hold.
    public func check(_ bytes: [UInt8]) throws(InvariantFailure) {
        switch self {
        case .yamlReader: try ReaderTargets.checkYAML(bytes)
        case .specJSONReader: try ReaderTargets.checkJSON(bytes)
        case .specLoading: try SpecLoadingTarget.check(bytes)
        case .pipeline: try PipelineTarget.check(bytes)
        case .runtimeJSON: try RuntimeJSONTarget.check(bytes)
        case .providerMapping: try ProviderMappingTarget.check(bytes)
        case .configuration: try ConfigurationTarget.check(bytes)
        case .inflate: try InflateTarget.check(bytes)
        case .awsModelReader: try AWSModelReaderTarget.check(bytes)
        case .breaking: try BreakingTarget.check(bytes)
        case .gcpDiscoveryReader: try GCPDiscoveryReaderTarget.check(bytes)
        case .azureOpenAPIReader: try AzureOpenAPIReaderTarget.check(bytes)
        }
    }

    /// The body of `LLVMFuzzerTestOneInput`: runs `check` and traps on a failure, so that
    /// libFuzzer records the input as a crash.
    public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
        let bytes = Array(UnsafeBufferPointer(start: data, count: size))
        do {
            try check(bytes)
        } catch {
            fatalError("\(rawValue): invariant failed: \(error)")
        }
        return 0
    }
}

/// An invariant of a fuzz target that did not hold for an input.
public struct InvariantFailure: Error, CustomStringConvertible, Sendable {
    /// What did not hold, with the values involved.
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
