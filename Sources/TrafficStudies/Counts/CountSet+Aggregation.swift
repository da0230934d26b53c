import Support

/// A slice of the aggregation grid that the counts of a station and target cover only in part (a loop that
/// failed for five minutes, say). It is left out of the aggregated counts: its sum would be short.
public struct IncompleteSlice: Sendable, Hashable, CustomStringConvertible {
    public var station: String
    public var target: CountTarget
    public var begin: Double
    public var end: Double
    /// Seconds of [begin, end) that counts cover.
    public var coveredSeconds: Double
    /// The first count in the slice.
    public var location: CountLocation

    public var description: String {
        "\(location): station '\(station)', \(target), \(exactText(begin))–\(exactText(end)) s: counts cover only "
            + "\(exactText(coveredSeconds)) of \(exactText(end - begin)) s (slice left out)"
    }
}

/// Counts summed into the slices of a fixed grid (see `CountSet.aggregated(interval:)`).
public struct CountAggregation: Sendable {
    /// The slice length in seconds.
    public var interval: Double
    /// One count per complete slice of each station and target, with [begin, end) the slice.
    public var counts: CountSet
    /// Slices the counts cover only in part, left out of `counts`.
    public var incomplete: [IncompleteSlice]
}

extension CountSet {
    /// The counts summed into slices [k·interval, (k+1)·interval) of a grid that starts at time 0 (the grid
    /// of the simulation's link time series, `LinkTimeSeries`, when its interval is the same).
    ///
    /// Counts are summed, never split: a count must lie within one slice (5-minute counts sum to 15-minute
    /// slices; an hourly count needs `interval` 3600). Splitting an hourly count into four equal quarters
    /// would invent a flat profile inside the hour and let one count weigh four times in the fit statistics.
    /// A slice is kept when its counts cover all of it; a slice covered in part is listed in `incomplete`
    /// and left out. Vehicles are summed; heavy vehicles too when every count of the slice has them (else
    /// the slice has none). The slice's location is its first count's.
    ///
    /// - Parameter interval: slice length in seconds, > 0 (default 900 s = 15 min).
    /// - Throws: `CountError.offGrid` for a count that spans a slice boundary, naming it.
    public func aggregated(interval: Double = 900) throws(CountError) -> CountAggregation {
        precondition(interval > 0 && interval.isFinite, "the aggregation interval must be positive")
        // Tolerance for times that are a multiple of the interval up to rounding (e.g. 0.1 s steps summed).
        let epsilon = 1e-6 * max(1, interval)
        var sliceCounts: [TrafficCount] = []
        var sliceTargets: [ResolvedCountTarget] = []
        var incomplete: [IncompleteSlice] = []
        var i = 0
        // Counts are sorted by station, target and begin, so one slice's counts are consecutive.
        while i < counts.count {
            let first = counts[i]
            let k = ((first.begin + epsilon) / interval).rounded(.down)
            let begin = k * interval
            let end = begin + interval
            var vehicles = 0.0
            var heavy: Double? = 0
            var covered = 0.0
            var j = i
            while j < counts.count, counts[j].station == first.station, counts[j].target == first.target,
                counts[j].begin < end - epsilon
            {
                let count = counts[j]
                guard count.end <= end + epsilon else {
                    throw .offGrid(begin: count.begin, end: count.end, interval: interval, at: count.location)
                }
                vehicles += count.vehicles
                heavy = heavy.flatMap { sum in count.heavyVehicles.map { sum + $0 } }
                covered += count.duration
                j += 1
            }
            if covered >= interval - epsilon {
                sliceCounts.append(
                    TrafficCount(
                        station: first.station, target: first.target, begin: begin, end: end, vehicles: vehicles,
                        heavyVehicles: heavy, location: first.location))
                sliceTargets.append(targets[i])
            } else {
                incomplete.append(
                    IncompleteSlice(
                        station: first.station, target: first.target, begin: begin, end: end,
                        coveredSeconds: covered, location: first.location))
            }
            i = j
        }
        return CountAggregation(
            interval: interval, counts: CountSet(checked: sliceCounts, targets: sliceTargets),
            incomplete: incomplete)
    }
}
