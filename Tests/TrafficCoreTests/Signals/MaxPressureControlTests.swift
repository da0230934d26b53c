import GeoCore
import Testing
import TrafficTestSupport

@testable import TrafficCore

@Suite("Max-pressure signal control")
struct MaxPressureControlTests {
    /// Vehicles in the system (on links or waiting at their origin) at a snapshot.
    static func inSystem(_ s: NetworkSnapshot) -> Int { s.enRoute + s.waitingToDepart }

    /// 50/50 demand (500 veh/h per approach, uniform, 3 h) against a 90/10 plan: EW green [0, 48), NS green
    /// [51, 57) of 60 s. NS is served 3 vehicles per cycle (6 s at 2 s headway) = 180 veh/h, so its backlog
    /// grows by 500 − 180 = 320 vehicles per hour without bound.
    ///
    /// Max-pressure (min green 5 s, the plan's 3 s intergreens): pressure = 0.5 veh/s × standing queue (the
    /// exit links have no queue). Even switching after every min green, each approach gets 5 s of every
    /// 16 s cycle: 2.5 vehicles per 16 s = 562 veh/h > 500, so MP is stable. Bound: an approach is red for the
    /// other's green plus two intergreens; the other's green ends at the first decision after min green where
    /// its queue (discharging 0.5 veh/s − 0.14 veh/s) falls below ours (growing 0.14 veh/s), i.e. a red of
    /// ≤ 5 + 6 + a few seconds, ≤ 20 s → ≤ ⌈20 / 7.2⌉ = 3 standing vehicles, add 2 for the discrete
    /// tie-break → ≤ 5 per approach. Driving: 2 approaches × (500 / 3600 veh/s × 80 s on approach and exit
    /// link) = 22.2. So at most 22.2 + 2 · 5 ≈ 32 vehicles in the system; asserted: < 40 over the last hour.
    @Test func keepsQueuesBoundedWhereAPoorFixedPlanCannot() throws {
        func run(_ control: SignalControl) throws -> SimulationResult {
            try Simulation.run(
                SignalJunction.scenario(
                    ew: 500, ns: 500, demandEnd: 10800, duration: 10800, plan: SignalJunction.plan(ewEnd: 48)
                ) {
                    $0.signalControl = control
                    $0.outputInterval = 60
                })
        }
        let fixed = try run(.fixedTime)
        let maxPressure = try run(.maxPressure(MaxPressureControl()))

        let lastHour: (SimulationResult) -> [NetworkSnapshot] = { r in r.snapshots.filter { $0.time >= 7200 } }
        let fixedLast = lastHour(fixed)
        let growth = Self.inSystem(fixedLast.last!) - Self.inSystem(fixedLast.first!)
        #expect(growth >= 315 && growth <= 325, "fixed-time growth over the last hour: \(growth)")
        #expect(Self.inSystem(fixedLast.last!) > 900)

        let worst = lastHour(maxPressure).map(Self.inSystem).max()!
        #expect(worst < 40, "max-pressure: at most \(worst) vehicles in the system in the last hour")
        let switches = try #require(maxPressure.signalControl?.stageSwitches)
        #expect(switches.allSatisfy { $0.reason == .pressure && $0.endedGreen >= 5 && $0.greenStart - $0.time == 3 })
        #expect(Set(switches.map(\.to)) == ["EW", "NS"])
    }

    /// Pressure = Σ saturation flow × (standing upstream − standing downstream), read from the engine.
    /// Plan: NS green [0, 54), EW green [57, 58) of 60 s, so NS runs from t = 0 and NS → EW has a 3 s
    /// intergreen. Three EW vehicles depart at 0, 2, 4 s and reach the stop line at 40, 42, 44 s; there is no
    /// NS traffic. At the decision at t = 40 the first EW vehicle stands (pressure 1 × 0.5 veh/s > 0 for NS,
    /// NS green for 40 s ≥ min green 5 s) → switch at 40, EW green at 43. Stopping the run at t = 43 (before
    /// anything crossed): two vehicles stand (ready 40 and 42), EW pressure = 2 × 0.5 = 1.0, NS pressure 0.
    @Test func pressureCountsStandingVehicles() throws {
        let network = try SignalJunction.network()
        let plan = SignalPlan(
            cycle: 60,
            groups: [
                SignalGroup(id: "EW", greenIntervals: [.init(start: 57, end: 58)]),
                SignalGroup(id: "NS", greenIntervals: [.init(start: 0, end: 54)]),
            ])
        let trips = (0..<3).map {
            Trip(id: "e\($0)", origin: network.id("w_x"), destination: network.id("x_e"), departure: Double(2 * $0))
        }
        let simulation = try Simulation(
            network: network, signalPlans: [network.node(named: "x")!: plan], trips: trips,
            configuration: .init(duration: 43, signalControl: .maxPressure(MaxPressureControl())))
        let table = try #require(simulation.stages)
        var engine = simulation.makeEngine()
        engine.run()

        #expect(engine.signals.switches.count == 1)
        let toEW = try #require(engine.signals.switches.first)
        #expect(toEW.from == "NS" && toEW.to == "EW" && toEW.reason == .pressure)
        #expect(toEW.time == 40 && toEW.greenStart == 43 && toEW.endedGreen == 40)
        let ew = try #require(table.stageLabel.firstIndex(of: "EW"))
        let ns = try #require(table.stageLabel.firstIndex(of: "NS"))
        #expect(engine.pressure(stage: ew, at: 43, table) == 1.0)
        #expect(engine.pressure(stage: ns, at: 43, table) == 0)
        #expect(engine.status.arrived == 0)
    }

    /// The downstream term weights the downstream link's standing queues by turn ratios (Varaiya 2013),
    /// estimated from where its vehicles are headed. Link b (x → y, 500 m at 12.5 m/s) carries two vehicles
    /// for c (depart 0 and 2 s on b, standing at y's red from 40 and 42 s) and two for d (depart 30 and 32 s,
    /// still driving until 70 and 72 s). At t = 50: r_c = r_d = 2/4, x_c = 2, x_d = 0 → Σ r·x = 1.0; the
    /// movement a → b has no queue, so the pressure of x's stage "A" is (0 − 1.0) × 0.5 veh/s = −0.5.
    @Test func downstreamQueuesAreWeightedByTurnRatios() throws {
        var b = NetworkBuilder()
        for (id, x, y) in [
            ("a0", -500.0, 0.0), ("x", 0, 0), ("y", 500, 0), ("c1", 600, 0), ("d1", 500, -100),
            ("n0", 0, 500), ("s1", 0, -100),
        ] { try b.addNode(id, at: Coordinate(x, y)) }
        for (id, from, to, length) in [
            ("a", "a0", "x", 500.0), ("b", "x", "y", 500), ("c", "y", "c1", 100),
            ("d", "y", "d1", 100), ("n", "n0", "x", 500), ("s", "x", "s1", 100),
        ] {
            try b.addLink(id, from: from, to: to, length: length, freeFlowSpeed: 12.5)
        }
        try b.addMovement(from: "a", to: "b", signalGroup: "A")
        try b.addMovement(from: "n", to: "s", signalGroup: "N")
        try b.addMovement(from: "b", to: "c", signalGroup: "Y")
        try b.addMovement(from: "b", to: "d", signalGroup: "Y")
        let network = b.build()
        let plans = [
            network.node(named: "x")!: SignalPlan(
                cycle: 60,
                groups: [
                    SignalGroup(id: "A", greenIntervals: [.init(start: 0, end: 27)]),
                    SignalGroup(id: "N", greenIntervals: [.init(start: 30, end: 57)]),
                ]),
            // y is red until 100 s (a single stage: max-pressure never switches it).
            network.node(named: "y")!: SignalPlan(
                cycle: 120, groups: [SignalGroup(id: "Y", greenIntervals: [.init(start: 100, end: 110)])]),
        ]
        let trips = [("c0", "c", 0.0), ("c1", "c", 2), ("d0", "d", 30), ("d1", "d", 32)].map {
            Trip(id: $0.0, origin: network.id("b"), destination: network.id($0.1), departure: $0.2)
        }
        let simulation = try Simulation(
            network: network, signalPlans: plans, trips: trips,
            configuration: .init(duration: 50, signalControl: .maxPressure(MaxPressureControl())))
        let table = try #require(simulation.stages)
        var engine = simulation.makeEngine()
        engine.run()
        #expect(engine.downstreamQueue(link: network.id("b").index, at: 50) == 1.0)
        let stageA = try #require(table.stageLabel.firstIndex(of: "A"))
        #expect(engine.pressure(stage: stageA, at: 50, table) == -0.5)
    }
}
