import TrafficCore

/// Parameters of the analytic signal evaluation (defaults as documented per property).
public struct SignalAnalysisParameters: Sendable, Hashable, Codable {
    /// Saturation flow per lane in veh/h (1800: a 2 s discharge headway; HBS 2015 uses t_B = 1.8 s/veh ≈ 2000).
    public var saturationFlowPerLane: Double = 1800
    /// HCM analysis period T in hours for the incremental delay d2 (HCM default 0.25 h, the peak 15 minutes).
    public var periodHours: Double = 0.25
    /// HCM incremental-delay factor k (0.5 for fixed-time control).
    public var incrementalDelayFactor: Double = 0.5
    /// HCM upstream filtering factor I (1.0 for an isolated junction; < 1 downstream of other signals).
    public var filteringFactor: Double = 1

    public init() {}

    enum CodingKeys: String, CodingKey {
        case saturationFlowPerLane = "saturation_flow_per_lane_veh_h"
        case periodHours = "analysis_period_h"
        case incrementalDelayFactor = "k"
        case filteringFactor = "i"
    }
}

/// What a simulation measured for one signal group (its movements summed; see `MovementStatistics`).
public struct MeasuredApproach: Sendable, Hashable, Codable {
    public var served: Int
    public var meanDelay: Double
    public var stops: Int
    /// Stops per served vehicle.
    public var stopRate: Double
    public var maxQueue: Int
    public var meanQueue: Double
    /// QSV from the measured mean delay.
    public var quality: QualityLevel

    init(_ s: MovementStatistics) {
        served = s.served
        meanDelay = s.meanDelay
        stops = s.stops
        stopRate = s.served > 0 ? Double(s.stops) / Double(s.served) : 0
        maxQueue = s.maxQueue
        meanQueue = s.meanQueue
        quality = QualityLevel(meanWaitingTime: s.meanDelay)
    }

    enum CodingKeys: String, CodingKey {
        case served, stops, quality = "qsv"
        case meanDelay = "mean_delay_s"
        case stopRate = "stop_rate"
        case maxQueue = "max_queue_veh"
        case meanQueue = "mean_queue_veh"
    }
}

/// Analysis of one approach: the movements of one signal group from one incoming link (a lane group). A
/// signal group serving several approaches (e.g. "NS" for north and south) has one row per approach, so that
/// the busier approach sets the group's critical flow ratio.
///
/// q = flow of the group's movements from the link; s = lanes × saturation flow per lane (lanes of the
/// group's movements from the link, at most the link's lanes); y = q/s; g = effective green of the plan;
/// c = s·g/C; X = q/c; d1, d2 by `SignalFormulas`; delay = d1 + d2; queue = q·r (vehicles arriving during
/// the effective red r = C − g, the standing queue at green start) + HCM overflow queue Q2.
public struct ApproachAnalysis: Sendable, Hashable, Codable {
    public var node: String
    public var group: String
    /// The incoming link (approach).
    public var link: String
    public var lanes: Int
    public var cycle: Double
    public var green: Double
    public var flow: Double
    public var saturationFlow: Double
    public var flowRatio: Double
    public var capacity: Double
    public var degreeOfSaturation: Double
    public var uniformDelay: Double
    public var incrementalDelay: Double
    public var delay: Double
    public var queue: Double
    public var quality: QualityLevel
    /// Measured in a simulation of the same plan, when one was given.
    public var measured: MeasuredApproach?

    enum CodingKeys: String, CodingKey {
        case node, group, link, lanes, measured, quality = "qsv"
        case cycle = "cycle_s"
        case green = "green_s"
        case flow = "flow_veh_h"
        case saturationFlow = "saturation_flow_veh_h"
        case flowRatio = "flow_ratio"
        case capacity = "capacity_veh_h"
        case degreeOfSaturation = "x"
        case uniformDelay = "d1_s"
        case incrementalDelay = "d2_s"
        case delay = "delay_s"
        case queue = "queue_veh"
    }
}

/// All approaches of one signalised node; its QSV is that of its worst approach (HBS rates a junction by its
/// weakest stream).
public struct NodeAnalysis: Sendable, Hashable, Codable {
    public var node: String
    public var cycle: Double
    public var approaches: [ApproachAnalysis]
    public var quality: QualityLevel
    public var measuredQuality: QualityLevel?
    /// Flow-weighted mean analytic delay over the approaches (s).
    public var meanDelay: Double

    enum CodingKeys: String, CodingKey {
        case node, approaches, quality = "qsv"
        case cycle = "cycle_s"
        case measuredQuality = "measured_qsv"
        case meanDelay = "mean_delay_s"
    }
}

/// Per signalised node and signal group: flow, saturation flow, capacity, degree of saturation, Webster/HCM
/// delay, queue and QSV — analytic from flows, and measured from a simulation side by side.
///
/// ```swift
/// let trips = try scenario.demand.generateTrips(seed: 1, network: scenario.network)
/// let period = MovementFlows.demandPeriod(of: trips, fallback: 3600)
/// let result = try Simulation.run(scenario)
/// let analysis = SignalAnalysis(
///     network: scenario.network, plans: scenario.signalPlans,
///     flows: .simulated(result, period: period), measured: result.movementStatistics)
/// ```
public struct SignalAnalysis: Sendable, Hashable, Codable {
    public var flowSource: MovementFlows.Source
    /// Seconds the flows were averaged over.
    public var flowPeriod: Double
    public var parameters: SignalAnalysisParameters
    /// Nodes in node-index order.
    public var nodes: [NodeAnalysis]

    enum CodingKeys: String, CodingKey {
        case nodes, parameters
        case flowSource = "flow_source"
        case flowPeriod = "flow_period_s"
    }

    /// - Parameters:
    ///   - plans: the plans evaluated (nodes without a plan are skipped);
    ///   - measured: `SimulationResult.movementStatistics` of a run with these plans, or nil.
    public init(
        network: Network, plans: [NodeID: SignalPlan], flows: MovementFlows, measured: [MovementStatistics]? = nil,
        parameters: SignalAnalysisParameters = .init()
    ) {
        flowSource = flows.source
        flowPeriod = flows.period
        self.parameters = parameters
        nodes = plans.keys.sorted().compactMap { node in
            let plan = plans[node]!
            let approaches = Self.groups(at: node, in: network, plan: plan).flatMap { group, movements in
                Dictionary(grouping: movements) { network[$0].from }.sorted { $0.key < $1.key }.map { link, fromLink in
                    Self.approach(
                        node: network[node].id, group: group, link: link, movements: fromLink, network: network,
                        plan: plan, flows: flows, measured: measured, parameters: parameters)
                }
            }
            guard !approaches.isEmpty else { return nil }
            let totalFlow = approaches.reduce(0) { $0 + $1.flow }
            let weighted = approaches.reduce(0) { $0 + ($1.flow > 0 ? $1.flow * $1.delay : 0) }
            let measuredLevels = approaches.compactMap { $0.measured?.quality }
            return NodeAnalysis(
                node: network[node].id, cycle: plan.cycle, approaches: approaches,
                quality: approaches.map(\.quality).max()!,
                measuredQuality: measuredLevels.count == approaches.count ? measuredLevels.max() : nil,
                meanDelay: totalFlow > 0 ? weighted / totalFlow : 0)
        }
    }

    /// The approach of `group` from incoming link `link` (any of the group's approaches when nil) at `node`.
    public func approach(node: String, group: String, link: String? = nil) -> ApproachAnalysis? {
        nodes.first { $0.node == node }?.approaches.first { $0.group == group && (link == nil || $0.link == link) }
    }

    /// Per node ID and group ID, the largest flow ratio q/s over the group's approaches: the group's
    /// critical flow ratio for Webster.
    public var criticalFlowRatios: [String: [String: Double]] {
        var result: [String: [String: Double]] = [:]
        for node in nodes {
            for a in node.approaches { result[node.node, default: [:]][a.group] = max(result[node.node]?[a.group] ?? 0, a.flowRatio) }
        }
        return result
    }

    /// The plan's groups that control at least one movement at `node`, in plan order, with their movements.
    static func groups(at node: NodeID, in network: Network, plan: SignalPlan) -> [(String, [MovementID])] {
        var byGroup: [String: [MovementID]] = [:]
        for link in network.incomingLinks(of: node) {
            for m in network.movements(from: link) {
                if let g = network[m].signalGroup { byGroup[g, default: []].append(m) }
            }
        }
        return plan.groups.compactMap { g in byGroup[g.id].map { (g.id, $0) } }
    }

    static func approach(
        node: String, group: String, link: LinkID, movements: [MovementID], network: Network, plan: SignalPlan,
        flows: MovementFlows, measured: [MovementStatistics]?, parameters p: SignalAnalysisParameters
    ) -> ApproachAnalysis {
        var movementLanes = 0
        var flow = 0.0
        for m in movements {
            movementLanes += network[m].lanes
            flow += m.index < flows.vehiclesPerHour.count ? flows.vehiclesPerHour[m.index] : 0
        }
        let lanes = min(network[link].lanes, movementLanes)
        let saturation = Double(lanes) * p.saturationFlowPerLane
        let green = plan.effectiveGreen(of: group)
        let capacity = plan.cycle > 0 ? saturation * green / plan.cycle : 0
        let x = capacity > 0 ? flow / capacity : (flow > 0 ? .infinity : 0)
        let d1 = SignalFormulas.uniformDelay(cycle: plan.cycle, green: green, degreeOfSaturation: x)
        let d2 = SignalFormulas.incrementalDelay(
            degreeOfSaturation: x, capacity: capacity, periodHours: p.periodHours, k: p.incrementalDelayFactor,
            filtering: p.filteringFactor)
        let red = max(0, plan.cycle - green)
        let queue =
            flow * red / 3600
            + SignalFormulas.overflowQueue(
                degreeOfSaturation: x, capacity: capacity, periodHours: p.periodHours, k: p.incrementalDelayFactor,
                filtering: p.filteringFactor)
        let delay = d1 + d2
        let measuredApproach = measured.map { stats in
            MeasuredApproach(.combined(movements.compactMap { $0.index < stats.count ? stats[$0.index] : nil }))
        }
        return ApproachAnalysis(
            node: node, group: group, link: network[link].id, lanes: lanes, cycle: plan.cycle,
            green: green, flow: flow, saturationFlow: saturation, flowRatio: saturation > 0 ? flow / saturation : 0,
            capacity: capacity, degreeOfSaturation: x, uniformDelay: d1, incrementalDelay: d2, delay: delay,
            queue: queue, quality: QualityLevel(meanWaitingTime: delay, degreeOfSaturation: x),
            measured: measuredApproach)
    }
}
