/// The signals of the run: fixed-time plans (`SignalTable`) and, for controller-run nodes, the controllers'
/// running state (stage, green starts, priority requests, switches). Controllers are inactive — one flag read
/// in the hot path — when every node runs its fixed plan.
///
/// Controller-run groups answer "next green at or after t" from the running state: t (or the pending green
/// start during an intergreen) when their stage is running, else the next decision time — so a node with a
/// vehicle waiting at red sleeps until the controller could turn its group green, and a stage switch also
/// wakes the node at the new green start (`SimulationEngine+SignalControl.swift`).
struct SignalControllers: Sendable {
    private(set) var fixed: SignalTable
    /// Compiled group of each movement, −1 when unsignalised (copy of the table's, for the hot path).
    let movementGroup: [Int32]
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

    /// Fixed-time plans only when `stages` is nil; otherwise its nodes are handed to their controllers, starting
    /// in the state their plans have at t = 0.
    init(
        fixed: SignalTable, stages: SignalStageTable?, priorityTripIDs: Set<String>, network: CompiledNetwork,
        tripIDs: [String], step: Double
    ) {
        self.fixed = fixed
        movementGroup = fixed.movementGroup
        guard let table = stages else { return }
        isActive = true
        groupController = table.groupController
        groupGreenFrom = [Double](repeating: .infinity, count: table.groupController.count)
        activeStage = table.initialStage
        stageGreenStart = table.initialGreenStart
        for c in 0..<table.nodeCount {
            for g in table.groups(of: Int(table.initialStage[c])) {
                groupGreenFrom[Int(g)] = table.initialGreenStart[c]
            }
        }
        decisionSteps = max(1, Int((table.decisionInterval / step).rounded()))
        requestGroup = [Int32](repeating: -1, count: table.nodeCount)
        requestReady = [Double](repeating: .infinity, count: table.nodeCount)
        if !priorityTripIDs.isEmpty {
            priorityVehicles = tripIDs.indices.filter { priorityTripIDs.contains(tripIDs[$0]) }.map { Int32($0) }
        }
        var perLink = [[Int32]](repeating: [], count: network.linkCount)
        for m in 0..<network.movementCount { perLink[Int(network.movementFrom[m])].append(Int32(m)) }
        linkQueueStart = [0]
        for l in 0..<network.linkCount {
            linkQueues.append(contentsOf: perLink[l])
            linkQueues.append(Int32(network.arrivalQueue(of: l)))
            linkQueueStart.append(Int32(linkQueues.count))
        }
        self.table = table
    }

    /// Runs the fixed-time groups on `table` from now on (a signal-plan measure; the table compiles the same
    /// groups, as group indices follow the network's movements).
    mutating func replaceFixed(_ table: SignalTable) {
        precondition(table.movementGroup == movementGroup, "a replacement table must compile the same groups")
        fixed = table
    }

    /// Earliest time ≥ `time` at which compiled group `group` is known to be green: as `nextGreen`, but +∞ for
    /// a controller-run group that is red with no green pending (no controller has decided to turn it green
    /// yet). What a driver who must yield to the group's vehicles can see: a red signal that stays red.
    @inline(__always)
    func knownGreen(_ group: Int, atOrAfter time: Double) -> Double {
        if !isActive || groupController[group] < 0 {
            return fixed.nextGreen(group, atOrAfter: time)
        }
        return max(time, groupGreenFrom[group])
    }

    /// Earliest time ≥ `time` at which compiled group `group` is green, or (controller-run and red) the next
    /// decision time, which is ≥ the end of the current step.
    @inline(__always)
    func nextGreen(_ group: Int, atOrAfter time: Double) -> Double {
        if !isActive || groupController[group] < 0 {
            return fixed.nextGreen(group, atOrAfter: time)
        }
        let from = groupGreenFrom[group]
        return from < .infinity ? max(time, from) : max(time, nextDecision)
    }
}
