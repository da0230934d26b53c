/// When each node next needs attention: nodes sleep in a min-heap until their earliest queue head could move.
struct NodeSchedule: Sendable {
    /// Per node: the time it is due (+∞: asleep with nothing to do).
    var wake: [Double]
    var heap = MinHeap()

    init(nodeCount: Int) {
        wake = [Double](repeating: .infinity, count: nodeCount)
    }

    /// Wakes node `n` at `time` unless it is already due earlier.
    @inline(__always)
    mutating func schedule(node n: Int, at time: Double) {
        if time < wake[n] {
            wake[n] = time
            heap.push(time, Int32(n))
        }
    }

    /// The next node due before `t1`, taken off the schedule; nil when none is. Superseded entries (a node
    /// rescheduled earlier) are skipped.
    @inline(__always)
    mutating func nextDue(before t1: Double) -> Int? {
        while let key = heap.minKey, key < t1 {
            let (time, node) = heap.pop()!
            let n = Int(node)
            guard time == wake[n] else { continue }
            wake[n] = .infinity
            return n
        }
        return nil
    }
}
