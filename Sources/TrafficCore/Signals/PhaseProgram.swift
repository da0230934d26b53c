/// What one signal column shows during a phase.
public enum SignalState: Sendable, Hashable {
    /// Green with priority (SUMO `G`; every green of a plan written as intervals).
    case green
    /// Green that yields to priority streams or stops first (SUMO `g`, `s`, `o`, `O`): permitted turns.
    case permissive
    /// Amber or red-amber (SUMO `y`, `Y`, `u`): not green; always part of a clearance.
    case amber
    case red

    /// Whether vehicles (or pedestrians) may enter.
    public var isGreen: Bool { self == .green || self == .permissive }
}

/// One phase of a program: how long it lasts and what each column shows.
public struct SignalPhase: Sendable, Hashable {
    public var duration: Double
    /// One state per column of the program.
    public var states: [SignalState]

    public init(duration: Double, states: [SignalState]) {
        self.duration = duration
        self.states = states
    }
}

/// A fixed-time signal program as a controller runs it: phases in cycle order, each a duration and the state of
/// every column (a signal, e.g. one SUMO link index or one signal group), starting at `offset`.
///
/// The finest description of a plan: a new phase begins wherever any column changes, and the transitions
/// (amber, all-red, the red before a conflicting green) are phases of their own. Optimisers change a program by
/// *retiming* it (`retimed(stageDurations:floor:)`): they lengthen or shorten the phases of its stages and keep
/// every transition phase exactly, so the sequence of states and every clearance stay as the engineer designed
/// them. That is the safety argument of the proposals (`SignalSafety` checks it).
public struct PhaseProgram: Sendable, Hashable {
    /// Column names, e.g. `"J1:0"`, `"J1:1"` (SUMO link indices) or signal group IDs.
    public var columns: [String]
    public var phases: [SignalPhase]
    /// The cycle starts (phase 0 begins) at simulation times offset + k × cycle.
    public var offset: Double

    public init(columns: [String], phases: [SignalPhase], offset: Double = 0) {
        self.columns = columns
        self.phases = phases
        self.offset = offset
    }

    public var cycle: Double { phases.reduce(0) { $0 + $1.duration } }

    /// Start of each phase in the cycle.
    public var phaseStarts: [Double] {
        var starts: [Double] = []
        var t = 0.0
        for phase in phases {
            starts.append(t)
            t += phase.duration
        }
        return starts
    }

    /// The program of a plan given as green intervals: one column per group (plan order), a phase wherever a
    /// group's green starts or ends, `green` inside the intervals and `red` elsewhere (plans carry no amber).
    /// Phase 0 starts at the plan's cycle start, so a green through the cycle end is two phases.
    public init(plan: SignalPlan) {
        let cycle = plan.cycle
        let windows = plan.groups.map { GreenInterval.normalised($0.greenIntervals, cycle: cycle) }
        var cuts = Set<Double>([0, cycle])
        for w in windows.joined() {
            cuts.insert(w.start)
            cuts.insert(w.end)
        }
        let points = cuts.filter { $0 >= 0 && $0 <= cycle }.sorted()
        var phases: [SignalPhase] = []
        for (a, b) in zip(points, points.dropFirst()) where b > a {
            let mid = (a + b) / 2
            let states = windows.map { w in w.contains { $0.start <= mid && mid < $0.end } ? SignalState.green : .red }
            if let last = phases.last, last.states == states {
                phases[phases.count - 1].duration += b - a
            } else {
                phases.append(SignalPhase(duration: b - a, states: states))
            }
        }
        self.init(columns: plan.groups.map(\.id), phases: phases, offset: plan.offset)
    }

    /// Green intervals of a signal made of `columns`: green in a phase when any of them is green; consecutive
    /// green phases merge; always green gives `[0, cycle)`. In the program's own frame (phase 0 at 0).
    public func greenIntervals(columns: [Int]) -> [GreenInterval] {
        let cycle = self.cycle
        let starts = phaseStarts
        let green = phases.map { phase in phase.duration > 0 && columns.contains { phase.states[$0].isGreen } }
        let active = phases.indices.filter { phases[$0].duration > 0 }
        guard !active.isEmpty else { return [] }
        if active.allSatisfy({ green[$0] }) { return [GreenInterval(start: 0, end: cycle)] }
        var intervals: [GreenInterval] = []
        var runStart: Double?
        for i in active {
            if green[i] {
                if runStart == nil { runStart = starts[i] }
            } else if let start = runStart {
                intervals.append(GreenInterval(start: start, end: starts[i]))
                runStart = nil
            }
        }
        if let start = runStart {
            if let first = intervals.first, first.start == 0 {
                intervals[0] = GreenInterval(start: start, end: first.end)
            } else {
                intervals.append(GreenInterval(start: start, end: cycle))
            }
        }
        return intervals
    }

    /// A plan with one group per entry of `groups` (id, the columns whose union it shows), cycle and offset of
    /// this program.
    public func plan(groups: [(id: String, columns: [Int])]) -> SignalPlan {
        SignalPlan(
            cycle: cycle, offset: offset,
            groups: groups.map { SignalGroup(id: $0.id, greenIntervals: greenIntervals(columns: $0.columns)) })
    }

    /// The plan with one group per column.
    public var plan: SignalPlan { plan(groups: columns.indices.map { (columns[$0], [$0]) }) }

    // MARK: Conflicts and transitions

    /// Unordered pairs of columns (lower index first) that are never green in the same phase: the pairs the
    /// program keeps apart, which a retimed program must keep apart too.
    public var separatedPairs: Set<ColumnPair> {
        var together = Set<ColumnPair>()
        for phase in phases where phase.duration > 0 {
            let green = phase.states.indices.filter { phase.states[$0].isGreen }
            for (k, a) in green.enumerated() {
                for b in green[(k + 1)...] { together.insert(ColumnPair(a, b)) }
            }
        }
        var separated = Set<ColumnPair>()
        for a in columns.indices {
            for b in (a + 1)..<columns.count where !together.contains(ColumnPair(a, b)) {
                separated.insert(ColumnPair(a, b))
            }
        }
        return separated
    }

    /// Which phases are transitions, kept exactly by `retimed`: every phase with an amber or with no green at
    /// all, and every phase between the end of a column's green and the next start of a green that conflicts
    /// with it (its clearance, whatever else is green meanwhile — e.g. vehicles that continue while the
    /// pedestrians of their crossing clear).
    /// - Parameter conflicts: pairs that must not be green together; default: `separatedPairs`.
    public func transitionPhases(conflicts: Set<ColumnPair>? = nil) -> [Bool] {
        let n = phases.count
        guard n > 0 else { return [] }
        let conflicts = conflicts ?? separatedPairs
        var transition = phases.map { phase in
            phase.states.contains(.amber) || !phase.states.contains(where: \.isGreen)
        }
        var partners = [[Int]](repeating: [], count: columns.count)
        for pair in conflicts {
            partners[pair.first].append(pair.second)
            partners[pair.second].append(pair.first)
        }
        // Phases with a duration, in order; a zero-length phase never separates anything.
        let active = (0..<n).filter { phases[$0].duration > 0 }
        guard active.count > 1 else { return transition }
        func green(_ column: Int, _ k: Int) -> Bool { phases[active[k % active.count]].states[column].isGreen }
        let m = active.count
        for a in columns.indices where !partners[a].isEmpty {
            for k in 0..<m where green(a, k + m - 1) && !green(a, k) {
                // a's green ended at the start of active phase k; walk to the first start of a conflicting green.
                var j = k
                while j < k + m {
                    if partners[a].contains(where: { green($0, j) && !green($0, j + m - 1) }) { break }
                    j += 1
                }
                guard j < k + m else { continue }
                for x in k..<j { transition[active[x % m]] = true }
            }
        }
        return transition
    }

    /// A stage (RiLSA "Phase"): a maximal run of consecutive non-transition phases (cyclic) with the same set of
    /// green columns — they may differ in priority (`green` or `permissive`) — the part of the cycle an
    /// optimiser may lengthen or shorten.
    public struct Stage: Sendable, Hashable {
        /// Phase indices in cycle order (a run through the cycle end continues at 0).
        public var phases: [Int]
        /// Sum of their durations.
        public var duration: Double
        /// Columns green in any of its phases.
        public var greenColumns: [Int]
    }

    /// The stages for `transitions` (`transitionPhases`), in cycle order starting with the first stage that
    /// begins at or after phase 0. Consecutive stages without a transition between them share no conflicting
    /// signal (their signals are green together or never conflict), so each may change its length on its own.
    public func stages(transitions: [Bool]) -> [Stage] {
        let n = phases.count
        guard n > 0, transitions.count == n else { return [] }
        guard transitions.contains(false) else { return [] }
        // Start after a transition so that no run is cut at the cycle end.
        let anchor = transitions.firstIndex(of: true) ?? 0
        func greenSet(_ i: Int) -> [Int] { phases[i].states.indices.filter { phases[i].states[$0].isGreen } }
        var stages: [Stage] = []
        var current: [Int] = []
        var currentSet: [Int] = []
        for step in 1...n {
            let i = (anchor + step) % n
            if transitions[i] || phases[i].duration <= 0 && current.isEmpty {
                if !current.isEmpty { stages.append(stage(of: current)) }
                current = []
            } else if phases[i].duration <= 0 {
                current.append(i)  // a zero-length phase belongs to the run it sits in
            } else if current.isEmpty || greenSet(i) == currentSet {
                currentSet = greenSet(i)
                current.append(i)
            } else {
                stages.append(stage(of: current))
                current = [i]
                currentSet = greenSet(i)
            }
        }
        if !current.isEmpty { stages.append(stage(of: current)) }
        stages.sort { $0.phases[0] < $1.phases[0] }
        return stages
    }

    private func stage(of indices: [Int]) -> Stage {
        var green = Set<Int>()
        for i in indices where phases[i].duration > 0 {
            for (c, s) in phases[i].states.enumerated() where s.isGreen { green.insert(c) }
        }
        return Stage(phases: indices, duration: indices.reduce(0) { $0 + phases[$1].duration }, greenColumns: green.sorted())
    }

    /// The program with each stage lasting `stageDurations[i]` (parallel to `stages`): its phases scaled in
    /// proportion, none below `min(its duration, floor)`; every other phase (the transitions) unchanged.
    public func retimed(stages: [Stage], stageDurations: [Double], floor: Double = 1) -> PhaseProgram {
        var copy = self
        for (stage, target) in zip(stages, stageDurations) {
            let originals = stage.phases.map { phases[$0].duration }
            let floors = originals.map { min($0, floor) }
            let durations = Self.scaled(originals, to: max(target, floors.reduce(0, +)), floors: floors)
            for (i, d) in zip(stage.phases, durations) { copy.phases[i].duration = d }
        }
        return copy
    }

    /// `values` scaled to add up to `total`, none below its floor (floors held, the rest re-scaled).
    static func scaled(_ values: [Double], to total: Double, floors: [Double]) -> [Double] {
        var fixed = [Bool](repeating: false, count: values.count)
        var result = values
        while true {
            let free = values.indices.filter { !fixed[$0] }
            let held = values.indices.filter { fixed[$0] }.reduce(0) { $0 + floors[$1] }
            let weight = free.reduce(0) { $0 + values[$1] }
            var changed = false
            for i in free {
                result[i] =
                    weight > 0 ? (total - held) * values[i] / weight : (total - held) / Double(max(free.count, 1))
                if result[i] < floors[i] - 1e-12 {
                    result[i] = floors[i]
                    fixed[i] = true
                    changed = true
                }
            }
            for i in values.indices where fixed[i] { result[i] = floors[i] }
            if !changed {
                // Exact sum: the rounding residue goes to the largest free share.
                if let largest = free.max(by: { result[$0] < result[$1] }) {
                    result[largest] += total - result.reduce(0, +)
                }
                return result
            }
        }
    }
}

/// An unordered pair of column indices, lower first.
public struct ColumnPair: Sendable, Hashable, Comparable {
    public let first: Int
    public let second: Int

    public init(_ a: Int, _ b: Int) {
        first = min(a, b)
        second = max(a, b)
    }

    public static func < (l: ColumnPair, r: ColumnPair) -> Bool {
        (l.first, l.second) < (r.first, r.second)
    }
}
