import Testing
import TrafficStudies

@testable import TrafficCore

/// Router internals on the 5 × 5 `GridNetwork` of TrafficStudies (hence this target, not TrafficCoreTests).
@Suite("Routing trees: partial searches")
struct PartialRoutingTreeTests {
    /// A 5×5 grid with uneven link speeds (ties and near-ties in path costs). For every origin–destination
    /// pair, a fresh router (whose search toward the destination stops once that origin is settled) returns
    /// exactly the route of a router that has already completed the tree for that destination (it was asked
    /// from many other origins first), and every route's free-flow time equals the shortest time found by a
    /// brute-force Bellman–Ford relaxation over all links.
    @Test func partialTreesGiveTheRoutesOfCompleteTrees() throws {
        let grid = GridNetwork(rows: 5, columns: 5, linkLength: 400)
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
        let network = GridNetwork(rows: 5, columns: 5, linkLength: 400).network
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
