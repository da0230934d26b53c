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

    /// Notes (once per link, at most 50) queues whose head has stood at its stop line for the gridlock timeout
    /// while nothing left the link: a stop that never ends — a red longer than the run, a full link downstream,
    /// a gap that never comes (SUMO would teleport such vehicles; flowsim reports them). A warning, not a
    /// gridlock.
    /// - Complexity: O(movements) per scan.
    mutating func noteStalledQueues(at time: Double) {
        guard time >= gridlockTimeout, status.stalledQueues.count < 50 else { return }
        let limit = time - gridlockTimeout
        for m in 0..<network.movementCount {
            let v = Int(queues.head[m])
            if v < 0 { continue }
            let from = Int(network.movementFrom[m])
            guard links.lastExit[from] <= limit, vehicles.readyTime[v] <= limit,
                !status.stalledLinks.contains(Int32(from))
            else { continue }
            let group = Int(signals.movementGroup[m])
            let reason: String
            if measures.blockedUntil[m] > time {
                reason = "closed by a measure"
            } else if group >= 0 && signals.nextGreen(group, atOrAfter: time) > time {
                reason = "red"
            } else if waitsForRoom(movement: m, at: time) {
                reason = "no space on \(network.linkNames[Int(network.movementTo[m])])"
            } else {
                reason = "giving way"
            }
            status.stalledLinks.insert(Int32(from))
            status.stalledQueues.append(
                StalledQueue(
                    link: network.linkNames[from], since: time, reason: reason, vehicles: Int(links.occupancy[from])))
            if status.stalledQueues.count == 50 { return }
        }
    }

    /// Declares a local gridlock (once) when full links that let no vehicle out for `gridlockTimeout` wait for
    /// each other in a ring: the head of a queue on each wants onto the next, which is full too. Such a ring
    /// never clears (flowsim does not teleport), while the rest of the network may still move, so the global
    /// check above does not see it. Scanned every `gridlockTimeout` / 10 s (at most 10 s).
    /// - Complexity: O(links + movements) per scan.
    mutating func checkLocalGridlock(at time: Double) {
        guard time >= status.nextLocalScan else { return }
        let interval = max(step, min(gridlockTimeout / 10, 10))
        status.nextLocalScan = time + interval
        swapTwinHeads(at: time, stuckFor: interval)
        rotateStreetRings(at: time, stuckFor: interval)
        noteStalledQueues(at: time)
        guard status.localGridlock == nil, status.gridlock == nil, time >= gridlockTimeout else { return }
        let linkCount = network.linkCount
        var stuck = [Bool](repeating: false, count: linkCount)
        var any = false
        for l in 0..<linkCount
        where links.lastExit[l] <= time - gridlockTimeout && links.occupancy[l] > 0
            && links.spaceAvailable(link: l, atOrAfter: time) == .infinity
        {
            stuck[l] = true
            any = true
        }
        guard any else { return }
        // Edges: stuck link → the stuck to-link of a head waiting on it.
        var successors = [[Int32]](repeating: [], count: linkCount)
        for m in 0..<network.movementCount {
            let from = Int(network.movementFrom[m])
            let to = Int(network.movementTo[m])
            if stuck[from], stuck[to], queues.head[m] >= 0 { successors[from].append(Int32(to)) }
        }
        // A ring: depth-first search with colours (0 new, 1 on the path, 2 done), iterative.
        var colour = [UInt8](repeating: 0, count: linkCount)
        for start in 0..<linkCount where stuck[start] && colour[start] == 0 {
            var path: [(link: Int, next: Int)] = [(start, 0)]
            colour[start] = 1
            while let top = path.last {
                let out = successors[top.link]
                if top.next < out.count {
                    path[path.count - 1].next += 1
                    let n = Int(out[top.next])
                    if colour[n] == 1 {
                        let ring = path.map(\.link).drop { $0 != n }
                        status.localGridlock = GridlockReport(
                            time: time, lastMovement: ring.map { links.lastExit[$0] }.max() ?? time,
                            stuckVehicles: ring.reduce(0) { $0 + Int(links.occupancy[$1]) },
                            blockedLinks: ring.prefix(50).map { network.linkNames[$0] }, local: true)
                        return
                    }
                    if colour[n] == 0 {
                        colour[n] = 1
                        path.append((n, 0))
                    }
                } else {
                    colour[top.link] = 2
                    path.removeLast()
                }
            }
        }
    }

    /// Whether the head of movement queue `m` cannot enter its to-link at `time` for want of room: the link is
    /// full (no freed space on its way either), or every lane the head may take is.
    func waitsForRoom(movement m: Int, at time: Double) -> Bool {
        links.spaceAvailable(link: Int(network.movementTo[m]), atOrAfter: time) == .infinity || laneFull(movement: m)
    }

    /// With `SimulationConfiguration.teleportAfter` = T: every queue head that has stood at its stop line for T s
    /// (ready, and nothing has left its link since) because its next link is full moves onto that link all the
    /// same, beyond its storage — SUMO's `--time-to-teleport`, which resolves jams SUMO's own runs would otherwise
    /// keep. Not at red, not into a closed movement, not while giving way (that ends after
    /// `GapAcceptance.maximumWait`). Scanned every T / 10 s (at most 10 s).
    mutating func teleportStuckHeads(at time: Double) {
        guard let after = teleportAfter, time >= status.nextTeleportScan else { return }
        status.nextTeleportScan = time + max(step, min(after / 10, 10))
        for m in 0..<network.movementCount {
            let v = queues.head[m]
            if v < 0 { continue }
            let from = Int(network.movementFrom[m])
            guard vehicles.readyTime[Int(v)] <= time - after, links.lastExit[from] <= time - after,
                measures.blockedUntil[m] <= time, waitsForRoom(movement: m, at: time)
            else { continue }
            let group = Int(signals.movementGroup[m])
            if group >= 0 && signals.nextGreen(group, atOrAfter: time) > time { continue }
            transfer(movement: m, at: time)
            status.teleports += 1
        }
    }

    /// Two vehicles turning back at the two ends of one street — one on a link, one on its twin the other way,
    /// each waiting to enter the other's full link — pass each other on their own lanes: both move at once
    /// (after `stuckFor` s without an exit from either link, both green), and the link occupancies stay as
    /// they were. Without this, a street shorter than two vehicles would lock for good (storage is counted per
    /// direction and a vehicle can only enter once space is free). Only such twin pairs: a longer ring of full
    /// links is a gridlock and reported as one.
    mutating func swapTwinHeads(at time: Double, stuckFor: Double) {
        for m in 0..<network.movementCount {
            let v = queues.head[m]
            if v < 0 { continue }
            let x = Int(network.movementFrom[m])
            let y = Int(network.movementTo[m])
            guard x < y, network.linkToNode[y] == network.linkFromNode[x],
                network.linkFromNode[y] == network.linkToNode[x],
                vehicles.readyTime[Int(v)] <= time, measures.blockedUntil[m] <= time, links.lastExit[x] <= time - stuckFor,
                links.lastExit[y] <= time - stuckFor,
                links.spaceAvailable(link: y, atOrAfter: time) == .infinity,
                links.spaceAvailable(link: x, atOrAfter: time) == .infinity
            else { continue }
            // The movement back from y to x at the other end, with its head waiting too.
            let node = Int(network.linkToNode[y])
            var partner = -1
            for i in Int(network.nodeQueueStart[node])..<Int(network.nodeQueueStart[node + 1]) {
                let q = Int(network.nodeQueues[i])
                if q < network.movementCount, Int(network.movementFrom[q]) == y, Int(network.movementTo[q]) == x {
                    partner = q
                }
            }
            guard partner >= 0, queues.head[partner] >= 0, vehicles.readyTime[Int(queues.head[partner])] <= time
            else { continue }
            func green(_ q: Int) -> Bool {
                let group = Int(signals.movementGroup[q])
                return group < 0 || signals.nextGreen(group, atOrAfter: time) <= time
            }
            guard green(m), green(partner) else { continue }
            transfer(movement: m, at: time)
            transfer(movement: partner, at: time)
            links.cancelLastRelease(link: x)
            links.cancelLastRelease(link: y)
        }
    }

    /// A street driven both ways with a U-turn at each end — links l1 → … → lk, U-turn, twin(lk) → … → twin(l1),
    /// U-turn, l1 — whose links are all full and whose heads each wait for the next one: the generalisation of
    /// `swapTwinHeads` from one stretch to k. Every head moves on at once (after `stuckFor` s without an exit from
    /// any of its links, all of them green), the occupancies stay as they were. The vehicles pass each other on
    /// their own lanes and turn at the ends; only the storage rounding of very short links (a 3.87 m link holds one
    /// vehicle) made them wait for each other: bench/closure locked such a ring on Berlin-Adlershof, which SUMO
    /// drove through. A ring of other links (round a block) stays a gridlock.
    /// A link may hold other waiting heads besides the ring's (a turn into another full link).
    /// - Complexity: O(movements) per scan, plus a depth-first search over the waiting heads (at most 16 links
    ///   deep, 10 000 steps per scan).
    mutating func rotateStreetRings(at time: Double, stuckFor: Double) {
        // Per stuck link, its waiting heads whose next link is full: (movement, next link).
        var waiting: [Int32: [(movement: Int, next: Int)]] = [:]
        for m in 0..<network.movementCount {
            let v = queues.head[m]
            if v < 0 { continue }
            let x = Int(network.movementFrom[m])
            let y = Int(network.movementTo[m])
            guard vehicles.readyTime[Int(v)] <= time, measures.blockedUntil[m] <= time,
                links.lastExit[x] <= time - stuckFor, links.spaceAvailable(link: y, atOrAfter: time) == .infinity
            else { continue }
            let group = Int(signals.movementGroup[m])
            if group >= 0 && signals.nextGreen(group, atOrAfter: time) > time { continue }
            waiting[Int32(x), default: []].append((m, y))
        }
        guard waiting.count >= 4 else { return }
        func twins(_ a: Int, _ b: Int) -> Bool {
            network.linkToNode[a] == network.linkFromNode[b] && network.linkFromNode[a] == network.linkToNode[b]
        }
        // A street ring read from its first link: l1 … lk, then their twins backwards.
        func isStreet(_ ring: [Int]) -> Bool {
            let n = ring.count
            guard n >= 4, n % 2 == 0 else { return false }
            return (0..<n).contains { o in
                (0..<n / 2).allSatisfy { j in twins(ring[(o + j) % n], ring[(o + n - 1 - j) % n]) }
            }
        }
        var rotated = Set<Int32>()
        var expansions = 0
        for start in waiting.keys.sorted() where !rotated.contains(start) {
            // Depth-first over the waiting heads, at most 16 links deep, for a street ring back to `start`.
            var path: [(link: Int, movement: Int, choice: Int)] = []
            var link = Int(start)
            var choice = 0
            var found: [(link: Int, movement: Int)]?
            while found == nil, expansions < 10_000 {
                let options = waiting[Int32(link)] ?? []
                guard choice < options.count, path.count < 16 else {
                    guard let last = path.popLast() else { break }
                    link = last.link
                    choice = last.choice + 1
                    continue
                }
                expansions += 1
                let (m, y) = options[choice]
                path.append((link, m, choice))
                if y == Int(start) {
                    if isStreet(path.map(\.link)) { found = path.map { ($0.link, $0.movement) } }
                    path.removeLast()
                    choice += 1
                    continue
                }
                if rotated.contains(Int32(y)) || path.contains(where: { $0.link == y }) {
                    path.removeLast()
                    choice += 1
                    continue
                }
                link = y
                choice = 0
            }
            guard let ring = found else { continue }
            for (_, m) in ring { transfer(movement: m, at: time) }
            for (l, _) in ring {
                links.cancelLastRelease(link: l)
                rotated.insert(Int32(l))
            }
            status.lastMovement = time  // the global gridlock check ran before this step's rotation
        }
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
                if laneFull(movement: q) {
                    blocked.insert(downstream)
                    continue
                }
            } else if q < movementCount + linkCount {
                // An arrival is possible unless it waits behind its link's movement queues (checked on their own).
                let ready = vehicles.readyTime[Int(v)]
                if ready > time || !arrivalHeld(link: q - movementCount, ready: ready) { return nil }
                continue
            } else {
                downstream = q - movementCount - linkCount
                if originLaneFull(vehicle: Int(v), link: downstream) {
                    blocked.insert(downstream)
                    continue
                }
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
        var gridlockSummary = GridlockSummary(status.gridlock ?? status.localGridlock)
        gridlockSummary.stalledQueues = status.stalledQueues
        let summary = SimulationSummary(
            tripsTotal: vehicles.count, vehiclesDeparted: status.departed, vehiclesArrived: status.arrived,
            vehiclesUnfinished: status.departed - status.arrived, vehiclesWaitingToDepart: status.waiting,
            vehiclesUnroutable: status.unroutableIDs.count,
            vehiclesScheduledAfterEnd: vehicles.count - status.departed - status.waiting - status.unroutableIDs.count,
            meanTravelTime: status.arrived > 0 ? travelTimeSum / Double(status.arrived) : 0,
            totalDelay: delaySum, totalDepartDelay: departDelaySum, vehicleSecondsSimulated: vehicleSecondsTotal,
            simulatedTime: end, wallTime: wallTime, gridlock: gridlockSummary,
            measures: measures.measures.isEmpty ? nil : measures.measures.map(AppliedMeasure.init),
            teleports: teleportAfter == nil ? nil : status.teleports)
        let series = LinkTimeSeries(
            interval: outputInterval, intervalCount: intervalCount, linkIDs: network.linkNames,
            linkLengths: network.linkLength, vehicleSeconds: recorder.vehicleSeconds,
            vehicleMetres: recorder.vehicleMetres, queuedSeconds: recorder.queuedSeconds, exits: recorder.exits,
            movementExits: recorder.movementExits)
        var result = SimulationResult(
            summary: summary, status: (status.gridlock ?? status.localGridlock).map { .gridlock($0) } ?? .completed,
            trips: recorder.tripRecords, unroutableTripIDs: status.unroutableIDs, snapshots: recorder.snapshots,
            linkSeries: series, movementStatistics: recorder.movements.statistics(simulatedTime: end))
        result.signalControl = signalControlReport(trips: result.trips)
        return result
    }
}
