import Testing
import TrafficCore
import TrafficTestSupport

/// A queue whose head stands at its stop line for the gridlock timeout while nothing leaves its link is reported
/// (`GridlockSummary.stalledQueues`), with the reason; ordinary signal cycles are not.
@Suite struct StalledQueueTests {
    /// NS is green only from t = 1500 s of a 2000 s cycle (a "manual" phase, as in SUMO's game nets); the run is
    /// 1000 s with gridlock timeout 300 s. NS vehicles reach the stop line from 40 s on (40 s links): noticed at
    /// the first scan at or after 340 s (scans every 10 s), reason `red`. EW flows and is not reported.
    @Test func aRedLongerThanTheTimeoutIsReportedWithItsReason() throws {
        let plan = SignalPlan(
            cycle: 2000,
            groups: [
                SignalGroup(id: "EW", greenIntervals: [GreenInterval(start: 0, end: 1497)]),
                SignalGroup(id: "NS", greenIntervals: [GreenInterval(start: 1500, end: 1997)]),
            ])
        let setup = try SignalJunction.scenario(ew: 300, ns: 120, duration: 1000, plan: plan)
        let result = try Simulation.run(setup)
        let stalled = result.summary.gridlock.stalledQueues
        #expect(stalled.map(\.link) == ["n_x"])
        #expect(stalled.first?.reason == "red")
        #expect(stalled.first.map { $0.since >= 340 && $0.since <= 350 } == true)
        #expect(result.summary.gridlock.detected == false)
    }

    @Test func ordinaryCyclesReportNothing() throws {
        let result = try Simulation.run(SignalJunction.scenario(ew: 600, ns: 300, duration: 1800))
        #expect(result.summary.gridlock.stalledQueues.isEmpty)
    }
}
