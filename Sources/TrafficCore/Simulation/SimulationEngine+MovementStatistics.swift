// Stop-line statistics per movement: flat arrays, updated once per transfer, no allocation in the hot loop.

/// Per-movement counters the engine updates at every stop-line departure (see `MovementStatistics`).
struct MovementRecorder: Sendable {
    var served: [Int32]
    var totalDelay: [Double]
    var stops: [Int32]
    var maxQueue: [Int32]
    /// Vehicles of the movement counted as having reached the stop line so far (cumulative).
    var reached: [Int32]
    /// The last vehicle of the movement's queue counted in `reached`, or −1 (count from the head next time).
    var countedTail: [Int32]

    init(movementCount: Int) {
        served = [Int32](repeating: 0, count: movementCount)
        totalDelay = [Double](repeating: 0, count: movementCount)
        stops = [Int32](repeating: 0, count: movementCount)
        maxQueue = [Int32](repeating: 0, count: movementCount)
        reached = [Int32](repeating: 0, count: movementCount)
        countedTail = [Int32](repeating: -1, count: movementCount)
    }

    func statistics(simulatedTime: Double) -> [MovementStatistics] {
        served.indices.map { m in
            MovementStatistics(
                served: Int(served[m]), totalDelay: totalDelay[m], stops: Int(stops[m]), maxQueue: Int(maxQueue[m]),
                meanQueue: simulatedTime > 0 ? totalDelay[m] / simulatedTime : 0)
        }
    }
}

extension SimulationEngine {
    /// Records the departure of the head of movement queue `m` across the stop line at `time`; call before
    /// the head is dequeued.
    ///
    /// The standing queue is counted incrementally: ready times along a movement queue are non-decreasing
    /// (vehicles enter a link in order and share its free-flow time), so the vehicles standing at `time` are
    /// a prefix of the queue; a per-movement cursor walks each vehicle once.
    /// - Complexity: amortised O(1) per departure.
    @inline(__always)
    mutating func recordStopLineDeparture(movement m: Int, at time: Double) {
        let head = queues.head[m]
        let tail = recorder.movements.countedTail[m]
        var cursor = tail >= 0 ? queues.next[Int(tail)] : head
        while cursor >= 0 && vehicles.readyTime[Int(cursor)] <= time {
            recorder.movements.reached[m] += 1
            recorder.movements.countedTail[m] = cursor
            cursor = queues.next[Int(cursor)]
        }
        let standing = recorder.movements.reached[m] - recorder.movements.served[m]
        if standing > recorder.movements.maxQueue[m] { recorder.movements.maxQueue[m] = standing }
        recorder.movements.served[m] += 1
        let wait = time - vehicles.readyTime[Int(head)]
        if wait > 0 { recorder.movements.totalDelay[m] += wait }
        if wait >= MovementStatistics.stopThreshold { recorder.movements.stops[m] += 1 }
        if recorder.movements.countedTail[m] == head { recorder.movements.countedTail[m] = -1 }
    }
}
