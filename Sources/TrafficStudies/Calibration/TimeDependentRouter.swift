import TrafficCore

/// Fastest routes under time-dependent link times (`ExperiencedTravelTimes`): a forward search on arrival
/// times from an origin link and a departure time, valid because the times are FIFO (entering later never
/// means leaving earlier, up to the slice steps).
///
/// The forward search is A* towards one destination, guided by exact shortest times to it under per-link lower
/// bounds (`ExperiencedTravelTimes.lowerBounds`, each link's shortest time over all slices): one backward
/// Dijkstra per destination (`aim(at:from:lowerBounds:)`) serves every search towards it. Without the guide a
/// search settles about half the city for each OD pair and slice, which at city scale costs more than the
/// simulation; with it a search settles little more than its route. The backward search stops once the
/// origins asked for are settled, at radius R; links it did not settle get R, which is still a lower bound
/// (they are at least R away) and keeps the guide consistent (it falls along a link by at most the link's lower
/// bound). A consistent guide makes the first pop of a link final, as in Dijkstra, so the route is a fastest
/// one. Should a link's time in a search fall below its lower bound, or the route end after the last recorded
/// slice (from then on times are free-flow times, which the bounds need not cover), the search is repeated
/// without the guide.
///
/// Scratch arrays are stamped with the search's number (an Int: it does not wrap) instead of being reset, so a
/// search costs what it touches, not the size of the network.
struct TimeDependentRouter: Sendable {
    private let linkCount: Int
    /// Links each link leads to (by its movements), CSR.
    private let successorStart: [Int32]
    private let successor: [Int32]
    /// Links leading into each link, CSR.
    private let predecessorStart: [Int32]
    private let predecessor: [Int32]

    // The guide towards `target`: `remaining[l]` where `guideSettled[l] == guideSearch`, else `radius`.
    private var target: Int32 = -1
    private var remaining: [Double]
    private var guideStamp: [Int]  // search number that set `remaining`
    private var guideSettled: [Int]
    private var asked: [Int]  // search number that asked for the link as an origin
    private var guideSearch = 0
    private var radius = 0.0
    private var lowerBounds: [Double] = []

    // The forward search.
    private var arrival: [Double]
    private var through: [Int32]  // the link a link was entered from, −1 at the origin
    private var reached: [Int]  // search number that set `arrival` and `through`
    private var settled: [Int]  // search number that settled the link
    private var search = 0
    private var heap = MinHeap()

    init(network: Network) {
        linkCount = network.links.count
        func csr(_ neighbours: (LinkID) -> [Int32]) -> ([Int32], [Int32]) {
            var start = [Int32](repeating: 0, count: network.links.count + 1)
            var list: [Int32] = []
            list.reserveCapacity(network.movements.count)
            for l in network.links.indices {
                list.append(contentsOf: neighbours(LinkID(l)))
                start[l + 1] = Int32(list.count)
            }
            return (start, list)
        }
        (successorStart, successor) = csr { l in
            network.movements(from: l).map { network.movements[$0.index].to.rawValue }
        }
        (predecessorStart, predecessor) = csr { l in
            network.movements(into: l).map { network.movements[$0.index].from.rawValue }
        }
        remaining = [Double](repeating: 0, count: linkCount)
        guideStamp = [Int](repeating: 0, count: linkCount)
        guideSettled = [Int](repeating: 0, count: linkCount)
        asked = [Int](repeating: 0, count: linkCount)
        arrival = [Double](repeating: .infinity, count: linkCount)
        through = [Int32](repeating: -1, count: linkCount)
        reached = [Int](repeating: 0, count: linkCount)
        settled = [Int](repeating: 0, count: linkCount)
    }

    /// Prepares the guide towards `destination`: shortest times to its end under `lowerBounds`, by a backward
    /// Dijkstra stopped once every link of `origins` is settled.
    /// - Complexity: O(M log L) at most, for M movements and L links.
    mutating func aim(at destination: LinkID, from origins: [LinkID], lowerBounds: [Double]) {
        guideSearch += 1
        self.lowerBounds = lowerBounds
        target = destination.rawValue
        var waiting = 0
        for o in origins where asked[o.index] != guideSearch {
            asked[o.index] = guideSearch
            waiting += 1
        }
        heap.removeAll()
        remaining[destination.index] = 0
        guideStamp[destination.index] = guideSearch
        heap.push(0, destination.rawValue)
        radius = .infinity
        while let (d, l) = heap.pop() {
            let link = Int(l)
            if guideSettled[link] == guideSearch { continue }
            if waiting == 0 {
                radius = d
                break
            }
            if asked[link] == guideSearch { waiting -= 1 }
            guideSettled[link] = guideSearch
            let through = d + lowerBounds[link]
            for p in Int(predecessorStart[link])..<Int(predecessorStart[link + 1]) {
                let previous = Int(predecessor[p])
                if guideSettled[previous] == guideSearch { continue }
                if guideStamp[previous] != guideSearch || through < remaining[previous] {
                    guideStamp[previous] = guideSearch
                    remaining[previous] = through
                    heap.push(through, Int32(previous))
                }
            }
        }
    }

    /// The guide's lower bound on the time from the end of `link` to the end of the target: exact where the
    /// backward search settled the link, else its radius (∞ when it ran out: the link cannot reach the target).
    @inline(__always)
    private func guide(_ link: Int) -> Double {
        guideSettled[link] == guideSearch ? remaining[link] : radius
    }

    /// The fastest route from `origin` departing at `departure` to the destination of the last `aim`, origin
    /// first, or nil when there is none.
    mutating func route(from origin: LinkID, departingAt departure: Double, times: ExperiencedTravelTimes)
        -> [LinkID]?
    {
        // After the last slice times are free-flow times, below the bounds: a route arriving later could
        // have been beaten by one the guide hid, while one arriving earlier never enters a link then.
        if !searchForward(from: origin, departingAt: departure, times: times, guided: true)
            || (settled[Int(target)] == search && arrival[Int(target)] > times.lastSliceEnd)
        {
            _ = searchForward(from: origin, departingAt: departure, times: times, guided: false)
        }
        guard settled[Int(target)] == search else { return nil }
        var route = [LinkID(rawValue: target)]
        var link = target
        while through[Int(link)] >= 0 {
            link = through[Int(link)]
            route.append(LinkID(rawValue: link))
        }
        return route.reversed()
    }

    /// A* (`guided`) or Dijkstra until the target is settled; false when a link's time fell below its lower
    /// bound, so the guide was not a lower bound and the route may not be the fastest.
    private mutating func searchForward(
        from origin: LinkID, departingAt departure: Double, times: ExperiencedTravelTimes, guided: Bool
    ) -> Bool {
        search += 1
        heap.removeAll()
        let o = origin.index
        arrival[o] = departure + times.time(link: o, enteringAt: departure)
        through[o] = -1
        reached[o] = search
        heap.push(arrival[o] + (guided ? guide(o) : 0), origin.rawValue)
        while let (_, l) = heap.pop() {
            let link = Int(l)
            if settled[link] == search { continue }
            settled[link] = search
            if l == target { break }
            let t = arrival[link]
            for s in Int(successorStart[link])..<Int(successorStart[link + 1]) {
                let next = Int(successor[s])
                if settled[next] == search { continue }
                let time = times.time(link: next, enteringAt: t)
                if guided && time < lowerBounds[next] { return false }
                let candidate = t + time
                if reached[next] != search || candidate < arrival[next] {
                    reached[next] = search
                    arrival[next] = candidate
                    through[next] = l
                    heap.push(candidate + (guided ? guide(next) : 0), Int32(next))
                }
            }
        }
        return true
    }
}
