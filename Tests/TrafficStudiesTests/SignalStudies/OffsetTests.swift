import GeoCore
import Testing
import TrafficCore
import TrafficStudies
import TrafficTestSupport

@Suite("Green-wave offsets on a corridor")
struct OffsetTests {
    /// Links L0 … L4 of 500 m at 12.5 m/s (40 s each) along nodes c0 … c5; signals at c1 … c4 (group "G" on
    /// the movement out of L0 … L3), each with cycle 60 s, green [0, 30), offset 0.
    static func corridorScenario(trips: [Trip] = []) throws -> Scenario {
        let links = (0..<5).map { TestNetworks.LinkSpec(id: "L\($0)", length: 500, speed: 12.5) }
        let network = try TestNetworks.corridor(links, signalGroups: [0: "G", 1: "G", 2: "G", 3: "G"])
        let plan = SignalPlan(cycle: 60, groups: [SignalGroup(id: "G", greenIntervals: [.init(start: 0, end: 30)])])
        var plans: [NodeID: SignalPlan] = [:]
        for i in 1...4 { plans[network.node(named: "c\(i)")!] = plan }
        return Scenario(
            name: "corridor", network: network, signalPlans: plans, demand: Demand(trips: trips),
            configuration: .init(duration: 600))
    }

    /// offset_i = i · L/v mod C = i · 40 mod 60 → c1 0, c2 40, c3 20 (80 mod 60), c4 0 (120 mod 60).
    @Test func oneWayOffsetsAreCumulativeTravelTimeModCycle() throws {
        let scenario = try Self.corridorScenario()
        let network = scenario.network
        let corridor = try #require(Corridor.longest(in: network, plans: scenario.signalPlans))
        #expect(corridor.nodes.map { network[$0].id } == ["c1", "c2", "c3", "c4"])
        let explicit = try Corridor(nodes: ["c1", "c2", "c3", "c4"], network: network, plans: scenario.signalPlans)
        #expect(explicit == corridor)
        #expect(corridor.distances(in: network) == [0, 500, 1000, 1500])

        let result = try OffsetOptimizer.optimise(
            corridor: corridor, plans: scenario.signalPlans, network: network, twoWay: false)
        let offsets = corridor.nodes.map { result.plans[$0]!.offset }
        #expect(offsets == [0, 40, 20, 0])
        // Platoon model: with offsets 0 everywhere, the platoon leaving c1 in [0, 30) reaches c2 in [40, 70)
        // where it is red until 60 s: the 20 s arriving in [40, 60) wait 20 … 0 s (mean 10), the 10 s in
        // [60, 70) pass → (20 · 10 + 10 · 0) / 30 = 6.667 s; the same at c3 and c4 (each node releases its
        // platoon during its own green). The green wave: 0 s.
        #expect(abs(result.delayBefore - 20.0 / 3) < 1e-9)
        #expect(result.delayAfter == 0)
    }

    /// Ten vehicles departing at 20, 22, …, 38 s reach c1 at 60 … 78 s (green [60, 90)) and, with the green
    /// wave, every further signal 40 s later inside its green; with all offsets 0 they stop at c2, c3, c4.
    @Test func platoonReleasedAtGreenStartPassesWithoutStopping() throws {
        let network = try Self.corridorScenario().network
        let trips = (0..<10).map {
            Trip(id: "v\($0)", origin: network.id("L0"), destination: network.id("L4"), departure: 20 + 2 * Double($0))
        }
        let scenario = try Self.corridorScenario(trips: trips)
        let corridor = try Corridor(nodes: ["c1", "c2", "c3", "c4"], network: network, plans: scenario.signalPlans)
        let wave = try OffsetOptimizer.optimise(
            corridor: corridor, plans: scenario.signalPlans, network: network, twoWay: false)
        var coordinated = scenario
        coordinated.signalPlans = wave.plans

        let withWave = try Simulation.run(coordinated)
        #expect(withWave.summary.vehiclesArrived == 10)
        #expect(withWave.movementStatistics.allSatisfy { $0.stops == 0 })
        #expect(withWave.summary.totalDelay == 0)

        let uncoordinated = try Simulation.run(scenario)
        #expect(uncoordinated.summary.vehiclesArrived == 10)
        // At c2 the platoon arrives at 100 … 118 s, red until 120 s: every vehicle stops (waits 20 … 2 s).
        let c2 = network.movement(from: network.id("L1"), to: network.id("L2"))!
        #expect(uncoordinated.movementStatistics[c2.index].stops == 10)
    }

    @Test func corridorErrorsNameTheNodes() throws {
        let scenario = try Self.corridorScenario()
        #expect(throws: CorridorError.unknownNode("x")) {
            try Corridor(nodes: ["c1", "x"], network: scenario.network, plans: scenario.signalPlans)
        }
        #expect(throws: CorridorError.noPlan(node: "c0")) {
            try Corridor(nodes: ["c0", "c1"], network: scenario.network, plans: scenario.signalPlans)
        }
        #expect(throws: CorridorError.notConnected(from: "c2", to: "c1")) {
            try Corridor(nodes: ["c2", "c1"], network: scenario.network, plans: scenario.signalPlans)
        }
        var plans = scenario.signalPlans
        plans[scenario.network.node(named: "c3")!]!.cycle = 90
        let corridor = try Corridor(nodes: ["c1", "c2", "c3"], network: scenario.network, plans: plans)
        #expect(throws: CorridorError.differentCycles(["c1": 60, "c2": 60, "c3": 90])) {
            try OffsetOptimizer.optimise(corridor: corridor, plans: plans, network: scenario.network, twoWay: false)
        }
    }

    /// A two-way road a – b – c (600 m at 15 m/s = 40 s per link), cycle 80 s, green [0, 40) for both
    /// directions. Offsets 0: each platoon waits 40 … 0 s → 20 s mean at every downstream node in both
    /// directions. Offsets (0, 40, 0): a platoon arriving 40 s after the upstream green start meets green
    /// in both directions (40 ≡ −40 mod 80), the classic half-cycle solution → 0 s.
    @Test func twoWaySearchFindsTheHalfCycleSolution() throws {
        var b = NetworkBuilder()
        for (i, name) in ["w", "a", "b", "c", "e"].enumerated() { try b.addNode(name, at: Coordinate(Double(i) * 600, 0)) }
        let names = ["w", "a", "b", "c", "e"]
        for (x, y) in zip(names, names.dropFirst()) {
            try b.addLink("\(x)\(y)", from: x, to: y, length: 600, freeFlowSpeed: 15)
            try b.addLink("\(y)\(x)", from: y, to: x, length: 600, freeFlowSpeed: 15)
        }
        for (x, y, z) in [("w", "a", "b"), ("a", "b", "c"), ("b", "c", "e")] {
            try b.addMovement(from: "\(x)\(y)", to: "\(y)\(z)", signalGroup: "F")
            try b.addMovement(from: "\(z)\(y)", to: "\(y)\(x)", signalGroup: "B")
        }
        let network = b.build()
        let plan = SignalPlan(
            cycle: 80,
            groups: [
                SignalGroup(id: "F", greenIntervals: [.init(start: 0, end: 40)]),
                SignalGroup(id: "B", greenIntervals: [.init(start: 0, end: 40)]),
            ])
        let plans = Dictionary(uniqueKeysWithValues: ["a", "b", "c"].map { (network.node(named: $0)!, plan) })
        let corridor = try #require(Corridor.longest(in: network, plans: plans))
        #expect(corridor.nodes.count == 3)
        #expect(corridor.backward.allSatisfy { !$0.isEmpty })
        let result = try OffsetOptimizer.optimise(corridor: corridor, plans: plans, network: network, twoWay: true)
        #expect(abs(result.delayBefore - 20) < 1e-9)
        #expect(result.delayAfter == 0)
        let offsets = corridor.nodes.map { result.plans[$0]!.offset }
        #expect(offsets == [0, 40, 0])

        let svg = TimeSpaceDiagram.svg(corridor: corridor, plans: result.plans, network: network, title: "a < b")
        #expect(svg.hasPrefix("<svg") && svg.hasSuffix("</svg>\n"))
        #expect(svg.contains("a &lt; b"))
        #expect(svg.contains(">b</text>"))
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 2 * 2 * 4)  // 2 directions × 2 vehicles × 4 cycles
    }
}
