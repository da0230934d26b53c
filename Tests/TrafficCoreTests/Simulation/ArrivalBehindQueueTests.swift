import Testing
import TrafficCore
import TrafficTestSupport

/// A trip ends at its destination link's end, so a vehicle ending there drives up behind the vehicles that stand
/// at the link's stop line before it (SUMO's default arrival position, the lane's end) and takes the lane with
/// the fewest of them (`SimulationEngine.arrivalHeld(link:ready:)`).
@Suite struct ArrivalBehindQueueTests {
    /// `in` (500 m at 12.5 m/s: 40 s) → `out`, group G green [50, 60) of a 60 s cycle. Vehicle A (in → out)
    /// departs at 0 and stands at the red stop line from 40 s; vehicle B ends on `in`, departs at 1 s and reaches
    /// the end at 41 s, behind A. One lane: B waits until A leaves at the green, 50 s. Two lanes (and a
    /// two-lane movement): B drives up on the free lane and arrives at 41 s.
    @Test(arguments: [(1, 50.0), (2, 41.0)])
    func aVehicleEndingItsTripWaitsBehindTheQueueOnItsLane(lanes: Int, expected: Double) throws {
        let network = try TestNetworks.corridor(
            [
                .init(id: "in", length: 500, lanes: lanes, speed: 12.5),
                .init(id: "out", length: 500, lanes: lanes, speed: 12.5),
            ],
            signalGroups: [0: "G"])
        let plan = SignalPlan(cycle: 60, groups: [SignalGroup(id: "G", greenIntervals: [.init(start: 50, end: 60)])])
        let trips = [
            Trip(id: "A", origin: network.id("in"), destination: network.id("out"), departure: 0),
            Trip(id: "B", origin: network.id("in"), destination: network.id("in"), departure: 1),
        ]
        let result = try Simulation.run(
            SimulationSetup(
                name: "arrival", network: network, signalPlans: [network.node(named: "c1")!: plan],
                demand: Demand(trips: trips), configuration: .init(duration: 200)))
        let a = try #require(result.trips.first { $0.id == "A" })
        let b = try #require(result.trips.first { $0.id == "B" })
        // A left `in` at the green: 40 s on `out` and the time lost stopping (`StopAndGo`) after it.
        #expect(a.arrival >= 50 + 40 && a.arrival < 50 + 40 + 10)
        #expect(b.arrival == expected)
    }

    /// Without a queue ahead (the signal green when B gets there), B ends its trip at its free-flow time.
    @Test func aVehicleWithNobodyAheadArrivesAtFreeFlow() throws {
        let network = try TestNetworks.corridor(
            [.init(id: "in", length: 500, speed: 12.5), .init(id: "out", length: 500, speed: 12.5)],
            signalGroups: [0: "G"])
        let plan = SignalPlan(cycle: 60, groups: [SignalGroup(id: "G", greenIntervals: [.init(start: 0, end: 60)])])
        let trips = [
            Trip(id: "A", origin: network.id("in"), destination: network.id("out"), departure: 0),
            Trip(id: "B", origin: network.id("in"), destination: network.id("in"), departure: 3),
        ]
        let result = try Simulation.run(
            SimulationSetup(
                name: "arrival", network: network, signalPlans: [network.node(named: "c1")!: plan],
                demand: Demand(trips: trips), configuration: .init(duration: 200)))
        #expect(result.trips.first { $0.id == "B" }?.arrival == 43)
    }
}
