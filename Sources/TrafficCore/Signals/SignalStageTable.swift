/// Stages of the controller-run nodes, compiled from their plans (see `SignalControl`), with the per-stage
/// timing limits of the chosen control or of the plan's own actuation. Immutable; the engine keeps the
/// running state.
struct SignalStageTable: Sendable {
    enum Mode: Sendable, Equatable {
        /// Follow the fixed plan stage by stage (fixed-time nodes with priority or pedestrian demand).
        case plan
        /// `ActuatedControl`: stages without a call skipped, rest in green without any call.
        case actuated(gap: Double)
        /// The plan's own actuation (`SignalActuation`): every stage in sequence, from min to max green.
        case sequenceActuated(gap: Double)
        case maxPressure
    }

    /// The run's control: `.plan` under `SignalControl.fixedTime`.
    let mode: Mode
    /// Per controller: how it is run (`mode`, or `.sequenceActuated` for an actuated plan under `.plan`).
    let nodeMode: [Mode]
    let decisionInterval: Double
    /// Per compiled signal group: index of its controlled node, −1 when the group runs on its fixed plan.
    let groupController: [Int32]

    // Controllers (the "node" arrays): each runs one node, or the nodes of one `SignalActuation.controller`.
    let nodeStart: [Int32]  // CSR into `nodes`, count + 1 entries
    let nodes: [Int32]
    /// The node's ID, or the shared controller's name.
    let nodeNames: [String]
    let nodeStageStart: [Int32]  // CSR into the stage arrays, count + 1 entries
    let nodeMaxIntergreen: [Double]
    let initialStage: [Int32]
    let initialGreenStart: [Double]

    // Stages (the plan's sequence per node)
    let stageGroupStart: [Int32]  // CSR into `stageGroups`
    let stageGroups: [Int32]
    let stageMovementStart: [Int32]  // CSR into `stageMovements`
    let stageMovements: [Int32]
    let stageLabel: [String]
    /// Green of the stage in its plan, extended to the pedestrian minimum (used by `.plan`).
    let stageDuration: [Double]
    /// Minimum green (controller's, the plan actuation's, or the priority minimum under `.plan`), extended to
    /// the pedestrian minimum.
    let stageMinGreen: [Double]
    let stageMaxGreen: [Double]
    /// Intergreen to the next stage in the sequence (the plan's gap between the two greens).
    let stageIntergreen: [Double]

    var isEmpty: Bool { nodeNames.isEmpty }
    /// Number of controllers.
    var nodeCount: Int { nodeNames.count }

    /// The network nodes controller `c` runs.
    func nodes(of c: Int) -> ArraySlice<Int32> { nodes[Int(nodeStart[c])..<Int(nodeStart[c + 1])] }

    func stages(of c: Int) -> Range<Int> { Int(nodeStageStart[c])..<Int(nodeStageStart[c + 1]) }
    func groups(of s: Int) -> ArraySlice<Int32> { stageGroups[Int(stageGroupStart[s])..<Int(stageGroupStart[s + 1])] }
    func movements(of s: Int) -> ArraySlice<Int32> {
        stageMovements[Int(stageMovementStart[s])..<Int(stageMovementStart[s + 1])]
    }

    /// The stage after `s` in its node's sequence (cyclic).
    func next(after s: Int, node c: Int) -> Int {
        let range = stages(of: c)
        return s + 1 < range.upperBound ? s + 1 : range.lowerBound
    }

    /// Intergreen when switching from stage `s` to stage `k` of node `c`: the plan's gap for the next stage
    /// in sequence, the node's longest gap for any other jump.
    func intergreen(from s: Int, to k: Int, node c: Int) -> Double {
        k == next(after: s, node: c) ? stageIntergreen[s] : nodeMaxIntergreen[c]
    }

    /// The table for `configuration`, or nil when every node runs its fixed plan unchanged. Under
    /// `SignalControl.fixedTime` the nodes whose plan in `plans` is actuated are controller-run with their
    /// own limits; `.actuated` and `.maxPressure` run every node with the control's parameters.
    ///
    /// - Throws: `SimulationError.invalidConfiguration` naming the parameter, node or group that is wrong.
    init?(
        network: Network, signals: SignalTable, plans: [NodeID: SignalPlan] = [:],
        configuration: SimulationConfiguration
    ) throws(SimulationError) {
        let priority = configuration.signalPriority
        let pedestrians = configuration.pedestrianDemand
        func positive(_ value: Double, _ name: String) throws(SimulationError) {
            guard value > 0, value.isFinite else { throw .invalidConfiguration("\(name) must be > 0, is \(value)") }
        }
        var minGreen = 0.0
        var maxGreen = Double.infinity
        switch configuration.signalControl {
        case .fixedTime:
            mode = .plan
            decisionInterval = configuration.step
        case .actuated(let p):
            try positive(p.minGreen, "actuated min green")
            try positive(p.maxGreen, "actuated max green")
            try positive(p.gap, "actuated gap")
            try positive(p.decisionInterval, "actuated decision interval")
            guard p.maxGreen >= p.minGreen else {
                throw .invalidConfiguration("actuated max green \(p.maxGreen) s is below min green \(p.minGreen) s")
            }
            mode = .actuated(gap: p.gap)
            decisionInterval = p.decisionInterval
            minGreen = p.minGreen
            maxGreen = p.maxGreen
        case .maxPressure(let p):
            try positive(p.minGreen, "max-pressure min green")
            try positive(p.decisionInterval, "max-pressure decision interval")
            mode = .maxPressure
            decisionInterval = p.decisionInterval
            minGreen = p.minGreen
        }
        if let priority {
            try positive(priority.minGreen, "priority min green")
            if mode == .plan { minGreen = priority.minGreen }
        }

        // Compiled groups: node and name.
        var groupNode = [Int32](repeating: -1, count: signals.groupCount)
        var groupName = [String](repeating: "", count: signals.groupCount)
        for (m, movement) in network.movements.enumerated() where signals.movementGroup[m] >= 0 {
            let g = Int(signals.movementGroup[m])
            groupNode[g] = network.node(of: MovementID(m)).rawValue
            groupName[g] = movement.signalGroup ?? ""
        }
        var groupMovements = [[Int32]](repeating: [], count: signals.groupCount)
        for (m, g) in signals.movementGroup.enumerated() where g >= 0 { groupMovements[Int(g)].append(Int32(m)) }
        var nodeGroups: [Int32: [Int32]] = [:]  // set-up only
        for g in 0..<signals.groupCount { nodeGroups[groupNode[g], default: []].append(Int32(g)) }

        // Pedestrian minimum green per compiled group.
        var pedestrianMinimum = [Double](repeating: 0, count: signals.groupCount)
        var pedestrianNodes = Set<Int32>()
        if let pedestrians {
            try positive(pedestrians.walkingSpeed, "pedestrian walking speed")
            for crossing in pedestrians.crossings {
                let label = "pedestrian crossing at node '\(crossing.node)', group '\(crossing.group)'"
                try positive(crossing.length, "\(label): length")
                guard let node = network.node(named: crossing.node) else {
                    throw .invalidConfiguration("\(label): the node is not in the network")
                }
                guard let g = nodeGroups[node.rawValue]?.first(where: { groupName[Int($0)] == crossing.group }) else {
                    throw .invalidConfiguration("\(label): no movement at the node uses this signal group")
                }
                pedestrianMinimum[Int(g)] = max(pedestrianMinimum[Int(g)], crossing.length / pedestrians.walkingSpeed)
                pedestrianNodes.insert(node.rawValue)
            }
        }

        // The plans' own actuation, where it applies: validated, per node.
        var actuation: [Int32: SignalActuation] = [:]
        if mode == .plan {
            for node in nodeGroups.keys {
                guard let plan = plans[NodeID(rawValue: node)], let a = plan.actuation else { continue }
                let name = "actuated plan of node '\(network[NodeID(rawValue: node)].id)'"
                guard a.gap >= 0, a.gap.isFinite else { throw .invalidConfiguration("\(name): gap \(a.gap) s") }
                for stage in a.stages {
                    let label = stage.groups.joined(separator: "+")
                    guard stage.minGreen >= 0, stage.minGreen.isFinite, stage.maxGreen >= stage.minGreen,
                        stage.maxGreen.isFinite
                    else {
                        throw .invalidConfiguration(
                            "\(name): stage '\(label)' has min green \(stage.minGreen) s, "
                                + "max green \(stage.maxGreen) s")
                    }
                }
                actuation[node] = a
            }
        }

        let controlledNodes: [Int32]
        if mode != .plan || !(priority?.tripIDs.isEmpty ?? true) {
            controlledNodes = nodeGroups.keys.sorted()
        } else {
            controlledNodes = pedestrianNodes.union(actuation.keys).sorted()
        }
        if controlledNodes.isEmpty { return nil }
        // Controllers: nodes that name one shared controller run as one, in the order of their first node.
        var controlled: [[Int32]] = []
        var shared: [String: Int] = [:]  // controller name → index into `controlled`
        for node in controlledNodes {
            if let name = actuation[node]?.controller {
                if let index = shared[name] {
                    let first = Int(nodeGroups[controlled[index][0]]![0])
                    let this = Int(nodeGroups[node]![0])
                    guard signals.cycle[first] == signals.cycle[this], signals.offset[first] == signals.offset[this]
                    else {
                        throw .invalidConfiguration(
                            "controller '\(name)': node '\(network[NodeID(rawValue: node)].id)' has another cycle "
                                + "or offset than node '\(network[NodeID(rawValue: controlled[index][0])].id)'")
                    }
                    controlled[index].append(node)
                    continue
                }
                shared[name] = controlled.count
            }
            controlled.append([node])
        }

        var groupController = [Int32](repeating: -1, count: signals.groupCount)
        var nodeMode: [Mode] = []
        var nodeStart: [Int32] = [0]
        var nodes: [Int32] = []
        var nodeNames: [String] = []
        var nodeStageStart: [Int32] = [0]
        var nodeMaxIntergreen: [Double] = []
        var initialStage: [Int32] = []
        var initialGreenStart: [Double] = []
        var stageGroupStart: [Int32] = [0]
        var stageGroups: [Int32] = []
        var stageMovementStart: [Int32] = [0]
        var stageMovements: [Int32] = []
        var stageLabel: [String] = []
        var stageDuration: [Double] = []
        var stageMinGreen: [Double] = []
        var stageMaxGreen: [Double] = []
        var stageIntergreen: [Double] = []

        for unit in controlled {
            let node = unit[0]
            let groups = unit.flatMap { nodeGroups[$0]! }.sorted()
            let c = nodeNames.count
            let name = actuation[node]?.controller ?? network[NodeID(rawValue: node)].id
            for g in groups { groupController[Int(g)] = Int32(c) }
            let sequence = Self.stageSequence(groups: groups, signals: signals)
            let first = stageLabel.count
            let own = actuation[node]
            nodeMode.append(own.map { .sequenceActuated(gap: $0.gap) } ?? mode)
            var occurrences: [[String]: Int] = [:]  // per green set: stages seen, to match repeated sets in order
            for stage in sequence.stages {
                stageGroups.append(contentsOf: stage.groups)
                stageGroupStart.append(Int32(stageGroups.count))
                for g in stage.groups { stageMovements.append(contentsOf: groupMovements[Int(g)]) }
                stageMovementStart.append(Int32(stageMovements.count))
                let names = stage.groups.map { groupName[Int($0)] }
                stageLabel.append(names.joined(separator: "+"))
                let pedestrian = stage.groups.map { pedestrianMinimum[Int($0)] }.max() ?? 0
                stageDuration.append(max(stage.duration, pedestrian))
                var limits = (min: minGreen, max: maxGreen)
                var intergreen = stage.gapAfter
                if let own {
                    let key = names.sorted()
                    let occurrence = occurrences[key, default: 0]
                    occurrences[key] = occurrence + 1
                    guard let stageLimits = own.stage(groups: key, occurrence: occurrence) else {
                        throw .invalidConfiguration(
                            "actuated plan of '\(name)' has no limits for its stage '\(names.joined(separator: "+"))'")
                    }
                    limits = (stageLimits.minGreen, stageLimits.maxGreen)
                    if let own = stageLimits.intergreen {
                        guard own >= 0, own.isFinite else {
                            throw .invalidConfiguration(
                                "actuated plan of '\(name)': stage '\(names.joined(separator: "+"))' has "
                                    + "intergreen \(own) s")
                        }
                        intergreen = own
                    }
                }
                let minimum = max(limits.min, pedestrian)
                stageMinGreen.append(minimum)
                stageMaxGreen.append(max(limits.max, minimum))
                stageIntergreen.append(intergreen)
            }
            nodes.append(contentsOf: unit)
            nodeStart.append(Int32(nodes.count))
            nodeNames.append(name)
            nodeStageStart.append(Int32(stageLabel.count))
            nodeMaxIntergreen.append(sequence.stages.map(\.gapAfter).max() ?? 0)
            initialStage.append(Int32(first + sequence.initialStage))
            initialGreenStart.append(sequence.initialGreenStart)
        }
        self.groupController = groupController
        self.nodeMode = nodeMode
        self.nodeStart = nodeStart
        self.nodes = nodes
        self.nodeNames = nodeNames
        self.nodeStageStart = nodeStageStart
        self.nodeMaxIntergreen = nodeMaxIntergreen
        self.initialStage = initialStage
        self.initialGreenStart = initialGreenStart
        self.stageGroupStart = stageGroupStart
        self.stageGroups = stageGroups
        self.stageMovementStart = stageMovementStart
        self.stageMovements = stageMovements
        self.stageLabel = stageLabel
        self.stageDuration = stageDuration
        self.stageMinGreen = stageMinGreen
        self.stageMaxGreen = stageMaxGreen
        self.stageIntergreen = stageIntergreen
    }

    struct Stage: Equatable {
        var groups: [Int32]
        var duration: Double
        var gapAfter: Double
    }

    struct Sequence: Equatable {
        var stages: [Stage]
        /// Index into `stages` of the stage running (or next to run) at t = 0.
        var initialStage: Int
        /// Its green start (≤ 0 when green at t = 0, > 0 when t = 0 falls into the intergreen before it).
        var initialGreenStart: Double
    }

    /// Cuts one node's cycle at every green start and end; each piece is green for a set of groups. Runs of
    /// equal non-empty sets are the stages in cycle order, empty pieces the intergreens between them.
    /// A node without any green gets one empty stage (never green).
    static func stageSequence(groups: [Int32], signals: SignalTable) -> Sequence {
        let g0 = Int(groups[0])
        let cycle = signals.cycle[g0]
        var cuts: [Double] = [0, cycle]
        var windows: [(group: Int32, start: Double, end: Double)] = []
        for g in groups {
            for i in Int(signals.intervalStart[Int(g)])..<Int(signals.intervalStart[Int(g) + 1]) {
                windows.append((g, signals.greenStart[i], signals.greenEnd[i]))
                cuts.append(signals.greenStart[i])
                cuts.append(signals.greenEnd[i])
            }
        }
        cuts = Array(Set(cuts)).sorted()
        var pieces: [(groups: [Int32], start: Double, end: Double)] = []
        for i in 0..<(cuts.count - 1) where cuts[i + 1] > cuts[i] {
            let middle = (cuts[i] + cuts[i + 1]) / 2
            let green = groups.filter { g in windows.contains { $0.group == g && $0.start <= middle && middle < $0.end }
            }
            if let last = pieces.last, last.groups == green {
                pieces[pieces.count - 1].end = cuts[i + 1]
            } else {
                pieces.append((green, cuts[i], cuts[i + 1]))
            }
        }
        if pieces.count > 1, pieces[0].groups == pieces[pieces.count - 1].groups {
            // The run across the cycle end is one stage (or one gap).
            pieces[pieces.count - 1].end = cycle + pieces[0].end
            pieces.removeFirst()
        }
        guard pieces.contains(where: { !$0.groups.isEmpty }) else {
            return Sequence(
                stages: [Stage(groups: [], duration: 0, gapAfter: 0)], initialStage: 0, initialGreenStart: 0)
        }
        var stages: [Stage] = []
        var pieceStage: [Int] = []  // per piece: its stage, or for a gap the stage after it
        for piece in pieces {
            if piece.groups.isEmpty {
                if !stages.isEmpty { stages[stages.count - 1].gapAfter += piece.end - piece.start }
                pieceStage.append(stages.count)  // fixed below when the gap precedes the first stage
            } else {
                pieceStage.append(stages.count)
                stages.append(Stage(groups: piece.groups, duration: piece.end - piece.start, gapAfter: 0))
            }
        }
        if pieces[0].groups.isEmpty {  // a gap at the cycle start follows the last stage
            stages[stages.count - 1].gapAfter += pieces[0].end - pieces[0].start
        }
        pieceStage = pieceStage.map { $0 % stages.count }

        // The state at t = 0: cycle phase −offset.
        let offset = signals.offset[g0]
        var phase = (-offset).truncatingRemainder(dividingBy: cycle)
        if phase < 0 { phase += cycle }
        for (i, piece) in pieces.enumerated() {
            let p = phase < piece.start ? phase + cycle : phase
            guard p >= piece.start, p < piece.end else { continue }
            return Sequence(
                stages: stages, initialStage: pieceStage[i],
                initialGreenStart: piece.groups.isEmpty ? piece.end - p : piece.start - p)
        }
        return Sequence(stages: stages, initialStage: 0, initialGreenStart: 0)
    }
}
