import Foundation
import TrafficCore

/// The counts of a calibration by where and when they counted: (link or movement, slice) → count indices.
///
/// A vehicle is counted on a link in the slice in which it leaves the link, and on a turn when it makes it
/// (the same moment): the simulation's link flows are the vehicles leaving each link (`LinkTimeSeries`).
struct CountIndex: Sendable {
    struct Key: Hashable {
        var target: ResolvedCountTarget
        var slice: Int
    }

    let counts: CountSet
    let interval: Double
    private let byKey: [Key: [Int]]

    init(counts: CountSet, interval: Double) {
        self.counts = counts
        self.interval = interval
        var byKey: [Key: [Int]] = [:]
        for (i, count) in counts.counts.enumerated() {
            byKey[Key(target: counts.targets[i], slice: Int((count.begin / interval).rounded())), default: []].append(i)
        }
        self.byKey = byKey
    }

    /// Calls `body(count index, route share)` for every count a route of `cell` crosses, at the time it
    /// crosses it under `times` (departing at the cell's slice middle).
    func forEachCrossing(
        of cell: ODCell, times: ExperiencedTravelTimes, network: Network, _ body: (Int, Double) -> Void
    ) {
        for (route, share) in zip(cell.routes, cell.shares) where share > 0 {
            var t = cell.departure
            for (i, link) in route.enumerated() {
                t += times.time(link: link.index, enteringAt: t)
                let slice = Int((t / interval).rounded(.down))
                for c in byKey[Key(target: .link(link), slice: slice)] ?? [] { body(c, share) }
                if i + 1 < route.count, let m = network.movement(from: link, to: route[i + 1]) {
                    for c in byKey[Key(target: .movement(m), slice: slice)] ?? [] { body(c, share) }
                }
            }
        }
    }

    /// The simulated hourly flow at every count: link counts from the simulation's vehicles leaving the link
    /// in the slice; turn counts (the simulation keeps no turn flows per slice) from the cells' vehicles on
    /// routes that make the turn in the slice.
    func simulatedFlows(
        _ series: LinkTimeSeries, cells: [ODCell], times: ExperiencedTravelTimes, network: Network
    ) -> [Double] {
        var flows = [Double](repeating: 0, count: counts.counts.count)
        var hasTurns = false
        for (i, target) in counts.targets.enumerated() {
            switch target {
            case .link(let link):
                let k = Int((counts.counts[i].begin / series.interval).rounded())
                if k >= 0, k < series.intervalCount {
                    flows[i] = Double(series.state(interval: k, link: link).vehiclesLeaving) * 3600 / interval
                }
            case .movement:
                hasTurns = true
            }
        }
        guard hasTurns else { return flows }
        for cell in cells {
            forEachCrossing(of: cell, times: times, network: network) { c, share in
                if case .movement = counts.targets[c] { flows[c] += cell.vehicles * share * 3600 / interval }
            }
        }
        return flows
    }

    /// The cell's correction factor: exp(damping · Σ w ln((C + 1)/(M + 1)) / Σ w) over the counts its routes
    /// cross (w: route share; C, M observed and simulated veh/h), clamped; exactly 1 when it crosses none.
    func correction(
        for cell: ODCell, observedOver simulated: [Double], times: ExperiencedTravelTimes, network: Network,
        settings: CalibrationSettings
    ) -> Double {
        var weighted = 0.0
        var weights = 0.0
        forEachCrossing(of: cell, times: times, network: network) { c, share in
            weighted += share * log((counts.counts[c].hourlyFlow + 1) / (simulated[c] + 1))
            weights += share
        }
        guard weights > 0 else { return 1 }
        return min(settings.largestFactor, max(settings.smallestFactor, exp(settings.damping * weighted / weights)))
    }

    /// Indices of counts that no route of `cells` crosses, ascending.
    func notReached(by cells: [ODCell], times: ExperiencedTravelTimes, network: Network) -> [Int] {
        var reached = [Bool](repeating: false, count: counts.counts.count)
        for cell in cells {
            forEachCrossing(of: cell, times: times, network: network) { c, _ in reached[c] = true }
        }
        return reached.indices.filter { !reached[$0] }
    }
}
