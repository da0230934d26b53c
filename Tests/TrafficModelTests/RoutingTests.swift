import GeoCore
import Testing

@testable import TrafficCore
@testable import TrafficStudies

@Suite("Routing")
struct RoutingTests {
    /// A diamond S → {short path via P: 2 × 500 m, long path via Q: 2 × 800 m} → T at 10 m/s: the router
    /// picks P (100 s vs 160 s of free-flow time on the middle links).
    private func diamond(pSpeed: Double = 10) throws -> Network {
        var b = NetworkBuilder()
        try b.addNode("S", at: Coordinate(0, 0))
        try b.addNode("s", at: Coordinate(100, 0))
        try b.addNode("P", at: Coordinate(500, 300))
        try b.addNode("Q", at: Coordinate(500, -600))
        try b.addNode("t", at: Coordinate(900, 0))
        try b.addNode("T", at: Coordinate(1000, 0))
        try b.addLink("in", from: "S", to: "s", length: 100, freeFlowSpeed: 10)
        try b.addLink("sP", from: "s", to: "P", length: 500, freeFlowSpeed: pSpeed)
        try b.addLink("Pt", from: "P", to: "t", length: 500, freeFlowSpeed: pSpeed)
        try b.addLink("sQ", from: "s", to: "Q", length: 800, freeFlowSpeed: 10)
        try b.addLink("Qt", from: "Q", to: "t", length: 800, freeFlowSpeed: 10)
        try b.addLink("out", from: "t", to: "T", length: 100, freeFlowSpeed: 10)
        for n in ["s", "P", "Q", "t"] { try b.addAllMovements(at: n) }
        return b.build()
    }

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
            Scenario(
                name: "fixed", network: network, demand: Demand(flows: [flow]), configuration: .init(duration: 7200)))
        let adaptive = try Simulation.run(
            Scenario(
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

@Suite("Routing trees: partial searches")
struct PartialRoutingTreeTests {
    /// A 5×5 grid with uneven link speeds (ties and near-ties in path costs). For every origin–destination
    /// pair, a fresh router (whose search toward the destination stops once that origin is settled) returns
    /// exactly the route of a router that has already completed the tree for that destination (it was asked
    /// from many other origins first), and every route's free-flow time equals the shortest time found by a
    /// brute-force Bellman–Ford relaxation over all links.
    @Test func partialTreesGiveTheRoutesOfCompleteTrees() throws {
        let grid = try GridNetwork(rows: 5, columns: 5, linkLength: 400)
        var builder = NetworkBuilder()
        let base = grid.network
        for node in base.nodes { _ = try builder.addNode(node.id, at: node.coordinate) }
        for (i, link) in base.links.enumerated() {
            try builder.addLink(
                link.id, from: base[link.from].id, to: base[link.to].id, length: link.length,
                freeFlowSpeed: [10.0, 12.5, 10.0, 8.0][i % 4])
        }
        for node in base.nodes { try builder.addAllMovements(at: node.id) }
        let network = builder.build()
        let n = Int32(network.links.count)
        var shared = Router(network: network)
        for d in 0..<n {
            // Complete the shared router's tree for d: ask from every origin (misses complete the tree).
            for o in 0..<n { _ = shared.isReachable(from: o, to: d) }
            let best = bellmanFord(network, to: d)
            for o in 0..<n {
                var fresh = Router(network: network)
                var freshLinks: [Int32] = [], freshMovements: [Int32] = []
                var sharedLinks: [Int32] = [], sharedMovements: [Int32] = []
                let a = fresh.appendRoute(from: o, to: d, links: &freshLinks, movements: &freshMovements)
                let b = shared.appendRoute(from: o, to: d, links: &sharedLinks, movements: &sharedMovements)
                #expect(a == b)
                #expect(freshLinks == sharedLinks && freshMovements == sharedMovements, "route \(o) → \(d)")
                if a {
                    let time = freshLinks.dropFirst().reduce(0) { $0 + network.links[Int($1)].freeFlowTime }
                    #expect(abs(time - best[Int(o)]) < 1e-9, "route \(o) → \(d) is not shortest")
                } else {
                    #expect(best[Int(o)] == .infinity)
                }
            }
        }
    }

    /// A tree prepared for several origins (`prepareTree`, as `RouteTable` does per destination) is searched
    /// once and gives each of them the route of a fresh router; without it, an origin outside the tree that
    /// stopped at the first one costs a second, complete search.
    @Test func treesPreparedForSeveralOriginsAreSearchedOnce() throws {
        let network = try GridNetwork(rows: 5, columns: 5, linkLength: 400).network
        let n = Int32(network.links.count)
        var generator = Xoshiro256StarStar(seed: 7)
        var secondSearches = 0
        for d in 0..<n {
            let origins = (0..<3).map { _ in Int32(generator.uniform() * Double(n)) }
            var prepared = Router(network: network)
            prepared.prepareTree(to: d, covering: origins)
            var unprepared = Router(network: network)
            for o in origins {
                var fresh = Router(network: network)
                var expectedLinks: [Int32] = [], expectedMovements: [Int32] = []
                var links: [Int32] = [], movements: [Int32] = []
                var otherLinks: [Int32] = [], otherMovements: [Int32] = []
                let expected = fresh.appendRoute(from: o, to: d, links: &expectedLinks, movements: &expectedMovements)
                #expect(prepared.appendRoute(from: o, to: d, links: &links, movements: &movements) == expected)
                #expect(links == expectedLinks && movements == expectedMovements, "route \(o) → \(d)")
                _ = unprepared.appendRoute(from: o, to: d, links: &otherLinks, movements: &otherMovements)
                #expect(otherLinks == expectedLinks && otherMovements == expectedMovements)
            }
            #expect(prepared.searchCount == 1)
            secondSearches += unprepared.searchCount - 1
        }
        #expect(secondSearches > 0, "the grid should have origins outside a tree stopped at the first one")
    }

    /// Shortest time from the end of each link to the end of `destination` by repeated relaxation.
    private func bellmanFord(_ network: Network, to destination: Int32) -> [Double] {
        var best = [Double](repeating: .infinity, count: network.links.count)
        best[Int(destination)] = 0
        var changed = true
        while changed {
            changed = false
            for m in network.movements {
                let through = best[m.to.index] + network.links[m.to.index].freeFlowTime
                if through < best[m.from.index] {
                    best[m.from.index] = through
                    changed = true
                }
            }
        }
        return best
    }
}

@Suite("Priority queue")
struct MinHeapTests {
    /// Pops come out in (key, value) order whatever the interleaving of pushes and pops: compared with a
    /// plain sorted list on 20 000 random operations, with many equal keys (ties broken by value).
    @Test func popsInKeyThenValueOrder() {
        var random = SplitMix64(seed: 7)
        var heap = MinHeap()
        var reference: [(Double, Int32)] = []
        for step in 0..<20_000 {
            if reference.isEmpty || random.next() % 3 != 0 {
                let key = Double(random.next() % 50) / 4  // few distinct keys: ties are common
                let value = Int32(truncatingIfNeeded: random.next() % 1_000)
                heap.push(key, value)
                reference.append((key, value))
            } else {
                let expected = reference.min { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }!
                reference.remove(at: reference.firstIndex { $0 == expected }!)
                let popped = heap.pop()
                #expect(popped?.key == expected.0 && popped?.value == expected.1, "step \(step)")
            }
            #expect(heap.count == reference.count)
        }
        var last: (Double, Int32) = (-1, -1)
        while let (key, value) = heap.pop() {
            #expect(last.0 < key || (last.0 == key && last.1 <= value))
            last = (key, value)
        }
        #expect(heap.isEmpty && heap.pop() == nil)
    }
}
