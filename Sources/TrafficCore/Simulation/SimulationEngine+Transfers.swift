// Node transfers, arrivals and insertions: the hot loop. No dictionaries, strings or allocations here.

extension SimulationEngine {
    /// Processes every node whose wake time falls before `t1`, in time order.
    mutating func transferAtNodes(from t0: Double, to t1: Double) {
        while let n = schedule.nextDue(before: t1) {
            processNode(n, from: t0, to: t1)
        }
    }

    /// Serves the queues at node `n` within [t0, t1): repeatedly moves the head vehicle with the earliest
    /// feasible transfer time (ties: the one that reached the stop line first, then queue order).
    /// - Complexity: O(queues at the node) per vehicle moved.
    mutating func processNode(_ n: Int, from t0: Double, to t1: Double) {
        let lower = Int(network.nodeQueueStart[n])
        let upper = Int(network.nodeQueueStart[n + 1])
        let movementCount = network.movementCount
        while true {
            var bestTime = Double.infinity
            var bestReady = Double.infinity
            var bestQueue = -1
            for i in lower..<upper {
                let q = Int(network.nodeQueues[i])
                if queues.head[q] < 0 { continue }
                if q < movementCount && network.movementSlots[q] > 1 {
                    let head = Int(queues.head[q])
                    if laneFull(vehicle: head, movement: q) {
                        passLaneBlockedHead(movement: q, readyBefore: t1)
                    } else if links.laneShare[q] != 1 {
                        // Passing vehicles keep the lanes' rate while the vehicle they passed waits behind them.
                        let second = Int(queues.next[head])
                        if second < 0 || !laneFull(vehicle: second, movement: q) { links.laneShare[q] = 1 }
                    }
                }
                let v = queues.head[q]
                let ready = vehicles.readyTime[Int(v)]
                let time: Double
                if q < movementCount {
                    time = transferTime(movement: q, ready: ready, from: t0, to: t1)
                } else {
                    let t = max(ready, t0)
                    time = t < t1 && !arrivalHeld(link: q - movementCount, ready: ready) ? t : .infinity
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
            let q = Int(network.nodeQueues[i])
            let v = queues.head[q]
            if v < 0 { continue }
            let ready = vehicles.readyTime[Int(v)]
            // A held arrival wakes with the movement queue it waits behind.
            if q >= movementCount && arrivalHeld(link: q - movementCount, ready: ready) { continue }
            earliest = min(earliest, q < movementCount ? earliestWake(movement: q, ready: ready, after: t1) : ready)
            if earliest <= t1 { break }
        }
        if earliest < .infinity { schedule.schedule(node: n, at: max(earliest, t1)) }
    }

    /// A lower bound ≥ `t1` on when the head of movement queue `m` can move: its ready time, headways and
    /// next green are fixed or only get later; freed space already on its way counts, a full link means
    /// "retry at `t1`" (an exit elsewhere may free space at any time).
    @inline(__always)
    func earliestWake(movement m: Int, ready: Double, after t1: Double) -> Double {
        let to = Int(network.movementTo[m])
        var time = max(
            max(max(ready, t1), measures.blockedUntil[m]),
            max(links.movementFree[m], max(links.outFree[Int(network.movementFrom[m])], links.inFree[to])))
        let group = Int(signals.movementGroup[m])
        if group >= 0 { time = signals.nextGreen(group, atOrAfter: time) }
        let space = links.spaceAvailable(link: to, atOrAfter: time)
        guard space < .infinity, !laneFull(movement: m) else { return t1 }
        // A yielding head waits at least for the gap after the last major vehicle, unless it has waited too long.
        let lower = Int(network.yieldStart[m])
        let upper = Int(network.yieldStart[m + 1])
        guard lower < upper else { return space }
        var gapEnd = space
        for k in lower..<upper {
            let y = Int(network.yieldMajors[k])
            let after = network.movementTo[y] == network.movementTo[m] ? gap.mergeAfter : gap.crossingAfter
            gapEnd = max(gapEnd, lastConflictingPass(major: y, slots: Int(network.yieldSlots[k])) + after)
        }
        return min(gapEnd, max(space, stopLineArrival(movement: m, ready: ready) + gap.maximumWait))
    }

    /// Whether a vehicle ready at `ready` to end its trip at the end of link `l` is held behind vehicles queued
    /// there: its trip ends at the link's end (as SUMO's default arrival position, the lane's end), so it drives up
    /// behind the vehicles standing at the stop line before it. It takes the lane with the fewest of them and goes
    /// once some movement out of `l` has fewer vehicles ready before it than lanes (`movementSlots`). A link
    /// without movements (a dead end) holds nobody. - Complexity: O(movements × slots) of `l`.
    @inline(__always)
    func arrivalHeld(link l: Int, ready: Double) -> Bool {
        let lower = Int(network.linkMovementStart[l])
        let upper = Int(network.linkMovementStart[l + 1])
        if lower == upper { return false }
        for k in lower..<upper {
            let m = Int(network.linkMovements[k])
            var ahead = 0
            var v = queues.head[m]
            let lanes = Int(network.movementSlots[m])
            while v >= 0 && ahead < lanes && vehicles.readyTime[Int(v)] < ready {
                ahead += 1
                v = queues.next[Int(v)]
            }
            if ahead < lanes { return false }
        }
        return true
    }

    /// The lane vehicle `v` takes when it enters link `l` through movement `m` (−1: departing) with its route
    /// at flat position `p` on `l`, or −1 when every lane it may take is full (`CompiledNetwork.laneStorage`).
    /// It takes the emptiest lane with room among those its next movement leaves from (any at its destination)
    /// that lead onto the lanes of the turn after it, where any does; where `m` leads onto some of them, only
    /// those (else it changes lanes on `l`). On a link of `laneChangeLength` or more, it may take another lane
    /// its next movement leaves from when those are full, and change lanes later. A choice of every lane needs
    /// no room of its own: the link's storage bounds it (`LinkFlowState.spaceAvailable`).
    @inline(__always)
    func entryLane(vehicle v: Int, position p: Int, via m: Int, link l: Int) -> Int {
        if network.linkLanes[l] <= 1 { return 0 }
        let all = network.linkAllLanes[l]
        if m < 0 && vehicles.departLane[v] != 0 {
            return emptiestLane(vehicles.departLane[v] == 1 ? all : 1, link: l, roomNeeded: true)
        }
        let next = Int(routes.movements[p])
        var usable = all
        if next >= 0 { usable = network.movementFromLanes[next] }
        var preferred = usable
        let after = next >= 0 ? Int(routes.movements[p + 1]) : -1
        if after >= 0 {
            let wanted = network.movementFromLanes[after]
            var feeding: UInt32 = 0
            var bits = usable
            while bits != 0 {
                let i = bits.trailingZeroBitCount
                bits &= bits - 1
                if network.movementLaneFeeds[next * CompiledNetwork.maximumLanes + i] & wanted != 0 {
                    feeding |= 1 << UInt32(i)
                }
            }
            if feeding != 0 { preferred = feeding }
        }
        if m >= 0 {
            // The lanes the vehicle's own lane leads onto.
            let landing = network.movementLaneFeeds[m * CompiledNetwork.maximumLanes + Int(vehicles.lane[v])]
            if preferred & landing != 0 { preferred &= landing }
            if usable & landing != 0 { usable &= landing }
        }
        let lane = emptiestLane(preferred, link: l, roomNeeded: true)
        if lane >= 0 || preferred == usable || network.linkLength[l] < Self.laneChangeLength { return lane }
        return emptiestLane(usable, link: l, roomNeeded: true)
    }

    /// A link this long or longer leaves room to change lanes on it (m): a vehicle whose lanes are full may enter
    /// on another one.
    static let laneChangeLength = 200.0

    /// The emptiest lane of `set` on link `l`, or −1 when `roomNeeded` and each of them holds its storage
    /// (`CompiledNetwork.laneStorage`). A set of every lane needs no room of its own: the link's storage bounds
    /// it (`LinkFlowState.spaceAvailable`).
    @inline(__always)
    func emptiestLane(_ set: UInt32, link l: Int, roomNeeded: Bool) -> Int {
        let count = Int(network.linkLanes[l])
        let base = l * CompiledNetwork.maximumLanes
        var best = -1
        var bestOccupancy = Int32.max
        var bits = set
        while bits != 0 {
            let i = bits.trailingZeroBitCount
            bits &= bits - 1
            if i >= count { break }
            let occupancy = links.laneOccupancy[base + i]
            if occupancy < bestOccupancy {
                best = i
                bestOccupancy = occupancy
            }
        }
        let all = network.linkAllLanes[l]
        if roomNeeded && set & all != all && bestOccupancy >= network.laneStorage[l] { return -1 }
        return best
    }

    /// Whether the head of movement queue `m` finds every lane it may take on the to-link full (its next
    /// movement's lanes: a vehicle queues on the lanes of its turn, so a turn gets their storage only).
    @inline(__always)
    func laneFull(movement m: Int) -> Bool {
        laneFull(vehicle: Int(queues.head[m]), movement: m)
    }

    /// Whether vehicle `v`, queued for movement `m`, finds every lane it may take on the to-link full.
    @inline(__always)
    func laneFull(vehicle v: Int, movement m: Int) -> Bool {
        entryLane(vehicle: v, position: Int(vehicles.routePosition[v]) + 1, via: m, link: Int(network.movementTo[m])) < 0
    }

    /// The head of multi-lane movement queue `m` waits for room on the lanes of its next turn: a vehicle behind
    /// it bound for lanes with room drives past it, if it stands on a lane of the from-link that no waiting
    /// vehicle blocks, and becomes the head. The waiting vehicles take their lanes out of the movement's
    /// discharge until they move: the passing vehicles follow at the headway of the lanes left
    /// (`LinkFlowState.laneShare`). Only vehicles that reach the stop line before `t1` pass, so the queue stays in
    /// the order vehicles got there. The search goes at most the from-link's storage (and 256) deep.
    mutating func passLaneBlockedHead(movement m: Int, readyBefore t1: Double) {
        let to = Int(network.movementTo[m])
        let from = Int(network.movementFrom[m])
        let limit = min(256, Int(network.linkStorage[from]))
        let head = queues.head[m]
        var blocked: UInt32 = 1 << UInt32(vehicles.lane[Int(head)])
        let movementLanes = network.movementFromLanes[m]
        var previous = head
        var v = queues.next[Int(head)]
        var passed = 1
        // On a link long enough to change lanes, a vehicle behind a waiting one changes to an open lane.
        let changes = network.linkLength[from] >= Self.laneChangeLength
        while v >= 0 && passed <= limit && movementLanes & ~blocked != 0 && vehicles.readyTime[Int(v)] < t1 {
            let lane: UInt32 = 1 << UInt32(vehicles.lane[Int(v)])
            if lane & blocked == 0 || changes {
                if entryLane(vehicle: Int(v), position: Int(vehicles.routePosition[Int(v)]) + 1, via: m, link: to) >= 0 {
                    let after = queues.next[Int(v)]
                    queues.next[Int(previous)] = after
                    if queues.tail[m] == v { queues.tail[m] = previous }
                    queues.next[Int(v)] = head
                    queues.head[m] = v
                    let open = max(1, (movementLanes & ~blocked).nonzeroBitCount)
                    links.laneShare[m] = max(1, Double(movementLanes.nonzeroBitCount) / Double(open))
                    return
                }
            }
            blocked |= lane
            previous = v
            v = queues.next[Int(v)]
            passed += 1
        }
    }

    /// Earliest time in [t0, t1) at which the head of movement queue `m` (ready at `ready`) can move, or +∞.
    @inline(__always)
    func transferTime(movement m: Int, ready: Double, from t0: Double, to t1: Double) -> Double {
        let from = Int(network.movementFrom[m])
        let to = Int(network.movementTo[m])
        var time = max(
            max(max(ready, t0), measures.blockedUntil[m]),
            max(links.movementFree[m], max(links.outFree[from], links.inFree[to])))
        if time >= t1 { return .infinity }
        // One lane shared by every movement: the first vehicle to reach the stop line goes first.
        let sharedLower = Int(network.sharedLaneStart[from])
        let sharedUpper = Int(network.sharedLaneStart[from + 1])
        if sharedLower < sharedUpper {
            let own = queues.head[m]
            for k in sharedLower..<sharedUpper {
                let other = Int(network.sharedLaneMovements[k])
                let v = queues.head[other]
                if other == m || v < 0 { continue }
                let otherReady = vehicles.readyTime[Int(v)]
                if otherReady < ready || (otherReady == ready && v < own) { return .infinity }
            }
        }
        let group = Int(signals.movementGroup[m])
        // Green and space can each push the other later; both only move forward, bounded by t1.
        while true {
            if group >= 0 {
                time = signals.nextGreen(group, atOrAfter: time)
                if time >= t1 { return .infinity }
            }
            let spaceTime = links.spaceAvailable(link: to, atOrAfter: time)
            if spaceTime >= t1 { return .infinity }
            if spaceTime == time {
                if laneFull(movement: m) { return .infinity }
                // Green and space: a yielding movement also needs its gap (an impatient driver takes it anyway).
                if network.yieldStart[m] == network.yieldStart[m + 1] { return time }
                let forceTime = stopLineArrival(movement: m, ready: ready) + gap.maximumWait
                if time >= forceTime { return time }
                let gapTime = min(yieldGap(movement: m, at: time), forceTime)
                if gapTime <= time { return time }
                if gapTime >= t1 { return .infinity }
                time = gapTime
                continue
            }
            time = spaceTime
        }
    }

    /// The last pass of a vehicle of movement `y` on one of its first `slots` lane slots (all of them:
    /// `network.movementSlots[y]`).
    @inline(__always)
    func lastConflictingPass(major y: Int, slots: Int) -> Double {
        var last = -Double.infinity
        for s in 0..<slots { last = max(last, links.lastPassSlot[y * CompiledNetwork.maximumSlots + s]) }
        return last
    }

    /// When the head of movement queue `m` (ready at `ready`) reached the stop line: its free-flow arrival, or
    /// the departure of the vehicle in front of it — on a shared lane the link's last, else its movement's last —
    /// whichever is later. Its wait for a gap counts from here (time in the queue behind others is no reason to
    /// force a gap).
    @inline(__always)
    func stopLineArrival(movement m: Int, ready: Double) -> Double {
        let from = Int(network.movementFrom[m])
        if network.sharedLaneStart[from] < network.sharedLaneStart[from + 1] {
            return max(ready, links.outFree[from] - network.linkOutHeadway[from])
        }
        return max(ready, lastConflictingPass(major: m, slots: Int(network.movementSlots[m])))
    }

    /// Earliest time ≥ `time` at which movement `m` has its gap in every movement it yields to: the gap after
    /// the last major vehicle passed, and no major head able to pass (ready, green, space downstream) before
    /// `time` + the gap before — if one is, after it has passed (gaps by conflict kind, see `GapAcceptance`). A
    /// major head held by its own yields does not block, so mutual or circular yields do not deadlock. A lower
    /// bound when a major head passes later than it could; the caller asks again then.
    @inline(__always)
    func yieldGap(movement m: Int, at time: Double) -> Double {
        var result = time
        for k in Int(network.yieldStart[m])..<Int(network.yieldStart[m + 1]) {
            let y = Int(network.yieldMajors[k])
            // Merging into the major movement's link, or crossing its path.
            let merge = network.movementTo[y] == network.movementTo[m]
            let before = merge ? gap.mergeBefore : gap.crossingBefore
            let after = merge ? gap.mergeAfter : gap.crossingAfter
            let slots = Int(network.yieldSlots[k])
            result = max(result, lastConflictingPass(major: y, slots: slots) + after)
            let v = queues.head[y]
            if v < 0 { continue }
            // The major's head drives on a lane the minor does not meet.
            if network.laneSlot(vehicle: Int(v), movement: y) >= slots { continue }
            let horizon = time + before
            let to = Int(network.movementTo[y])
            var passes = max(
                vehicles.readyTime[Int(v)],
                max(links.movementFree[y], max(links.outFree[Int(network.movementFrom[y])], links.inFree[to])))
            if passes >= horizon { continue }
            let group = Int(signals.movementGroup[y])
            if group >= 0 {
                // Known greens only: a controller-run major at red does not block until its green is decided.
                passes = signals.knownGreen(group, atOrAfter: passes)
                if passes >= horizon { continue }
            }
            passes = links.spaceAvailable(link: to, atOrAfter: passes)
            if passes >= horizon || laneFull(movement: y) { continue }  // a major vehicle that cannot move does not block
            // A major head that could have gone before `time` but has not is held by its own gaps (or by a
            // vehicle ahead on its lane): it stands, and does not block. A free one moves first anyway (the
            // node serves the earliest transfer first), and its pass then counts above.
            if passes < time { continue }
            result = max(result, passes + after)
        }
        return result
    }

    /// Whether the next vehicle of movement `m` follows at the follow-up headway (`GapAcceptance.followUp`): it has
    /// a stop sign (each vehicle stops at the line and starts from rest, HCM's follow-up time at stop signs), or
    /// it yields, and some movement it yields to may bring traffic — unsignalised, or green at `time`. A permitted
    /// movement whose every major movement is held at red runs as a protected one, at its saturation headway
    /// (SUMO's minor link `g` with no foe approaching goes without waiting).
    @inline(__always)
    func followsUp(movement m: Int, at time: Double) -> Bool {
        if network.movementStopSign[m] { return true }
        for k in Int(network.yieldStart[m])..<Int(network.yieldStart[m + 1]) {
            let group = Int(signals.movementGroup[Int(network.yieldMajors[k])])
            if group < 0 || signals.nextGreen(group, atOrAfter: time) <= time { return true }
        }
        return false
    }

    /// Moves the head of movement queue `m` onto the movement's to-link at `time`.
    mutating func transfer(movement m: Int, at time: Double) {
        // A vehicle that stood at its signal for 1 s or more beyond what the headways behind the vehicle in front
        // asked (held by the red, or by a full link downstream) starts a queue from rest: the next one follows later
        // (`StopAndGo.startUpLoss`).
        var startUp = 0.0
        if !startUpLoss.isEmpty, signals.movementGroup[m] >= 0 {
            let from = Int(network.movementFrom[m])
            let free = max(vehicles.readyTime[Int(queues.head[m])], max(links.movementFree[m], links.outFree[from]))
            if time - free >= 1 { startUp = startUpLoss[m] }
        }
        recordStopLineDeparture(movement: m, at: time)
        recorder.creditTurn(movement: m, at: time)
        let v = Int(queues.dequeue(m))
        // Braking and starting again cost more than the wait at the stop line, and a slow turn costs time without
        // a stop (`StopAndGo`).
        let stopped = stopLoss.isEmpty ? 0 : max(turnLoss[m], min(max(0, time - vehicles.readyTime[v]), stopLoss[m]))
        let from = Int(network.movementFrom[m])
        let to = Int(network.movementTo[m])
        leave(vehicle: v, link: from, at: time)
        links.movementFree[m] =
            time + startUp
            + links.laneShare[m]
            * (followsUp(movement: m, at: time)
                ? max(network.movementHeadway[m], gap.followUp / Double(network.movementSlots[m]))
                : network.movementHeadway[m])
        links.lastPassSlot[m * CompiledNetwork.maximumSlots + network.laneSlot(vehicle: v, movement: m)] = time
        links.outFree[from] = time + network.linkOutHeadway[from]
        links.inFree[to] = time + network.linkInHeadway[to]
        vehicles.routePosition[v] += 1
        enter(vehicle: v, link: to, at: time, passage: m, lost: stopped)
    }

    /// The head of an arrival queue reaches the end of its destination link: the trip is complete, unless the
    /// study's extension sends the vehicle on (`SimulationExtension.routeEnded`, e.g. a parking search).
    mutating func arrive(queue q: Int, at time: Double) {
        let v = Int(queues.dequeue(q))
        let link = q - network.movementCount
        if let studyExtension, !studyExtension.routeEnded(vehicle: v, link: link, at: time, engine: &self) { return }
        leave(vehicle: v, link: link, at: time)
        vehicles.state[v] = .arrived
        status.arrived += 1
        let departure = vehicles.departure[v]
        let duration = time - departure
        recorder.tripRecords.append(
            TripRecord(
                id: vehicles.tripIDs[v], depart: departure, departDelay: departure - vehicles.scheduledDeparture[v],
                arrival: time, duration: duration, routeLength: vehicles.routeLength[v],
                waitingTime: vehicles.waitingTime[v], timeLoss: max(0, duration - vehicles.freeFlowTime[v]),
                rerouteCount: Int(vehicles.rerouteCount[v])))
    }

    /// Vehicle `v` leaves link `l` at `time`: frees space (after the backward-wave delay) and credits stats.
    @inline(__always)
    mutating func leave(vehicle v: Int, link l: Int, at time: Double) {
        links.release(link: l, at: time, waveDelay: network.linkWaveDelay[l])
        links.laneOccupancy[l * CompiledNetwork.maximumLanes + Int(vehicles.lane[v])] -= 1
        links.lastExit[l] = time
        let ready = vehicles.readyTime[v]
        if time > ready { vehicles.waitingTime[v] += time - ready }
        let entry = vehicles.entryTime[v]
        recorder.creditStay(link: l, speed: network.linkSpeed[l], entry: entry, ready: ready, exit: time, exited: true)
        routes.exitsSinceReroute[l] += 1
        routes.travelTimeSinceReroute[l] += time - entry - vehicles.entryPassage[v]
        status.movedThisStep = true
    }

    /// Vehicle `v` enters link `l` at `time` (its route position already points at `l`).
    @inline(__always)
    /// - Parameter passage: the movement that brought it there (−1: none, a departure): the way through its
    ///   junction (`Movement.passageTime`, `passageLength`) is added to the link's.
    /// - Parameter lost: time lost braking and starting again (`StopAndGo`): it reaches the next stop line later.
    mutating func enter(vehicle v: Int, link l: Int, at time: Double, passage m: Int = -1, lost: Double = 0) {
        links.occupy(link: l, at: time)
        var lane = entryLane(vehicle: v, position: Int(vehicles.routePosition[v]), via: m, link: l)
        // Forced in (a teleport, a ring's rotation): onto the emptiest lane.
        if lane < 0 { lane = emptiestLane(.max, link: l, roomNeeded: false) }
        vehicles.lane[v] = UInt8(lane)
        links.laneOccupancy[l * CompiledNetwork.maximumLanes + lane] += 1
        vehicles.entryTime[v] = time
        let junctionTime = m >= 0 ? network.movementPassageTime[m] : 0
        vehicles.entryPassage[v] = junctionTime
        let ready = time + network.linkFreeFlowTime[l] + junctionTime + lost
        vehicles.readyTime[v] = ready
        vehicles.freeFlowTime[v] += network.linkFreeFlowTime[l] + junctionTime
        vehicles.routeLength[v] += network.linkLength[l] + (m >= 0 ? network.movementPassageLength[m] : 0)
        let next = routes.movements[Int(vehicles.routePosition[v])]
        let q = next >= 0 ? Int(next) : network.arrivalQueue(of: l)
        if queues.enqueue(Int32(v), q) { schedule.schedule(node: Int(network.linkToNode[l]), at: ready) }
        status.movedThisStep = true
    }

    /// Sends vehicle `v`, standing at the end of `link` (its route's end), one link further through movement
    /// `m` out of `link`: that link becomes its route's end and destination, and the vehicle queues for `m`.
    /// For `SimulationExtension.routeEnded` (a driver circling for a parking space).
    package mutating func extendRoute(vehicle v: Int, from link: Int, through m: Int) {
        let mark = routes.links.count
        routes.links.append(Int32(link))
        routes.movements.append(Int32(m))
        routes.links.append(network.movementTo[m])
        routes.movements.append(-1)
        continueRoute(vehicle: v, from: mark)
    }

    /// Replaces the rest of the route of vehicle `v`, standing at the end of `link`, by the current shortest
    /// route from `link` to `target` (≠ `link`) — only its first link when `firstStepOnly`, so the driver
    /// decides again at its end — and queues the vehicle for its first movement. Returns false (nothing
    /// changed) when `target` is `link` or cannot be reached. For `SimulationExtension.routeEnded`.
    package mutating func routeOn(vehicle v: Int, from link: Int, to target: Int, firstStepOnly: Bool) -> Bool {
        guard target != link else { return false }
        let mark = routes.links.count
        guard routes.append(from: Int32(link), to: Int32(target)) else { return false }
        if firstStepOnly && routes.links.count > mark + 2 {
            routes.links.removeSubrange((mark + 2)...)
            routes.movements.removeSubrange((mark + 2)...)
            routes.movements[mark + 1] = -1
        }
        continueRoute(vehicle: v, from: mark)
        return true
    }

    /// Puts vehicle `v` on the route segment that starts at flat route position `start` (its current link,
    /// with a movement) and ends with the last route step stored: the segment becomes its route, its end the
    /// vehicle's destination, and the vehicle queues for the segment's first movement.
    private mutating func continueRoute(vehicle v: Int, from start: Int) {
        vehicles.routePosition[v] = Int32(start)
        vehicles.destination[v] = routes.links[routes.links.count - 1]
        _ = queues.enqueue(Int32(v), Int(routes.movements[start]))
    }

    /// Whether every lane vehicle `v` may depart on (its first movement's) on its origin link `l` is full.
    @inline(__always)
    func originLaneFull(vehicle v: Int, link l: Int) -> Bool {
        entryLane(vehicle: v, position: Int(vehicles.routePosition[v]), via: -1, link: l) < 0
    }

    /// Moves waiting vehicles from origin queues onto their first link, subject to the link's inflow
    /// headway and storage; vehicles that cannot enter keep waiting (they are not yet departed).
    mutating func insertFromOrigins(from t0: Double, to t1: Double) {
        var i = 0
        while i < insertion.activeOrigins.count {
            let l = Int(insertion.activeOrigins[i])
            let q = network.originQueue(of: l)
            while queues.head[q] >= 0 {
                let v = Int(queues.head[q])
                var time = max(max(vehicles.scheduledDeparture[v], t0), links.inFree[l])
                if time >= t1 { break }
                time = links.spaceAvailable(link: l, atOrAfter: time)
                if time >= t1 || originLaneFull(vehicle: v, link: l) { break }
                _ = queues.dequeue(q)
                status.waiting -= 1
                status.departed += 1
                vehicles.departure[v] = time
                vehicles.state[v] = .onNetwork
                links.inFree[l] = time + network.linkInHeadway[l]
                enter(vehicle: v, link: l, at: time)
            }
            if queues.head[q] < 0 {
                insertion.originActive[l] = false
                insertion.activeOrigins.swapAt(i, insertion.activeOrigins.count - 1)
                insertion.activeOrigins.removeLast()
            } else {
                i += 1
            }
        }
    }
}
