import Testing
import TrafficCore
import TrafficTestSupport

@Suite("Spillback and the backward wave")
struct SpillbackTests {
    /// Verification 3. Links A → B → C, each 1000 m, 1 lane, 20 m/s, 1800 veh/h, 150 veh/km; the movement
    /// B → C is red until t = 2000 s, then green. Demand on A: 1200 veh/h evenly (one per 3 s) for 1500 s.
    ///
    /// Kinematic-wave derivation (triangular diagram, k_c = 1800/72 = 25 veh/km, w = 1800/(150 − 25) =
    /// 14.4 km/h = 4 m/s):
    /// - Queue growth: arrivals q = 1200 veh/h at k = 1200/72 = 16.7 veh/km meet the jam (0 veh/h, 150 veh/km);
    ///   the queue tail moves upstream at (0 − 1200)/(150 − 16.7) = −9 km/h = −2.5 m/s, starting at B's stop
    ///   line at t = 100 s (first vehicle: 50 s on A + 50 s on B). It reaches B's upstream end at
    ///   100 + 1000/2.5 = 500 s (inflow into B stops) and A's upstream end at 100 + 2000/2.5 = 900 s (inflow
    ///   into A stops). Tolerance: one demand headway (3 s) + one step (1 s).
    /// - Recovery: at green (2000 s) the jam discharges at capacity; the recovery wave (jam → capacity) runs
    ///   upstream at w = 4 m/s and reaches B's upstream end at 2000 + 1000/4 = 2250 s, so A's first vehicle
    ///   enters B then, and A's upstream end at 2000 + 2000/4 = 2500 s, when the origin queue moves again.
    ///   Tolerance: one step (1 s).
    @Test func queueSpillsBackAtShockSpeedAndRecoversAtBackwardWaveSpeed() throws {
        let network = try TestNetworks.corridor(
            [.init(id: "A", length: 1000), .init(id: "B", length: 1000), .init(id: "C", length: 1000)],
            signalGroups: [1: "G"])
        #expect(abs(network[network.id("B")].backwardWaveSpeed - 4) < 1e-12)
        let signalNode = network.node(named: "c2")!
        let plan = SignalPlan(
            cycle: 100_000, groups: [SignalGroup(id: "G", greenIntervals: [GreenInterval(start: 2000, end: 100_000)])])
        let flow = Flow(
            id: "f", origin: network.id("A"), destination: network.id("C"), begin: 0, end: 1500, vehiclesPerHour: 1200)
        let result = try Simulation.run(
            SimulationSetup(
                name: "spillback", network: network, signalPlans: [signalNode: plan], demand: Demand(flows: [flow]),
                configuration: .init(duration: 2700, outputInterval: 1)))

        let series = result.linkSeries
        let a = network.id("A")
        let b = network.id("B")
        // Seconds in which vehicles left A (= entered B).
        let intoB = (0..<series.intervalCount).filter { series.state(interval: $0, link: a).vehiclesLeaving > 0 }
        let lastBeforeRed = try #require(intoB.last { $0 < 2000 })
        let firstAfterGreen = try #require(intoB.first { $0 >= 2000 })
        #expect(abs(Double(lastBeforeRed) - 500) <= 4, "inflow into B stopped at \(lastBeforeRed) s")
        #expect(abs(Double(firstAfterGreen) - 2250) <= 1, "inflow into B resumed at \(firstAfterGreen) s")
        #expect(series.state(interval: 1000, link: b).density > 149)  // B jammed: 150 veh/km

        // Entries into A are the trips' departure times.
        let departures = result.trips.map(\.depart).sorted()
        let lastBeforeBlock = try #require(departures.last { $0 < 2000 })
        let firstAfterBlock = try #require(departures.first { $0 >= 2000 })
        #expect(abs(lastBeforeBlock - 900) <= 4, "inflow into A stopped at \(lastBeforeBlock) s")
        #expect(abs(firstAfterBlock - 2500) <= 1, "inflow into A resumed at \(firstAfterBlock) s")
        // A long red is not a gridlock: the head vehicle waits for green, not for space.
        #expect(result.gridlock == nil)
    }
}
