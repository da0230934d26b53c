/// Per-link and per-movement flow state: occupancy, the headways that bound the next transfer, and the space
/// freed by departing vehicles on its way back to the upstream end (link transmission model, receiving side).
struct LinkFlowState: Sendable {
    var occupancy: [Int32]
    /// Earliest time the link's upstream end takes the next vehicle (inflow headway).
    var inFree: [Double]
    /// Earliest time the link's downstream end lets the next vehicle go (outflow headway).
    var outFree: [Double]
    /// Earliest time a movement lets the next vehicle go (movement headway).
    var movementFree: [Double]
    /// Time the last vehicle of each movement passed its stop line, per lane slot (`CompiledNetwork.laneSlot`):
    /// `maximumSlots` entries per movement (gap acceptance of the movements yielding to it).
    var lastPassSlot: [Double]
    /// Time the last vehicle left each link (onto the next link or arriving at its end).
    var lastExit: [Double]
    /// Per movement: the factor on its headway while a vehicle waiting for a full turn blocks some of its lanes and
    /// the vehicles behind pass it (`SimulationEngine.passLaneBlockedHead`); back to 1 once the vehicle passed is no
    /// longer waiting right behind the head.
    var laneShare: [Double]
    /// Vehicles per lane, `CompiledNetwork.maximumLanes` entries per link (`SimulationEngine.entryLane`).
    var laneOccupancy: [Int32]
    /// The link's storage N (a lane closure lowers it for a while: `Measure.Action.capacity`).
    var storage: [Int32]
    /// The capacity of each link's ring of freed-space times: its storage when the run starts (the most that can be
    /// pending, as storage only ever falls below it).
    let ringCapacity: [Int32]
    /// Per-link ring buffer of times at which freed space reaches the upstream end (sorted).
    let pendingBase: [Int32]
    var pendingHead: [Int32]
    var pendingCount: [Int32]
    var pendingTimes: [Double]

    init(network: CompiledNetwork) {
        let links = network.linkCount
        occupancy = [Int32](repeating: 0, count: links)
        laneOccupancy = [Int32](repeating: 0, count: links * CompiledNetwork.maximumLanes)
        laneShare = [Double](repeating: 1, count: network.movementCount)
        inFree = [Double](repeating: -.infinity, count: links)
        outFree = [Double](repeating: -.infinity, count: links)
        movementFree = [Double](repeating: -.infinity, count: network.movementCount)
        lastPassSlot = [Double](
            repeating: -.infinity, count: network.movementCount * CompiledNetwork.maximumSlots)
        lastExit = [Double](repeating: 0, count: links)
        storage = network.linkStorage
        ringCapacity = network.linkStorage
        var base: [Int32] = []
        var total: Int32 = 0
        for s in ringCapacity {
            base.append(total)
            total += s
        }
        pendingBase = base
        pendingHead = [Int32](repeating: 0, count: links)
        pendingCount = [Int32](repeating: 0, count: links)
        pendingTimes = [Double](repeating: 0, count: Int(total))
    }

    /// Earliest time ≥ `time` at which link `l` can take one more vehicle at its upstream end, or +∞ if
    /// that needs a vehicle to leave first. Occupancy plus not-yet-propagated freed space must stay below
    /// the storage capacity.
    @inline(__always)
    func spaceAvailable(link l: Int, atOrAfter time: Double) -> Double {
        let pending = Int(pendingCount[l])
        let excess = Int(occupancy[l]) + pending - Int(storage[l]) + 1
        if excess <= 0 { return time }
        if excess > pending { return .infinity }
        let capacity = Int(ringCapacity[l])
        let slot = (Int(pendingHead[l]) + excess - 1) % capacity
        return max(time, pendingTimes[Int(pendingBase[l]) + slot])
    }

    /// A vehicle leaves link `l` at `time`; its space reaches the upstream end `waveDelay` later.
    @inline(__always)
    mutating func release(link l: Int, at time: Double, waveDelay: Double) {
        occupancy[l] -= 1
        let capacity = Int(ringCapacity[l])
        var count = Int(pendingCount[l])
        let base = Int(pendingBase[l])
        var release = time + waveDelay
        if count == capacity {
            // Only a link filled beyond its storage (a teleport) can free more space than its ring holds: the
            // oldest record, due first, is taken as arrived.
            pendingHead[l] = Int32((Int(pendingHead[l]) + 1) % capacity)
            pendingCount[l] -= 1
            count -= 1
        }
        if count > 0 {
            // Keep the ring sorted: transfers within a step can be served slightly out of time order.
            let last = pendingTimes[base + (Int(pendingHead[l]) + count - 1) % capacity]
            release = max(release, last)
        }
        pendingTimes[base + (Int(pendingHead[l]) + count) % capacity] = release
        pendingCount[l] += 1
    }

    /// Takes back the last freed-space record of link `l`: its space was taken again at once, by the vehicle of
    /// a swap (`SimulationEngine.swapTwinHeads`), so no space travels back.
    mutating func cancelLastRelease(link l: Int) {
        if pendingCount[l] > 0 { pendingCount[l] -= 1 }
    }

    /// A vehicle enters link `l` at `time`; freed-space records that have reached the upstream end by then
    /// are dropped first.
    @inline(__always)
    mutating func occupy(link l: Int, at time: Double) {
        let capacity = Int(ringCapacity[l])
        let base = Int(pendingBase[l])
        while pendingCount[l] > 0 && pendingTimes[base + Int(pendingHead[l])] <= time {
            pendingHead[l] = Int32((Int(pendingHead[l]) + 1) % capacity)
            pendingCount[l] -= 1
        }
        occupancy[l] += 1
    }

    /// Vehicles on links (sum of occupancies), counted independently of the run's counters.
    func vehiclesOnLinks() -> Int {
        var onLinks = 0
        for o in occupancy { onLinks += Int(o) }
        return onLinks
    }
}
