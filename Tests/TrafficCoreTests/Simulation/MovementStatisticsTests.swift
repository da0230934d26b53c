import Testing
import TrafficCore
import TrafficTestSupport

@Suite("Stop-line statistics per movement")
struct MovementStatisticsTests {
    /// One signalised approach, worked by hand. 600 veh/h uniform from t = 0 (every 6 s, 600 vehicles), 500 m
    /// at 12.5 m/s → vehicle k reaches the stop line at 40 + 6k. Cycle 60 s, green [0, 30), 2 s discharge
    /// headway (1800 veh/h, one lane).
    ///
    /// First cycle, k = 0…8 (ready 40, 46, 52, 58 | 64, 70, 76, 82, 88): the four red arrivals leave at 60, 62,
    /// 64, 66 → delays 20, 16, 12, 8; k = 4 (ready 64) leaves at 68 → 4; the rest pass → 60 s, 5 stops, queue 4.
    /// From k = 9 the pattern repeats every 10 vehicles (cycle phases 34, 40, 46, 52, 58, 4, 10, 16, 22, 28):
    /// red arrivals leave at 60, 62, 64, 66, 68 → 26, 22, 18, 14, 10; phase 4 leaves at 70 → 6; phase 10 at 72
    /// → 2; then 0, 0, 0 → 98 s, 7 stops (delay ≥ 1 s), 5 standing at green start.
    /// k = 9…598 are 59 such groups; k = 599 (phase 34) waits 26 s.
    /// Total delay 60 + 59 · 98 + 26 = 5868 s; stops 5 + 59 · 7 + 1 = 419; max queue 5.
    @Test func singleApproachMatchesTheHandWorkedQueue() throws {
        var scenario = try SignalTestNetworks.singleApproach()
        scenario.configuration.stopAndGo = nil  // the hand-worked queue is the point queue's
        let network = scenario.network
        let result = try Simulation.run(scenario)
        let m = network.movement(from: network.id("in"), to: network.id("out"))!
        let stats = result.movementStatistics[m.index]

        #expect(stats.served == 600)
        #expect(abs(stats.totalDelay - 5868) < 1e-6, "total delay \(stats.totalDelay)")
        #expect(stats.stops == 419)
        #expect(stats.maxQueue == 5)
        #expect(abs(stats.meanDelay - 5868.0 / 600) < 1e-9)
        // Little's law over the 3800 s simulated.
        #expect(abs(stats.meanQueue - 5868.0 / 3800) < 1e-9)
        // The only waiting is at the stop line, so it equals the trips' total delay.
        #expect(abs(stats.totalDelay - result.summary.totalDelay) < 1e-6)
    }

    /// An unsignalised movement below capacity (one vehicle every 6 s, headway 2 s) never waits.
    @Test func freeFlowMovementHasNoDelayNoStopsNoQueue() throws {
        let network = try TestNetworks.corridor([.init(id: "a", length: 200), .init(id: "b", length: 200)])
        let scenario = SimulationSetup(
            name: "free", network: network,
            demand: Demand(flows: [
                Flow(id: "f", origin: network.id("a"), destination: network.id("b"), begin: 0, end: 600, vehiclesPerHour: 600)
            ]), configuration: .init(duration: 900, stopAndGo: nil))
        let result = try Simulation.run(scenario)
        let stats = result.movementStatistics[0]
        #expect(stats.served == 100)
        #expect(stats.totalDelay == 0)
        #expect(stats.stops == 0)
        #expect(stats.maxQueue == 1)  // the departing vehicle itself stands at the line for 0 s
    }
}
