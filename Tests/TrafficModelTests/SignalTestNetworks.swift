import GeoCore

@testable import TrafficModel

/// Networks for the signal-optimisation tests.
enum SignalTestNetworks {
    /// One junction `c` with a west→east approach (links `w_in` → `e_out`, group "EW") and a south→north
    /// approach (`s_in` → `n_out`, group "NS"); 1 lane each, 500 m at 12.5 m/s (40 s).
    static func crossing() throws -> Network {
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
    static let twoStagePlan = SignalPlan(
        cycle: 60,
        groups: [
            SignalGroup(id: "EW", greenIntervals: [.init(start: 0, end: 25)]),
            SignalGroup(id: "NS", greenIntervals: [.init(start: 30, end: 55)]),
        ])

    /// Uniform flows of `ew` and `ns` veh/h for one hour.
    static func crossingScenario(ew: Double, ns: Double, plan: SignalPlan = twoStagePlan) throws -> Scenario {
        let network = try crossing()
        return Scenario(
            name: "crossing", network: network, signalPlans: [network.node(named: "c")!: plan],
            demand: Demand(flows: [
                Flow(id: "ew", origin: network.id("w_in"), destination: network.id("e_out"), begin: 0, end: 3600,
                     vehiclesPerHour: ew),
                Flow(id: "ns", origin: network.id("s_in"), destination: network.id("n_out"), begin: 0, end: 3600,
                     vehiclesPerHour: ns),
            ]), configuration: .init(duration: 3900))
    }
}
