import Testing
import TrafficCore

@Suite("Priority queue")
struct MinHeapTests {
    /// Pops come out in (key, value) order whatever the interleaving of pushes and pops: compared with a
    /// plain sorted list on 20 000 random operations, with many equal keys (ties broken by value).
    @Test func popsInKeyThenValueOrder() {
        var random = SplitMix64(seed: 7)
        var heap = MinHeap()
        var reference: [(Double, Int32)] = []
        for step in 0..<20_000 {
            if reference.isEmpty || random.next() % 3 != 0 {
                let key = Double(random.next() % 50) / 4  // few distinct keys: ties are common
                let value = Int32(truncatingIfNeeded: random.next() % 1_000)
                heap.push(key, value)
                reference.append((key, value))
            } else {
                let expected = reference.min { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }!
                reference.remove(at: reference.firstIndex { $0 == expected }!)
                let popped = heap.pop()
                #expect(popped?.key == expected.0 && popped?.value == expected.1, "step \(step)")
            }
            #expect(heap.count == reference.count)
        }
        var last: (Double, Int32) = (-1, -1)
        while let (key, value) = heap.pop() {
            #expect(last.0 < key || (last.0 == key && last.1 <= value))
            last = (key, value)
        }
        #expect(heap.isEmpty && heap.pop() == nil)
    }
}
