import Testing
import TrafficCore
import TrafficTestSupport

@Suite("Progress reports")
struct SimulationProgressTests {
    /// One 1000 m link at 20 m/s, ten vehicles departing at t = 0, 10, …, 90 s, 300 s simulated in 1 s steps.
    /// Reports come every ⌊300 / 100⌋ = 3 steps plus one at the end: 101 in all, at strictly increasing
    /// times, the last at t = 300 s with fraction 1 and all ten arrived (the last one at 90 + 50 = 140 s).
    /// The report at t = 60 s describes the state before the step [60, 61): departures at 0…50 s (six
    /// vehicles) and one arrival (vehicle 0 at 0 + 50 s; vehicle 1 arrives at 60 s, inside the next step).
    @Test func reportsAreMonotoneAndEndAtTheDuration() throws {
        var builder = NetworkBuilder()
        try TestNetworks.corridor([.init(id: "a", length: 1000)], prefix: "x", into: &builder)
        let network = builder.build()
        let trips = (0..<10).map {
            Trip(id: "v\($0)", origin: network.id("a"), destination: network.id("a"), departure: Double($0) * 10)
        }
        var reports: [SimulationProgress] = []
        let result = try Simulation(network: network, trips: trips, configuration: .init(duration: 300))
            .run { reports.append($0) }
        #expect(reports.count == 101)
        #expect(zip(reports, reports.dropFirst()).allSatisfy { $0.simulatedTime < $1.simulatedTime })
        let last = try #require(reports.last)
        #expect(last.simulatedTime == 300 && last.fraction == 1)
        #expect(last.vehiclesArrived == result.summary.vehiclesArrived && last.vehiclesArrived == 10)
        #expect(last.vehiclesOnNetwork == 0)
        let at60 = try #require(reports.first { $0.simulatedTime == 60 })
        #expect(at60.vehiclesDeparted == 6)  // departures at 0…50 s happen in steps before t = 60
        #expect(at60.vehiclesArrived == 1)  // only vehicle 0 (arrival at 50 s) has arrived before t = 60
        #expect(at60.fraction == 0.2)
    }
}
