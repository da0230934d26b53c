import GeoCore
import Testing
import TrafficTestSupport

@testable import TrafficCore

@Suite("Routing")
struct RoutingTests {
    /// `TestNetworks.diamond`: the router picks P (100 s vs 160 s of free-flow time on the middle links).
    private func diamond(pSpeed: Double = 10) throws -> Network { try TestNetworks.diamond(pSpeed: pSpeed) }

    @Test func shortestFreeFlowPathIsChosen() throws {
        let network = try diamond()
        var router = Router(network: network)
        var links: [Int32] = []
        var movements: [Int32] = []
        #expect(
            router.appendRoute(
                from: network.id("in").rawValue, to: network.id("out").rawValue, links: &links, movements: &movements))
        #expect(links.map { network.links[Int($0)].id } == ["in", "sP", "Pt", "out"])
        #expect(movements.last == -1)
        // Slow the short branch to 5 m/s (200 s) → the long branch (160 s) wins.
        let slow = try diamond(pSpeed: 5)
        var router2 = Router(network: slow)
        links = []
        movements = []
        _ = router2.appendRoute(
            from: slow.id("in").rawValue, to: slow.id("out").rawValue, links: &links, movements: &movements)
        #expect(links.map { slow.links[Int($0)].id } == ["in", "sQ", "Qt", "out"])
        // No way back from `out` to `in`.
        let backwards = router2.isReachable(from: slow.id("out").rawValue, to: slow.id("in").rawValue)
        #expect(!backwards)
    }

    /// The time through a junction counts, as the engine charges it: on the diamond P takes 100 s of links and Q
    /// 160 s; 70 s through junction P (the movement sP → Pt, e.g. a large cluster's internal lanes) make P 170 s,
    /// so Q wins. Without that time P wins, as above.
    @Test func theTimeThroughJunctionsCounts() throws {
        var builder = NetworkBuilder()
        for (id, x, y) in [("S", 0.0, 0.0), ("s", 100, 0), ("P", 500, 300), ("Q", 500, -600), ("t", 900, 0), ("T", 1000, 0)] {
            try builder.addNode(id, at: Coordinate(x, y))
        }
        for (id, from, to, length) in [
            ("in", "S", "s", 100.0), ("sP", "s", "P", 500), ("Pt", "P", "t", 500), ("sQ", "s", "Q", 800),
            ("Qt", "Q", "t", 800), ("out", "t", "T", 100),
        ] {
            try builder.addLink(id, from: from, to: to, length: length, freeFlowSpeed: 10)
        }
        for n in ["s", "Q", "t"] { try builder.addAllMovements(at: n) }
        let throughP = try builder.addMovement(from: "sP", to: "Pt")
        try builder.setPassage(throughP, length: 700, time: 70)
        let network = builder.build()
        var router = Router(network: network)
        var links: [Int32] = []
        var movements: [Int32] = []
        _ = router.appendRoute(
            from: network.id("in").rawValue, to: network.id("out").rawValue, links: &links, movements: &movements)
        #expect(links.map { network.links[Int($0)].id } == ["in", "sQ", "Qt", "out"])
    }

    /// En-route re-routing. S →(in)→ s →(mid, 300 m)→ m, then the short branch P (mP, Pt: 2 × 500 m) or the
    /// long branch Q (2 × 800 m) to t →(out)→ T, all at 10 m/s. Pt is a 600 veh/h bottleneck and demand is
    /// 1800 veh/h for 30 min. Without re-routing every vehicle takes P and queues (900 vehicles at
    /// 600 veh/h: the last leaves after ≈ 5400 s). Re-routing every 60 s on measured times: once P's measured
    /// time exceeds Q's by more than the 60 s free-flow difference, vehicles still on `in` or `mid` (their
    /// next movement is fixed, the branch choice at m is not) switch to Q en route. So some vehicles must
    /// have been re-routed and driven 100 + 300 + 1600 + 100 = 2100 m, and the mean travel time must drop
    /// below 60 % of the fixed-route run.
    @Test func reroutingAvoidsACongestedBranch() throws {
        var b = NetworkBuilder()
        try b.addNode("S", at: Coordinate(0, 0))
        try b.addNode("s", at: Coordinate(100, 0))
        try b.addNode("m", at: Coordinate(400, 0))
        try b.addNode("P", at: Coordinate(800, 300))
        try b.addNode("Q", at: Coordinate(800, -600))
        try b.addNode("t", at: Coordinate(1200, 0))
        try b.addNode("T", at: Coordinate(1300, 0))
        try b.addLink("in", from: "S", to: "s", length: 100, lanes: 2, freeFlowSpeed: 10)
        try b.addLink("mid", from: "s", to: "m", length: 300, lanes: 2, freeFlowSpeed: 10)
        try b.addLink("mP", from: "m", to: "P", length: 500, freeFlowSpeed: 10)
        try b.addLink("Pt", from: "P", to: "t", length: 500, freeFlowSpeed: 10, capacity: 600)
        try b.addLink("mQ", from: "m", to: "Q", length: 800, freeFlowSpeed: 10)
        try b.addLink("Qt", from: "Q", to: "t", length: 800, freeFlowSpeed: 10)
        try b.addLink("out", from: "t", to: "T", length: 100, lanes: 2, freeFlowSpeed: 10)
        for n in ["s", "m", "P", "Q", "t"] { try b.addAllMovements(at: n) }
        let network = b.build()
        let flow = Flow(
            id: "f", origin: network.id("in"), destination: network.id("out"), begin: 0, end: 1800,
            vehiclesPerHour: 1800)
        let fixed = try Simulation.run(
            SimulationSetup(
                name: "fixed", network: network, demand: Demand(flows: [flow]), configuration: .init(duration: 7200)))
        let adaptive = try Simulation.run(
            SimulationSetup(
                name: "reroute", network: network, demand: Demand(flows: [flow]),
                configuration: .init(duration: 7200, reroutingInterval: 60)))
        #expect(fixed.summary.vehiclesArrived == 900)
        #expect(fixed.trips.allSatisfy { abs($0.routeLength - 1500) < 1e-9 })
        #expect(adaptive.summary.vehiclesArrived == 900)
        let switched = adaptive.trips.filter { $0.rerouteCount > 0 }
        #expect(!switched.isEmpty)
        #expect(switched.contains { abs($0.routeLength - 2100) < 1e-9 })
        #expect(adaptive.summary.meanTravelTime < 0.6 * fixed.summary.meanTravelTime)
    }
}
