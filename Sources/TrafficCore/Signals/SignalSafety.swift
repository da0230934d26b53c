/// Limits a signal program must keep (RiLSA, Richtlinien für Lichtsignalanlagen, FGSV 2015, as summarised per
/// value).
public struct SignalSafetyRules: Sendable, Hashable {
    /// Minimum green (Mindestfreigabezeit) of any signal in seconds: 5 s in RiLSA for vehicles; a green the
    /// reference program already gives shorter is held at its reference length, never cut further.
    public var minimumGreen: Double = 5
    /// Shortest phase in seconds; a controller switching faster than this is an artefact, not a plan.
    public var minimumPhase: Double = 1
    /// Slack for rounding in seconds (programs are written to 0.01 s).
    public var tolerance: Double = 0.05

    public init(minimumGreen: Double = 5, minimumPhase: Double = 1, tolerance: Double = 0.05) {
        self.minimumGreen = minimumGreen
        self.minimumPhase = minimumPhase
        self.tolerance = tolerance
    }
}

/// One way a signal program is unsafe, naming the columns (signals) and the seconds.
public enum SignalViolation: Sendable, Hashable, CustomStringConvertible {
    /// Two conflicting signals are green at the same time for `seconds` per cycle.
    case conflictingGreen(String, String, seconds: Double)
    /// After `clearing` ends, `entering` starts after `actual` seconds; it needs `required` (the reference's
    /// intergreen).
    case intergreenCut(clearing: String, entering: String, required: Double, actual: Double)
    /// A green of `column` lasts `actual` seconds; it needs `required`.
    case shortGreen(column: String, required: Double, actual: Double)
    /// Phase `index` lasts `actual` seconds, below `required`.
    case shortPhase(index: Int, required: Double, actual: Double)
    /// Two signals the junction defines as conflicting both show priority green (SUMO `G`) at once for
    /// `seconds` per cycle: neither yields (found in a program on its own, e.g. an input program).
    case priorityConflict(String, String, seconds: Double)
    /// After `clearing` ends, `entering` starts after `actual` seconds; the junction's geometry needs
    /// `required.seconds` by RiLSA (`IntergreenRules`).
    case intergreenBelowRiLSA(clearing: String, entering: String, required: RequiredIntergreen, actual: Double)

    public var description: String {
        func s(_ v: Double) -> String {
            let r = (v * 100).rounded() / 100
            return r == r.rounded() ? String(Int(r)) : String(r)
        }
        switch self {
        case .conflictingGreen(let a, let b, let seconds):
            return "conflicting signals \(a) and \(b) are green together for \(s(seconds)) s per cycle"
        case .intergreenCut(let clearing, let entering, let required, let actual):
            return "intergreen \(clearing) → \(entering) is \(s(actual)) s; it needs \(s(required)) s"
        case .shortGreen(let column, let required, let actual):
            return "a green of \(column) lasts \(s(actual)) s; minimum \(s(required)) s"
        case .shortPhase(let index, let required, let actual):
            return "phase \(index) lasts \(s(actual)) s; minimum \(s(required)) s"
        case .priorityConflict(let a, let b, let seconds):
            return "conflicting signals \(a) and \(b) both show priority green for \(s(seconds)) s per cycle"
        case .intergreenBelowRiLSA(let clearing, let entering, let required, let actual):
            let d = "\(required.clearing.label) clearing \(s(required.clearingDistance)) m, "
                + "\(required.entering.label) entering \(s(required.enteringDistance)) m"
            return "intergreen \(clearing) → \(entering) is \(s(actual)) s; RiLSA needs \(s(required.seconds)) s "
                + "for the junction's geometry (\(d))"
        }
    }
}

/// The safety check every signal proposal passes before it is written, and `flowsim signals check`.
///
/// A proposal is judged against the reference program it was made from (the running program), column by column:
/// - signals that conflict — the `conflicts` given (a junction's conflict matrix), or, without them, every
///   pair the reference never shows green together — must not be green together, unless the reference already
///   does (a permitted turn green with the opposing stream is the engineer's decision);
/// - the intergreen from the end of one conflicting green to the start of the other may not be shorter than
///   the reference's: for the pair's direct transition its own intergreen, and for a pair that the reference
///   separates by more (another stage in between) at least the longest clearance the clearing signal has in
///   the reference;
/// - no green shorter than `min(reference's shortest green of that signal, rules.minimumGreen)`;
/// - no phase shorter than `min(reference's shortest phase, rules.minimumPhase)`;
/// - with `intergreens` (RiLSA from the junction's geometry, e.g. `SUMOTrafficLight.intergreens`), no intergreen
///   of a conflicting pair below its required t_z, even where the reference's own is shorter: a proposal must be
///   safe by the rules, not only no worse than what runs.
/// Times are cyclic: a green through the end of the cycle is one green.
public enum SignalSafety {
    /// The violations of `proposal` against `reference` (columns matched by name; columns missing from the
    /// proposal count as never green).
    public static func violations(
        of proposal: PhaseProgram, reference: PhaseProgram, conflicts: Set<ColumnPair>? = nil,
        intergreens: [DirectedColumnPair: RequiredIntergreen] = [:], rules: SignalSafetyRules = .init()
    ) -> [SignalViolation] {
        let names = reference.columns
        let refWindows = names.indices.map { Windows(reference, column: $0) }
        let proposalIndex = Dictionary(proposal.columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let newWindows = names.map { name in proposalIndex[name].map { Windows(proposal, column: $0) } ?? .never(proposal.cycle) }
        let separated = reference.separatedPairs
        let pairs = conflicts.map { $0.intersection(separated) } ?? separated
        let tol = rules.tolerance
        var violations: [SignalViolation] = []

        for pair in pairs.sorted() {
            let overlap = newWindows[pair.first].overlap(with: newWindows[pair.second])
            if overlap > tol {
                violations.append(.conflictingGreen(names[pair.first], names[pair.second], seconds: overlap))
            }
        }
        var partners = [[Int]](repeating: [], count: names.count)
        for pair in pairs {
            partners[pair.first].append(pair.second)
            partners[pair.second].append(pair.first)
        }
        // The reference's longest clearance per signal: over its green ends, the time to the next conflicting start.
        let clearance = names.indices.map { a in
            refWindows[a].ends.map { end in partners[a].map { refWindows[$0].timeToNextStart(after: end) }.min() ?? 0 }
                .max() ?? 0
        }
        for a in names.indices {
            for b in partners[a].sorted() {
                let referenceGap = refWindows[a].ends.map { refWindows[b].timeToNextStart(after: $0) }.min() ?? .infinity
                let required = min(referenceGap, clearance[a])
                let geometric = intergreens[DirectedColumnPair(clearing: a, entering: b)]
                let actual = newWindows[a].ends.map { newWindows[b].timeToNextStart(after: $0) }.min() ?? .infinity
                if let geometric, geometric.seconds > (required.isFinite ? required : 0), actual < geometric.seconds - tol {
                    violations.append(
                        .intergreenBelowRiLSA(clearing: names[a], entering: names[b], required: geometric, actual: actual))
                } else if required.isFinite, required > 0, actual < required - tol {
                    violations.append(.intergreenCut(clearing: names[a], entering: names[b], required: required, actual: actual))
                }
            }
        }
        for c in names.indices {
            guard let shortestReference = refWindows[c].lengths.min() else { continue }
            let required = min(shortestReference, rules.minimumGreen)
            if let shortest = newWindows[c].lengths.min(), shortest < required - tol {
                violations.append(.shortGreen(column: names[c], required: required, actual: shortest))
            }
        }
        let shortestReferencePhase = reference.phases.map(\.duration).filter { $0 > 0 }.min() ?? rules.minimumPhase
        let minimumPhase = min(shortestReferencePhase, rules.minimumPhase)
        for (i, phase) in proposal.phases.enumerated() where phase.duration > 0 && phase.duration < minimumPhase - tol {
            violations.append(.shortPhase(index: i, required: minimumPhase, actual: phase.duration))
        }
        return violations
    }

    /// Findings in a program on its own against a junction's conflict matrix: conflicting signals that both
    /// show priority green at the same time (neither yields), and intergreens between conflicting signals the
    /// program keeps apart that are shorter than the junction's geometry requires (`intergreens`). Permitted
    /// greens (`permissive`) are not findings.
    public static func findings(
        in program: PhaseProgram, conflicts: Set<ColumnPair>,
        intergreens: [DirectedColumnPair: RequiredIntergreen] = [:], rules: SignalSafetyRules = .init()
    ) -> [SignalViolation] {
        var seconds: [ColumnPair: Double] = [:]
        for phase in program.phases where phase.duration > 0 {
            for pair in conflicts where phase.states[pair.first] == .green && phase.states[pair.second] == .green {
                seconds[pair, default: 0] += phase.duration
            }
        }
        var findings: [SignalViolation] = seconds.keys.sorted().compactMap { pair in
            seconds[pair]! > rules.tolerance
                ? .priorityConflict(program.columns[pair.first], program.columns[pair.second], seconds: seconds[pair]!)
                : nil
        }
        for (pair, actual) in intergreenShortfalls(of: program, conflicts: conflicts, intergreens: intergreens, rules: rules) {
            findings.append(
                .intergreenBelowRiLSA(
                    clearing: program.columns[pair.clearing], entering: program.columns[pair.entering],
                    required: intergreens[pair]!, actual: actual))
        }
        return findings
    }

    /// The conflicting pairs `program` keeps apart whose intergreen (the shortest over the clearing signal's green
    /// ends) is below `intergreens`, with that intergreen, in pair order.
    public static func intergreenShortfalls(
        of program: PhaseProgram, conflicts: Set<ColumnPair>?, intergreens: [DirectedColumnPair: RequiredIntergreen],
        rules: SignalSafetyRules = .init()
    ) -> [(pair: DirectedColumnPair, actual: Double)] {
        guard !intergreens.isEmpty else { return [] }
        let separated = program.separatedPairs
        var windows: [Int: Windows] = [:]
        func w(_ c: Int) -> Windows {
            if let known = windows[c] { return known }
            let made = Windows(program, column: c)
            windows[c] = made
            return made
        }
        var result: [(DirectedColumnPair, Double)] = []
        for pair in intergreens.keys.sorted() {
            let unordered = ColumnPair(pair.clearing, pair.entering)
            guard separated.contains(unordered), conflicts?.contains(unordered) ?? true,
                pair.clearing < program.columns.count, pair.entering < program.columns.count
            else { continue }
            let actual = w(pair.clearing).ends.map { w(pair.entering).timeToNextStart(after: $0) }.min() ?? .infinity
            if actual.isFinite, actual < intergreens[pair]!.seconds - rules.tolerance { result.append((pair, actual)) }
        }
        return result
    }
}

/// The green windows of one column, cyclic: a green through the end of the cycle is one window.
struct Windows {
    let cycle: Double
    /// (start, length) in [0, cycle), sorted by start.
    let windows: [(start: Double, length: Double)]

    static func never(_ cycle: Double) -> Windows { Windows(cycle: cycle, windows: []) }

    init(cycle: Double, windows: [(start: Double, length: Double)]) {
        self.cycle = cycle
        self.windows = windows
    }

    init(_ program: PhaseProgram, column: Int) {
        let cycle = program.cycle
        let pieces = GreenInterval.normalised(program.greenIntervals(columns: [column]), cycle: cycle)
        var windows = pieces.map { (start: $0.start, length: $0.end - $0.start) }
        if pieces.count > 1, let first = pieces.first, let last = pieces.last, first.start <= 1e-9,
            last.end >= cycle - 1e-9
        {
            // The run through the cycle end continues at 0: one window starting late.
            windows.removeFirst()
            windows[windows.count - 1].length += first.end - first.start
        }
        self.init(cycle: cycle, windows: windows)
    }

    var lengths: [Double] { windows.map(\.length) }

    /// Ends of the windows (none for an always-green column).
    var ends: [Double] {
        guard !(windows.count == 1 && windows[0].length >= cycle - 1e-9) else { return [] }
        return windows.map { ($0.start + $0.length).truncatingRemainder(dividingBy: cycle) }
    }

    /// Seconds from `time` to the next window start (cyclic), +∞ without windows.
    func timeToNextStart(after time: Double) -> Double {
        guard !windows.isEmpty else { return .infinity }
        return windows.map { w in
            var d = (w.start - time).truncatingRemainder(dividingBy: cycle)
            if d < -1e-9 { d += cycle }
            return max(d, 0)
        }.min()!
    }

    /// Seconds per cycle both are green.
    func overlap(with other: Windows) -> Double {
        var total = 0.0
        for a in windows {
            for b in other.windows {
                // Each window as up to two linear pieces in [0, 2·cycle).
                for (s1, e1) in Windows.pieces(a, cycle) {
                    for (s2, e2) in Windows.pieces(b, cycle) { total += max(0, min(e1, e2) - max(s1, s2)) }
                }
            }
        }
        return total
    }

    static func pieces(_ w: (start: Double, length: Double), _ cycle: Double) -> [(Double, Double)] {
        let end = w.start + w.length
        return end <= cycle ? [(w.start, end)] : [(w.start, cycle), (0, end - cycle)]
    }
}
