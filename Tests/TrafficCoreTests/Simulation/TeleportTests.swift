import Testing
import TrafficCore
import TrafficTestSupport

/// `SimulationConfiguration.teleportAfter` (SUMO's `--time-to-teleport`).
@Suite struct TeleportTests {
    /// a → b → c, 100 m each (storage 15 per link), b → c at red for the whole run; 40 vehicles depart on a one per
    /// second. b fills with 15, a with 15 (its head stands at the stop line from t ≈ 20 s), 10 wait to depart.
    /// With T = 100 s (scans every 10 s from t = 1) the head of a moves onto the full b at 121 s, and every 100 s
    /// after the last vehicle left a: 121, 221, 321, 421, 521 — 5 teleports in 600 s, each letting one more vehicle
    /// depart (35). Nothing moves at the red, and without T nothing moves at all (30 departed, none teleported).
    @Test func aHeadStandingBeforeAFullLinkMovesOnAfterTheTimeToTeleport() throws {
        var builder = NetworkBuilder()
        try TestNetworks.corridor(
            [.init(id: "a", length: 100), .init(id: "b", length: 100), .init(id: "c", length: 100)],
            signalGroups: [1: "G"], into: &builder)
        let network = builder.build()
        let plan = SignalPlan(cycle: 10_000, groups: [SignalGroup(id: "G", greenIntervals: [.init(start: 9_999, end: 10_000)])])
        let trips = (0..<40).map {
            Trip(id: "t\($0)", origin: network.id("a"), destination: network.id("c"), departure: Double($0))
        }
        func run(teleportAfter: Double?) throws -> SimulationSummary {
            var configuration = SimulationConfiguration(duration: 600, stopOnGridlock: false, stopAndGo: nil)
            configuration.teleportAfter = teleportAfter
            return try Simulation(
                network: network, signalPlans: [network.node(named: "c2")!: plan], trips: trips,
                configuration: configuration
            ).run().summary
        }
        let teleporting = try run(teleportAfter: 100)
        #expect(teleporting.teleports == 5)
        #expect(teleporting.vehiclesDeparted == 35)
        #expect(teleporting.vehiclesArrived == 0)
        let holding = try run(teleportAfter: nil)
        #expect(holding.teleports == nil)
        #expect(holding.vehiclesDeparted == 30)
    }
}
