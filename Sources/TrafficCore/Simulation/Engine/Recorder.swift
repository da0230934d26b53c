/// What the run records for its result: per-link time series, network snapshots and trip records; stop-line
/// statistics per movement live in `MovementRecorder`.
struct Recorder: Sendable {
    let interval: Double
    let intervalCount: Int
    let linkCount: Int
    /// Per (interval, link) cell, index `k * linkCount + l`.
    var vehicleSeconds: [Double]
    var vehicleMetres: [Double]
    var queuedSeconds: [Double]
    var exits: [Int32]
    /// Per (interval, movement) cell, index `k * movementCount + m`: vehicles past the stop line.
    var movementExits: [Int32]
    let movementCount: Int
    var snapshots: [NetworkSnapshot] = []
    var nextSnapshot: Double
    var tripRecords: [TripRecord] = []
    var movements: MovementRecorder

    init(interval: Double, intervalCount: Int, linkCount: Int, movementCount: Int) {
        self.interval = interval
        self.intervalCount = intervalCount
        self.linkCount = linkCount
        let cells = intervalCount * linkCount
        vehicleSeconds = [Double](repeating: 0, count: cells)
        vehicleMetres = [Double](repeating: 0, count: cells)
        queuedSeconds = [Double](repeating: 0, count: cells)
        exits = [Int32](repeating: 0, count: cells)
        self.movementCount = movementCount
        movementExits = [Int32](repeating: 0, count: intervalCount * movementCount)
        nextSnapshot = interval
        movements = MovementRecorder(movementCount: movementCount)
    }

    /// Credits a vehicle's stay on link `l` ([entry, exit), driving at `speed` until `ready`, standing
    /// afterwards) to the output intervals it overlaps. - Complexity: O(intervals spanned), usually 1–2.
    @inline(__always)
    mutating func creditStay(link l: Int, speed: Double, entry: Double, ready: Double, exit: Double, exited: Bool) {
        let last = min(intervalCount - 1, Int(exit / interval))
        let first = min(last, Int(entry / interval))
        let drivingEnd = min(ready, exit)
        for k in first...last {
            let a = Double(k) * interval
            let b = k == intervalCount - 1 ? Double.infinity : a + interval
            let cell = k * linkCount + l
            let stay = min(exit, b) - max(entry, a)
            if stay > 0 { vehicleSeconds[cell] += stay }
            let driving = min(drivingEnd, b) - max(entry, a)
            if driving > 0 { vehicleMetres[cell] += driving * speed }
            let standing = min(exit, b) - max(ready, a)
            if standing > 0 { queuedSeconds[cell] += standing }
        }
        if exited { exits[last * linkCount + l] += 1 }
    }

    /// Counts a vehicle passing movement `m`'s stop line at `time`.
    @inline(__always)
    mutating func creditTurn(movement m: Int, at time: Double) {
        let k = min(intervalCount - 1, Int(time / interval))
        movementExits[k * movementCount + m] += 1
    }
}
