import AttributeRuntime
import Foundation
import ResourceModels

// Times provider mapping against JSONDecoder on the same payload in the same run. The mapped
// type is the generated one from the package's catalog (ResourceModels), so the benchmark
// follows whatever the generator emits.
// Run with `swift run -c release attribute-benchmarks [iterations]`.

let iterations = CommandLine.arguments.dropFirst().lazy.compactMap { Int($0) }.first ?? 200_000
let payloadBytes = Array(describeCompilationJobPayload.utf8)
let payloadData = Data(payloadBytes)
let decoder = JSONDecoder()
decoder.dateDecodingStrategy = .secondsSince1970

/// Runs `body` `count` times and returns nanoseconds per call; the checksum keeps the optimiser
/// from discarding the work.
func measure(_ count: Int, _ body: () throws -> Int) rethrows -> (nanoseconds: Double, checksum: Int) {
    var checksum = 0
    // DispatchTime rather than ContinuousClock, which needs macOS 13.
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<count {
        checksum &+= try body()
    }
    let elapsed = DispatchTime.now().uptimeNanoseconds - start
    return (Double(elapsed) / Double(count), checksum)
}

func mapOnce() throws -> Int {
    let job = try AWSSagemakerCompilationJob(providerJSON: payloadBytes)
    return (job.compilationJobName?.utf8.count ?? 0) + (job.vpcConfig?.subnets?.count ?? 0)
}

func parseOnce() throws -> Int {
    guard case .object(let object) = try JSONValue(parsing: payloadBytes) else { return 0 }
    return object.count
}

func decodeOnce() throws -> Int {
    let job = try decoder.decode(DecodableCompilationJob.self, from: payloadData)
    return (job.compilationJobName?.utf8.count ?? 0) + (job.vpcConfig?.subnets?.count ?? 0)
}

if CommandLine.arguments.contains("--mapper-only") {
    // For profilers: nothing but the mapping loop.
    let result = try measure(iterations, mapOnce)
    print("ProviderMappable (parse + map): \(String(format: "%.0f", result.nanoseconds)) ns/op (checksum \(result.checksum))")
    exit(0)
}

do {
    // Both sides must agree before their speed means anything.
    let mapped = try AWSSagemakerCompilationJob(providerJSON: payloadBytes)
    let decoded = try decoder.decode(DecodableCompilationJob.self, from: payloadData)
    guard mapped.compilationStartTime.map({ Timestamp.epochMilliseconds(of: $0) }) == 1_795_547_102_557,
          mapped.outputConfig?.targetPlatform?.os == decoded.outputConfig?.targetPlatform?.os,
          mapped.vpcConfig?.subnets == decoded.vpcConfig?.subnets,
          mapped.stoppingCondition?.maxPendingTimeInSeconds == decoded.stoppingCondition?.maxPendingTimeInSeconds
    else {
        print("error: the mapper and JSONDecoder disagree on the payload")
        exit(1)
    }

    let warmUp = max(iterations / 10, 1)
    _ = try measure(warmUp, mapOnce)
    _ = try measure(warmUp, decodeOnce)
    var mapperBest = Double.infinity
    var decoderBest = Double.infinity
    var parseBest = Double.infinity
    var checksum = 0
    // Alternate rounds so that machine noise hits both sides alike; keep each side's best.
    for _ in 0..<5 {
        let mapper = try measure(iterations / 5, mapOnce)
        let decoder = try measure(iterations / 5, decodeOnce)
        let parse = try measure(iterations / 5, parseOnce)
        parseBest = min(parseBest, parse.nanoseconds)
        mapperBest = min(mapperBest, mapper.nanoseconds)
        decoderBest = min(decoderBest, decoder.nanoseconds)
        checksum &+= mapper.checksum &+ decoder.checksum
    }
    print("payload: \(payloadBytes.count) bytes, \(iterations) iterations (best of 5 rounds)")
    func megabytesPerSecond(_ nanoseconds: Double) -> String {
        String(format: "%.1f MB/s", Double(payloadBytes.count) / nanoseconds * 1_000)
    }
    print("ProviderMappable (parse + map): \(String(format: "%.0f", mapperBest)) ns/op, \(megabytesPerSecond(mapperBest))")
    // The mapper reads the parser's flat tape directly; this line is the public tree API.
    print("JSONValue(parsing:) + free:     \(String(format: "%.0f", parseBest)) ns/op, \(megabytesPerSecond(parseBest))")
    print("JSONDecoder (Decodable twin):   \(String(format: "%.0f", decoderBest)) ns/op, \(megabytesPerSecond(decoderBest))")
    let speedUp = decoderBest / mapperBest
    print("speed-up: \(String(format: "%.2f", speedUp))x (target >= 5x: \(speedUp >= 5 ? "PASS" : "FAIL")) (checksum \(checksum))")
} catch {
    print("error: \(error)")
    exit(1)
}
