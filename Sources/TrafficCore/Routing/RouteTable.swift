import Dispatch
import Synchronization

/// Routes of many origin–destination pairs on one cost set, computed in parallel, looked up by pair.
///
/// The distinct pairs are grouped by destination and the groups handed out one at a time to `workers`
/// threads, each with its own `Router` copy holding one cached tree (all origins of a destination are routed
/// together: one search that stops once all of them are settled, so no tree is searched twice). A route is
/// a function of origin, destination and costs only — the router's partial trees are identical to complete
/// ones — so the table holds exactly the routes the given router would append, in any order of asking.
package struct RouteTable: Sendable {
    private let linkCount: Int
    /// (origin × link count + destination) → pair index.
    private let pairIndex: [Int64: Int32]
    /// Per pair: its steps are `links[start[p]..<end[p]]` (same for `movements`); empty when unroutable.
    private let start: [Int32]
    private let end: [Int32]
    private let links: [Int32]
    private let movements: [Int32]

    /// The routes the router produced for one group or more, in one worker's buffers.
    private struct Batch: Sendable {
        var pairs: [Int32] = []
        var start: [Int32] = []
        var links: [Int32] = []
        var movements: [Int32] = []
    }

    /// Routes every distinct (origins[i], destinations[i]) pair with `router`'s costs on up to `workers`
    /// threads.
    /// - Complexity: one Dijkstra per destination, stopped once its origins are settled, divided over the
    ///   workers.
    package init(router: Router, origins: [Int32], destinations: [Int32], workers: Int) {
        precondition(origins.count == destinations.count)
        linkCount = router.linkCount
        var pairIndex: [Int64: Int32] = [:]
        var groupOf: [Int32: Int] = [:]  // destination → group
        var groups: [[Int32]] = []  // pair indices per destination, destinations in first-asked order
        var pairOrigin: [Int32] = []
        var pairDestination: [Int32] = []
        for (origin, destination) in zip(origins, destinations) {
            let key = Int64(origin) * Int64(linkCount) + Int64(destination)
            if pairIndex[key] != nil { continue }
            let p = Int32(pairOrigin.count)
            pairIndex[key] = p
            pairOrigin.append(origin)
            pairDestination.append(destination)
            if let g = groupOf[destination] {
                groups[g].append(p)
            } else {
                groupOf[destination] = groups.count
                groups.append([p])
            }
        }
        self.pairIndex = pairIndex
        let destinationGroups = groups
        let fromLink = pairOrigin
        let toLink = pairDestination

        let nextGroup = Mutex(0)
        let batches = Mutex<[Batch]>([])
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, destinationGroups.count))) { _ in
            var own = router.emptyCopy(maxTrees: 1)
            var batch = Batch()
            while true {
                let g = nextGroup.withLock { next in
                    defer { next += 1 }
                    return next
                }
                if g >= destinationGroups.count { break }
                let group = destinationGroups[g]
                own.prepareTree(to: toLink[Int(group[0])], covering: group.map { fromLink[Int($0)] })
                for p in group {
                    batch.pairs.append(p)
                    batch.start.append(Int32(batch.links.count))
                    _ = own.appendRoute(
                        from: fromLink[Int(p)], to: toLink[Int(p)], links: &batch.links,
                        movements: &batch.movements)
                }
            }
            batches.withLock { $0.append(batch) }
        }

        var start = [Int32](repeating: 0, count: fromLink.count)
        var end = [Int32](repeating: 0, count: fromLink.count)
        var links: [Int32] = []
        var movements: [Int32] = []
        for batch in batches.withLock({ $0 }) {
            let offset = Int32(links.count)
            for (k, p) in batch.pairs.enumerated() {
                start[Int(p)] = offset + batch.start[k]
                end[Int(p)] = offset + (k + 1 < batch.start.count ? batch.start[k + 1] : Int32(batch.links.count))
            }
            links.append(contentsOf: batch.links)
            movements.append(contentsOf: batch.movements)
        }
        self.start = start
        self.end = end
        self.links = links
        self.movements = movements
    }

    /// Whether `destination` can be reached from `origin`; nil when the pair is not in the table.
    package func isReachable(from origin: Int32, to destination: Int32) -> Bool? {
        guard let p = pairIndex[Int64(origin) * Int64(linkCount) + Int64(destination)] else { return nil }
        return start[Int(p)] < end[Int(p)]
    }

    /// Like `Router.appendRoute`: appends the route from `origin` to `destination` and returns true, or
    /// returns false (appending nothing) when it is unreachable; nil when the pair is not in the table.
    /// - Complexity: O(route length).
    package func appendRoute(
        from origin: Int32, to destination: Int32, links: inout [Int32], movements: inout [Int32]
    ) -> Bool? {
        guard let p = pairIndex[Int64(origin) * Int64(linkCount) + Int64(destination)] else { return nil }
        let steps = Int(start[Int(p)])..<Int(end[Int(p)])
        links.append(contentsOf: self.links[steps])
        movements.append(contentsOf: self.movements[steps])
        return !steps.isEmpty
    }
}
