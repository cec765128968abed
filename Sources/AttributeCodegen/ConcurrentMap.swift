import Dispatch

/// `map` over independent elements on every core, with the results in the elements' order.
///
/// Dispatch hands out one element at a time, so a few large elements do not leave a core idle
/// while another works through a fixed share. One element, or none, runs on the caller's thread.
enum ConcurrentMap {
    static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element],
        _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        guard elements.count > 1 else { return elements.map(transform) }
        var slots = [Result?](repeating: nil, count: elements.count)
        slots.withUnsafeMutableBufferPointer { buffer in
            // Each iteration writes only its own slot, so the writes never overlap.
            nonisolated(unsafe) let slots = buffer
            elements.withUnsafeBufferPointer { input in
                nonisolated(unsafe) let input = input
                DispatchQueue.concurrentPerform(iterations: input.count) { index in
                    slots[index] = transform(input[index])
                }
            }
        }
        return slots.map { slot in
            guard let result = slot else { preconditionFailure("ConcurrentMap: an element was not transformed") }
            return result
        }
    }
}
