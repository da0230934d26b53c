import TrafficCore

/// One signal controller of a scenario and the program it runs: a SUMO traffic light with every junction it
/// controls (its phases from the net, one column per link index, pedestrian crossings included), or one node
/// with a plan (one column per signal group).
///
/// Optimisers change the controller's program (`PhaseProgram.retimed`, a new offset); the node plans the
/// simulation runs are derived from it (`plans(from:)`), and `SUMOSignalProgramWriter` writes it with the net's
/// own state characters. So every signal of the light — the pedestrian crossings and lanes of other vehicle
/// classes that no simulated movement uses too — keeps its place in the program.
public struct SignalController: Sendable, Hashable {
    /// A node's signal group as columns of the program (a SUMO movement's group may drive several link indices).
    public struct Group: Sendable, Hashable {
        public var id: String
        public var columns: [Int]
    }

    /// The light's id, or the node's.
    public var id: String
    public var program: PhaseProgram
    /// Pairs of columns that conflict (a SUMO junction's foes); nil: every pair the program never shows green
    /// together counts as conflicting.
    public var conflicts: Set<ColumnPair>?
    /// Pedestrian columns with the length of their crossing in metres.
    public var crossings: [Int: Double]
    /// Intergreens the junctions' geometry requires (RiLSA) between conflicting columns; empty where the source
    /// has no junction geometry (plans of OSM, GIS and generated nets).
    public var intergreens: [DirectedColumnPair: RequiredIntergreen] = [:]
    /// The nodes it controls, each with its plan's groups.
    public var nodes: [NodeID: [Group]]
    /// The SUMO traffic light whose program this is, when it is the net's.
    public var light: String?

    /// The controllers of `plans`: one per SUMO light of `trafficLights` whose phases are known and whose
    /// junctions' plans are exactly what its program shows (the net's program, or one read from a `tlLogic`
    /// file); one per node otherwise.
    public static func controllers(
        plans: [NodeID: SignalPlan], network: Network, trafficLights: [String: SUMOTrafficLight]
    ) -> [SignalController] {
        var byLight: [String: [NodeID: [Group]]] = [:]
        var single: [NodeID] = []
        for node in plans.keys.sorted() {
            let plan = plans[node]!
            guard let (light, _) = SUMOSignalProgramWriter.sumoColumns(of: plan, trafficLights: trafficLights),
                let sumo = trafficLights[light], let program = sumo.phases
            else {
                single.append(node)
                continue
            }
            let groups = plan.groups.map { group in
                Group(id: group.id, columns: sumo.groupLinkIndices[group.id] ?? Self.linkIndices(in: group.id))
            }
            guard groups.allSatisfy({ $0.columns.allSatisfy { $0 < program.columns.count } }),
                Self.same(program.plan(groups: groups.map { ($0.id, $0.columns) }), plan)
            else {
                single.append(node)
                continue
            }
            byLight[light, default: [:]][node] = groups
        }
        var result: [SignalController] = []
        for light in byLight.keys.sorted() {
            let sumo = trafficLights[light]!
            result.append(
                SignalController(
                    id: light, program: sumo.phases!, conflicts: sumo.conflicts, crossings: sumo.crossings,
                    intergreens: sumo.intergreens, nodes: byLight[light]!, light: light))
        }
        for node in single {
            let plan = plans[node]!
            result.append(
                SignalController(
                    id: network[node].id, program: PhaseProgram(plan: plan), conflicts: nil, crossings: [:],
                    nodes: [node: plan.groups.enumerated().map { Group(id: $1.id, columns: [$0]) }], light: nil))
        }
        return result
    }

    /// The node plans `program` (this controller's program, changed) gives.
    public func plans(from program: PhaseProgram) -> [NodeID: SignalPlan] {
        nodes.mapValues { groups in program.plan(groups: groups.map { ($0.id, $0.columns) }) }
    }

    /// The link indices a SUMO group name lists (`"J:3"`, `"J:3+5"`).
    static func linkIndices(in id: String) -> [Int] {
        guard let colon = id.lastIndex(of: ":") else { return [] }
        return id[id.index(after: colon)...].split(separator: "+").compactMap { Int($0) }
    }

    /// Whether two plans show the same greens (to 1e-6 s) with the same cycle and offset (mod cycle).
    static func same(_ a: SignalPlan, _ b: SignalPlan) -> Bool {
        guard abs(a.cycle - b.cycle) < 1e-6, a.groups.count == b.groups.count else { return false }
        let offsetDifference = OffsetOptimizer.positive(a.offset - b.offset, a.cycle)
        guard offsetDifference < 1e-6 || a.cycle - offsetDifference < 1e-6 else { return false }
        for (x, y) in zip(a.groups, b.groups) {
            guard x.id == y.id else { return false }
            let wx = GreenInterval.normalised(x.greenIntervals, cycle: a.cycle)
            let wy = GreenInterval.normalised(y.greenIntervals, cycle: a.cycle)
            guard SUMOSignalProgramWriter.same(wx, wy) else { return false }
        }
        return true
    }
}
