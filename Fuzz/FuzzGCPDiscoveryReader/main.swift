import FuzzTargets

/// libFuzzer's entry point; build and run with `Scripts/fuzz.sh FuzzGCPDiscoveryReader`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTarget.gcpDiscoveryReader.fuzz(data, size)
}
