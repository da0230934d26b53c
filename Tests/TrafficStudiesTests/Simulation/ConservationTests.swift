import Testing
import TrafficCore
import TrafficStudies

@Suite("Conservation")
struct ConservationTests {
    /// Verification 5. A signalised 3×3 grid loaded with 900 veh/h per entry (3 × the demo demand; each
    /// single-lane approach gets about half a cycle of green, ≈ 810 veh/h capacity, so queues and spillback
    /// form). At every recorded interval, departed = arrived + en route, where en route is counted
    /// independently as the sum of link occupancies; at the end the summary balances the same way and every
    /// generated trip is accounted for.
    @Test func departedEqualsArrivedPlusEnRouteAtEveryInterval() throws {
        var scenario = Scenario.grid(
            size: 3, vehiclesPerHourPerEntry: 900, demandDuration: 1800, duration: 2400, seed: 3)
        scenario.configuration.outputInterval = 30
        let trips = try scenario.demand.generateTrips(seed: scenario.configuration.seed, network: scenario.network)
        let result = try Simulation.run(scenario)

        #expect(result.snapshots.count >= 80)  // t = 0 and every 30 s up to 2400 s
        for s in result.snapshots {
            #expect(s.departed == s.arrived + s.enRoute, "t = \(s.time)")
        }
        let summary = result.summary
        #expect(summary.vehiclesDeparted == summary.vehiclesArrived + summary.vehiclesUnfinished)
        let notYetDue = trips.filter { $0.departure >= summary.simulatedTime }.count
        #expect(
            summary.tripsTotal
                == summary.vehiclesDeparted + summary.vehiclesWaitingToDepart + summary.vehiclesUnroutable + notYetDue)
        #expect(summary.tripsTotal == trips.count)
        // It really was congested: vehicles queued at origins or links at some point.
        #expect(result.snapshots.contains { $0.waitingToDepart > 0 } || summary.totalDepartDelay > 0)
        #expect(result.networkSeries.contains { $0.queuedVehicles > 20 })
    }
}
