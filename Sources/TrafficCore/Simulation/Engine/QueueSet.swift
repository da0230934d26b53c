/// Every queue of the run as singly linked lists of vehicles: movement queues at link ends, arrival queues on
/// destination links, origin queues of vehicles waiting to enter (numbering at `CompiledNetwork`).
struct QueueSet: Sendable {
    var head: [Int32]
    var tail: [Int32]
    /// Per vehicle: the vehicle behind it in its queue, −1 at the tail.
    var next: [Int32]

    init(queueCount: Int, vehicleCount: Int) {
        head = [Int32](repeating: -1, count: queueCount)
        tail = [Int32](repeating: -1, count: queueCount)
        next = [Int32](repeating: -1, count: vehicleCount)
    }

    /// Appends `v` to queue `q`; returns true when the queue was empty.
    @inline(__always)
    mutating func enqueue(_ v: Int32, _ q: Int) -> Bool {
        next[Int(v)] = -1
        let last = tail[q]
        if last < 0 { head[q] = v } else { next[Int(last)] = v }
        tail[q] = v
        return last < 0
    }

    /// Removes and returns the head of queue `q` (which must not be empty).
    @inline(__always)
    mutating func dequeue(_ q: Int) -> Int32 {
        let v = head[q]
        let after = next[Int(v)]
        head[q] = after
        if after < 0 { tail[q] = -1 }
        return v
    }

    /// Removes `v` from queue `q` wherever it stands (it must be in it). - Complexity: O(position in the queue);
    /// for the rare re-queueing of a vehicle whose movement a measure closed.
    mutating func remove(_ v: Int32, from q: Int) {
        var previous: Int32 = -1
        var current = head[q]
        while current >= 0 && current != v {
            previous = current
            current = next[Int(current)]
        }
        precondition(current == v, "vehicle \(v) is not in queue \(q)")
        let after = next[Int(v)]
        if previous < 0 { head[q] = after } else { next[Int(previous)] = after }
        if tail[q] == v { tail[q] = previous }
        next[Int(v)] = -1
    }
}
