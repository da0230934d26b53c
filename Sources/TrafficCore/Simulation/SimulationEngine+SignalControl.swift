// Adaptive signal control inside the engine: detector readings and decisions of the controllers whose state
// `SignalControllers` holds. Decisions happen at the start of a step, so the signal state is constant within a
// step apart from pending green starts, which are exact.

extension SimulationEngine {
    /// Runs the controllers' decisions when step `s` (starting at `time`) is a decision step.
    mutating func controlSignals(step s: Int, at time: Double) {
        guard signals.isActive, s % signals.decisionSteps == 0, let table = signals.table else { return }
        signals.nextDecision = Double(s + signals.decisionSteps) * step
        findPriorityRequests(table)
        for c in 0..<table.nodeCount { decide(node: c, at: time, table) }
    }

    /// Marks, per controlled node, the group of the priority vehicle closest to its stop line (earliest ready
    /// time) among those on an approach link. - Complexity: O(priority vehicles).
    mutating func findPriorityRequests(_ table: SignalStageTable) {
        for c in 0..<table.nodeCount {
            signals.requestGroup[c] = -1
            signals.requestReady[c] = .infinity
        }
        for v in signals.priorityVehicles where vehicles.state[Int(v)] == .onNetwork {
            let m = routes.movements[Int(vehicles.routePosition[Int(v)])]
            if m < 0 { continue }
            let g = signals.movementGroup[Int(m)]
            if g < 0 { continue }
            let c = Int(signals.groupController[Int(g)])
            if c < 0 { continue }
            let ready = vehicles.readyTime[Int(v)]
            if ready < signals.requestReady[c] {
                signals.requestReady[c] = ready
                signals.requestGroup[c] = g
            }
        }
    }

    mutating func decide(node c: Int, at time: Double, _ table: SignalStageTable) {
        let s = Int(signals.activeStage[c])
        let greenStart = signals.stageGreenStart[c]
        if time < greenStart { return }  // intergreen in progress
        let elapsed = time - greenStart

        let requested = signals.requestGroup[c]
        if requested >= 0 {
            if table.groups(of: s).contains(requested) { return }  // hold green until the vehicle has passed
            var k = table.next(after: s, node: c)
            while k != s && !table.groups(of: k).contains(requested) { k = table.next(after: k, node: c) }
            if k != s {  // (a group that is never green has no stage: control goes on as usual)
                if elapsed >= table.stageMinGreen[s] { switchStage(node: c, to: k, at: time, reason: .priority, table) }
                return
            }
        }

        switch table.nodeMode[c] {
        case .plan:
            if elapsed >= table.stageDuration[s] {
                switchStage(node: c, to: table.next(after: s, node: c), at: time, reason: .plan, table)
            }
        case .actuated(let gap):
            guard elapsed >= table.stageMinGreen[s] else { return }
            let horizon = time + gap
            var k = table.next(after: s, node: c)
            while k != s && !isCalled(stage: k, horizon: horizon, table) { k = table.next(after: k, node: c) }
            guard k != s else { return }  // nothing else called: rest in green
            if !isCalled(stage: s, horizon: horizon, table) {
                switchStage(node: c, to: k, at: time, reason: .gapOut, table)
            } else if elapsed >= table.stageMaxGreen[s] {
                switchStage(node: c, to: k, at: time, reason: .maxOut, table)
            }
        case .sequenceActuated(let gap):
            // SUMO's gap control: no skipping, no rest in green (see `SignalActuation`).
            guard elapsed >= table.stageMinGreen[s] else { return }
            let next = table.next(after: s, node: c)
            if !isDetecting(stage: s, at: time, gap: gap, table) {
                switchStage(node: c, to: next, at: time, reason: .gapOut, table)
            } else if elapsed >= table.stageMaxGreen[s] {
                switchStage(node: c, to: next, at: time, reason: .maxOut, table)
            }
        case .maxPressure:
            guard elapsed >= table.stageMinGreen[s] else { return }
            var best = s
            var bestPressure = pressure(stage: s, at: time, table)
            for k in table.stages(of: c) where k != s {
                let p = pressure(stage: k, at: time, table)
                if p > bestPressure {
                    best = k
                    bestPressure = p
                }
            }
            if best != s { switchStage(node: c, to: best, at: time, reason: .pressure, table) }
        }
    }

    /// Detector call: a vehicle of one of the stage's movements stands at the stop line or reaches it by
    /// `horizon`. Queue heads have the earliest ready time of their queue (FIFO on one link), so O(movements).
    func isCalled(stage k: Int, horizon: Double, _ table: SignalStageTable) -> Bool {
        for m in table.movements(of: k) {
            let v = queues.head[Int(m)]
            if v >= 0 && vehicles.readyTime[Int(v)] <= horizon { return true }
        }
        return false
    }

    /// Detector of a plan's own actuation, in the manner of SUMO's induction loops (SUMO's
    /// `MSActuatedTrafficLightLogic::gapControl`: a phase is extended while a vehicle crossed a loop less than
    /// `max-gap` ago), with the stop line as the loop: a vehicle of one of the stage's movements passed its stop line within the last `gap`
    /// seconds, or the first vehicle of a queue reached the stop line or reaches it within `gap` of `time`. A
    /// queue standing at the stop line without moving (blocked downstream, yielding) does not extend the green,
    /// a discharging one does. - Complexity: O(movements of the stage × lane slots).
    func isDetecting(stage k: Int, at time: Double, gap: Double, _ table: SignalStageTable) -> Bool {
        for m in table.movements(of: k) {
            let movement = Int(m)
            if lastConflictingPass(major: movement, slots: Int(network.movementSlots[movement])) > time - gap {
                return true
            }
            let v = queues.head[movement]
            if v >= 0 && abs(vehicles.readyTime[Int(v)] - time) <= gap { return true }
        }
        return false
    }

    /// Σ over the stage's movements m of saturation flow (veh/s) × (x_m − Σ_k r_k · x_k): x = vehicles standing
    /// at a stop line, k the queues of m's downstream link and r_k their turn ratios (Varaiya 2013), estimated
    /// as the share of the downstream link's vehicles that queue for k.
    func pressure(stage k: Int, at time: Double, _ table: SignalStageTable) -> Double {
        var total = 0.0
        for m in table.movements(of: k) {
            total +=
                (Double(standingCount(queue: Int(m), at: time))
                    - downstreamQueue(link: Int(network.movementTo[Int(m)]), at: time))
                / network.movementHeadway[Int(m)]
        }
        return total
    }

    /// Σ_k r_k · x_k over the queues k of link `l` (see `pressure`); 0 for an empty link.
    /// - Complexity: O(vehicles on the link).
    func downstreamQueue(link l: Int, at time: Double) -> Double {
        var onLink = 0
        var weighted = 0
        for i in Int(signals.linkQueueStart[l])..<Int(signals.linkQueueStart[l + 1]) {
            let q = Int(signals.linkQueues[i])
            var all = 0
            var standing = 0
            var v = queues.head[q]
            while v >= 0 {
                all += 1
                if vehicles.readyTime[Int(v)] <= time { standing += 1 }
                v = queues.next[Int(v)]
            }
            onLink += all
            weighted += all * standing
        }
        return onLink > 0 ? Double(weighted) / Double(onLink) : 0
    }

    /// Vehicles of queue `q` standing at the stop line at `time` (ready times rise along a queue).
    /// - Complexity: O(standing vehicles).
    func standingCount(queue q: Int, at time: Double) -> Int {
        var count = 0
        var v = queues.head[q]
        while v >= 0 && vehicles.readyTime[Int(v)] <= time {
            count += 1
            v = queues.next[Int(v)]
        }
        return count
    }

    /// Ends stage `s` of node `c` at `time` and starts stage `k` after the intergreen; groups in both stay
    /// green. Logs the switch and wakes its nodes at the new green start. A node with a single stage "switches"
    /// to it again when its plan has an intergreen after it: its groups turn red for that intergreen.
    mutating func switchStage(
        node c: Int, to k: Int, at time: Double, reason: StageSwitch.Reason, _ table: SignalStageTable
    ) {
        let s = Int(signals.activeStage[c])
        let intergreen = table.intergreen(from: s, to: k, node: c)
        guard k != s || table.stages(of: c).count == 1 && intergreen > 0 else { return }
        let greenStart = time + intergreen
        let ending = table.groups(of: s)
        let starting = table.groups(of: k)
        if k == s {
            for g in starting { signals.groupGreenFrom[Int(g)] = greenStart }
        } else {
            for g in ending where !starting.contains(g) { signals.groupGreenFrom[Int(g)] = .infinity }
            for g in starting where !ending.contains(g) { signals.groupGreenFrom[Int(g)] = greenStart }
        }
        signals.switches.append(
            StageSwitch(
                node: table.nodeNames[c], time: time, from: table.stageLabel[s], to: table.stageLabel[k],
                greenStart: greenStart, endedGreen: time - signals.stageGreenStart[c], reason: reason))
        signals.activeStage[c] = Int32(k)
        signals.stageGreenStart[c] = greenStart
        for node in table.nodes(of: c) { schedule.schedule(node: Int(node), at: greenStart) }
    }

    /// What the controllers did, with the arrived priority vehicles among `trips`; nil without controllers.
    func signalControlReport(trips: [TripRecord]) -> SignalControlReport? {
        guard signals.isActive else { return nil }
        let priority = Set(signals.priorityVehicles.map { vehicles.tripIDs[Int($0)] })
        return SignalControlReport(
            stageSwitches: signals.switches,
            priorityTrips: priority.isEmpty ? [] : trips.filter { priority.contains($0.id) })
    }
}
