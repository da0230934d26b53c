import Foundation

/// Routes of the run: flat (link, movement to the next link or −1) steps that vehicles share, the router that
/// makes them, and the travel times measured for en-route re-routing.
package struct RouteStore: Sendable {
    package internal(set) var links: [Int32] = []
    package internal(set) var movements: [Int32] = []
    /// (origin, destination) → segment start (−1: no route) under the current costs; used at departure only.
    var cache: [Int64: Int32] = [:]
    var router: Router
    /// Free-flow routes of the vehicles released before the first re-routing, computed in parallel before the
    /// first step (`SimulationEngine.precomputeFreeFlowRoutes()`, or handed over by `Simulation` when it
    /// checked every trip's route); nil once costs change.
    var freeFlowRoutes: RouteTable? = nil
    /// Threads for `precomputeFreeFlowRoutes()`; 1 routes every vehicle when it is released.
    var workers = ProcessInfo.processInfo.activeProcessorCount
    let linkCount: Int
    /// Next re-routing time (+∞ without re-routing).
    var nextReroute: Double
    /// Exits and summed traversal times per link since the last re-routing.
    var exitsSinceReroute: [Int32]
    var travelTimeSinceReroute: [Double]
    /// Detours in force (`Measure.Action.detour`): per link, the detour whose `via` a route over it takes (−1:
    /// none; empty when no detour is in force), the via links of each, and a router with the same costs but no
    /// measure penalties, for the way a driver would choose with no measure in force.
    private(set) var detourOfLink: [Int32] = []
    private(set) var detourVia: [[Int32]] = []
    private var unrestricted: Router? = nil
    private var scratchLinks: [Int32] = []
    private var scratchMovements: [Int32] = []

    init(network: Network, reroutingInterval: Double?) {
        router = Router(network: network)
        linkCount = network.links.count
        nextReroute = reroutingInterval ?? .infinity
        exitsSinceReroute = [Int32](repeating: 0, count: network.links.count)
        travelTimeSinceReroute = [Double](repeating: 0, count: network.links.count)
    }

    /// Stores the routes trips were given (`Trip.route`), each distinct route once, and returns each trip's
    /// flat start position (−1 for a trip without a route). Routes were checked by `Simulation.init`.
    mutating func storeGivenRoutes(of trips: [Trip], network: Network) -> [Int32] {
        var known: [[LinkID]: Int32] = [:]
        return trips.map { trip in
            guard let route = trip.route else { return -1 }
            if let start = known[route] { return start }
            let start = Int32(links.count)
            for (i, link) in route.enumerated() {
                links.append(link.rawValue)
                movements.append(i + 1 < route.count ? network.movement(from: link, to: route[i + 1])!.rawValue : -1)
            }
            known[route] = start
            return start
        }
    }

    /// Start of a (shared) route segment from `origin` to `destination` under current costs, or nil.
    mutating func start(from origin: Int32, to destination: Int32) -> Int32? {
        let key = Int64(origin) * Int64(linkCount) + Int64(destination)
        if let cached = cache[key] { return cached >= 0 ? cached : nil }
        let start = Int32(links.count)
        let found: Bool
        if let precomputed = freeFlowRoutes?.appendRoute(from: origin, to: destination, links: &links, movements: &movements) {
            found = precomputed
        } else {
            found = append(from: origin, to: destination)
        }
        cache[key] = found ? start : -1
        return found ? start : nil
    }

    /// Appends the current shortest route from `origin` to `destination` (not cached) — via a detour's links when
    /// the way the driver would choose with no measure in force passes a link the detour leads around (the
    /// origin itself excepted); false when there is none.
    mutating func append(from origin: Int32, to destination: Int32) -> Bool {
        if !detourVia.isEmpty, let detour = detour(from: origin, to: destination),
            appendVia(from: origin, via: detourVia[detour], to: destination)
        {
            return true
        }
        return router.appendRoute(from: origin, to: destination, links: &links, movements: &movements)
    }

    /// The detour the unrestricted route from `origin` to `destination` runs into, if any.
    private mutating func detour(from origin: Int32, to destination: Int32) -> Int? {
        scratchLinks.removeAll(keepingCapacity: true)
        scratchMovements.removeAll(keepingCapacity: true)
        guard unrestricted!.appendRoute(
            from: origin, to: destination, links: &scratchLinks, movements: &scratchMovements)
        else { return nil }
        for link in scratchLinks.dropFirst() where detourOfLink[Int(link)] >= 0 { return Int(detourOfLink[Int(link)]) }
        return nil
    }

    /// Appends the route from `origin` through `via` in order to `destination` (ending at `destination` already
    /// if it is one of `via`), each leg the current shortest; false (nothing appended) when a leg has no route or
    /// the route takes a closed movement.
    private mutating func appendVia(from origin: Int32, via: [Int32], to destination: Int32) -> Bool {
        let mark = links.count
        var at = origin
        let waypoints = (via.firstIndex(of: destination).map { Array(via[..<$0]) } ?? via) + [destination]
        for target in waypoints where target != at {
            // Legs join at their common link: drop the (link, −1) end of the previous leg.
            if links.count > mark {
                links.removeLast()
                movements.removeLast()
            }
            guard router.appendRoute(from: at, to: target, links: &links, movements: &movements) else {
                links.removeSubrange(mark...)
                movements.removeSubrange(mark...)
                return false
            }
            at = target
        }
        // A detour that needs a closed movement is no detour: the caller routes round the closure instead.
        if !router.movementPenalty.isEmpty, movements[mark...].contains(where: { $0 >= 0 && router.movementPenalty[Int($0)] > 0 }) {
            links.removeSubrange(mark...)
            movements.removeSubrange(mark...)
            return false
        }
        return links.count > mark
    }

    /// Replaces the routers' link costs (seconds).
    mutating func updateCosts(_ cost: [Double]) {
        router.updateCosts(cost)
        unrestricted?.updateCosts(cost)
    }

    /// Puts the closures and turn bans in force (per movement, the routing penalty; empty: none) and the detours
    /// (link sets to lead around, each with its via links); drops the cached routes.
    mutating func setMeasures(movementPenalty: [Double], detours: [(links: [Int32], via: [Int32])]) {
        router.updateMovementPenalties(movementPenalty)
        if detours.isEmpty {
            detourOfLink = []
            detourVia = []
            unrestricted = nil
        } else {
            var unrestrictedRouter = router.emptyCopy(maxTrees: Int.max)
            unrestrictedRouter.updateMovementPenalties([])
            unrestricted = unrestrictedRouter
            detourOfLink = [Int32](repeating: -1, count: linkCount)
            detourVia = detours.map(\.via)
            for (i, detour) in detours.enumerated() {
                for link in detour.links where detourOfLink[Int(link)] < 0 { detourOfLink[Int(link)] = Int32(i) }
            }
        }
        freeFlowRoutes = nil
        cache.removeAll(keepingCapacity: true)
    }

    /// Whether the route suffixes starting at flat positions `a` and `b` are identical.
    func sameSteps(_ a: Int, _ b: Int) -> Bool {
        var i = a
        var j = b
        while true {
            if links[i] != links[j] || movements[i] != movements[j] { return false }
            if movements[i] < 0 { return true }
            i += 1
            j += 1
        }
    }
}
