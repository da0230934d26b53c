import GeoCore
import Testing
import TrafficCore

/// Time lost without waiting: a turn slower than its roads, and a stop sign (`SimulationConfiguration.StopAndGo`,
/// `Movement.stopSign`).
///
/// The net: A (−1000, 0) → B (0, 0) → C (1000, 0), two 1000 m links at 20 m/s (free flow 50 s each), one lane at
/// 1800 veh/h (headway 2 s), one movement AB → BC. SUMO's default car: acceleration 2.6 m/s², deceleration
/// 4.5 m/s². A vehicle departing at 0 reaches B's stop line at 50 s and arrives at 100 s plus the junction's time.
@Suite("Turn and stop-sign losses")
struct TurnAndStopSignLossTests {
    private static func corridor(passage: (length: Double, time: Double)? = nil, stop: Bool = false) throws -> Network {
        var b = NetworkBuilder()
        for (id, x) in [("A", -1000.0), ("B", 0), ("C", 1000)] { try b.addNode(id, at: Coordinate(x, 0)) }
        try b.addLink("AB", from: "A", to: "B", lanes: 1, freeFlowSpeed: 20)
        try b.addLink("BC", from: "B", to: "C", lanes: 1, freeFlowSpeed: 20)
        let m = try b.addMovement(from: "AB", to: "BC")
        if let passage { try b.setPassage(m, length: passage.length, time: passage.time) }
        b.setStopSign(m, stop)
        return b.build()
    }

    private static func arrivals(
        _ network: Network, departures: [Double],
        gapAcceptance: SimulationConfiguration.GapAcceptance? = .init()
    ) throws -> [Double] {
        let trips = departures.enumerated().map { i, d in
            Trip(id: "v\(i)", origin: network.link(named: "AB")!, destination: network.link(named: "BC")!, departure: d)
        }
        let result = try Simulation(
            network: network, trips: trips, configuration: .init(duration: 900, gapAcceptance: gapAcceptance)
        ).run()
        return result.trips.sorted { $0.depart < $1.depart }.map(\.arrival)
    }

    /// The formula by hand: braking 20 → 5 m/s costs 15² / (2 · 20 · 4.5) = 1.25 s, accelerating back
    /// 15² / (2 · 20 · 2.6) = 2.163 s; not slower, nothing.
    @Test func theTurnLossIsTheTimeOfBrakingAndAccelerating() {
        let s = SimulationConfiguration.StopAndGo()
        #expect(abs(s.turnLoss(approach: 20, passage: 5, exit: 20) - (1.25 + 225.0 / 104)) < 1e-9)
        #expect(s.turnLoss(approach: 20, passage: 20, exit: 20) == 0)
        #expect(s.turnLoss(approach: 10, passage: 15, exit: 10) == 0)
        // Only the exit is faster than the passage: accelerating only.
        #expect(abs(s.turnLoss(approach: 5, passage: 5, exit: 20) - 225.0 / 104) < 1e-9)
        #expect(abs(s.stopLoss(approach: 20, exit: 20) - (20 / 9.0 + 20 / 5.2)) < 1e-9)
    }

    /// Through a 10 m junction at 5 m/s (2 s): a lone vehicle arrives at 100 + 2 + 3.413 s. Straight through a
    /// junction as fast as the roads, it loses nothing: 100 + 0.5 s.
    @Test func aSlowTurnCostsTimeWithoutAStop() throws {
        let turn = try Self.arrivals(Self.corridor(passage: (10, 2)), departures: [0])
        #expect(abs(turn[0] - (102 + 1.25 + 225.0 / 104)) < 1e-6)
        let straight = try Self.arrivals(Self.corridor(passage: (10, 0.5)), departures: [0])
        #expect(abs(straight[0] - 100.5) < 1e-6)
    }

    /// With a stop sign a lone vehicle stops at the line though nothing comes: it loses
    /// 20 / (2 · 4.5) + 20 / (2 · 2.6) = 6.068 s and arrives at 106.068 s (without the sign at 100 s). SUMO 1.28
    /// measures 4.0–4.5 s at 50 km/h on bench/junctions' T-junction, where the formula gives 4.21 s. Stop signs are
    /// junction control: without gap acceptance (`--ignore-conflicts`) the vehicle passes as without the sign.
    @Test func aStopSignCostsEveryVehicleAFullStop() throws {
        let stop = try Self.arrivals(Self.corridor(stop: true), departures: [0])
        #expect(abs(stop[0] - (100 + 20 / 9.0 + 20 / 5.2)) < 1e-6)
        let plain = try Self.arrivals(Self.corridor(), departures: [0])
        #expect(abs(plain[0] - 100) < 1e-6)
        let ignored = try Self.arrivals(Self.corridor(stop: true), departures: [0, 2], gapAcceptance: nil)
        #expect(abs(ignored[0] - 100) < 1e-6 && abs(ignored[1] - 102) < 1e-6, "\(ignored)")
    }

    /// Vehicles two seconds apart (the link's saturation headway) leave a stop sign at the follow-up headway,
    /// 3.5 s, each starting from rest: arrivals 3.5 s apart instead of 2 s.
    @Test func aQueueAtAStopSignLeavesAtTheFollowUpHeadway() throws {
        let stop = try Self.arrivals(Self.corridor(stop: true), departures: [0, 2, 4, 6])
        let gaps = zip(stop.dropFirst(), stop).map { $0 - $1 }
        #expect(gaps.allSatisfy { abs($0 - 3.5) < 1e-6 }, "\(stop)")
        let plain = try Self.arrivals(Self.corridor(), departures: [0, 2, 4, 6])
        #expect(zip(plain.dropFirst(), plain).allSatisfy { abs($0 - $1 - 2) < 1e-6 }, "\(plain)")
    }
}
