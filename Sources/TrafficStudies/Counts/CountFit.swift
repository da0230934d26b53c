/// One count next to its simulated flow: a row of `geh.csv`.
public struct CountComparison: Sendable, Hashable {
    public var station: String
    public var target: CountTarget
    public var begin: Double
    public var end: Double
    /// The counted flow, veh/h.
    public var observed: Double
    /// The simulated flow on the same target and interval, veh/h.
    public var simulated: Double

    public init(station: String, target: CountTarget, begin: Double, end: Double, observed: Double, simulated: Double) {
        self.station = station
        self.target = target
        self.begin = begin
        self.end = end
        self.observed = observed
        self.simulated = simulated
    }

    /// `CountFit.geh(simulated:observed:)` of the row.
    public var geh: Double { CountFit.geh(simulated: simulated, observed: observed) }
}

/// How well simulated flows match counts: the GEH statistic per count and the usual summaries.
///
/// GEH and its acceptance criterion (GEH < 5 for at least 85 % of counts) are from the UK DMRB / WebTAG unit
/// M3.1 (also used by FHWA); GEH is defined on hourly flows, so every value here is in veh/h.
public struct CountFit: Sendable {
    /// One row per count, in the order given.
    public var rows: [CountComparison]

    public init(rows: [CountComparison]) {
        self.rows = rows
    }

    /// Rows for `counts` (e.g. `CountAggregation.counts.counts`): observed = each count's hourly flow,
    /// simulated = `simulatedHourlyFlows[i]` for `counts[i]`.
    public init(counts: [TrafficCount], simulatedHourlyFlows: [Double]) {
        precondition(counts.count == simulatedHourlyFlows.count, "one simulated flow per count")
        rows = zip(counts, simulatedHourlyFlows).map { count, simulated in
            CountComparison(
                station: count.station, target: count.target, begin: count.begin, end: count.end,
                observed: count.hourlyFlow, simulated: simulated)
        }
    }

    /// GEH = √(2 (M − C)² / (M + C)) for simulated (model) flow M and counted flow C, both in veh/h and ≥ 0;
    /// 0 when both are 0. Example: M = 100, C = 80 → √(2 · 400 / 180) = 2.108.
    public static func geh(simulated m: Double, observed c: Double) -> Double {
        guard m + c > 0 else { return 0 }
        return (2 * (m - c) * (m - c) / (m + c)).squareRoot()
    }

    /// The share (0…1) of rows with GEH strictly below `threshold` (default 5); nil without rows.
    public func share(gehBelow threshold: Double = 5) -> Double? {
        guard !rows.isEmpty else { return nil }
        return Double(rows.count { $0.geh < threshold }) / Double(rows.count)
    }

    /// Whether at least `share` (default 85 %) of the rows have GEH below 5 (DMRB / WebTAG M3.1); false
    /// without rows.
    public func meetsGEHCriterion(share required: Double = 0.85) -> Bool {
        guard let share = share(gehBelow: 5) else { return false }
        return share >= required
    }

    /// The coefficient of determination of simulated against observed flows, 1 − Σ(M − C)² / Σ(C − C̄)²:
    /// 1 for a perfect match, lower (even negative) the further the simulation is from the counts. Unlike the
    /// squared correlation coefficient it also falls when the simulation is biased (M = 2 C has a squared
    /// correlation of 1, not here). Nil with fewer than two rows or when all observed flows are equal.
    public var rSquared: Double? {
        guard rows.count >= 2 else { return nil }
        let mean = rows.reduce(0) { $0 + $1.observed } / Double(rows.count)
        let total = rows.reduce(0) { $0 + ($1.observed - mean) * ($1.observed - mean) }
        guard total > 0 else { return nil }
        let residual = rows.reduce(0) { $0 + ($1.simulated - $1.observed) * ($1.simulated - $1.observed) }
        return 1 - residual / total
    }

    /// The mean of |M − C| over the rows, veh/h; nil without rows.
    public var meanAbsoluteError: Double? {
        guard !rows.isEmpty else { return nil }
        return rows.reduce(0) { $0 + abs($1.simulated - $1.observed) } / Double(rows.count)
    }
}
