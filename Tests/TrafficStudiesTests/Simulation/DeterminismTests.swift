import Testing
import TrafficCore
import TrafficStudies
import TrafficTestSupport

@Suite("Determinism")
struct DeterminismTests {
    /// Verification 6. Same seed → identical summary (except wall time) and identical trip records;
    /// a different seed with Poisson flows → different departures and therefore different records.
    @Test func sameSeedSameResultDifferentSeedDifferentResult() throws {
        let a = try Simulation.run(Scenario.grid(size: 3, vehiclesPerHourPerEntry: 400, demandDuration: 900, seed: 11))
        let b = try Simulation.run(Scenario.grid(size: 3, vehiclesPerHourPerEntry: 400, demandDuration: 900, seed: 11))
        let c = try Simulation.run(Scenario.grid(size: 3, vehiclesPerHourPerEntry: 400, demandDuration: 900, seed: 12))
        #expect(a.summary.ignoringWallTime == b.summary.ignoringWallTime)
        #expect(a.trips == b.trips)
        #expect(a.tripsCSV() == b.tripsCSV())
        #expect(a.linkSeriesCSV() == b.linkSeriesCSV())
        #expect(a.summary.vehiclesArrived > 100)
        #expect(a.trips != c.trips)
        #expect(a.summary.ignoringWallTime != c.summary.ignoringWallTime)
    }
}
