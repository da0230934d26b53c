import Testing
import TrafficTestSupport

@testable import TrafficCore

@Suite("Fixed-time signals")
struct SignalDelayTests {
    /// Verification 4. Webster's uniform delay for deterministic arrivals: C = 60 s, g = 30 s, q = 600 veh/h
    /// on one lane, s = 1800 veh/h, X = 600 / (1800 · 0.5) = 0.667;
    /// d1 = 0.5 · C · (1 − g/C)² / (1 − min(1, X) · g/C) = 0.5 · 60 · 0.25 / (1 − 0.333) = 11.25 s.
    ///
    /// d1 is the fluid-queue value; with discrete vehicles the mean depends on the arrival phase relative to
    /// green (first queued vehicle leaves at green start, then every 2 s). Worked by hand for one cycle with
    /// arrivals at φ + 6k: φ = 0 → delays 30, 26, 22, 18, 14, 10, 6, 2, 0, 0 → 12.8 s; over φ = 0 … 5 s the
    /// mean is (12.8 + 12.0 + 11.2 + 10.5 + 9.8 + 9.1) / 6 = 10.9 s (−3 % from d1). Six independent
    /// approaches with phases 0 … 5 s give that average; required: within ±10 % of 11.25 s.
    @Test func meanDelayMatchesWebsterUniformDelay() throws {
        var scenario = try SignalTestNetworks.sixApproaches()
        scenario.configuration.stopAndGo = nil  // Webster's d1 is the stop-line delay of the point queue
        let result = try Simulation.run(scenario)

        #expect(result.summary.vehiclesArrived == 3600)  // 6 × 600, every vehicle served
        let meanDelay = result.summary.totalDelay / Double(result.summary.vehiclesArrived)
        let webster = 0.5 * 60 * 0.25 / (1 - (600.0 / 900) * 0.5)
        #expect(abs(webster - 11.25) < 1e-12)
        #expect(abs(meanDelay - webster) <= 0.10 * webster, "mean delay \(meanDelay) s")
        #expect(abs(meanDelay - 10.9) <= 0.1, "discrete expectation 10.9 s, got \(meanDelay) s")
        // Waiting time is the standing part of the delay; with no other queue they coincide.
        let waiting = result.trips.reduce(0) { $0 + $1.waitingTime }
        #expect(abs(waiting - result.summary.totalDelay) < 1e-6)
    }

    /// With braking and starting (`StopAndGo`, SUMO's 2.6 and 4.5 m/s²) every vehicle that stood loses
    /// min(wait, v/(2·4.5) + v/(2·2.6)) more: the same run's delay grows by exactly that sum over the trips.
    @Test func stopAndGoAddsTheBrakingAndStartingLossOfEveryStop() throws {
        var scenario = try SignalTestNetworks.sixApproaches()
        scenario.configuration.stopAndGo = nil
        let plain = try Simulation.run(scenario)
        scenario.configuration.stopAndGo = .init(startUpLoss: false)  // the queue's slow start: the test below
        let withLoss = try Simulation.run(scenario)
        let speed = scenario.network.links[0].freeFlowSpeed
        #expect(scenario.network.links.allSatisfy { $0.freeFlowSpeed == speed })
        let full = speed / (2 * 4.5) + speed / (2 * 2.6)
        // Each stop adds its loss to the travel time, not to the stop-line wait. A vehicle that did not stop can
        // then catch up with one that did on the exit link, and no vehicle overtakes in a queue: a little more.
        let expected = plain.trips.reduce(0) { $0 + min($1.waitingTime, full) }
        let added = withLoss.summary.totalDelay - plain.summary.totalDelay
        #expect(added >= expected - 1e-6 && added <= 1.05 * expected, "added \(added) s, stops \(expected) s")
        #expect(withLoss.summary.vehiclesArrived == plain.summary.vehiclesArrived)
        #expect(expected > 1000)
    }

    /// A queue that stood at its light starts slowly (`StopAndGo.startUpLoss`, SUMO's measured losses). Ten
    /// vehicles, 2 s apart, on a 500 m approach at 13.89 m/s (50 km/h) to a light red until 100 s: all of them
    /// queue. The first crosses at the green start either way; with the start-up loss the second follows 2 s +
    /// 1.79 s after it and every later one 2 s after the one before, so vehicles 2 to 10 arrive exactly 1.79 s
    /// later than without it (the braking and starting loss of each vehicle is the same in both runs).
    @Test func aStandingQueueStartsSlowly() throws {
        let network = try TestNetworks.corridor(
            [.init(id: "a", length: 500, speed: 13.89), .init(id: "b", length: 500, speed: 13.89)],
            signalGroups: [0: "G"])
        let plan = SignalPlan(cycle: 200, groups: [SignalGroup(id: "G", greenIntervals: [.init(start: 100, end: 160)])])
        let trips = (0..<10).map {
            Trip(id: "v\($0)", origin: network.id("a"), destination: network.id("b"), departure: Double(2 * $0))
        }
        func arrivals(startUpLoss: Bool) throws -> [Double] {
            let result = try Simulation(
                network: network, signalPlans: [network.node(named: "c1")!: plan], trips: trips,
                configuration: .init(duration: 400, stopAndGo: .init(startUpLoss: startUpLoss))
            ).run()
            #expect(result.summary.vehiclesArrived == 10)
            return (0..<10).map { i in result.trips.first { $0.id == "v\(i)" }!.arrival }
        }
        let plain = try arrivals(startUpLoss: false)
        let slow = try arrivals(startUpLoss: true)
        #expect(abs(slow[0] - plain[0]) < 1e-9)
        for i in 1..<10 { #expect(abs(slow[i] - plain[i] - 1.79) < 1e-9, "vehicle \(i): \(slow[i] - plain[i]) s") }
        // The plain queue leaves at the saturation headway (1800 veh/h: 2 s).
        for i in 1..<10 { #expect(abs(plain[i] - plain[i - 1] - 2) < 1e-9) }
    }

    /// The start-up losses between and beyond the measured speed limits: none up to 20 km/h, linear between
    /// 30 km/h (0.43 s) and 40 km/h (1.34 s), so 0.885 s half-way (9.72 m/s), and in proportion above 80 km/h.
    @Test func startUpLossFollowsTheMeasurements() {
        func loss(_ speed: Double) -> Double { SimulationConfiguration.StopAndGo.startUpLoss(approachSpeed: speed) }
        #expect(loss(2.78) == 0 && loss(5.56) == 0)
        #expect(abs(loss(9.72) - 0.885) < 1e-9)
        #expect(abs(loss(13.89) - 1.79) < 1e-9)
        #expect(abs(loss(27.78) - 3.59 * 27.78 / 22.22) < 1e-9)
    }

    /// The compiled signal table and the plan value agree on green windows, including a wrap-around window.
    @Test func nextGreenHandlesOffsetAndWrapAround() throws {
        var builder = NetworkBuilder()
        try TestNetworks.corridor(
            [.init(id: "a", length: 100), .init(id: "b", length: 100)], signalGroups: [0: "G"], into: &builder)
        let network = builder.build()
        let plan = SignalPlan(
            cycle: 60, offset: 10, groups: [SignalGroup(id: "G", greenIntervals: [GreenInterval(start: 50, end: 10)])])
        let table = try SignalTable(network: network, plans: [network.node(named: "c1")!: plan])
        // Green (cycle phase) on [50, 60) ∪ [0, 10) → simulation time (offset 10) on [60, 80) + k·60.
        #expect(table.nextGreen(0, atOrAfter: 65) == 65)
        #expect(table.nextGreen(0, atOrAfter: 80) == 120)
        #expect(table.nextGreen(0, atOrAfter: 30) == 60)
        for t in stride(from: 0.0, to: 200, by: 2.5) {
            #expect(table.isGreen(0, at: t) == plan.isGreen(group: "G", at: t), "t = \(t)")
        }
        #expect(plan.effectiveGreen(of: "G") == 20)
    }

    @Test func missingPlanIsATypedError() throws {
        let network = try TestNetworks.corridor(
            [.init(id: "a", length: 100), .init(id: "b", length: 100)], signalGroups: [0: "G"])
        #expect(throws: SimulationError.signalPlan(.missingPlan(node: "c1"))) {
            try Simulation(network: network, trips: [], configuration: .init(duration: 10))
        }
        let wrongGroup = SignalPlan(
            cycle: 60, groups: [SignalGroup(id: "H", greenIntervals: [.init(start: 0, end: 30)])])
        #expect(throws: SimulationError.signalPlan(.missingGroup(node: "c1", group: "G"))) {
            try Simulation(
                network: network, signalPlans: [network.node(named: "c1")!: wrongGroup], trips: [],
                configuration: .init(duration: 10))
        }
    }
}
