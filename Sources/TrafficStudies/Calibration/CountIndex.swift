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

    /// Calls `body(count index, weight)` for every count a route of `cell` crosses, with weight = the route's
    /// share × the part of the cell's vehicles that cross in the count's slice. Crossing times are measured
    /// under `times` for a departure at the slice middle; the cell's departures spread over its slice, so its
    /// vehicles pass a link d s after departure during [begin + d, end + d), split over the slices it overlaps.
    func forEachCrossing(
        of cell: ODCell, times: ExperiencedTravelTimes, network: Network, _ body: (Int, Double) -> Void
    ) {
        let length = cell.end - cell.begin
        for (route, share) in zip(cell.routes, cell.shares) where share > 0 {
            var t = cell.departure
            for (i, link) in route.enumerated() {
                t += times.time(link: link.index, enteringAt: t)
                let from = cell.begin + (t - cell.departure)
                let movement = i + 1 < route.count ? network.movement(from: link, to: route[i + 1]) : nil
                var k = Int((from / interval).rounded(.down))
                while Double(k) * interval < from + length {
                    let part = (min(Double(k + 1) * interval, from + length) - max(Double(k) * interval, from)) / length
                    if part > 0 {
                        for c in byKey[Key(target: .link(link), slice: k)] ?? [] { body(c, share * part) }
                        if let movement {
                            for c in byKey[Key(target: .movement(movement), slice: k)] ?? [] { body(c, share * part) }
                        }
                    }
                    k += 1
                }
            }
        }
    }

    /// The hourly flow the demand sends past every count: the cells' vehicles on routes that cross it in its
    /// slice under `times` (`forEachCrossing`), whether or not the simulation got them there.
    func loadedFlows(cells: [ODCell], times: ExperiencedTravelTimes, network: Network) -> [Double] {
        var flows = [Double](repeating: 0, count: counts.counts.count)
        for cell in cells {
            forEachCrossing(of: cell, times: times, network: network) { c, weight in
                flows[c] += cell.vehicles * weight * 3600 / interval
            }
        }
        return flows
    }

    /// The simulated hourly flow at every count: link counts from the simulation's vehicles leaving the link
    /// in the slice; turn counts (the simulation keeps no turn flows per slice) from `loaded`.
    func simulatedFlows(_ series: LinkTimeSeries, loaded: [Double]) -> [Double] {
        counts.targets.enumerated().map { i, target in
            switch target {
            case .link(let link):
                let k = Int((counts.counts[i].begin / series.interval).rounded())
                guard k >= 0, k < series.intervalCount else { return 0 }
                return Double(series.state(interval: k, link: link).vehiclesLeaving) * 3600 / interval
            case .movement:
                return loaded[i]
            }
        }
    }

    /// The cell's correction factor: exp(damping · Σ w ln((C + 1)/(R + 1)) / Σ w) over the counts its routes
    /// cross (w: the crossing's weight, `forEachCrossing`; C observed, R `reference[c]`, veh/h; counts whose reference is NaN are skipped),
    /// clamped; exactly 1 when it crosses none.
    func correction(
        for cell: ODCell, reference: [Double], times: ExperiencedTravelTimes, network: Network,
        settings: CalibrationSettings
    ) -> Double {
        var weighted = 0.0
        var weights = 0.0
        forEachCrossing(of: cell, times: times, network: network) { c, weight in
            guard !reference[c].isNaN else { return }
            weighted += weight * log((counts.counts[c].hourlyFlow + 1) / (reference[c] + 1))
            weights += weight
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
