import GeoCore
import Testing
import TrafficCore
import TrafficTestSupport

/// A vehicle queues on the lanes of its next turn (`Movement.laneConnections`), so a turn's queue gets their
/// storage, not the whole link's; behind a vehicle waiting for a full turn, the vehicles on the other lanes of
/// its link pass it (`SimulationEngine.entryLane`, `passLaneBlockedHead`).
@Suite struct LaneStorageTests {
    /// `up` (100 m, `upLanes` lanes) → `in` (20 m, 2 lanes: ⌊20 · 2 · 0.15⌋ = 6 vehicles, 3 per lane) → `left`
    /// from lane 1 (red for the whole run) or `straight` from lane 0 (unsignalised). With `laneUse`, `up` lane 0
    /// leads onto `in` lane 0 and `up` lane 1 (or a single lane) onto lane 1 too; without, any lane to any.
    static func network(upLanes: Int, laneUse: Bool) throws -> Network {
        var b = NetworkBuilder()
        for (id, x, y) in [("a", 0.0, 0.0), ("b", 100, 0), ("c", 120, 0), ("d", 220, 0), ("e", 120, 100)] {
            try b.addNode(id, at: Coordinate(x, y))
        }
        try b.addLink("up", from: "a", to: "b", length: 100, lanes: upLanes, freeFlowSpeed: 10)
        try b.addLink("in", from: "b", to: "c", length: 20, lanes: 2, freeFlowSpeed: 10)
        try b.addLink("straight", from: "c", to: "d", length: 100, freeFlowSpeed: 10)
        try b.addLink("left", from: "c", to: "e", length: 100, freeFlowSpeed: 10)
        let intoIn = try b.addMovement(from: "up", to: "in", lanes: upLanes)
        let straight = try b.addMovement(from: "in", to: "straight", lanes: 1)
        let left = try b.addMovement(from: "in", to: "left", lanes: 1, signalGroup: "L")
        if laneUse {
            try b.setLaneUse(intoIn, connections: upLanes == 1 ? [(0, 0), (0, 1)] : [(0, 0), (1, 1)])
            try b.setLaneUse(straight, connections: [(0, 0)])
            try b.setLaneUse(left, connections: [(1, 0)])
        }
        return b.build()
    }

    /// Four left-turners leave at 0, 2, 4, 6 s, then two straight vehicles at 8 and 10 s; the left turn stays red.
    static func run(upLanes: Int, laneUse: Bool) throws -> SimulationResult {
        let network = try network(upLanes: upLanes, laneUse: laneUse)
        var trips = (0..<4).map {
            Trip(id: "L\($0)", origin: network.id("up"), destination: network.id("left"), departure: Double($0) * 2)
        }
        trips += (0..<2).map {
            Trip(
                id: "S\($0)", origin: network.id("up"), destination: network.id("straight"),
                departure: 8 + Double($0) * 2)
        }
        let red = SignalPlan(
            cycle: 10_000, groups: [SignalGroup(id: "L", greenIntervals: [GreenInterval(start: 9_000, end: 9_999)])])
        return try Simulation.run(
            SimulationSetup(
                name: "lanes", network: network, signalPlans: [network.node(named: "c")!: red],
                demand: Demand(trips: trips), configuration: .init(duration: 600)))
    }

    /// One lane upstream: the left lane of `in` holds 3 left-turners; the fourth waits at the end of `up` and
    /// holds up the straight vehicles behind it, which never arrive. Without lane use the fourth fits on `in`
    /// (6 places) and both straight vehicles arrive.
    @Test func aTurnsQueueGetsItsLanesStorage() throws {
        let lanes = try Self.run(upLanes: 1, laneUse: true)
        #expect(lanes.trips.filter { $0.id.hasPrefix("S") }.isEmpty)
        #expect(lanes.summary.vehiclesUnfinished == 6)
        let pooled = try Self.run(upLanes: 1, laneUse: false)
        #expect(pooled.trips.map(\.id).sorted() == ["S0", "S1"])
    }

    /// Two lanes upstream: the fourth left-turner waits on `up` lane 1; the straight vehicles drive past it on
    /// lane 0 and arrive.
    @Test func vehiclesOnAnotherLanePassOneWaitingForAFullTurn() throws {
        let result = try Self.run(upLanes: 2, laneUse: true)
        #expect(result.trips.map(\.id).sorted() == ["S0", "S1"])
        #expect(result.summary.vehiclesUnfinished == 4)
    }
}
