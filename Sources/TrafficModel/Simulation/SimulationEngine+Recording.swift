// Time series, snapshots, gridlock detection and the final result.

extension SimulationEngine {
    /// Credits a vehicle's stay on link `l` ([entry, exit), driving until `ready`, standing afterwards) to
    /// the output intervals it overlaps. - Complexity: O(intervals spanned), usually 1–2.
    @inline(__always)
    mutating func creditStay(link l: Int, entry: Double, ready: Double, exit: Double, exited: Bool) {
        let interval = outputInterval
        let last = min(intervalCount - 1, Int(exit / interval))
        let first = min(last, Int(entry / interval))
        let drivingEnd = min(ready, exit)
        let speed = linkSpeed[l]
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

    func snapshot(at time: Double) -> NetworkSnapshot {
        var onLinks = 0
        for o in linkOccupancy { onLinks += Int(o) }
        return NetworkSnapshot(
            time: time, departed: departedCount, arrived: arrivedCount, enRoute: onLinks,
            waitingToDepart: waitingCount)
    }

    mutating func recordSnapshotIfDue(at time: Double) {
        guard time + 1e-9 >= nextSnapshot else { return }
        snapshots.append(snapshot(at: time))
        while nextSnapshot <= time + 1e-9 { nextSnapshot += outputInterval }
    }

    /// Declares gridlock when no vehicle has moved for `gridlockTimeout` and every waiting vehicle is
    /// blocked by a full downstream link (so nothing can ever move again). Returns true on gridlock.
    mutating func checkGridlock(at time: Double) -> Bool {
        if movedThisStep || departedCount == arrivedCount {
            lastMovement = time
            return false
        }
        guard gridlock == nil, time - lastMovement >= gridlockTimeout, time >= nextStuckScan else { return false }
        guard let blocked = blockedLinksIfStuck(at: time) else {
            nextStuckScan = time + max(step, min(gridlockTimeout / 10, 10))
            return false
        }
        gridlock = GridlockReport(
            time: time, lastMovement: lastMovement, stuckVehicles: departedCount - arrivedCount + waitingCount,
            blockedLinks: blocked.prefix(50).map { linkNames[$0] })
        return true
    }

    /// The full links blocking queue heads when *every* head is blocked by a full link (no freed space on
    /// its way either); nil as soon as one head is still driving, can arrive, or only waits for green or a
    /// headway. - Complexity: O(queues); only run after `gridlockTimeout` without any movement.
    func blockedLinksIfStuck(at time: Double) -> [Int]? {
        var blocked = Set<Int>()
        for q in 0..<(movementCount + 2 * linkCount) {
            let v = queueHead[q]
            if v < 0 { continue }
            let downstream: Int
            if q < movementCount {
                if readyTime[Int(v)] > time { return nil }
                downstream = Int(movementTo[q])
            } else if q < movementCount + linkCount {
                return nil  // an arrival is always possible
            } else {
                downstream = q - movementCount - linkCount
            }
            if spaceAvailable(link: downstream, atOrAfter: time) < .infinity { return nil }
            blocked.insert(downstream)
        }
        return blocked.sorted()
    }

    /// Credits vehicles still on the network up to the end and assembles the result.
    mutating func finish(wallTime: Double) -> SimulationResult {
        let end = simulatedUntil
        var vehicleSecondsTotal = 0.0
        var travelTimeSum = 0.0
        var delaySum = 0.0
        var departDelaySum = 0.0
        for record in tripRecords {
            travelTimeSum += record.duration
            delaySum += record.timeLoss
            vehicleSecondsTotal += record.duration
        }
        for v in 0..<nextRelease where state[v] == .onNetwork || state[v] == .arrived {
            departDelaySum += departure[v] - scheduledDeparture[v]
            guard state[v] == .onNetwork else { continue }
            vehicleSecondsTotal += end - departure[v]
            let link = Int(routeLinks[Int(routePosition[v])])
            creditStay(link: link, entry: entryTime[v], ready: readyTime[v], exit: end, exited: false)
        }
        let summary = SimulationSummary(
            tripsTotal: vehicleCount, vehiclesDeparted: departedCount, vehiclesArrived: arrivedCount,
            vehiclesUnfinished: departedCount - arrivedCount, vehiclesWaitingToDepart: waitingCount,
            vehiclesUnroutable: unroutableIDs.count,
            meanTravelTime: arrivedCount > 0 ? travelTimeSum / Double(arrivedCount) : 0,
            totalDelay: delaySum, totalDepartDelay: departDelaySum, vehicleSecondsSimulated: vehicleSecondsTotal,
            simulatedTime: end, wallTime: wallTime, gridlock: GridlockSummary(gridlock))
        let series = LinkTimeSeries(
            interval: outputInterval, intervalCount: intervalCount, linkIDs: linkNames, linkLengths: linkLength,
            vehicleSeconds: vehicleSeconds, vehicleMetres: vehicleMetres, queuedSeconds: queuedSeconds, exits: exits)
        return SimulationResult(
            summary: summary, status: gridlock.map { .gridlock($0) } ?? .completed, trips: tripRecords,
            unroutableTripIDs: unroutableIDs, snapshots: snapshots, linkSeries: series,
            movementStatistics: movementRecorder.statistics(simulatedTime: end))
    }
}
