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
            found = router.appendRoute(from: origin, to: destination, links: &links, movements: &movements)
        }
        cache[key] = found ? start : -1
        return found ? start : nil
    }

    /// Appends the current shortest route from `origin` to `destination` (not cached); false when there is none.
    mutating func append(from origin: Int32, to destination: Int32) -> Bool {
        router.appendRoute(from: origin, to: destination, links: &links, movements: &movements)
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
