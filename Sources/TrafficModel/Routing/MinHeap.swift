/// A binary min-heap of (key, value) pairs ordered by key, then value (deterministic ties).
///
/// Used by Dijkstra and by the simulation's node schedule. Keys and values live in two contiguous arrays.
struct MinHeap: Sendable {
    private(set) var keys: [Double] = []
    private(set) var values: [Int32] = []

    var isEmpty: Bool { keys.isEmpty }
    var count: Int { keys.count }

    /// The smallest key, if any.
    var minKey: Double? { keys.first }

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    private func less(_ i: Int, _ j: Int) -> Bool {
        keys[i] < keys[j] || (keys[i] == keys[j] && values[i] < values[j])
    }

    /// - Complexity: O(log n)
    mutating func push(_ key: Double, _ value: Int32) {
        keys.append(key)
        values.append(value)
        var i = keys.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard less(i, parent) else { break }
            keys.swapAt(i, parent)
            values.swapAt(i, parent)
            i = parent
        }
    }

    /// - Complexity: O(log n)
    mutating func pop() -> (key: Double, value: Int32)? {
        guard let key = keys.first else { return nil }
        let value = values[0]
        let last = keys.count - 1
        keys.swapAt(0, last)
        values.swapAt(0, last)
        keys.removeLast()
        values.removeLast()
        var i = 0
        let n = keys.count
        while true {
            let l = 2 * i + 1
            if l >= n { break }
            var child = l
            if l + 1 < n && less(l + 1, l) { child = l + 1 }
            guard less(child, i) else { break }
            keys.swapAt(i, child)
            values.swapAt(i, child)
            i = child
        }
        return (key, value)
    }
}
