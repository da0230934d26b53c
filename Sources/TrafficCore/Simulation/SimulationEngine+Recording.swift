// Snapshots, gridlock detection and the final result.

extension SimulationEngine {
    func snapshot(at time: Double) -> NetworkSnapshot {
        NetworkSnapshot(
            time: time, departed: status.departed, arrived: status.arrived, enRoute: links.vehiclesOnLinks(),
            waitingToDepart: status.waiting)
    }

    mutating func recordSnapshotIfDue(at time: Double) {
        guard time + 1e-9 >= recorder.nextSnapshot else { return }
        recorder.snapshots.append(snapshot(at: time))
        while recorder.nextSnapshot <= time + 1e-9 { recorder.nextSnapshot += outputInterval }
    }

    /// Declares gridlock when no vehicle has moved for `gridlockTimeout` and every waiting vehicle is
    /// blocked by a full downstream link (so nothing can ever move again). Returns true on gridlock.
    mutating func checkGridlock(at time: Double) -> Bool {
        if status.movedThisStep || status.departed == status.arrived {
            status.lastMovement = time
            return false
        }
        guard status.gridlock == nil, time - status.lastMovement >= gridlockTimeout, time >= status.nextStuckScan
        else { return false }
        guard let blocked = blockedLinksIfStuck(at: time) else {
            status.nextStuckScan = time + max(step, min(gridlockTimeout / 10, 10))
            return false
        }
        status.gridlock = GridlockReport(
            time: time, lastMovement: status.lastMovement,
            stuckVehicles: status.departed - status.arrived + status.waiting,
            blockedLinks: blocked.prefix(50).map { network.linkNames[$0] })
        return true
    }

    /// The full links blocking queue heads when *every* head is blocked by a full link (no freed space on
    /// its way either); nil as soon as one head is still driving, can arrive, or only waits for green or a
    /// headway. - Complexity: O(queues); only run after `gridlockTimeout` without any movement.
    func blockedLinksIfStuck(at time: Double) -> [Int]? {
        var blocked = Set<Int>()
        let movementCount = network.movementCount
        let linkCount = network.linkCount
        for q in 0..<network.queueCount {
            let v = queues.head[q]
            if v < 0 { continue }
            let downstream: Int
            if q < movementCount {
                if vehicles.readyTime[Int(v)] > time { return nil }
                downstream = Int(network.movementTo[q])
            } else if q < movementCount + linkCount {
                return nil  // an arrival is always possible
            } else {
                downstream = q - movementCount - linkCount
            }
            if links.spaceAvailable(link: downstream, atOrAfter: time) < .infinity { return nil }
            blocked.insert(downstream)
        }
        return blocked.sorted()
    }

    /// Credits vehicles still on the network up to the end and assembles the result.
    mutating func finish(wallTime: Double) -> SimulationResult {
        let end = status.simulatedUntil
        var vehicleSecondsTotal = 0.0
        var travelTimeSum = 0.0
        var delaySum = 0.0
        var departDelaySum = 0.0
        for record in recorder.tripRecords {
            travelTimeSum += record.duration
            delaySum += record.timeLoss
            vehicleSecondsTotal += record.duration
        }
        for v in 0..<insertion.nextRelease where vehicles.state[v] == .onNetwork || vehicles.state[v] == .arrived {
            departDelaySum += vehicles.departure[v] - vehicles.scheduledDeparture[v]
            guard vehicles.state[v] == .onNetwork else { continue }
            vehicleSecondsTotal += end - vehicles.departure[v]
            let link = Int(routes.links[Int(vehicles.routePosition[v])])
            recorder.creditStay(
                link: link, speed: network.linkSpeed[link], entry: vehicles.entryTime[v],
                ready: vehicles.readyTime[v], exit: end, exited: false)
        }
        let summary = SimulationSummary(
            tripsTotal: vehicles.count, vehiclesDeparted: status.departed, vehiclesArrived: status.arrived,
            vehiclesUnfinished: status.departed - status.arrived, vehiclesWaitingToDepart: status.waiting,
            vehiclesUnroutable: status.unroutableIDs.count,
            vehiclesScheduledAfterEnd: vehicles.count - status.departed - status.waiting - status.unroutableIDs.count,
            meanTravelTime: status.arrived > 0 ? travelTimeSum / Double(status.arrived) : 0,
            totalDelay: delaySum, totalDepartDelay: departDelaySum, vehicleSecondsSimulated: vehicleSecondsTotal,
            simulatedTime: end, wallTime: wallTime, gridlock: GridlockSummary(status.gridlock))
        let series = LinkTimeSeries(
            interval: outputInterval, intervalCount: intervalCount, linkIDs: network.linkNames,
            linkLengths: network.linkLength, vehicleSeconds: recorder.vehicleSeconds,
            vehicleMetres: recorder.vehicleMetres, queuedSeconds: recorder.queuedSeconds, exits: recorder.exits)
        var result = SimulationResult(
            summary: summary, status: status.gridlock.map { .gridlock($0) } ?? .completed,
            trips: recorder.tripRecords, unroutableTripIDs: status.unroutableIDs, snapshots: recorder.snapshots,
            linkSeries: series, movementStatistics: recorder.movements.statistics(simulatedTime: end))
        result.signalControl = signalControlReport(trips: result.trips)
        return result
    }
}
