// Adaptive signal control inside the engine: controller state, detector readings and decisions.
//
// Controller-run groups answer "next green at or after t" from the running state: t (or the pending green
// start during an intergreen) when their stage is running, else the next decision time — so a node with a
// vehicle waiting at red sleeps until the controller could turn its group green, and a stage switch also
// wakes the node at the new green start. Decisions happen at the start of a step, so the signal state is
// constant within a step apart from pending green starts, which are exact.

/// The running state of the signal controllers; inactive (and never read in the hot path beyond one flag)
/// when every node runs its fixed plan.
struct SignalControlState {
    var isActive = false
    var table: SignalStageTable?
    /// Per compiled group: its controlled node, −1 for fixed-time groups (copy of the table's, for the hot path).
    var groupController: [Int32] = []
    /// Per compiled group: green from this time on while its stage runs; +∞ while red.
    var groupGreenFrom: [Double] = []
    var activeStage: [Int32] = []
    var stageGreenStart: [Double] = []
    var decisionSteps = 1
    var nextDecision = 0.0
    var priorityVehicles: [Int32] = []
    /// Per controlled node, rebuilt at each decision: the group of the first priority vehicle (−1: none).
    var requestGroup: [Int32] = []
    var requestReady: [Double] = []
    /// CSR per link: its queues (outgoing movement queues, then its arrival queue) for downstream counts.
    var linkQueueStart: [Int32] = []
    var linkQueues: [Int32] = []
    var switches: [StageSwitch] = []
}

extension SimulationEngine {
    /// Earliest time ≥ `time` at which compiled group `group` is green, or (controller-run and red) the next
    /// decision time, which is ≥ the end of the current step.
    @inline(__always)
    func nextGreen(_ group: Int, atOrAfter time: Double) -> Double {
        if !control.isActive || control.groupController[group] < 0 {
            return signals.nextGreen(group, atOrAfter: time)
        }
        let from = control.groupGreenFrom[group]
        return from < .infinity ? max(time, from) : max(time, control.nextDecision)
    }

    /// Hands the nodes of `table` to their controllers, starting in the state their plans have at t = 0.
    mutating func installSignalControl(_ table: SignalStageTable, priorityTripIDs: Set<String>) {
        var state = SignalControlState()
        state.isActive = true
        state.groupController = table.groupController
        state.groupGreenFrom = [Double](repeating: .infinity, count: table.groupController.count)
        state.activeStage = table.initialStage
        state.stageGreenStart = table.initialGreenStart
        for c in 0..<table.nodeCount {
            for g in table.groups(of: Int(table.initialStage[c])) {
                state.groupGreenFrom[Int(g)] = table.initialGreenStart[c]
            }
        }
        state.decisionSteps = max(1, Int((table.decisionInterval / step).rounded()))
        state.requestGroup = [Int32](repeating: -1, count: table.nodeCount)
        state.requestReady = [Double](repeating: .infinity, count: table.nodeCount)
        if !priorityTripIDs.isEmpty {
            state.priorityVehicles = tripIDs.indices.filter { priorityTripIDs.contains(tripIDs[$0]) }.map { Int32($0) }
        }
        var perLink = [[Int32]](repeating: [], count: linkCount)
        for m in 0..<movementCount { perLink[Int(movementFrom[m])].append(Int32(m)) }
        state.linkQueueStart = [0]
        for l in 0..<linkCount {
            state.linkQueues.append(contentsOf: perLink[l])
            state.linkQueues.append(Int32(movementCount + l))
            state.linkQueueStart.append(Int32(state.linkQueues.count))
        }
        state.table = table
        control = state
    }

    /// Runs the controllers' decisions when step `s` (starting at `time`) is a decision step.
    mutating func controlSignals(step s: Int, at time: Double) {
        guard control.isActive, s % control.decisionSteps == 0, let table = control.table else { return }
        control.nextDecision = Double(s + control.decisionSteps) * step
        findPriorityRequests(table)
        for c in 0..<table.nodeCount { decide(node: c, at: time, table) }
    }

    /// Marks, per controlled node, the group of the priority vehicle closest to its stop line (earliest ready
    /// time) among those on an approach link. - Complexity: O(priority vehicles).
    mutating func findPriorityRequests(_ table: SignalStageTable) {
        for c in 0..<table.nodeCount {
            control.requestGroup[c] = -1
            control.requestReady[c] = .infinity
        }
        for v in control.priorityVehicles where state[Int(v)] == .onNetwork {
            let m = routeMovements[Int(routePosition[Int(v)])]
            if m < 0 { continue }
            let g = movementGroup[Int(m)]
            if g < 0 { continue }
            let c = Int(control.groupController[Int(g)])
            if c < 0 { continue }
            let ready = readyTime[Int(v)]
            if ready < control.requestReady[c] {
                control.requestReady[c] = ready
                control.requestGroup[c] = g
            }
        }
    }

    mutating func decide(node c: Int, at time: Double, _ table: SignalStageTable) {
        let s = Int(control.activeStage[c])
        let greenStart = control.stageGreenStart[c]
        if time < greenStart { return }  // intergreen in progress
        let elapsed = time - greenStart

        let requested = control.requestGroup[c]
        if requested >= 0 {
            if table.groups(of: s).contains(requested) { return }  // hold green until the vehicle has passed
            var k = table.next(after: s, node: c)
            while k != s && !table.groups(of: k).contains(requested) { k = table.next(after: k, node: c) }
            if k != s {  // (a group that is never green has no stage: control goes on as usual)
                if elapsed >= table.stageMinGreen[s] { switchStage(node: c, to: k, at: time, reason: .priority, table) }
                return
            }
        }

        switch table.mode {
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
            let v = queueHead[Int(m)]
            if v >= 0 && readyTime[Int(v)] <= horizon { return true }
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
                    - downstreamQueue(link: Int(movementTo[Int(m)]), at: time))
                / movementHeadway[Int(m)]
        }
        return total
    }

    /// Σ_k r_k · x_k over the queues k of link `l` (see `pressure`); 0 for an empty link.
    /// - Complexity: O(vehicles on the link).
    func downstreamQueue(link l: Int, at time: Double) -> Double {
        var vehicles = 0
        var weighted = 0
        for i in Int(control.linkQueueStart[l])..<Int(control.linkQueueStart[l + 1]) {
            let q = Int(control.linkQueues[i])
            var all = 0
            var standing = 0
            var v = queueHead[q]
            while v >= 0 {
                all += 1
                if readyTime[Int(v)] <= time { standing += 1 }
                v = nextInQueue[Int(v)]
            }
            vehicles += all
            weighted += all * standing
        }
        return vehicles > 0 ? Double(weighted) / Double(vehicles) : 0
    }

    /// Vehicles of queue `q` standing at the stop line at `time` (ready times rise along a queue).
    /// - Complexity: O(standing vehicles).
    func standingCount(queue q: Int, at time: Double) -> Int {
        var count = 0
        var v = queueHead[q]
        while v >= 0 && readyTime[Int(v)] <= time {
            count += 1
            v = nextInQueue[Int(v)]
        }
        return count
    }

    /// Ends stage `s` of node `c` at `time` and starts stage `k` after the intergreen; groups in both stay
    /// green. Logs the switch and wakes the node at the new green start.
    mutating func switchStage(
        node c: Int, to k: Int, at time: Double, reason: StageSwitch.Reason, _ table: SignalStageTable
    ) {
        let s = Int(control.activeStage[c])
        guard k != s else { return }
        let greenStart = time + table.intergreen(from: s, to: k, node: c)
        let ending = table.groups(of: s)
        let starting = table.groups(of: k)
        for g in ending where !starting.contains(g) { control.groupGreenFrom[Int(g)] = .infinity }
        for g in starting where !ending.contains(g) { control.groupGreenFrom[Int(g)] = greenStart }
        control.switches.append(
            StageSwitch(
                node: table.nodeNames[c], time: time, from: table.stageLabel[s], to: table.stageLabel[k],
                greenStart: greenStart, endedGreen: time - control.stageGreenStart[c], reason: reason))
        control.activeStage[c] = Int32(k)
        control.stageGreenStart[c] = greenStart
        schedule(node: Int(table.nodes[c]), at: greenStart)
    }

    /// What the controllers did, with the arrived priority vehicles among `trips`; nil without controllers.
    func signalControlReport(trips: [TripRecord]) -> SignalControlReport? {
        guard control.isActive else { return nil }
        let priority = Set(control.priorityVehicles.map { tripIDs[Int($0)] })
        return SignalControlReport(
            stageSwitches: control.switches,
            priorityTrips: priority.isEmpty ? [] : trips.filter { priority.contains($0.id) })
    }
}
