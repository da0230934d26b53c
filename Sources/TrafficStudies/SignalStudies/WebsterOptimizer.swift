import Support
import TrafficCore

/// Parameters of Webster's fixed-time optimisation (defaults per property).
public struct WebsterParameters: Sendable, Hashable, Codable {
    /// Cycle bounds in seconds (default 30–120 s; SUMO's tlsCycleAdaptation.py uses 20–120 s).
    public var minimumCycle: Double = 30
    public var maximumCycle: Double = 120
    /// Minimum effective green of every stage (s). RiLSA's minimum release time is 5 s.
    public var minimumGreen: Double = 5
    /// Start-up loss added to the lost time per stage (s). 0 by default because plan intervals are already
    /// *effective* greens (see `GreenInterval`), so the intergreens between them are the whole lost time;
    /// set e.g. 2 s when the plan holds displayed greens.
    public var startUpLossPerStage: Double = 0
    /// Pedestrian walking speed for clearance (m/s). Default 1.0 m/s, the slow walker: RiLSA's design value
    /// is 1.2 m/s (situationally 1.0–1.5 m/s), lowered to 1.0 m/s at crossings used mainly by older or
    /// mobility-impaired people (VdK, "Handbuch Barrierefreie Verkehrsraumgestaltung", 2008, comparing
    /// RiLSA and E DIN 18030, which uses 1.0 m/s).
    public var walkingSpeed: Double = 1.0
    /// Pedestrian crossings: node ID → signal group ID → crossing length in metres. A group with a crossing
    /// gets at least length / walking speed of green.
    public var crossings: [String: [String: Double]] = [:]
    /// Round the cycle up to whole seconds (controllers run on whole seconds).
    public var roundCycleUp = true
    /// Give every node the longest of the nodes' cycles (as SUMO's `tlsCycleAdaptation.py -u`), so that the
    /// plans can be coordinated (`OffsetOptimizer` needs one cycle).
    public var commonCycle = false

    public init() {}

    enum CodingKeys: String, CodingKey {
        case minimumCycle = "minimum_cycle_s"
        case maximumCycle = "maximum_cycle_s"
        case minimumGreen = "minimum_green_s"
        case startUpLossPerStage = "start_up_loss_s"
        case walkingSpeed = "walking_speed_m_s"
        case crossings
        case roundCycleUp = "round_cycle_up"
        case commonCycle = "common_cycle"
    }
}

/// Webster's result for one node: the proposed plan and how it was derived.
public struct WebsterPlan: Sendable, Hashable {
    public struct Stage: Sendable, Hashable {
        public var groups: [String]
        /// The critical flow ratio of the stage: the largest q/s of the groups attributed to it.
        public var criticalFlowRatio: Double
        public var minimumGreen: Double
        public var green: Double
        /// The transitions after the stage, kept as they were (amber, all-red, clearances) plus any start-up loss.
        public var intergreenAfter: Double
    }

    public var node: String
    public var plan: SignalPlan
    public var stages: [Stage]
    /// Sum of critical flow ratios Y.
    public var criticalFlowRatio: Double
    /// Lost time L = transitions + start-up losses (s).
    public var lostTime: Double
    /// Webster's unconstrained C0 = (1.5·L + 5)/(1 − Y) (+∞ when Y ≥ 1).
    public var optimalCycle: Double
    /// Why the plan deviates from C0 (bounds, Y ≥ 1, minimum greens), for the engineer reading the proposal.
    public var notes: [String]
    /// The retimed program of the node's controller (for a SUMO light: all its junctions and signals).
    public var program: PhaseProgram
    /// The controller (SUMO light or node) whose program this is.
    public var controller: String
}

/// Webster's fixed-time optimisation (Webster 1958), on the program each controller runs (`SignalController`):
///
/// - The stages are the program's own (`PhaseProgram.stages`): runs of phases with one set of green signals.
///   Every transition — amber, all-red, and the time after a signal's green until a conflicting green starts
///   (its clearance, e.g. pedestrians clearing while vehicles go on) — is kept exactly, so the proposal keeps
///   the program's state sequence and every intergreen (RiLSA: the engineer's intergreen matrix stays valid).
/// - y_i = critical flow ratio of stage i (max q/s over the approaches of the groups attributed to it; a group
///   green in several stages is attributed to the one where it is green longest), Y = Σ y_i;
/// - L = Σ transitions + stages × start-up loss; C0 = (1.5·L + 5)/(1 − Y), rounded up and clamped to the
///   bounds; Y ≥ 1 → the maximum cycle (no cycle can serve the demand; noted);
/// - effective green G = C − L shared in proportion to y_i, with every stage at least its minimum green: the
///   larger of `minimumGreen`, a `crossings` group's length / walking speed, and for a pedestrian crossing of a
///   SUMO net the larger of 5 s and half its length / walking speed (RiLSA: a pedestrian who starts at green
///   reaches at least the middle; the rest is in the kept clearance), whatever `minimumGreen` says; if the
///   minimums do not fit, the cycle grows to Σ minimums + L
///   (noted, even above the maximum: clearance is a safety need);
/// - a stage's phases change in proportion, none below 1 s; the start-up loss, when set, lengthens the
///   transition after each stage.
/// The junctions one SUMO light runs are one controller with one program, hence one cycle.
public enum WebsterOptimizer {
    /// Proposes a plan for every analysed node of `analysis` that has a plan in `plans`.
    /// - Parameter trafficLights: a SUMO network's traffic lights (`Scenario.trafficLights`): the junctions
    ///   one of them runs are optimised together on its program; without its phases (a light built in code) they
    ///   share the longest of their cycles.
    public static func optimise(
        plans: [NodeID: SignalPlan], network: Network, analysis: SignalAnalysis,
        parameters: WebsterParameters = .init(), trafficLights: [String: SUMOTrafficLight] = [:]
    ) -> [NodeID: WebsterPlan] {
        let ratios = analysis.criticalFlowRatios
        let analysed = Set(analysis.nodes.map(\.node))
        let controllers = SignalController.controllers(plans: plans, network: network, trafficLights: trafficLights)
            .filter { $0.nodes.keys.contains { analysed.contains(network[$0].id) } }
        var result: [NodeID: WebsterPlan] = [:]
        var byController: [String: [NodeID]] = [:]
        for controller in controllers {
            for (node, proposal) in optimise(
                controller, network: network, ratios: ratios, parameters: parameters, fixedCycle: nil, sharedBy: "")
            {
                result[node] = proposal
            }
            byController[controller.id] = Array(controller.nodes.keys)
        }
        // Junctions one light controls but whose phases are unknown share the longest of their cycles; with
        // `commonCycle` every proposed controller does.
        var controlled: [String: [NodeID]] = [:]
        for controller in controllers where controller.light == nil {
            let node = controller.nodes.keys.first!
            if let light = SUMOSignalProgramWriter.sumoColumns(of: plans[node]!, trafficLights: trafficLights)?.light,
                trafficLights[light] != nil
            {
                controlled[light, default: []].append(node)
            }
        }
        for (light, nodes) in controlled where nodes.count > 1 {
            shareCycle(
                controllers.filter { c in c.nodes.keys.contains { nodes.contains($0) } }, of: &result, plans: plans,
                network: network, ratios: ratios, parameters: parameters,
                sharedBy: "the junctions traffic light \(light) controls")
        }
        if parameters.commonCycle {
            shareCycle(
                controllers, of: &result, plans: plans, network: network, ratios: ratios, parameters: parameters,
                sharedBy: "the coordinated nodes")
        }
        return result
    }

    /// Webster for one controller: a proposal for each of its nodes (sharing the retimed program); none when the
    /// program has no stage.
    static func optimise(
        _ controller: SignalController, network: Network, ratios: [String: [String: Double]],
        parameters p: WebsterParameters, fixedCycle: Double?, sharedBy: String
    ) -> [NodeID: WebsterPlan] {
        var groups: [FlowGroup] = []
        for node in controller.nodes.keys.sorted() {
            let name = network[node].id
            for group in controller.nodes[node]! {
                let crossing = p.crossings[name]?[group.id]
                groups.append(
                    FlowGroup(
                        name: group.id, columns: group.columns, ratio: ratios[name]?[group.id] ?? 0,
                        minimumGreen: crossing.map { p.walkingSpeed > 0 ? $0 / p.walkingSpeed : 0 } ?? 0))
            }
        }
        var columnMinimums: [Int: Double] = [:]
        for (column, length) in controller.crossings where p.walkingSpeed > 0 {
            // RiLSA: at least the minimum release time, and long enough to reach the middle of the crossing.
            columnMinimums[column] = max(SignalSafetyRules().minimumGreen, length / 2 / p.walkingSpeed)
        }
        // RiLSA first: intergreens the junction's geometry needs and the running program lacks are lengthened
        // before Webster, so that its lost time and cycle include them.
        let safe = controller.program.lengtheningIntergreens(to: controller.intergreens, conflicts: controller.conflicts)
        guard
            var r = retime(
                safe.program, conflicts: controller.conflicts, groups: groups, columnMinimums: columnMinimums,
                parameters: p, fixedCycle: fixedCycle, sharedBy: sharedBy)
        else { return [:] }
        // A clearance that sat in a stage phase may have been rescaled: lengthen again (usually nothing to do).
        r.program = r.program.lengtheningIntergreens(
            to: controller.intergreens, conflicts: controller.conflicts, keepsCycle: fixedCycle != nil).program
        r.notes += Self.notes(safe.lengthened)
        var result: [NodeID: WebsterPlan] = [:]
        for (node, plan) in controller.plans(from: r.program) {
            result[node] = WebsterPlan(
                node: network[node].id, plan: plan, stages: r.stages, criticalFlowRatio: r.criticalFlowRatio,
                lostTime: r.lostTime, optimalCycle: r.optimalCycle, notes: r.notes, program: r.program,
                controller: controller.id)
        }
        return result
    }

    /// One note for the intergreens a program had to lengthen to meet RiLSA.
    static func notes(_ lengthened: [PhaseProgram.LengthenedIntergreen]) -> [String] {
        guard !lengthened.isEmpty else { return [] }
        let listed = lengthened.prefix(6).map {
            "\($0.clearing) → \($0.entering) \(NumberFormat.fixed($0.from, 1)) → \(NumberFormat.fixed($0.to, 1)) s"
        }.joined(separator: ", ")
        let more = lengthened.count > 6 ? " and \(lengthened.count - 6) more" : ""
        return [
            "\(lengthened.count) intergreen(s) of the running program are shorter than RiLSA requires for the "
                + "junction's geometry and were lengthened: \(listed)\(more)"
        ]
    }

    /// Gives `controllers` the longest of their cycles (proposed, or kept by a controller without a proposal),
    /// again until minimum greens raise none further. When cycles still differ, every proposal says so.
    private static func shareCycle(
        _ controllers: [SignalController], of result: inout [NodeID: WebsterPlan], plans: [NodeID: SignalPlan],
        network: Network, ratios: [String: [String: Double]], parameters: WebsterParameters, sharedBy: String
    ) {
        func cycle(_ c: SignalController) -> Double {
            let node = c.nodes.keys.sorted()[0]
            return result[node]?.plan.cycle ?? plans[node]!.cycle
        }
        guard var common = controllers.map(cycle).max() else { return }
        for _ in 0..<3 {
            for c in controllers where abs(cycle(c) - common) > 1e-9 {
                let node = c.nodes.keys.sorted()[0]
                guard result[node] != nil else { continue }
                for (n, proposal) in optimise(
                    c, network: network, ratios: ratios, parameters: parameters, fixedCycle: common, sharedBy: sharedBy)
                {
                    result[n] = proposal
                }
            }
            guard let longest = controllers.map(cycle).max(), longest > common else { break }
            common = longest
        }
        let cycles = Set(controllers.map(cycle))
        if cycles.count > 1 {
            let listed = cycles.sorted().map { NumberFormat.fixed($0, 0) + " s" }.joined(separator: ", ")
            for c in controllers {
                for node in c.nodes.keys where result[node] != nil {
                    result[node]!.notes.append("the cycles of \(sharedBy) still differ (\(listed)): no shared cycle")
                }
            }
        }
    }

    /// Webster for one plan, given q/s per group ID (groups not listed count as 0): the plan as its own
    /// controller (a program with one column per group; `PhaseProgram(plan:)`). Nil when the plan has no stage
    /// (no group is ever green).
    /// - Parameters:
    ///   - fixedCycle: use this cycle instead of C0 (greens still split by Webster; noted).
    ///   - sharedBy: who shares the fixed cycle, for the note.
    public static func optimise(
        plan: SignalPlan, node: String, flowRatios: [String: Double], parameters p: WebsterParameters = .init(),
        fixedCycle: Double? = nil, sharedBy: String = "the coordinated nodes"
    ) -> WebsterPlan? {
        let crossings = p.crossings[node] ?? [:]
        let groups = plan.groups.enumerated().map { i, group in
            FlowGroup(
                name: group.id, columns: [i], ratio: flowRatios[group.id] ?? 0,
                minimumGreen: crossings[group.id].map { p.walkingSpeed > 0 ? $0 / p.walkingSpeed : 0 } ?? 0)
        }
        let program = PhaseProgram(plan: plan)
        guard
            let r = retime(
                program, conflicts: nil, groups: groups, columnMinimums: [:], parameters: p, fixedCycle: fixedCycle,
                sharedBy: sharedBy)
        else { return nil }
        return WebsterPlan(
            node: node, plan: r.program.plan(groups: plan.groups.indices.map { (plan.groups[$0].id, [$0]) }),
            stages: r.stages, criticalFlowRatio: r.criticalFlowRatio, lostTime: r.lostTime,
            optimalCycle: r.optimalCycle, notes: r.notes, program: r.program, controller: node)
    }

    /// A signal group with its demand, as Webster sees it.
    struct FlowGroup {
        var name: String
        var columns: [Int]
        /// Critical q/s of the group.
        var ratio: Double
        /// Its own minimum green (a `crossings` entry), 0 if none.
        var minimumGreen: Double
    }

    struct Retiming {
        var program: PhaseProgram
        var stages: [WebsterPlan.Stage]
        var criticalFlowRatio: Double
        var lostTime: Double
        var optimalCycle: Double
        var notes: [String]
    }

    /// Webster on a program: stage greens from the flow ratios, transitions kept (see the type).
    static func retime(
        _ program: PhaseProgram, conflicts: Set<ColumnPair>?, groups: [FlowGroup], columnMinimums: [Int: Double],
        parameters p: WebsterParameters, fixedCycle: Double?, sharedBy: String
    ) -> Retiming? {
        let transitions = program.transitionPhases(conflicts: conflicts)
        let stages = program.stages(transitions: transitions)
        guard !stages.isEmpty else { return nil }
        var notes: [String] = []

        // Attribute each group to the stage where it is green longest (first on ties).
        var attributed = [[FlowGroup]](repeating: [], count: stages.count)
        for group in groups {
            let greens = stages.map { stage in
                stage.phases.filter { i in group.columns.contains { program.phases[i].states[$0].isGreen } }
                    .reduce(0) { $0 + program.phases[$1].duration }
            }
            guard let best = greens.indices.max(by: { greens[$0] < greens[$1] }), greens[best] > 0 else { continue }
            attributed[best].append(group)
        }
        let y = attributed.map { groups in groups.map(\.ratio).max() ?? 0 }
        let minimumGreens = stages.indices.map { i in
            max(
                p.minimumGreen, attributed[i].map(\.minimumGreen).max() ?? 0,
                stages[i].greenColumns.compactMap { columnMinimums[$0] }.max() ?? 0)
        }
        let bigY = y.reduce(0, +)
        let transitionTime = zip(program.phases, transitions).filter(\.1).reduce(0) { $0 + $1.0.duration }
        let lostTime = transitionTime + Double(stages.count) * p.startUpLossPerStage
        let c0 = SignalFormulas.websterCycle(lostTime: lostTime, criticalFlowRatio: bigY)

        var cycle: Double
        if let fixedCycle {
            cycle = fixedCycle
            notes.append("common cycle \(NumberFormat.fixed(cycle, 0)) s of \(sharedBy) (own C0 \(NumberFormat.fixed(c0, 1)) s)")
        } else if bigY >= 1 {
            cycle = p.maximumCycle
            notes.append(
                "Y = \(NumberFormat.fixed(bigY, 3)) ≥ 1: demand exceeds capacity at any cycle; "
                    + "using the maximum cycle \(NumberFormat.fixed(cycle, 0)) s")
        } else {
            cycle = p.roundCycleUp ? c0.rounded(.up) : c0
            if cycle < p.minimumCycle {
                notes.append("C0 = \(NumberFormat.fixed(c0, 1)) s raised to the minimum cycle \(NumberFormat.fixed(p.minimumCycle, 0)) s")
                cycle = p.minimumCycle
            } else if cycle > p.maximumCycle {
                notes.append("C0 = \(NumberFormat.fixed(c0, 1)) s capped at the maximum cycle \(NumberFormat.fixed(p.maximumCycle, 0)) s")
                cycle = p.maximumCycle
            }
        }
        let minimumTotal = minimumGreens.reduce(0, +)
        if cycle - lostTime < minimumTotal {
            let needed = minimumTotal + lostTime
            notes.append(
                "minimum greens (incl. pedestrian clearance) need a cycle of \(NumberFormat.fixed(needed, 1)) s; "
                    + "cycle raised from \(NumberFormat.fixed(cycle, 1)) s")
            cycle = needed
        }
        let greens = split(cycle - lostTime, ratios: y, minimums: minimumGreens)
        var retimed = program.retimed(stages: stages, stageDurations: greens)
        // The start-up loss is time without effective green: it lengthens the transition after each stage.
        var intergreens = [Double](repeating: 0, count: stages.count)
        let n = program.phases.count
        for (k, stage) in stages.enumerated() {
            var i = (stage.phases.last! + 1) % n
            var first: Int?
            while transitions[i], i != stage.phases[0] {
                if first == nil { first = i }
                intergreens[k] += program.phases[i].duration
                i = (i + 1) % n
            }
            if let first, p.startUpLossPerStage > 0 {
                retimed.phases[first].duration += p.startUpLossPerStage
                intergreens[k] += p.startUpLossPerStage
            }
        }
        // Floating-point residue of the shares: the cycle is Webster's, to the last bit where possible.
        if let longest = stages.flatMap(\.phases).max(by: { retimed.phases[$0].duration < retimed.phases[$1].duration }) {
            for _ in 0..<3 where retimed.cycle != cycle {
                retimed.phases[longest].duration += cycle - retimed.cycle
            }
        }
        return Retiming(
            program: retimed,
            stages: stages.indices.map { i in
                WebsterPlan.Stage(
                    groups: stages[i].greenColumns.map { program.columns[$0] }, criticalFlowRatio: y[i],
                    minimumGreen: minimumGreens[i], green: greens[i], intergreenAfter: intergreens[i])
            },
            criticalFlowRatio: bigY, lostTime: lostTime, optimalCycle: c0, notes: notes)
    }

    /// Shares `total` in proportion to `ratios` (equally when all are 0), holding every share at least at its
    /// minimum: shares below their minimum are fixed there and the rest is re-shared among the others.
    static func split(_ total: Double, ratios: [Double], minimums: [Double]) -> [Double] {
        var fixed = [Bool](repeating: false, count: ratios.count)
        var shares = minimums
        while true {
            let free = ratios.indices.filter { !fixed[$0] }
            if free.isEmpty { return shares }
            let remaining = total - ratios.indices.filter { fixed[$0] }.reduce(0) { $0 + minimums[$1] }
            let weightSum = free.reduce(0) { $0 + ratios[$1] }
            var changed = false
            for i in free {
                shares[i] = weightSum > 0 ? remaining * ratios[i] / weightSum : remaining / Double(free.count)
                if shares[i] < minimums[i] {
                    shares[i] = minimums[i]
                    fixed[i] = true
                    changed = true
                }
            }
            if !changed { return shares }
        }
    }
}
