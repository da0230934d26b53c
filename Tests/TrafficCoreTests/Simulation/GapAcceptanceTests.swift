import GeoCore
import Testing
import TrafficCore
import TrafficTestSupport

/// Conflicts at a node: a movement that yields (`Movement.yieldsTo`) goes only through gaps in its majors.
///
/// The T-junction: W (−1000, 0) → C → E (1000, 0) is the major road, S (0, −1000) → C the minor one; every link
/// 1000 m, 20 m/s (free flow 50 s), 1 lane at 1800 veh/h (headway 2 s). A vehicle departing at d reaches the
/// stop line at d + 50 and, passing at p, arrives at the end of its next link at p + 50. Default gaps:
/// crossing 4 s before / 3 s after, merging 4 s before / 1.5 s after, follow-up 3.5 s, forced after 60 s.
@Suite("Gap acceptance at junctions")
struct GapAcceptanceTests {
    /// Links of the T; `minorLanes` lanes on the minor approach SC.
    private static func junction(
        minorLanes: Int = 1, yields: [(minor: (String, String), major: (String, String))],
        majorGroup: String? = nil
    ) throws -> Network {
        var b = NetworkBuilder()
        for (id, x, y) in [("W", -1000.0, 0.0), ("C", 0, 0), ("E", 1000, 0), ("S", 0, -1000)] {
            try b.addNode(id, at: Coordinate(x, y))
        }
        try b.addLink("WC", from: "W", to: "C", lanes: 1, freeFlowSpeed: 20)
        try b.addLink("EC", from: "E", to: "C", lanes: 1, freeFlowSpeed: 20)
        try b.addLink("CE", from: "C", to: "E", lanes: 1, freeFlowSpeed: 20)
        try b.addLink("CW", from: "C", to: "W", lanes: 1, freeFlowSpeed: 20)
        try b.addLink("SC", from: "S", to: "C", lanes: minorLanes, freeFlowSpeed: 20, capacity: 1800 * Double(minorLanes))
        try b.addMovement(from: "WC", to: "CE", lanes: 1, signalGroup: majorGroup)
        try b.addMovement(from: "EC", to: "CW", lanes: 1, signalGroup: majorGroup)
        try b.addMovement(from: "SC", to: "CW", lanes: 1)
        try b.addMovement(from: "SC", to: "CE", lanes: 1)
        for y in yields {
            try b.addYield(minorFrom: y.minor.0, minorTo: y.minor.1, majorFrom: y.major.0, majorTo: y.major.1)
        }
        return b.build()
    }

    private static func trips(
        _ network: Network, _ prefix: String, from: String, to: String, departures: [Double]
    ) -> [Trip] {
        departures.enumerated().map { i, d in
            Trip(id: "\(prefix)\(i)", origin: network.link(named: from)!, destination: network.link(named: to)!, departure: d)
        }
    }

    /// Stop-line passing times (arrival − 50 s) of the trips whose id starts with `prefix`, in id order.
    /// Where minor i passes: first + 12·⌊i/2⌋ + 3.5·(i mod 2).
    private static func twoPerGap(first: Double, count: Int) -> [Double] {
        (0..<count).map { i -> Double in
            let gap = Double(i / 2) * 12
            let second = Double(i % 2) * 3.5
            return first + gap + second
        }
    }

    private static func passes(_ result: SimulationResult, _ prefix: String) -> [Double] {
        result.trips.filter { $0.id.hasPrefix(prefix) }
            .sorted { Int($0.id.dropFirst(prefix.count))! < Int($1.id.dropFirst(prefix.count))! }
            .map { $0.arrival - 50 }
    }

    private static func run(
        _ network: Network, _ trips: [Trip], plans: [NodeID: SignalPlan] = [:],
        gap: SimulationConfiguration.GapAcceptance? = .init(), duration: Double = 600
    ) throws -> SimulationResult {
        try Simulation(
            network: network, signalPlans: plans, trips: trips,
            configuration: .init(duration: duration, gapAcceptance: gap, stopAndGo: nil)
        ).run()
    }

    /// Left turn S→W crossing the W→E stream, majors at the stop line every 12 s from t = 50. After the major
    /// at T the first minor goes at T + 3 (crossing gap after) — the next major, at T + 12, is ≥ 4 s away — the
    /// second at T + 6.5 (follow-up 3.5 s), a third at T + 10 would have the major 2 s away: 2 per gap.
    /// Minor i passes at 53 + 12·⌊i/2⌋ + 3.5·(i mod 2); the majors are never delayed.
    @Test func crossingMinorTakesTwoVehiclesPerTwelveSecondGap() throws {
        let network = try Self.junction(yields: [(("SC", "CW"), ("WC", "CE"))])
        let majors = Self.trips(network, "major", from: "WC", to: "CE", departures: (0..<20).map { 12.0 * Double($0) })
        let minors = Self.trips(network, "minor", from: "SC", to: "CW", departures: (0..<10).map { 2.0 * Double($0) })
        let result = try Self.run(network, majors + minors)
        let expected = Self.twoPerGap(first: 53, count: 10)
        for (got, want) in zip(Self.passes(result, "minor"), expected) { #expect(abs(got - want) < 1e-9, "\(got) vs \(want)") }
        #expect(Self.passes(result, "minor").count == 10)
        #expect(result.trips.filter { $0.id.hasPrefix("major") }.allSatisfy { $0.timeLoss < 1e-9 })

        // Without gap acceptance the same network lets the minors go at their saturation headway (2 s) from
        // their own arrival: 50, 52, 54, …
        let ignored = try Self.run(network, majors + minors, gap: nil)
        for (i, got) in Self.passes(ignored, "minor").enumerated() {
            let want = 50 + 2 * Double(i)
            #expect(abs(got - want) < 1e-9)
        }
    }

    /// Right turn S→E merging into the W→E stream: after the major at T the minor may follow 1.5 s later but
    /// the link CE takes one vehicle per 2 s, so T + 2; then T + 5.5; T + 9 would be 3 s ahead of the next
    /// major (4 s needed). Minor i passes at 52 + 12·⌊i/2⌋ + 3.5·(i mod 2).
    @Test func mergingMinorFollowsCloserBehindTheMajor() throws {
        let network = try Self.junction(yields: [(("SC", "CE"), ("WC", "CE"))])
        let majors = Self.trips(network, "major", from: "WC", to: "CE", departures: (0..<20).map { 12.0 * Double($0) })
        let minors = Self.trips(network, "minor", from: "SC", to: "CE", departures: (0..<8).map { 2.0 * Double($0) })
        let result = try Self.run(network, majors + minors)
        let expected = Self.twoPerGap(first: 52, count: 8)
        let got = Self.passes(result, "minor")
        #expect(got.count == 8)
        for (g, want) in zip(got, expected) { #expect(abs(g - want) < 1e-9, "\(g) vs \(want)") }
    }

    /// A major stream held at red does not block: with the majors' group never green before t = 300, the
    /// minors go as if unopposed, at their saturation headway from the first one's arrival: 50, 52, 54, … (no
    /// follow-up headway: nobody to look out for, `PermittedMovementHeadwayTests`).
    @Test func majorsAtRedDoNotBlock() throws {
        let network = try Self.junction(yields: [(("SC", "CW"), ("WC", "CE"))], majorGroup: "major")
        let c = network.node(named: "C")!
        let plans = [c: SignalPlan(cycle: 600, groups: [SignalGroup(id: "major", greenIntervals: [GreenInterval(start: 300, end: 600)])])]
        let majors = Self.trips(network, "major", from: "WC", to: "CE", departures: (0..<10).map { 2.0 * Double($0) })
        let minors = Self.trips(network, "minor", from: "SC", to: "CW", departures: (0..<6).map { 2.0 * Double($0) })
        let result = try Self.run(network, majors + minors, plans: plans)
        let got = Self.passes(result, "minor")
        #expect(got.count == 6)
        for (i, g) in got.enumerated() {
            let want = 50 + 2 * Double(i)
            #expect(abs(g - want) < 1e-9, "\(g)")
        }
    }

    /// A stream without gaps (majors every 2 s, 7 s needed): the first minor reaches the stop line at 50 and
    /// forces its way after 30 s, at 80; the next one reaches the stop line then and goes at 110.
    @Test func aMinorWaitingTooLongForcesItsWay() throws {
        let network = try Self.junction(yields: [(("SC", "CW"), ("WC", "CE"))])
        let majors = Self.trips(network, "major", from: "WC", to: "CE", departures: (0..<150).map { 2.0 * Double($0) })
        let minors = Self.trips(network, "minor", from: "SC", to: "CW", departures: [0, 2])
        let result = try Self.run(network, majors + minors)
        let got = Self.passes(result, "minor")
        #expect(got.count == 2)
        #expect(abs(got[0] - 80) < 1e-9, "\(got)")
        #expect(abs(got[1] - 110) < 1e-9, "\(got)")
    }

    /// One lane shared by the left and the right turn: the right-turner behind a left-turner waiting for its gap
    /// waits too. The left-turner merges into E→W majors every 2 s and forces its way after 30 s, at 80 (the
    /// major reaching the stop line at 80 too waits: the vehicle that got there first goes first); the
    /// right-turner follows 2 s later (link SC's headway), at 82. With two lanes on the approach the
    /// right-turner passes at its own arrival, 52, and the left-turner still forces its way at 80.
    @Test func aWaitingVehicleHoldsUpTheVehiclesBehindItOnASharedLane() throws {
        for lanes in [1, 2] {
            let network = try Self.junction(minorLanes: lanes, yields: [(("SC", "CW"), ("EC", "CW"))])
            let majors = Self.trips(network, "major", from: "EC", to: "CW", departures: (0..<150).map { 2.0 * Double($0) })
            let left = Self.trips(network, "left", from: "SC", to: "CW", departures: [0])
            let right = Self.trips(network, "right", from: "SC", to: "CE", departures: [2])
            let result = try Self.run(network, majors + left + right)
            let leftPass = try #require(Self.passes(result, "left").first)
            let rightPass = try #require(Self.passes(result, "right").first)
            #expect(abs(leftPass - 80) < 1e-9, "\(lanes) lanes: left \(leftPass)")
            let want: Double = lanes == 1 ? 82 : 52
            #expect(abs(rightPass - want) < 1e-9, "\(lanes) lanes: right \(rightPass)")
        }
    }

    @Test func yieldsAreValidated() throws {
        var b = NetworkBuilder()
        for (id, x) in [("A", 0.0), ("B", 1000), ("C", 2000)] { try b.addNode(id, at: Coordinate(x, 0)) }
        try b.addLink("AB", from: "A", to: "B", freeFlowSpeed: 20)
        try b.addLink("BC", from: "B", to: "C", freeFlowSpeed: 20)
        try b.addLink("CB", from: "C", to: "B", freeFlowSpeed: 20)
        try b.addLink("BA", from: "B", to: "A", freeFlowSpeed: 20)
        let ab = try b.addMovement(from: "AB", to: "BC")
        let cb = try b.addMovement(from: "CB", to: "BA")
        try b.addYield(minor: ab, major: cb)
        try b.addYield(minor: ab, major: cb)  // twice: kept once
        #expect(b.build().movements[ab.index].yieldsTo == [cb])
        #expect(throws: NetworkError.self) { try b.addYield(minor: ab, major: ab) }
        #expect(throws: NetworkError.self) {
            try b.addYield(minorFrom: "AB", minorTo: "BC", majorFrom: "AB", majorTo: "BA")
        }
        #expect(throws: NetworkError.unknownLink("XX", referencedBy: "yield of 'AB' → 'BC' to 'XX' → 'BA'")) {
            try b.addYield(minorFrom: "AB", minorTo: "BC", majorFrom: "XX", majorTo: "BA")
        }
        #expect(throws: SimulationError.self) {
            try Simulation(
                network: b.build(), trips: [],
                configuration: .init(duration: 60, gapAcceptance: .init(crossingBefore: -1)))
        }
    }

    /// A minor movement merging into one lane of a two-lane major stream meets only the major vehicles on that
    /// lane: with majors every 3 s (no 5.5 s merge gap in the whole stream) the minors wait for forced gaps when
    /// they yield to both lanes, but pass between the vehicles of their lane when they yield to one.
    @Test func aConflictWithOneLaneOfTheMajorSeesOnlyThatLanesVehicles() throws {
        func network(lanes: Int?) throws -> Network {
            var b = NetworkBuilder()
            for (id, x, y) in [("W", -1000.0, 0.0), ("C", 0, 0), ("E", 1000, 0), ("S", 0, -1000)] {
                try b.addNode(id, at: Coordinate(x, y))
            }
            try b.addLink("WC", from: "W", to: "C", lanes: 2, freeFlowSpeed: 20)
            try b.addLink("CE", from: "C", to: "E", lanes: 2, freeFlowSpeed: 20)
            try b.addLink("SC", from: "S", to: "C", lanes: 1, freeFlowSpeed: 20)
            try b.addMovement(from: "WC", to: "CE", lanes: 2)
            try b.addMovement(from: "SC", to: "CE", lanes: 1)
            try b.addYield(minorFrom: "SC", minorTo: "CE", majorFrom: "WC", majorTo: "CE", lanes: lanes)
            return b.build()
        }
        func minorPasses(_ network: Network) throws -> [Double] {
            let majors = Self.trips(network, "major", from: "WC", to: "CE", departures: (0..<200).map { 3.0 * Double($0) })
            let minors = Self.trips(network, "minor", from: "SC", to: "CE", departures: (0..<10).map { 2.0 * Double($0) })
            return Self.passes(try Self.run(network, majors + minors, duration: 1200), "minor")
        }
        let both = try network(lanes: nil)
        let one = try network(lanes: 1)
        #expect(both.movements[1].yieldLanes == [2])
        #expect(one.movements[1].yieldLanes == [1])
        let allLanes = try minorPasses(both)
        let oneLane = try minorPasses(one)
        #expect(allLanes.count == 10 && oneLane.count == 10)
        // Yielding to the whole stream, each minor forces its way after 30 s at the stop line (reached at 50 s).
        #expect(allLanes[0] >= 80 - 1e-9, "\(allLanes)")
        // Yielding to one lane, the ten minors are through long before.
        #expect(oneLane.last! < allLanes[1], "\(oneLane) vs \(allLanes)")
    }
}

/// A permitted movement whose every major movement is held at red runs as a protected one: its queue leaves at
/// the saturation headway (2 s), not the follow-up headway (3.5 s) of drivers checking for gaps.
@Suite struct PermittedMovementHeadwayTests {
    /// NS yields to EW; ten NS vehicles reach the stop line from 40 s on (departures 0, 2, …, 18; 40 s links);
    /// NS is green [50, 57) (EW has no traffic). The queue discharges from 50 s.
    func firstGreenArrivals(ewGreen: GreenInterval) throws -> [Double] {
        let plan = SignalPlan(
            cycle: 60,
            groups: [
                SignalGroup(id: "EW", greenIntervals: [ewGreen]),
                SignalGroup(id: "NS", greenIntervals: [GreenInterval(start: 50, end: 57)]),
            ])
        let network = try SignalJunction.network(nsYieldsToEW: true)
        let trips = (0..<10).map {
            Trip(id: "n\($0)", origin: network.id("n_x"), destination: network.id("x_s"), departure: 2 * Double($0))
        }
        let setup = try SignalJunction.scenario(ew: 0, ns: 0, duration: 400, plan: plan, extraTrips: trips, nsYieldsToEW: true)
        let result = try Simulation.run(setup)
        return result.trips.map(\.arrival).sorted().filter { $0 < 100 }
    }

    /// EW red while NS is green ([0, 47)): the queue leaves at 50, 52, 54, 56 → arrivals 90, 92, 94, 96.
    @Test func aQueueBehindARedMajorLeavesAtTheSaturationHeadway() throws {
        #expect(try firstGreenArrivals(ewGreen: GreenInterval(start: 0, end: 47)) == [90, 92, 94, 96])
    }

    /// EW green with NS ([0, 57), no EW vehicle): drivers look for gaps, 3.5 s apart: 50, 53.5 → 90, 93.5.
    @Test func aQueueBesideAGreenMajorLeavesAtTheFollowUpHeadway() throws {
        #expect(try firstGreenArrivals(ewGreen: GreenInterval(start: 0, end: 57)) == [90, 93.5])
    }
}
