/// A green time window within a signal cycle, in seconds from the start of the cycle: green on [start, end).
///
/// `end < start` wraps around the end of the cycle (green on [start, cycle) and [0, end)). Amber and red are
/// "not green": give the *effective* green here (displayed green + usable part of amber − start-up loss).
public struct GreenInterval: Sendable, Hashable {
    public var start: Double
    public var end: Double

    public init(start: Double, end: Double) {
        self.start = start
        self.end = end
    }

    /// Duration within a cycle of length `cycle`.
    public func duration(cycle: Double) -> Double { end >= start ? end - start : cycle - start + end }

    /// The green windows of `intervals` in one cycle of length `cycle`: wrapping intervals split at the
    /// cycle end, sorted by start, overlaps and touching windows merged, empty ones dropped.
    public static func normalised(_ intervals: [GreenInterval], cycle: Double) -> [GreenInterval] {
        var pieces: [GreenInterval] = []
        for i in intervals {
            if i.end >= i.start {
                pieces.append(i)
            } else {
                pieces.append(GreenInterval(start: i.start, end: cycle))
                pieces.append(GreenInterval(start: 0, end: i.end))
            }
        }
        pieces.sort { $0.start < $1.start }
        var merged: [GreenInterval] = []
        for p in pieces where p.end > p.start {
            if let last = merged.last, p.start <= last.end {
                merged[merged.count - 1].end = max(last.end, p.end)
            } else {
                merged.append(p)
            }
        }
        return merged
    }
}

/// A signal group (RiLSA "Signalgruppe"): the movements it controls are green in its intervals.
public struct SignalGroup: Sendable, Hashable {
    public var id: String
    public var greenIntervals: [GreenInterval]

    public init(id: String, greenIntervals: [GreenInterval]) {
        self.id = id
        self.greenIntervals = greenIntervals
    }
}

/// A signal plan for one node, as a value (optimisers produce new plans; the simulation reads them).
///
/// A group's state at simulation time t is its state at cycle phase `(t − offset) mod cycle`. A plan with
/// `actuation` is vehicle-actuated: its greens are the initial timing and the engine times each stage between
/// the actuation's limits (`SignalActuation`); without it the plan is fixed time.
public struct SignalPlan: Sendable, Hashable {
    /// Cycle length in seconds.
    public var cycle: Double
    /// Offset in seconds: the cycle starts at simulation times offset + k × cycle.
    public var offset: Double
    public var groups: [SignalGroup]
    /// Per-stage min/max green and gap when the node is vehicle-actuated; nil for a fixed-time plan.
    public var actuation: SignalActuation?

    public init(cycle: Double, offset: Double = 0, groups: [SignalGroup], actuation: SignalActuation? = nil) {
        self.cycle = cycle
        self.offset = offset
        self.groups = groups
        self.actuation = actuation
    }

    /// Whether the node is vehicle-actuated (`actuation` is set).
    public var isActuated: Bool { actuation != nil }

    public func group(_ id: String) -> SignalGroup? { groups.first { $0.id == id } }

    /// Effective green per cycle of group `id` in seconds (0 when the group is unknown).
    public func effectiveGreen(of id: String) -> Double {
        group(id)?.greenIntervals.reduce(0) { $0 + $1.duration(cycle: cycle) } ?? 0
    }

    /// Whether group `id` is green at simulation time `time`. Not for hot loops (the simulation compiles plans).
    public func isGreen(group id: String, at time: Double) -> Bool {
        guard let group = group(id) else { return false }
        var phase = (time - offset).truncatingRemainder(dividingBy: cycle)
        if phase < 0 { phase += cycle }
        return group.greenIntervals.contains { interval in
            interval.end >= interval.start
                ? phase >= interval.start && phase < interval.end
                : phase >= interval.start || phase < interval.end
        }
    }
}
