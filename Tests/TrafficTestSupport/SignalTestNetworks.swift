import GeoCore
import TrafficCore

/// Networks for the signal-optimisation tests.
public enum SignalTestNetworks {
    /// One junction `c` with a west→east approach (links `w_in` → `e_out`, group "EW") and a south→north
    /// approach (`s_in` → `n_out`, group "NS"); 1 lane each, 500 m at 12.5 m/s (40 s).
    public static func crossing() throws -> Network {
        var b = NetworkBuilder()
        try b.addNode("c", at: Coordinate(0, 0))
        try b.addNode("w", at: Coordinate(-500, 0))
        try b.addNode("e", at: Coordinate(500, 0))
        try b.addNode("s", at: Coordinate(0, -500))
        try b.addNode("n", at: Coordinate(0, 500))
        try b.addLink("w_in", from: "w", to: "c", freeFlowSpeed: 12.5)
        try b.addLink("e_out", from: "c", to: "e", freeFlowSpeed: 12.5)
        try b.addLink("s_in", from: "s", to: "c", freeFlowSpeed: 12.5)
        try b.addLink("n_out", from: "c", to: "n", freeFlowSpeed: 12.5)
        try b.addMovement(from: "w_in", to: "e_out", signalGroup: "EW")
        try b.addMovement(from: "s_in", to: "n_out", signalGroup: "NS")
        return b.build()
    }

    /// Two stages: EW green [0, 25), NS green [30, 55), intergreens 5 s + 5 s, cycle 60 s.
    public static let twoStagePlan = SignalPlan(
        cycle: 60,
        groups: [
            SignalGroup(id: "EW", greenIntervals: [.init(start: 0, end: 25)]),
            SignalGroup(id: "NS", greenIntervals: [.init(start: 30, end: 55)]),
        ])

    /// Uniform flows of `ew` and `ns` veh/h for one hour.
    public static func crossingScenario(ew: Double, ns: Double, plan: SignalPlan = twoStagePlan) throws -> SimulationSetup {
        let network = try crossing()
        return SimulationSetup(
            name: "crossing", network: network, signalPlans: [network.node(named: "c")!: plan],
            demand: Demand(flows: [
                Flow(id: "ew", origin: network.id("w_in"), destination: network.id("e_out"), begin: 0, end: 3600,
                     vehiclesPerHour: ew),
                Flow(id: "ns", origin: network.id("s_in"), destination: network.id("n_out"), begin: 0, end: 3600,
                     vehiclesPerHour: ns),
            ]), configuration: .init(duration: 3900))
    }

    /// One signalised approach: `in` (500 m at 12.5 m/s, 40 s) → `out` through node c1, group "G" green
    /// [0, 30) of a 60 s cycle; 600 veh/h uniform from t = 0 for one hour; 3800 s simulated.
    public static func singleApproach() throws -> SimulationSetup {
        let network = try TestNetworks.corridor(
            [.init(id: "in", length: 500, speed: 12.5), .init(id: "out", length: 500, speed: 12.5)],
            signalGroups: [0: "G"])
        let plan = SignalPlan(cycle: 60, groups: [SignalGroup(id: "G", greenIntervals: [.init(start: 0, end: 30)])])
        return SimulationSetup(
            name: "one approach", network: network, signalPlans: [network.node(named: "c1")!: plan],
            demand: Demand(flows: [
                Flow(
                    id: "f", origin: network.id("in"), destination: network.id("out"), begin: 0, end: 3600,
                    vehiclesPerHour: 600)
            ]), configuration: .init(duration: 3800))
    }

    /// Six independent copies of `singleApproach` (prefix r0 … r5), flow i starting at i s, so the arrival
    /// phases relative to green are 0 … 5 s (see `SignalDelayTests`).
    public static func sixApproaches() throws -> SimulationSetup {
        var builder = NetworkBuilder()
        var plans: [String: SignalPlan] = [:]
        for i in 0..<6 {
            // 500 m at 12.5 m/s: 40 s free flow to the stop line.
            try TestNetworks.corridor(
                [.init(id: "in\(i)", length: 500, speed: 12.5), .init(id: "out\(i)", length: 500, speed: 12.5)],
                prefix: "r\(i)", signalGroups: [0: "G"], into: &builder, y: Double(i) * 100)
            plans["r\(i)c1"] = SignalPlan(
                cycle: 60, groups: [SignalGroup(id: "G", greenIntervals: [GreenInterval(start: 0, end: 30)])])
        }
        let network = builder.build()
        let flows = (0..<6).map { i in
            Flow(
                id: "f\(i)", origin: network.id("in\(i)"), destination: network.id("out\(i)"), begin: Double(i),
                end: 3600 + Double(i), vehiclesPerHour: 600)
        }
        return SimulationSetup(
            name: "webster", network: network,
            signalPlans: Dictionary(uniqueKeysWithValues: plans.map { (network.node(named: $0.key)!, $0.value) }),
            demand: Demand(flows: flows), configuration: .init(duration: 3800))
    }
}
