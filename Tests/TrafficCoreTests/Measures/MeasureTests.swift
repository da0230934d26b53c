import GeoCore
import Testing
import TrafficCore
import TrafficTestSupport

/// Measures in force during windows (`Measure`), each on a network small enough to derive every number by hand.
/// Stop-and-go losses are off so that waiting costs exactly its standing time.
@Suite("Measures: closures, capacity, speed limits, turn bans, signal plans, detours")
struct MeasureTests {
    static func configuration(duration: Double) -> SimulationConfiguration {
        SimulationConfiguration(duration: duration, stopAndGo: nil)
    }

    static func trip(_ id: String, _ network: Network, _ from: String, _ to: String, at departure: Double) -> Trip {
        Trip(id: id, origin: network.id(from), destination: network.id(to), departure: departure)
    }

    static func run(
        _ network: Network, _ trips: [Trip], measures: [Measure], plans: [NodeID: SignalPlan] = [:],
        duration: Double = 1200
    ) throws -> [String: TripRecord] {
        let simulation = try Simulation(
            network: network, signalPlans: plans, trips: trips, configuration: configuration(duration: duration),
            measures: measures)
        let result = simulation.run()
        return Dictionary(uniqueKeysWithValues: result.trips.map { ($0.id, $0) })
    }

    /// The diamond (`TestNetworks.diamond`): via P 100 + 500 + 500 + 100 m = 1200 m in 120 s, via Q 1800 m in
    /// 180 s (10 m/s). With sP closed for [300, 600):
    /// - a trip departing at 100 drives via P (120 s);
    /// - one departing at 285 is on sP (entered at 295) when the closure starts, and drives on (120 s);
    /// - one departing at 295 stands at the end of `in` at 305, queued for in→sP, which is closed: it changes to
    ///   in→sQ (180 s);
    /// - one departing at 350 is routed via Q (180 s); one departing at 700, after the closure, via P again.
    @Test func closureSendsTrafficRoundAndEnds() throws {
        let network = try TestNetworks.diamond()
        let trips = [100.0, 285, 295, 350, 700].enumerated().map {
            Self.trip("t\($0.offset)", network, "in", "out", at: $0.element)
        }
        let closure = Measure(id: "works", begin: 300, end: 600, action: .closure(links: [network.id("sP")]))
        let records = try Self.run(network, trips, measures: [closure])
        let lengths = (0..<5).map { records["t\($0)"]!.routeLength }
        #expect(lengths == [1200, 1200, 1800, 1800, 1200])
        let durations = (0..<5).map { records["t\($0)"]!.duration }
        for (duration, expected) in zip(durations, [120.0, 120, 180, 180, 120]) {
            #expect(abs(duration - expected) < 1e-6, "durations \(durations)")
        }
    }

    /// A corridor a → b → c (100 m each at 20 m/s: 5 s each) with b closed for [0, 200): the trip from a to c that
    /// departs at 0 has no other way; it waits at the end of a until 200, then needs 5 + 5 s: arrival 210.
    @Test func closureWithoutAlternativeHoldsTrafficUntilItEnds() throws {
        let network = try TestNetworks.corridor([
            .init(id: "a", length: 100), .init(id: "b", length: 100), .init(id: "c", length: 100),
        ])
        let closure = Measure(id: "works", begin: 0, end: 200, action: .closure(links: [network.id("b")]))
        let records = try Self.run(network, [Self.trip("t", network, "a", "c", at: 0)], measures: [closure])
        #expect(abs(records["t"]!.arrival - 210) < 1e-6)
        let open = try Self.run(network, [Self.trip("t", network, "a", "c", at: 0)], measures: [])
        #expect(abs(open["t"]!.arrival - 15) < 1e-6)
    }

    /// A capacity factor 0.5 on `neck` (1 lane, 1800 veh/h) halves its inflow capacity: 1500 veh/h offered for
    /// 30 min queue on `up` and leave it at 900 veh/h ± 2 % while congested (1800 without the measure).
    @Test func capacityFactorScalesDischarge() throws {
        let network = try TestNetworks.corridor([
            .init(id: "up", length: 1000, lanes: 2, speed: 20), .init(id: "neck", length: 1000, lanes: 1, speed: 20),
        ])
        let trips = (0..<750).map { Self.trip("t\($0)", network, "up", "neck", at: Double($0) * 2.4) }
        let measure = Measure(id: "works", action: .capacity(links: [network.id("neck")], factor: 0.5, storageFactor: 1))
        let simulation = try Simulation(
            network: network, trips: trips,
            configuration: SimulationConfiguration(duration: 3000, outputInterval: 60, stopAndGo: nil),
            measures: [measure])
        let result = simulation.run()
        let up = network.id("up")
        // Queue from t ≈ 50 s; 750 vehicles at 900 veh/h take until ≈ 3050 s: [120, 1800) is congested.
        let congested = 2..<30
        let leaving = congested.reduce(0) { $0 + result.linkSeries.state(interval: $1, link: up).vehiclesLeaving }
        let discharge = Double(leaving) / (Double(congested.count) * 60) * 3600
        #expect(abs(discharge - 900) <= 0.02 * 900, "discharge \(discharge) veh/h")
    }

    /// A lane closure (capacity and storage × 0.5) on a 2-lane, 100 m link: storage ⌊100 · 2 · 150 / 1000⌋ = 30
    /// vehicles becomes 15. Link `a` (100 m, 2 lanes) feeds `b` (1 lane, storage 15) whose outflow is held by a red
    /// that does not end within the run; of 40 vehicles offered on `a`, 15 + 30 = 45 ≥ 40 fit without the measure
    /// (all depart), 15 + 15 = 30 with the lane closed (10 still wait to depart).
    @Test func laneClosureHalvesStorage() throws {
        var builder = NetworkBuilder()
        try TestNetworks.corridor(
            [.init(id: "a", length: 100, lanes: 2), .init(id: "b", length: 100), .init(id: "c", length: 100)],
            signalGroups: [1: "G"], into: &builder)
        let network = builder.build()
        let plan = SignalPlan(cycle: 10_000, groups: [SignalGroup(id: "G", greenIntervals: [.init(start: 9_999, end: 10_000)])])
        let trips = (0..<40).map { Self.trip("t\($0)", network, "a", "c", at: Double($0)) }
        func departed(_ measures: [Measure]) throws -> Int {
            let simulation = try Simulation(
                network: network, signalPlans: [network.node(named: "c2")!: plan], trips: trips,
                configuration: SimulationConfiguration(duration: 600, outputInterval: 600, stopOnGridlock: false, stopAndGo: nil),
                measures: measures)
            let result = simulation.run()
            return result.summary.vehiclesDeparted
        }
        let lane = Measure(id: "lane", action: .capacity(links: [network.id("a")], factor: 0.5, storageFactor: 0.5))
        #expect(try departed([]) == 40)
        #expect(try departed([lane]) == 30)
    }

    /// A 36 km/h (10 m/s) limit on `b` (1000 m, 20 m/s) from t = 100: a trip entering b at 50 keeps 50 s on it
    /// (arrival 50 + 50 + 50 = 150); one entering at 250 needs 100 s (arrival 400).
    @Test func speedLimitChangesTravelTimeFromItsStart() throws {
        let network = try TestNetworks.corridor([
            .init(id: "a", length: 1000), .init(id: "b", length: 1000), .init(id: "c", length: 1000),
        ])
        let limit = Measure(id: "t30", begin: 100, action: .speedLimit(links: [network.id("b")], speed: 10))
        let records = try Self.run(
            network, [Self.trip("early", network, "a", "c", at: 0), Self.trip("late", network, "a", "c", at: 200)],
            measures: [limit])
        #expect(abs(records["early"]!.arrival - 150) < 1e-6)
        #expect(abs(records["late"]!.arrival - 400) < 1e-6)
        // Time loss is measured against the speed in force, as SUMO does: none for either.
        #expect(records["late"]!.timeLoss < 1e-6)
    }

    /// Banning in → sP on the diamond sends every trip via Q (1800 m), as closing sP would.
    @Test func turnBanReroutes() throws {
        let network = try TestNetworks.diamond()
        let ban = Measure(
            id: "no-P", action: .turnBan(movements: [network.movement(from: network.id("in"), to: network.id("sP"))!]))
        let records = try Self.run(network, [Self.trip("t", network, "in", "out", at: 0)], measures: [ban])
        #expect(records["t"]!.routeLength == 1800)
    }

    /// The single approach (`in` 40 s to the stop line, group G green [0, 30) of 60 s). A measure plan with G
    /// green [30, 60) from t = 50: a vehicle at the stop line at 45 (red until 60 under the node's plan) goes at 50,
    /// when the measure switches the plan (arrival 50 + 40 = 90); under the node's plan alone it goes at 60.
    @Test func signalPlanMeasureSwitchesAtItsStart() throws {
        let setup = try SignalTestNetworks.singleApproach()
        let network = setup.network
        let node = network.node(named: "c1")!
        let evening = SignalPlan(cycle: 60, groups: [SignalGroup(id: "G", greenIntervals: [.init(start: 30, end: 60)])])
        let trip = [Self.trip("t", network, "in", "out", at: 5)]
        let switched = try Self.run(
            network, trip, measures: [Measure(id: "evening", begin: 50, action: .signalPlans([node: evening]))],
            plans: setup.signalPlans)
        #expect(abs(switched["t"]!.arrival - 90) < 1e-6)
        let base = try Self.run(network, trip, measures: [], plans: setup.signalPlans)
        #expect(abs(base["t"]!.arrival - 100) < 1e-6)
    }

    /// Three ways from s to t: via P (2 × 500 m), Q (2 × 800 m), R (2 × 1000 m), all at 10 m/s. With sP closed,
    /// drivers take Q (1800 m in all); a detour signposted via R sends those that would have used sP via R
    /// (2200 m). A trip from sQ, which never used sP, is not detoured.
    @Test func detourSendsAffectedTripsViaItsLinks() throws {
        var b = NetworkBuilder()
        for (id, x, y) in [
            ("S", 0.0, 0.0), ("s", 100, 0), ("P", 500, 300), ("Q", 500, -600), ("R", 500, -900), ("t", 900, 0),
            ("T", 1000, 0),
        ] {
            try b.addNode(id, at: Coordinate(x, y))
        }
        try b.addLink("in", from: "S", to: "s", length: 100, freeFlowSpeed: 10)
        for (branch, length) in [("P", 500.0), ("Q", 800), ("R", 1000)] {
            try b.addLink("s\(branch)", from: "s", to: branch, length: length, freeFlowSpeed: 10)
            try b.addLink("\(branch)t", from: branch, to: "t", length: length, freeFlowSpeed: 10)
        }
        try b.addLink("out", from: "t", to: "T", length: 100, freeFlowSpeed: 10)
        for n in ["s", "P", "Q", "R", "t"] { try b.addAllMovements(at: n) }
        let network = b.build()
        let trips = [Self.trip("t", network, "in", "out", at: 0), Self.trip("fromQ", network, "sQ", "out", at: 0)]
        let closure = Measure(id: "works", action: .closure(links: [network.id("sP")]))
        let detour = Measure(id: "U1", action: .detour(links: [network.id("sP")], via: [network.id("sR")]))
        let closedOnly = try Self.run(network, trips, measures: [closure])
        #expect(closedOnly["t"]!.routeLength == 1800)
        let detoured = try Self.run(network, trips, measures: [closure, detour])
        #expect(detoured["t"]!.routeLength == 2200)
        #expect(detoured["fromQ"]!.routeLength == 1700)  // 800 + 800 + 100, its own way
    }

    /// Turn flows per interval (`LinkTimeSeries.vehiclesTurning`): on the diamond, ten trips departing at 0, 10,
    /// …, 90 s reach the end of `in` (100 m at 10 m/s) 10 s later and turn into sP at 10, 20, …, 100 s: with 60 s
    /// intervals 5 in [0, 60) and 5 in [60, 120). With sP closed for [0, 45) the five that depart in it are routed
    /// via Q and turn into sQ (the one at 40 s too, though the closure has ended when it turns at 50 s).
    @Test func turnFlowsPerIntervalAreRecorded() throws {
        let network = try TestNetworks.diamond()
        let trips = (0..<10).map { Self.trip("t\($0)", network, "in", "out", at: Double($0) * 10) }
        func turns(_ measures: [Measure]) throws -> (p: [Int], q: [Int]) {
            let result = try Simulation(
                network: network, trips: trips,
                configuration: SimulationConfiguration(duration: 600, outputInterval: 60, stopAndGo: nil),
                measures: measures
            ).run()
            let toP = network.movement(from: network.id("in"), to: network.id("sP"))!
            let toQ = network.movement(from: network.id("in"), to: network.id("sQ"))!
            return ((0..<2).map { result.linkSeries.vehiclesTurning(interval: $0, movement: toP) },
                    (0..<2).map { result.linkSeries.vehiclesTurning(interval: $0, movement: toQ) })
        }
        let open = try turns([])
        #expect(open.p == [5, 5] && open.q == [0, 0])
        let closed = try turns([Measure(id: "works", begin: 0, end: 45, action: .closure(links: [network.id("sP")]))])
        #expect(closed.p == [0, 5] && closed.q == [5, 0])
    }

    @Test func invalidMeasuresAreRejectedWithTheirName() throws {
        let network = try TestNetworks.diamond()
        let trips = [Self.trip("t", network, "in", "out", at: 0)]
        func error(_ measure: Measure) -> SimulationError? {
            do {
                _ = try Simulation(
                    network: network, trips: trips, configuration: Self.configuration(duration: 100), measures: [measure])
                return nil
            } catch {
                return error
            }
        }
        #expect(
            error(Measure(id: "w", begin: 50, end: 50, action: .closure(links: [network.id("sP")])))
                == .invalidMeasure(id: "w", "end 50.0 s must be after begin 50.0 s"))
        #expect(
            error(Measure(id: "f", action: .capacity(links: [network.id("sP")], factor: 0, storageFactor: 1)))
                == .invalidMeasure(id: "f", "capacity factor 0.0 must be > 0"))
        #expect(
            error(Measure(id: "x", action: .closure(links: [LinkID(99)])))
                == .invalidMeasure(id: "x", "link index 99 is not in the network"))
        #expect(
            error(Measure(id: "d", action: .detour(links: [network.id("sP")], via: [network.id("sP")])))
                == .invalidMeasure(id: "d", "via link 'sP' is one of the links detoured around"))
        // A plan for a node without signals.
        let plan = SignalPlan(cycle: 60, groups: [SignalGroup(id: "G", greenIntervals: [.init(start: 0, end: 30)])])
        #expect(
            error(Measure(id: "p", action: .signalPlans([network.node(named: "s")!: plan])))
                == .invalidMeasure(id: "p", "node 's' has no signalled movement"))
    }
}
