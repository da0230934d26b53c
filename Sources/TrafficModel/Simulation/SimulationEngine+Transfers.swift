// Node transfers, arrivals and insertions: the hot loop. No dictionaries, strings or allocations here.

extension SimulationEngine {
    /// Processes every node whose wake time falls before `t1`, in time order.
    mutating func transferAtNodes(from t0: Double, to t1: Double) {
        while let key = nodeHeap.minKey, key < t1 {
            let (time, node) = nodeHeap.pop()!
            let n = Int(node)
            guard time == nodeWake[n] else { continue }  // superseded by an earlier wake-up
            nodeWake[n] = .infinity
            processNode(n, from: t0, to: t1)
        }
    }

    /// Serves the queues at node `n` within [t0, t1): repeatedly moves the head vehicle with the earliest
    /// feasible transfer time (ties: the one that reached the stop line first, then queue order).
    /// - Complexity: O(queues at the node) per vehicle moved.
    mutating func processNode(_ n: Int, from t0: Double, to t1: Double) {
        let lower = Int(nodeQueueStart[n])
        let upper = Int(nodeQueueStart[n + 1])
        while true {
            var bestTime = Double.infinity
            var bestReady = Double.infinity
            var bestQueue = -1
            for i in lower..<upper {
                let q = Int(nodeQueues[i])
                let v = queueHead[q]
                if v < 0 { continue }
                let ready = readyTime[Int(v)]
                let time: Double
                if q < movementCount {
                    time = transferTime(movement: q, ready: ready, from: t0, to: t1)
                } else {
                    let t = max(ready, t0)
                    time = t < t1 ? t : .infinity
                }
                if time < bestTime || (time == bestTime && time < .infinity && ready < bestReady) {
                    bestTime = time
                    bestReady = ready
                    bestQueue = q
                }
            }
            if bestQueue < 0 { break }
            if bestQueue < movementCount {
                transfer(movement: bestQueue, at: bestTime)
            } else {
                arrive(queue: bestQueue, at: bestTime)
            }
        }
        // Sleep until the earliest time a head could move; a head waiting for space polls every step.
        var earliest = Double.infinity
        for i in lower..<upper {
            let q = Int(nodeQueues[i])
            let v = queueHead[q]
            if v < 0 { continue }
            let ready = readyTime[Int(v)]
            earliest = min(earliest, q < movementCount ? earliestWake(movement: q, ready: ready, after: t1) : ready)
            if earliest <= t1 { break }
        }
        if earliest < .infinity { schedule(node: n, at: max(earliest, t1)) }
    }

    /// A lower bound ≥ `t1` on when the head of movement queue `m` can move: its ready time, headways and
    /// next green are fixed or only get later; freed space already on its way counts, a full link means
    /// "retry at `t1`" (an exit elsewhere may free space at any time).
    @inline(__always)
    func earliestWake(movement m: Int, ready: Double, after t1: Double) -> Double {
        let to = Int(movementTo[m])
        var time = max(max(ready, t1), max(movementFree[m], max(linkOutFree[Int(movementFrom[m])], linkInFree[to])))
        let group = Int(movementGroup[m])
        if group >= 0 { time = nextGreen(group, atOrAfter: time) }
        let space = spaceAvailable(link: to, atOrAfter: time)
        return space < .infinity ? space : t1
    }

    /// Earliest time in [t0, t1) at which the head of movement queue `m` (ready at `ready`) can move, or +∞.
    @inline(__always)
    func transferTime(movement m: Int, ready: Double, from t0: Double, to t1: Double) -> Double {
        let from = Int(movementFrom[m])
        let to = Int(movementTo[m])
        var time = max(max(ready, t0), max(movementFree[m], max(linkOutFree[from], linkInFree[to])))
        if time >= t1 { return .infinity }
        let group = Int(movementGroup[m])
        // Green and space can each push the other later; both only move forward, bounded by t1.
        while true {
            if group >= 0 {
                time = nextGreen(group, atOrAfter: time)
                if time >= t1 { return .infinity }
            }
            let spaceTime = spaceAvailable(link: to, atOrAfter: time)
            if spaceTime >= t1 { return .infinity }
            if spaceTime == time { return time }
            time = spaceTime
        }
    }

    /// Earliest time ≥ `time` at which link `l` can take one more vehicle at its upstream end, or +∞ if
    /// that needs a vehicle to leave first. Occupancy plus not-yet-propagated freed space must stay below
    /// the storage capacity.
    @inline(__always)
    func spaceAvailable(link l: Int, atOrAfter time: Double) -> Double {
        let pending = Int(pendingCount[l])
        let excess = Int(linkOccupancy[l]) + pending - Int(linkStorage[l]) + 1
        if excess <= 0 { return time }
        if excess > pending { return .infinity }
        let capacity = Int(pendingCapacity[l])
        let slot = (Int(pendingHead[l]) + excess - 1) % capacity
        return max(time, pendingTimes[Int(pendingBase[l]) + slot])
    }

    /// Moves the head of movement queue `m` onto the movement's to-link at `time`.
    mutating func transfer(movement m: Int, at time: Double) {
        recordStopLineDeparture(movement: m, at: time)
        let v = Int(dequeue(m))
        let from = Int(movementFrom[m])
        let to = Int(movementTo[m])
        leave(vehicle: v, link: from, at: time)
        movementFree[m] = time + movementHeadway[m]
        linkOutFree[from] = time + linkOutHeadway[from]
        linkInFree[to] = time + linkInHeadway[to]
        routePosition[v] += 1
        enter(vehicle: v, link: to, at: time)
    }

    /// The head of an arrival queue reaches the end of its destination link: the trip is complete (unless a
    /// parking trip searches on, `parkOrSearch`).
    mutating func arrive(queue q: Int, at time: Double) {
        let v = Int(dequeue(q))
        let link = q - movementCount
        if parking != nil && !parkOrSearch(vehicle: v, link: link, at: time) { return }
        leave(vehicle: v, link: link, at: time)
        state[v] = .arrived
        arrivedCount += 1
        let duration = time - departure[v]
        tripRecords.append(
            TripRecord(
                id: tripIDs[v], depart: departure[v], departDelay: departure[v] - scheduledDeparture[v],
                arrival: time, duration: duration, routeLength: routeLength[v], waitingTime: waitingTime[v],
                timeLoss: max(0, duration - freeFlowTime[v]), rerouteCount: Int(rerouteCount[v])))
    }

    /// Vehicle `v` leaves link `l` at `time`: frees space (after the backward-wave delay) and credits stats.
    @inline(__always)
    mutating func leave(vehicle v: Int, link l: Int, at time: Double) {
        linkOccupancy[l] -= 1
        let capacity = Int(pendingCapacity[l])
        let count = Int(pendingCount[l])
        let base = Int(pendingBase[l])
        var release = time + linkWaveDelay[l]
        if count > 0 {
            // Keep the ring sorted: transfers within a step can be served slightly out of time order.
            let last = pendingTimes[base + (Int(pendingHead[l]) + count - 1) % capacity]
            release = max(release, last)
        }
        pendingTimes[base + (Int(pendingHead[l]) + count) % capacity] = release
        pendingCount[l] += 1
        let ready = readyTime[v]
        if time > ready { waitingTime[v] += time - ready }
        creditStay(link: l, entry: entryTime[v], ready: ready, exit: time, exited: true)
        exitCountSinceReroute[l] += 1
        travelTimeSinceReroute[l] += time - entryTime[v]
        movedThisStep = true
    }

    /// Vehicle `v` enters link `l` at `time` (its route position already points at `l`).
    @inline(__always)
    mutating func enter(vehicle v: Int, link l: Int, at time: Double) {
        // Drop freed-space records that have reached the upstream end by now.
        let capacity = Int(pendingCapacity[l])
        let base = Int(pendingBase[l])
        while pendingCount[l] > 0 && pendingTimes[base + Int(pendingHead[l])] <= time {
            pendingHead[l] = Int32((Int(pendingHead[l]) + 1) % capacity)
            pendingCount[l] -= 1
        }
        linkOccupancy[l] += 1
        entryTime[v] = time
        let ready = time + linkFreeFlowTime[l]
        readyTime[v] = ready
        freeFlowTime[v] += linkFreeFlowTime[l]
        routeLength[v] += linkLength[l]
        let next = routeMovements[Int(routePosition[v])]
        let q = next >= 0 ? Int(next) : movementCount + l
        if enqueue(Int32(v), q) { schedule(node: Int(linkToNode[l]), at: ready) }
        movedThisStep = true
    }

    /// Moves waiting vehicles from origin queues onto their first link, subject to the link's inflow
    /// headway and storage; vehicles that cannot enter keep waiting (they are not yet departed).
    mutating func insertFromOrigins(from t0: Double, to t1: Double) {
        var i = 0
        while i < activeOrigins.count {
            let l = Int(activeOrigins[i])
            let q = movementCount + linkCount + l
            while queueHead[q] >= 0 {
                let v = Int(queueHead[q])
                var time = max(max(scheduledDeparture[v], t0), linkInFree[l])
                if time >= t1 { break }
                time = spaceAvailable(link: l, atOrAfter: time)
                if time >= t1 { break }
                _ = dequeue(q)
                waitingCount -= 1
                departedCount += 1
                departure[v] = time
                state[v] = .onNetwork
                linkInFree[l] = time + linkInHeadway[l]
                enter(vehicle: v, link: l, at: time)
            }
            if queueHead[q] < 0 {
                originActive[l] = false
                activeOrigins.swapAt(i, activeOrigins.count - 1)
                activeOrigins.removeLast()
            } else {
                i += 1
            }
        }
    }
}
