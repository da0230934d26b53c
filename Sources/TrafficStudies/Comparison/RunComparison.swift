import Foundation
import GeoCore

/// Two scenarios side by side (`flowsim compare BASE MEASURE`): network figures with their spread over the
/// runs (demand seeds) of each side, per-link differences, and the trips that took another route.
///
/// A difference counts as real only when it exceeds the noise: with at least two runs on each side, when
/// |Δ mean| ≥ 2 standard errors of the difference (√(s_b²/n_b + s_m²/n_m), about 95 % for normal spreads);
/// with one run on a side there is no spread to judge by and the figure says so.
public struct RunComparison: Sendable {
    /// A figure over the runs of one side.
    public struct Spread: Sendable, Hashable {
        public var mean: Double
        /// Sample standard deviation; 0 for one run.
        public var standardDeviation: Double
        public var runs: Int

        public init(_ values: [Double]) {
            runs = values.count
            mean = values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count)
            let m = mean
            standardDeviation =
                values.count < 2 ? 0 : (values.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(values.count - 1)).squareRoot()
        }
    }

    /// What a difference means against the spread of the runs.
    public enum Verdict: String, Sendable, Hashable {
        case increase, decrease
        /// |Δ| below two standard errors of the difference.
        case withinNoise = "within noise"
        /// One run on a side: no spread to judge by.
        case noSpread = "no spread (one run per side)"
        case unchanged
    }

    public struct Figure: Sendable, Hashable {
        public var name: String
        public var unit: String
        public var base: Spread
        public var measure: Spread

        public var difference: Double { measure.mean - base.mean }
        public var differencePercent: Double? { base.mean != 0 ? difference / base.mean * 100 : nil }
        /// Two standard errors of the difference; nil with one run on a side.
        public var noise: Double? {
            guard base.runs >= 2, measure.runs >= 2 else { return nil }
            let se = (base.standardDeviation * base.standardDeviation / Double(base.runs)
                + measure.standardDeviation * measure.standardDeviation / Double(measure.runs)).squareRoot()
            return 2 * se
        }
        public var verdict: Verdict {
            if difference == 0 { return .unchanged }
            guard let noise else { return .noSpread }
            if abs(difference) < noise { return .withinNoise }
            return difference > 0 ? .increase : .decrease
        }
    }

    public struct LinkDifference: Sendable, Hashable {
        public var id: String
        /// Means over the runs of each side; nil when the link is not in that side's network.
        public var base: RunOutputs.LinkFigures?
        public var measure: RunOutputs.LinkFigures?
        public var geometry: Geometry?

        public var flowChange: Double { (measure?.meanFlow ?? 0) - (base?.meanFlow ?? 0) }
        public var flowChangePercent: Double? {
            guard let b = base?.meanFlow, b > 0 else { return nil }
            return flowChange / b * 100
        }
        public var speedChange: Double? {
            guard let b = base?.meanSpeed, let m = measure?.meanSpeed else { return nil }
            return m - b
        }
        public var queueChange: Double { (measure?.maxQueue ?? 0) - (base?.maxQueue ?? 0) }
    }

    /// A trip of the same id that arrived on both sides with a route length differing by more than 1 % (and
    /// 1 m): it took another route.
    public struct DivertedTrip: Sendable, Hashable {
        /// The pair of runs (base run folder name → measure run folder name).
        public var runs: String
        public var id: String
        public var baseRouteLength: Double
        public var measureRouteLength: Double
        public var baseDuration: Double
        public var measureDuration: Double
    }

    public var baseLabel: String
    public var measureLabel: String
    public var baseFolders: [String]
    public var measureFolders: [String]
    public var figures: [Figure]
    public var links: [LinkDifference]
    public var diverted: [DivertedTrip]
    /// Trips compared for diversion (arrived on both sides of a pair of runs).
    public var tripsCompared: Int
    public var crs: CoordinateReferenceSystem?
    /// The measures of each side's first run (`RunOutputs.measures`).
    public var baseMeasures: [String]
    public var measureMeasures: [String]

    /// - Parameters: base, measure: the runs of each side (one per demand seed; runs are paired in order for
    ///   the diverted trips, so give the same seeds in the same order).
    public init(base: [RunOutputs], measure: [RunOutputs], baseLabel: String = "base", measureLabel: String = "measure") {
        self.baseLabel = baseLabel
        self.measureLabel = measureLabel
        baseFolders = base.map(\.directory)
        measureFolders = measure.map(\.directory)
        func figure(_ name: String, _ unit: String, _ value: (RunOutputs) -> Double) -> Figure {
            Figure(name: name, unit: unit, base: Spread(base.map(value)), measure: Spread(measure.map(value)))
        }
        figures = [
            figure("vehicle-kilometres", "veh·km") { $0.vehicleKilometres },
            figure("vehicle-hours", "veh·h") { $0.vehicleSeconds / 3600 },
            figure("delay", "veh·h") { $0.totalDelay / 3600 },
            figure("mean travel time (arrived)", "s") { $0.meanTravelTime },
            figure("trips arrived", "trips") { Double($0.arrived) },
            figure("trips unfinished (on the network or waiting to enter)", "trips") {
                Double($0.unfinished + $0.waitingToDepart)
            },
        ]
        let ids = Set(base.flatMap(\.links.keys)).union(measure.flatMap(\.links.keys)).sorted()
        links = ids.map { id in
            LinkDifference(
                id: id, base: Self.mean(of: base.compactMap { $0.links[id] }),
                measure: Self.mean(of: measure.compactMap { $0.links[id] }),
                geometry: measure.lazy.compactMap { $0.geometries[id] }.first
                    ?? base.lazy.compactMap { $0.geometries[id] }.first)
        }
        var diverted: [DivertedTrip] = []
        var compared = 0
        for (b, m) in zip(base, measure) {
            let pair = "\(URL(fileURLWithPath: b.directory).lastPathComponent) → \(URL(fileURLWithPath: m.directory).lastPathComponent)"
            for id in b.trips.keys.sorted() {
                guard let tb = b.trips[id], let tm = m.trips[id] else { continue }
                compared += 1
                let change = abs(tm.routeLength - tb.routeLength)
                if change > 1, change > 0.01 * tb.routeLength {
                    diverted.append(
                        DivertedTrip(
                            runs: pair, id: id, baseRouteLength: tb.routeLength, measureRouteLength: tm.routeLength,
                            baseDuration: tb.duration, measureDuration: tm.duration))
                }
            }
        }
        self.diverted = diverted
        tripsCompared = compared
        crs = measure.first?.crs ?? base.first?.crs
        baseMeasures = base.first?.measures ?? []
        measureMeasures = measure.first?.measures ?? []
    }

    /// The mean of each figure over the runs that have the link; the speed over those where a vehicle used it.
    static func mean(of figures: [RunOutputs.LinkFigures]) -> RunOutputs.LinkFigures? {
        guard !figures.isEmpty else { return nil }
        let n = Double(figures.count)
        let speeds = figures.compactMap(\.meanSpeed)
        return RunOutputs.LinkFigures(
            lengthMetres: figures[0].lengthMetres, vehicles: figures.reduce(0) { $0 + $1.vehicles } / n,
            meanFlow: figures.reduce(0) { $0 + $1.meanFlow } / n,
            meanSpeed: speeds.isEmpty ? nil : speeds.reduce(0, +) / Double(speeds.count),
            maxQueue: figures.reduce(0) { $0 + $1.maxQueue } / n)
    }
}
