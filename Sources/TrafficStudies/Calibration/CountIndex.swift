import Foundation
import TrafficCore

/// The counts of a calibration by where and when they counted: (link or movement, slice) → count indices, in
/// flat arrays indexed by link, movement and slice (the calibration walks every link of every route each
/// iteration, so a lookup must not hash).
///
/// A vehicle is counted on a link in the slice in which it leaves the link, and on a turn when it makes it
/// (the same moment): the simulation's link flows are the vehicles leaving each link (`LinkTimeSeries`).
struct CountIndex: Sendable {
    let counts: CountSet
    let interval: Double
    /// Slices 0 ..< sliceCount hold counts.
    private let sliceCount: Int
    /// Per link and per movement: its row of `sliceCount` entries in `entryStart`, −1 when nothing counts it.
    private let linkRow: [Int32]
    private let movementRow: [Int32]
    /// Per link: whether a movement out of it is counted (only then is the movement looked up).
    private let turnCountedFrom: [Bool]
    /// The counts of row r in slice k: `countOrder[entryStart[e] ..< entryStart[e + 1]]`, e = r · sliceCount + k.
    private let entryStart: [Int32]
    private let countOrder: [Int32]

    init(counts: CountSet, interval: Double, network: Network) {
        self.counts = counts
        self.interval = interval
        let slices = counts.counts.map { Int(($0.begin / interval).rounded()) }
        let sliceCount = (slices.max() ?? -1) + 1
        self.sliceCount = sliceCount
        var linkRow = [Int32](repeating: -1, count: network.links.count)
        var movementRow = [Int32](repeating: -1, count: network.movements.count)
        var turnCountedFrom = [Bool](repeating: false, count: network.links.count)
        var rows = 0
        var rowOfCount = [Int](repeating: 0, count: counts.counts.count)
        for (i, target) in counts.targets.enumerated() {
            switch target {
            case .link(let link):
                if linkRow[link.index] < 0 {
                    linkRow[link.index] = Int32(rows)
                    rows += 1
                }
                rowOfCount[i] = Int(linkRow[link.index])
            case .movement(let movement):
                if movementRow[movement.index] < 0 {
                    movementRow[movement.index] = Int32(rows)
                    rows += 1
                }
                rowOfCount[i] = Int(movementRow[movement.index])
                turnCountedFrom[network.movements[movement.index].from.index] = true
            }
        }
        // Counting sort by (row, slice), counts in ascending order within an entry.
        var entryStart = [Int32](repeating: 0, count: rows * sliceCount + 1)
        let entryOfCount = counts.counts.indices.map { rowOfCount[$0] * sliceCount + slices[$0] }
        for e in entryOfCount where e >= 0 { entryStart[e + 1] += 1 }
        for e in 0..<(rows * sliceCount) { entryStart[e + 1] += entryStart[e] }
        var cursor = entryStart
        var countOrder = [Int32](repeating: 0, count: Int(entryStart.last ?? 0))
        for (i, e) in entryOfCount.enumerated() where e >= 0 {
            countOrder[Int(cursor[e])] = Int32(i)
            cursor[e] += 1
        }
        self.linkRow = linkRow
        self.movementRow = movementRow
        self.turnCountedFrom = turnCountedFrom
        self.entryStart = entryStart
        self.countOrder = countOrder
    }

    /// Calls `body(count index)` for every count of `row` (a `linkRow` or `movementRow` entry) in slice `k`.
    @inline(__always)
    private func forEachCount(row: Int32, slice k: Int, _ body: (Int) -> Void) {
        guard row >= 0, k >= 0, k < sliceCount else { return }
        let e = Int(row) * sliceCount + k
        for j in Int(entryStart[e])..<Int(entryStart[e + 1]) { body(Int(countOrder[j])) }
    }

    /// Calls `body(count index, weight, route index)` for every count a route of `cell` crosses, with weight =
    /// the route's share × the part of the cell's vehicles that cross in the count's slice. Crossing times are
    /// measured under `times` for a departure at the slice middle; the cell's departures spread over its slice,
    /// so its vehicles pass a link d s after departure during [begin + d, end + d), split over the slices it
    /// overlaps.
    /// - Complexity: O(Σ route lengths) plus the counts crossed.
    func forEachCrossing(
        of cell: ODCell, times: ExperiencedTravelTimes, network: Network, _ body: (Int, Double, Int) -> Void
    ) {
        let length = cell.end - cell.begin
        for (r, (route, share)) in zip(cell.routes, cell.shares).enumerated() where share > 0 {
            var t = cell.departure
            for (i, link) in route.enumerated() {
                t += times.time(link: link.index, enteringAt: t)
                let row = linkRow[link.index]
                let turnRow =
                    turnCountedFrom[link.index] && i + 1 < route.count
                    ? network.movement(from: link, to: route[i + 1]).map { movementRow[$0.index] } ?? -1 : -1
                if row < 0 && turnRow < 0 { continue }
                let from = cell.begin + (t - cell.departure)
                var k = Int((from / interval).rounded(.down))
                while Double(k) * interval < from + length {
                    let part = (min(Double(k + 1) * interval, from + length) - max(Double(k) * interval, from)) / length
                    if part > 0 {
                        forEachCount(row: row, slice: k) { body($0, share * part, r) }
                        forEachCount(row: turnRow, slice: k) { body($0, share * part, r) }
                    }
                    k += 1
                }
            }
        }
    }

    /// Every cell's crossings (`forEachCrossing`) under `times`, computed once per iteration for the loaded
    /// flows, the corrections and the counts not reached.
    func crossings(of cells: [ODCell], times: ExperiencedTravelTimes, network: Network) -> CountCrossings {
        var crossings = CountCrossings()
        crossings.start.reserveCapacity(cells.count + 1)
        for cell in cells {
            forEachCrossing(of: cell, times: times, network: network) { c, weight, route in
                crossings.count.append(Int32(c))
                crossings.weight.append(weight)
                crossings.route.append(Int32(route))
            }
            crossings.start.append(Int32(crossings.count.count))
        }
        return crossings
    }

    /// The hourly flow the demand sends past every count: the cells' vehicles on routes that cross it in its
    /// slice (`crossings`), whether or not the simulation got them there.
    func loadedFlows(cells: [ODCell], crossings: CountCrossings) -> [Double] {
        var flows = [Double](repeating: 0, count: counts.counts.count)
        for (c, cell) in cells.enumerated() {
            for j in crossings.range(of: c) {
                flows[Int(crossings.count[j])] += cell.vehicles * crossings.weight[j] * 3600 / interval
            }
        }
        return flows
    }

    /// The simulated hourly flow at every count: vehicles leaving the link (link counts) or passing the movement's
    /// stop line (turn counts) in the count's slice.
    func simulatedFlows(_ series: LinkTimeSeries) -> [Double] {
        counts.targets.enumerated().map { i, target in
            let k = Int((counts.counts[i].begin / series.interval).rounded())
            guard k >= 0, k < series.intervalCount else { return 0 }
            switch target {
            case .link(let link):
                return Double(series.state(interval: k, link: link).vehiclesLeaving) * 3600 / interval
            case .movement(let movement):
                return Double(series.vehiclesTurning(interval: k, movement: movement)) * 3600 / interval
            }
        }
    }

    /// Cell `cell`'s correction: the factor on its vehicles and one on each route's share.
    ///
    /// The cell's factor is exp(damping · L) with L = Σ w ln((C + 1)/(R + 1)) / Σ w over the counts its routes
    /// cross (w: the crossing's weight, `crossings`; C observed, R `reference[c]`, veh/h; counts whose reference
    /// is NaN are skipped), clamped to [`smallestFactor`, `largestFactor`]; exactly 1 when it crosses none. A
    /// count met within `CalibrationSettings.countTolerance` (GEH of C and R) adds ln 1 = 0 with its weight: it
    /// asks for no change and holds the cells that cross it near their demand.
    ///
    /// Path flows: route r's share is multiplied by exp(damping · (L_r − L)), L_r the same mean over the counts
    /// r crosses, clamped to the same bounds, and the shares renormalised; a route that crosses no count keeps
    /// its share relative to the others. Counts that want more traffic on one route of a cell and less on
    /// another so move vehicles between them (path-flow estimation, as cadyts corrects route choice by the
    /// counts): without it, route choice alone decided the split, and a split the counts contradict stayed
    /// (test `countsMoveVehiclesBetweenTheRoutesOfAnODPair`).
    func correction(
        for cell: Int, routes: Int, crossings: CountCrossings, reference: [Double], damping: Double,
        settings: CalibrationSettings
    ) -> (factor: Double, routeFactors: [Double]) {
        var routeWeighted = [Double](repeating: 0, count: routes)
        var routeWeights = [Double](repeating: 0, count: routes)
        for j in crossings.range(of: cell) {
            let c = Int(crossings.count[j])
            guard !reference[c].isNaN else { continue }
            let observed = counts.counts[c].hourlyFlow
            let term =
                CountFit.geh(simulated: reference[c], observed: observed) < settings.countTolerance
                ? 0 : log((observed + 1) / (reference[c] + 1))
            let r = Int(crossings.route[j])
            routeWeighted[r] += crossings.weight[j] * term
            routeWeights[r] += crossings.weight[j]
        }
        let weights = routeWeights.reduce(0, +)
        guard weights > 0 else { return (1, [Double](repeating: 1, count: routes)) }
        let mean = routeWeighted.reduce(0, +) / weights
        func clamped(_ x: Double) -> Double { min(settings.largestFactor, max(settings.smallestFactor, x)) }
        let routeFactors = (0..<routes).map { r in
            routeWeights[r] > 0 ? clamped(exp(damping * (routeWeighted[r] / routeWeights[r] - mean))) : 1
        }
        return (clamped(exp(damping * mean)), routeFactors)
    }

    /// Indices of counts that no crossing reaches, ascending.
    func notReached(_ crossings: CountCrossings) -> [Int] {
        var reached = [Bool](repeating: false, count: counts.counts.count)
        for c in crossings.count { reached[Int(c)] = true }
        return reached.indices.filter { !reached[$0] }
    }
}

/// The counts each cell's routes cross in one iteration, with their weights (`CountIndex.forEachCrossing`),
/// flat: cell c's are at `range(of: c)` of `count` and `weight`.
struct CountCrossings: Sendable {
    var start: [Int32] = [0]
    var count: [Int32] = []
    var weight: [Double] = []
    /// The crossing's route: an index into the cell's `routes`.
    var route: [Int32] = []

    func range(of cell: Int) -> Range<Int> { Int(start[cell])..<Int(start[cell + 1]) }
}
