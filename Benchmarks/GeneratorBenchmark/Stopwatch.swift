import Foundation

/// Times a workload: a warm-up pass, then the best of several rounds. The best round is the one
/// least disturbed by the machine, which is what a comparison between runs needs.
struct Stopwatch {
    var rounds: Int

    /// Returns the best round in milliseconds; the checksum keeps the optimiser from dropping
    /// the work.
    func best(_ body: () -> Int) -> (milliseconds: Double, checksum: Int) {
        var checksum = body()
        var best = Double.infinity
        for _ in 0..<rounds {
            // DispatchTime rather than ContinuousClock, which needs macOS 13.
            let start = DispatchTime.now().uptimeNanoseconds
            checksum &+= body()
            let elapsed = DispatchTime.now().uptimeNanoseconds - start
            best = min(best, Double(elapsed) / 1_000_000)
        }
        return (best, checksum)
    }
}
