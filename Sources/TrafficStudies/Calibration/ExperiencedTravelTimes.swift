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
    /// Per link: its shortest time over the slices (the free-flow time without slices), a lower bound on
    /// `time(link:enteringAt:)` within the slices; the router's guide (`TimeDependentRouter`).
    let lowerBounds: [Double]

    init(series: LinkTimeSeries, network: Network) {
        interval = series.interval
        sliceCount = series.intervalCount
        linkCount = network.links.count
        freeFlow = network.links.map(\.freeFlowTime)
        var times = [Double](repeating: 0, count: sliceCount * linkCount)
        var lowerBounds = [Double](repeating: .infinity, count: linkCount)
        for k in 0..<sliceCount {
            for l in 0..<linkCount {
                let i = k * linkCount + l
                let leaving = series.state(interval: k, link: LinkID(l)).vehiclesLeaving
                let stayed = series.vehicleSeconds[i]
                times[i] =
                    leaving > 0
                    ? max(freeFlow[l], stayed / Double(leaving))
                    : (stayed > 0 ? freeFlow[l] + interval : freeFlow[l])
                lowerBounds[l] = min(lowerBounds[l], times[i])
            }
        }
        self.times = times
        self.lowerBounds = sliceCount > 0 ? lowerBounds : freeFlow
    }

    /// The end of the last slice: from here on every link takes its free-flow time, which `lowerBounds` need
    /// not cover.
    var lastSliceEnd: Double { Double(sliceCount) * interval }

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
