/// Shortest travel-time routes over links connected by turning movements.
///
/// A route is a link sequence where each consecutive pair is a movement; its cost is the sum of its links'
/// travel times (`cost`, free-flow times until `updateCosts` is called) and of its movements' times through the
/// junctions (`Movement.passageTime`, as the engine charges them; plus measure penalties). The router runs one *backward*
/// Dijkstra (binary heap) per destination link and caches the resulting tree, "next movement toward the
/// destination" for every link, so all vehicles heading to the same destination share one search — at
/// departure and when re-routing en route. Trees are evicted round-robin beyond a memory budget and all
/// dropped when costs change.
///
/// The first search toward a destination stops as soon as the asking origin is settled (with random
/// origin–destination pairs on a city network that is about half the work); only settled links enter the
/// tree, and their entries are exactly those of the complete search (same order, same tie-breaking), so
/// routes never depend on which origin asked first. A later origin the partial tree does not cover makes
/// the router complete the tree from scratch.
package struct Router: Sendable {
    let linkCount: Int
    private let movementFrom: [Int32]
    private let movementTo: [Int32]
    private let incomingStart: [Int32]  // movements into each link
    private let incomingMovements: [Int32]
    private(set) var cost: [Double]
    /// Per movement: the time through the junction (`Movement.passageTime`, which the engine charges too); empty
    /// when every movement's is 0.
    private let movementTime: [Double]
    /// Per movement: routing cost added for taking it (`Measure.closedPenalty` while it is banned or leads onto a
    /// closed link, else 0); empty when no movement has one.
    private(set) var movementPenalty: [Double] = []
    /// `movementTime` + `movementPenalty`, what the search adds per movement; empty when both are.
    private var movementCost: [Double] = []

    private var treeSlot: [Int32]  // per destination link, −1 when not cached
    private var slotOwner: [Int32]
    private var slotComplete: [Bool]  // false: only links settled before the search stopped have entries
    private var treeNext: [Int32]  // slot × linkCount + link → next movement, −1 none, −2 at destination
    private var maxTrees: Int
    private var nextVictim = 0
    /// Dijkstra searches run so far (for tests of how often trees are searched).
    private(set) var searchCount = 0

    // Dijkstra scratch space, reused.
    private var stopMark: [Bool]  // links whose settling the running search waits for
    private var distance: [Double]
    private var predecessor: [Int32]  // tentative next movement, final once the link is settled
    private var heap = MinHeap()

    /// - Parameter memoryBudget: maximum cached tree entries (Int32 each) over all destinations.
    package init(network: Network, memoryBudget: Int = 8_000_000) {
        linkCount = network.links.count
        movementFrom = network.movements.map { $0.from.rawValue }
        movementTo = network.movements.map { $0.to.rawValue }
        incomingStart = network.incomingStart
        incomingMovements = network.incomingMovements.map(\.rawValue)
        cost = network.links.map(\.freeFlowTime)
        let passage = network.movements.map(\.passageTime)
        movementTime = passage.contains { $0 != 0 } ? passage : []
        movementCost = movementTime
        treeSlot = [Int32](repeating: -1, count: linkCount)
        maxTrees = max(1, min(linkCount, memoryBudget / max(1, linkCount)))
        slotOwner = []
        slotComplete = []
        treeNext = []
        stopMark = [Bool](repeating: false, count: linkCount)
        distance = [Double](repeating: .infinity, count: linkCount)
        predecessor = [Int32](repeating: -1, count: linkCount)
    }

    /// A router over the same network and costs with its own scratch space, no cached tree and room for at
    /// most `maxTrees` trees (a worker that routes all origins of one destination at a time needs one).
    func emptyCopy(maxTrees: Int) -> Router {
        var copy = self
        copy.treeSlot = [Int32](repeating: -1, count: linkCount)
        copy.slotOwner = []
        copy.slotComplete = []
        copy.treeNext = []
        copy.nextVictim = 0
        copy.searchCount = 0
        copy.maxTrees = max(1, min(self.maxTrees, maxTrees))
        return copy
    }

    /// Replaces link costs (seconds) and drops every cached tree.
    mutating func updateCosts(_ newCost: [Double]) {
        precondition(newCost.count == linkCount)
        cost = newCost
        for owner in slotOwner where owner >= 0 { treeSlot[Int(owner)] = -1 }
        for i in slotOwner.indices { slotOwner[i] = -1 }
    }

    /// Replaces the movement penalties (seconds per movement, empty: none) and drops every cached tree.
    mutating func updateMovementPenalties(_ penalty: [Double]) {
        precondition(penalty.isEmpty || penalty.count == movementFrom.count)
        movementPenalty = penalty
        if penalty.isEmpty {
            movementCost = movementTime
        } else if movementTime.isEmpty {
            movementCost = penalty
        } else {
            movementCost = zip(movementTime, penalty).map { $0 + $1 }
        }
        for owner in slotOwner where owner >= 0 { treeSlot[Int(owner)] = -1 }
        for i in slotOwner.indices { slotOwner[i] = -1 }
    }

    /// Appends the route from `origin` to `destination` as (link, movement to the next link; −1 at the end)
    /// pairs and returns true, or returns false (appending nothing) when `destination` is unreachable.
    /// - Complexity: O(route length) with a cached tree; one Dijkstra O(M log L) otherwise.
    mutating func appendRoute(
        from origin: Int32, to destination: Int32, links: inout [Int32], movements: inout [Int32]
    ) -> Bool {
        let base = slot(for: destination, from: origin) * linkCount
        var link = origin
        if link != destination && treeNext[base + Int(link)] < 0 { return false }
        var guardCount = 0
        while link != destination {
            let m = treeNext[base + Int(link)]
            links.append(link)
            movements.append(m)
            link = movementTo[Int(m)]
            guardCount += 1
            precondition(guardCount <= linkCount, "routing tree has a cycle")
        }
        links.append(destination)
        movements.append(-1)
        return true
    }

    /// Whether `destination` can be reached from `origin`.
    mutating func isReachable(from origin: Int32, to destination: Int32) -> Bool {
        origin == destination || treeNext[slot(for: destination, from: origin) * linkCount + Int(origin)] >= 0
    }

    /// Searches the tree toward `destination` until all of `origins` are settled, so that their routes need
    /// no second search (a tree that stopped at the first of them would be searched again, completely, for
    /// an origin it does not cover). The entries are the complete search's, as always.
    mutating func prepareTree(to destination: Int32, covering origins: [Int32]) {
        guard origins.count > 1 else { return }  // one origin: its own search stops at it
        _ = slot(for: destination, from: origins)
    }

    /// The cached tree slot for `destination` that covers `origin`, searching when missing.
    private mutating func slot(for destination: Int32, from origin: Int32) -> Int {
        slot(for: destination, from: CollectionOfOne(origin))
    }

    /// The cached tree slot for `destination` that covers all `origins`, searching when missing.
    private mutating func slot(for destination: Int32, from origins: some Collection<Int32>) -> Int {
        let existing = treeSlot[Int(destination)]
        if existing >= 0 {
            let slot = Int(existing)
            if slotComplete[slot] || origins.allSatisfy({ treeNext[slot * linkCount + Int($0)] != -1 }) { return slot }
            buildTree(to: destination, base: slot * linkCount, stopAt: EmptyCollection())
            slotComplete[slot] = true
            return slot
        }
        let slot: Int
        if slotOwner.count < maxTrees {
            slot = slotOwner.count
            slotOwner.append(-1)
            slotComplete.append(false)
            treeNext.append(contentsOf: repeatElement(-1, count: linkCount))
        } else {
            slot = nextVictim
            nextVictim = (nextVictim + 1) % maxTrees
        }
        if slotOwner[slot] >= 0 { treeSlot[Int(slotOwner[slot])] = -1 }
        slotOwner[slot] = destination
        treeSlot[Int(destination)] = Int32(slot)
        slotComplete[slot] = !buildTree(to: destination, base: slot * linkCount, stopAt: origins)
        return slot
    }

    /// Backward Dijkstra: h(l) = cost from the end of link l to the end of `destination`;
    /// h(dest) = 0, h(l) = min over movements l→k of cost(k) + h(k). A link's tree entry is written when it
    /// is settled. With links in `stopAt`, stops once all of them are settled and returns true then (the tree
    /// is partial); returns false after a complete search.
    @discardableResult
    private mutating func buildTree(to destination: Int32, base: Int, stopAt: some Collection<Int32>) -> Bool {
        for i in 0..<linkCount {
            distance[i] = .infinity
            treeNext[base + i] = -1
        }
        searchCount += 1
        var waiting = 0
        for link in stopAt where !stopMark[Int(link)] {
            stopMark[Int(link)] = true
            waiting += 1
        }
        defer { for link in stopAt { stopMark[Int(link)] = false } }
        heap.removeAll()
        distance[Int(destination)] = 0
        predecessor[Int(destination)] = -2
        heap.push(0, destination)
        while let (d, k) = heap.pop() {
            let kIndex = Int(k)
            if d > distance[kIndex] { continue }
            treeNext[base + kIndex] = predecessor[kIndex]
            if stopMark[kIndex] {
                stopMark[kIndex] = false
                waiting -= 1
                if waiting == 0 { return true }
            }
            let through = d + cost[kIndex]
            let costed = !movementCost.isEmpty
            for i in Int(incomingStart[kIndex])..<Int(incomingStart[kIndex + 1]) {
                let m = incomingMovements[i]
                let l = Int(movementFrom[Int(m)])
                let candidate = costed ? through + movementCost[Int(m)] : through
                if candidate < distance[l] {
                    distance[l] = candidate
                    predecessor[l] = m
                    heap.push(candidate, Int32(l))
                }
            }
        }
        return false
    }
}
