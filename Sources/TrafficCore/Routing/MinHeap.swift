/// A 4-ary min-heap of (key, value) pairs ordered by key, then value (deterministic ties).
///
/// Used by Dijkstra and by the simulation's node schedule. Keys and values live in two contiguous arrays.
/// Because the order is total, the sequence of pops depends only on what was pushed, not on the heap's shape:
/// a 4-ary heap (half the levels of a binary one, fewer cache misses) pops exactly what a binary heap would.
/// Sifting moves a hole instead of swapping pairs.
///
/// Inlinable: the parking search in TrafficStudies runs its own Dijkstra and event queues on it (measured: as
/// calls across the module boundary they cost 0.6 % of the demo's parking study, bench/RESULTS.md).
package struct MinHeap: Sendable {
    @usableFromInline var keys: [Double] = []
    @usableFromInline var values: [Int32] = []

    package init() {}

    @inlinable package var isEmpty: Bool { keys.isEmpty }
    @inlinable package var count: Int { keys.count }

    /// The smallest key, if any.
    @inlinable package var minKey: Double? { keys.first }

    @inlinable package mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
    }

    @inlinable @inline(__always)
    static func less(_ key: Double, _ value: Int32, _ otherKey: Double, _ otherValue: Int32) -> Bool {
        key < otherKey || (key == otherKey && value < otherValue)
    }

    /// - Complexity: O(log n)
    @inlinable package mutating func push(_ key: Double, _ value: Int32) {
        keys.append(key)
        values.append(value)
        keys.withUnsafeMutableBufferPointer { k in
            values.withUnsafeMutableBufferPointer { v in
                var i = k.count - 1
                while i > 0 {
                    let parent = (i - 1) >> 2
                    guard Self.less(key, value, k[parent], v[parent]) else { break }
                    k[i] = k[parent]
                    v[i] = v[parent]
                    i = parent
                }
                k[i] = key
                v[i] = value
            }
        }
    }

    /// - Complexity: O(log n)
    @inlinable package mutating func pop() -> (key: Double, value: Int32)? {
        guard let top = keys.first else { return nil }
        let topValue = values[0]
        let lastKey = keys.removeLast()
        let lastValue = values.removeLast()
        let n = keys.count
        guard n > 0 else { return (top, topValue) }
        keys.withUnsafeMutableBufferPointer { k in
            values.withUnsafeMutableBufferPointer { v in
                var i = 0
                while true {
                    let first = 4 * i + 1
                    if first >= n { break }
                    var best = first
                    var c = first + 1
                    let end = min(first + 4, n)
                    while c < end {
                        if Self.less(k[c], v[c], k[best], v[best]) { best = c }
                        c += 1
                    }
                    guard Self.less(k[best], v[best], lastKey, lastValue) else { break }
                    k[i] = k[best]
                    v[i] = v[best]
                    i = best
                }
                k[i] = lastKey
                v[i] = lastValue
            }
        }
        return (top, topValue)
    }
}
