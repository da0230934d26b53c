import Testing

@testable import TrafficModel

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
        var engine = SimulationEngine(
            network: network, signals: simulation.signals, trips: simulation.trips,
            configuration: simulation.configuration)
        engine.installSignalControl(table, priorityTripIDs: [])
        engine.run()

        #expect(engine.control.switches.count == 1)
        let toEW = try #require(engine.control.switches.first)
        #expect(toEW.from == "NS" && toEW.to == "EW" && toEW.reason == .pressure)
        #expect(toEW.time == 40 && toEW.greenStart == 43 && toEW.endedGreen == 40)
        let ew = try #require(table.stageLabel.firstIndex(of: "EW"))
        let ns = try #require(table.stageLabel.firstIndex(of: "NS"))
        #expect(engine.pressure(stage: ew, at: 43, table) == 1.0)
        #expect(engine.pressure(stage: ns, at: 43, table) == 0)
        #expect(engine.arrivedCount == 0)
    }
}
