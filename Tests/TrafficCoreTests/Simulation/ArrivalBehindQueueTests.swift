import Testing
import TrafficCore
import TrafficTestSupport

/// A trip ends at its destination link's end, so a vehicle ending there drives up behind the vehicles that stand
/// at the link's stop line before it (SUMO's default arrival position, the lane's end) and takes the lane with
/// the fewest of them (`SimulationEngine.arrivalHeld(link:ready:)`).
@Suite struct ArrivalBehindQueueTests {
    /// `in` (500 m at 12.5 m/s: 40 s) → `out` with `lanes` lanes each, group G green `green` of a 60 s cycle.
    /// Vehicle A (in → out) departs at 0; vehicle B ends its trip on `in` and departs at `secondDeparture`.
    static func run(lanes: Int = 1, green: GreenInterval, secondDeparture: Double) throws -> [String: TripRecord] {
        let network = try TestNetworks.corridor(
            [
                .init(id: "in", length: 500, lanes: lanes, speed: 12.5),
                .init(id: "out", length: 500, lanes: lanes, speed: 12.5),
            ],
            signalGroups: [0: "G"])
        let plan = SignalPlan(cycle: 60, groups: [SignalGroup(id: "G", greenIntervals: [green])])
        let trips = [
            Trip(id: "A", origin: network.id("in"), destination: network.id("out"), departure: 0),
            Trip(id: "B", origin: network.id("in"), destination: network.id("in"), departure: secondDeparture),
        ]
        let result = try Simulation.run(
            SimulationSetup(
                name: "arrival", network: network, signalPlans: [network.node(named: "c1")!: plan],
                demand: Demand(trips: trips), configuration: .init(duration: 200)))
        return Dictionary(uniqueKeysWithValues: result.trips.map { ($0.id, $0) })
    }

    /// Green [50, 60): A stands at the red stop line from 40 s; B reaches the end of `in` at 41 s, behind A. One
    /// lane: B waits until A leaves at the green, 50 s. Two lanes (and a two-lane movement): B drives up on the
    /// free lane and arrives at 41 s.
    @Test(arguments: [(1, 50.0), (2, 41.0)])
    func aVehicleEndingItsTripWaitsBehindTheQueueOnItsLane(lanes: Int, expected: Double) throws {
        let trips = try Self.run(lanes: lanes, green: .init(start: 50, end: 60), secondDeparture: 1)
        let a = try #require(trips["A"])
        // A left `in` at the green: 40 s on `out` and the time lost stopping (`StopAndGo`) after it.
        #expect(a.arrival >= 50 + 40 && a.arrival < 50 + 40 + 10)
        #expect(trips["B"]?.arrival == expected)
    }

    /// Without a queue ahead (the signal green when B gets there), B ends its trip at its free-flow time.
    @Test func aVehicleWithNobodyAheadArrivesAtFreeFlow() throws {
        let trips = try Self.run(green: .init(start: 0, end: 60), secondDeparture: 3)
        #expect(trips["B"]?.arrival == 43)
    }
}
