import TrafficCore

/// The link travel times vehicles experienced in a simulation, per link and time slice, for route choice.
///
/// The time of link l in slice k is its vehicle-seconds divided by the vehicles that left it in the slice
/// (Little's law: mean stay = time-mean occupancy ÷ throughput), never below the free-flow time. A slice in
/// which vehicles stood on the link but none left (a queue that did not move) gets free-flow time + the
/// slice length, so routes avoid it; a slice without vehicles, and any time after the last slice, gets the
/// free-flow time.
struct ExperiencedTravelTimes: Sendable {
    let interval: Double
    let sliceCount: Int
    let linkCount: Int
    /// Slice-major: `[k * linkCount + l]`, seconds.
    private let times: [Double]
    private let freeFlow: [Double]

    init(series: LinkTimeSeries, network: Network) {
        interval = series.interval
        sliceCount = series.intervalCount
        linkCount = network.links.count
        freeFlow = network.links.map(\.freeFlowTime)
        var times = [Double](repeating: 0, count: sliceCount * linkCount)
        for k in 0..<sliceCount {
            for l in 0..<linkCount {
                let i = k * linkCount + l
                let leaving = series.state(interval: k, link: LinkID(l)).vehiclesLeaving
                let stayed = series.vehicleSeconds[i]
                times[i] =
                    leaving > 0
                    ? max(freeFlow[l], stayed / Double(leaving))
                    : (stayed > 0 ? freeFlow[l] + interval : freeFlow[l])
            }
        }
        self.times = times
    }

    /// Free-flow times only (before anything was simulated).
    init(freeFlowOf network: Network, interval: Double) {
        self.interval = interval
        sliceCount = 0
        linkCount = network.links.count
        freeFlow = network.links.map(\.freeFlowTime)
        times = []
    }

    /// The time to traverse `link` for a vehicle entering it at `time`.
    func time(link: Int, enteringAt time: Double) -> Double {
        let k = Int((time / interval).rounded(.down))
        guard k >= 0, k < sliceCount else { return freeFlow[link] }
        return times[k * linkCount + link]
    }

    /// The time a vehicle departing at `departure` spends on `route` (origin and destination link included).
    func cost(of route: [LinkID], departingAt departure: Double) -> Double {
        var t = departure
        for link in route { t += time(link: link.index, enteringAt: t) }
        return t - departure
    }
}

/// Fastest routes under time-dependent link times (`ExperiencedTravelTimes`): a forward Dijkstra on arrival
/// times from one origin link and departure time, valid because the times are FIFO (entering later never
/// means leaving earlier, up to the slice steps). One search gives the routes to every destination.
struct TimeDependentRouter {
    let network: Network
    private var arrival: [Double]
    private var through: [Int32]  // the link a link was entered from, −1 at the origin
    private var settled: [Bool]
    private var heap = MinHeap()

    init(network: Network) {
        self.network = network
        arrival = [Double](repeating: .infinity, count: network.links.count)
        through = [Int32](repeating: -1, count: network.links.count)
        settled = [Bool](repeating: false, count: network.links.count)
    }

    /// Searches from `origin` departing at `departure` until every link of `destinations` is settled; then
    /// `route(to:)` gives the fastest route to each.
    /// - Complexity: O(M log L) for M movements and L links at most.
    mutating func search(from origin: LinkID, departingAt departure: Double, times: ExperiencedTravelTimes,
                         destinations: Set<Int32>) {
        for i in arrival.indices {
            arrival[i] = .infinity
            through[i] = -1
            settled[i] = false
        }
        heap.removeAll()
        var remaining = destinations.count
        arrival[origin.index] = departure + times.time(link: origin.index, enteringAt: departure)
        heap.push(arrival[origin.index], origin.rawValue)
        while let (t, l) = heap.pop() {
            let link = Int(l)
            if settled[link] || t > arrival[link] { continue }
            settled[link] = true
            if destinations.contains(l) {
                remaining -= 1
                if remaining == 0 { break }
            }
            for m in network.movements(from: LinkID(rawValue: l)) {
                let next = network[m].to.index
                if settled[next] { continue }
                let candidate = t + times.time(link: next, enteringAt: t)
                if candidate < arrival[next] {
                    arrival[next] = candidate
                    through[next] = l
                    heap.push(candidate, Int32(next))
                }
            }
        }
    }

    /// The fastest route of the last search to `destination`, origin first, or nil when it was not reached.
    func route(to destination: LinkID) -> [LinkID]? {
        guard settled[destination.index] else { return nil }
        var route = [destination]
        var link = destination.rawValue
        while through[Int(link)] >= 0 {
            link = through[Int(link)]
            route.append(LinkID(rawValue: link))
        }
        return route.reversed()
    }
}
