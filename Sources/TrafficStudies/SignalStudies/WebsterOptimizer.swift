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
        public var intergreenAfter: Double
    }

    public var node: String
    public var plan: SignalPlan
    public var stages: [Stage]
    /// Sum of critical flow ratios Y.
    public var criticalFlowRatio: Double
    /// Lost time L = intergreens + start-up losses (s).
    public var lostTime: Double
    /// Webster's unconstrained C0 = (1.5·L + 5)/(1 − Y) (+∞ when Y ≥ 1).
    public var optimalCycle: Double
    /// Why the plan deviates from C0 (bounds, Y ≥ 1, minimum greens), for the engineer reading the proposal.
    public var notes: [String]
}

/// Webster's fixed-time optimisation (Webster 1958): per node, stages are taken from the existing plan
/// (`SignalPlan.stages`), the intergreens and stage order are kept, and the cycle and greens are recomputed:
///
/// - y_i = critical flow ratio of stage i (max q/s over the approaches of the groups attributed to it; a
///   group green in several stages is attributed to the one where it is green longest), Y = Σ y_i;
/// - L = Σ intergreens + stages × start-up loss; C0 = (1.5·L + 5)/(1 − Y), rounded up and clamped to the
///   bounds; Y ≥ 1 → the maximum cycle (no cycle can serve the demand; noted);
/// - effective green G = C − L shared in proportion to y_i, with every stage at least its minimum green
///   (the larger of `minimumGreen` and crossing length / walking speed of its groups); if the minimums do
///   not fit, the cycle grows to Σ minimums + L (noted, even above the maximum: clearance is a safety need);
/// - junctions one controller runs — a SUMO traffic light joining several junctions (`trafficLights`), whose
///   groups are all named `"<tl>:<i>"` or `"<tl>:<i>+<j>…"` with the same `<tl>` — get the longest of their
///   cycles (greens split by Webster at that cycle; noted), because one controller runs one cycle (and SUMO
///   takes one program per light). A junction of the light without a proposal keeps its cycle, which then
///   counts too; cycles that still differ are noted.
public enum WebsterOptimizer {
    /// Proposes a plan for every analysed node of `analysis` that has a plan in `plans`.
    /// - Parameter trafficLights: a SUMO network's traffic lights (`Scenario.trafficLights`): the junctions
    ///   one of them runs share a cycle.
    public static func optimise(
        plans: [NodeID: SignalPlan], network: Network, analysis: SignalAnalysis,
        parameters: WebsterParameters = .init(), trafficLights: [String: SUMOTrafficLight] = [:]
    ) -> [NodeID: WebsterPlan] {
        var result: [NodeID: WebsterPlan] = [:]
        let ratios = analysis.criticalFlowRatios
        for nodeAnalysis in analysis.nodes {
            guard let node = network.node(named: nodeAnalysis.node), let plan = plans[node] else { continue }
            if let proposal = optimise(
                plan: plan, node: nodeAnalysis.node, flowRatios: ratios[nodeAnalysis.node] ?? [:], parameters: parameters)
            {
                result[node] = proposal
            }
        }
        // Junctions one controller runs (a SUMO traffic light of `trafficLights` joining several junctions,
        // whose plans' groups are named after it) get one cycle; with `commonCycle` every proposed node does.
        var controlled: [String: [NodeID]] = [:]
        for node in plans.keys.sorted() {
            if let light = SUMOSignalProgramWriter.sumoColumns(of: plans[node]!, trafficLights: trafficLights)?.light,
                trafficLights[light] != nil
            {
                controlled[light, default: []].append(node)
            }
        }
        for (light, nodes) in controlled where nodes.count > 1 {
            shareCycle(
                nodes, of: &result, plans: plans, ratios: ratios, parameters: parameters,
                sharedBy: "the junctions traffic light \(light) controls")
        }
        if parameters.commonCycle {
            shareCycle(
                Array(result.keys), of: &result, plans: plans, ratios: ratios, parameters: parameters,
                sharedBy: "the coordinated nodes")
        }
        return result
    }

    /// Gives `nodes` the longest of their cycles (proposed, or kept by a node without a proposal), again until
    /// minimum greens raise none further. When cycles still differ (a node without a proposal keeps a shorter
    /// one, or the rounds run out), every proposal of `nodes` says so in a note.
    private static func shareCycle(
        _ nodes: [NodeID], of result: inout [NodeID: WebsterPlan], plans: [NodeID: SignalPlan],
        ratios: [String: [String: Double]], parameters: WebsterParameters, sharedBy: String
    ) {
        func cycle(_ node: NodeID) -> Double { result[node]?.plan.cycle ?? plans[node]!.cycle }
        guard var common = nodes.map(cycle).max() else { return }
        for _ in 0..<3 {
            for node in nodes {
                guard let proposal = result[node], proposal.plan.cycle != common else { continue }
                result[node] = optimise(
                    plan: plans[node]!, node: proposal.node, flowRatios: ratios[proposal.node] ?? [:],
                    parameters: parameters, fixedCycle: common, sharedBy: sharedBy)
            }
            guard let longest = nodes.map(cycle).max(), longest > common else { break }
            common = longest
        }
        let cycles = Set(nodes.map(cycle))
        if cycles.count > 1 {
            let listed = cycles.sorted().map { NumberFormat.fixed($0, 0) + " s" }.joined(separator: ", ")
            for node in nodes where result[node] != nil {
                result[node]!.notes.append("the cycles of \(sharedBy) still differ (\(listed)): no shared cycle")
            }
        }
    }

    /// Webster for one plan, given q/s per group ID (groups not listed count as 0). Nil when the plan has no
    /// stage (no group is ever green).
    /// - Parameters:
    ///   - fixedCycle: use this cycle instead of C0 (greens still split by Webster; noted).
    ///   - sharedBy: who shares the fixed cycle, for the note.
    public static func optimise(
        plan: SignalPlan, node: String, flowRatios: [String: Double], parameters p: WebsterParameters = .init(),
        fixedCycle: Double? = nil, sharedBy: String = "the coordinated nodes"
    ) -> WebsterPlan? {
        let stages = plan.stages
        guard !stages.isEmpty else { return nil }
        var notes: [String] = []

        // Attribute each group to the stage where it is green longest (first on ties).
        var attributed = [[String]](repeating: [], count: stages.count)
        for group in plan.groups {
            let candidates = stages.indices.filter { stages[$0].groups.contains(group.id) }
            guard let best = candidates.max(by: { stages[$0].green < stages[$1].green }) else { continue }
            attributed[best].append(group.id)
        }
        let crossings = p.crossings[node] ?? [:]
        let y = attributed.map { groups in groups.map { flowRatios[$0] ?? 0 }.max() ?? 0 }
        let minimumGreens = attributed.map { groups in
            groups.reduce(p.minimumGreen) { current, group in
                guard let length = crossings[group], p.walkingSpeed > 0 else { return current }
                return max(current, length / p.walkingSpeed)
            }
        }
        let bigY = y.reduce(0, +)
        let lostTime = stages.reduce(0) { $0 + $1.intergreenAfter } + Double(stages.count) * p.startUpLossPerStage
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

        // Rebuild the plan: stages in the original order from t = 0, intergreens kept.
        var stageIntervals: [GreenInterval] = []
        var t = 0.0
        for (i, stage) in stages.enumerated() {
            stageIntervals.append(GreenInterval(start: t, end: t + greens[i]))
            t += greens[i] + stage.intergreenAfter + p.startUpLossPerStage
        }
        let groups = plan.groups.map { group in
            SignalGroup(
                id: group.id,
                greenIntervals: merged(
                    stages.indices.filter { stages[$0].groups.contains(group.id) }.map { stageIntervals[$0] },
                    cycle: cycle))
        }
        var offset = (plan.offset + stages[0].start).truncatingRemainder(dividingBy: cycle)
        if offset < 0 { offset += cycle }
        return WebsterPlan(
            node: node, plan: SignalPlan(cycle: cycle, offset: offset, groups: groups),
            stages: stages.indices.map {
                WebsterPlan.Stage(
                    groups: stages[$0].groups, criticalFlowRatio: y[$0], minimumGreen: minimumGreens[$0],
                    green: greens[$0], intergreenAfter: stages[$0].intergreenAfter)
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

    /// Joins touching intervals (sorted by start); a run ending at the cycle end and one starting at 0 become
    /// one wrapping interval.
    static func merged(_ intervals: [GreenInterval], cycle: Double) -> [GreenInterval] {
        var result: [GreenInterval] = []
        for i in intervals.sorted(by: { $0.start < $1.start }) {
            if let last = result.last, abs(last.end - i.start) < 1e-9 {
                result[result.count - 1].end = i.end
            } else {
                result.append(i)
            }
        }
        if result.count > 1, abs(result.last!.end - cycle) < 1e-9, result[0].start == 0 {
            let first = result.removeFirst()
            result[result.count - 1].end = first.end
        }
        return result
    }
}
