import FuzzTargets

/// libFuzzer's entry point; build and run with `Scripts/fuzz.sh FuzzAzureOpenAPIReader`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTarget.azureOpenAPIReader.fuzz(data, size)
}
