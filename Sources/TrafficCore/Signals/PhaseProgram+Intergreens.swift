extension PhaseProgram {
    /// One intergreen a program had to lengthen.
    public struct LengthenedIntergreen: Sendable, Hashable {
        public var clearing: String
        public var entering: String
        public var from: Double
        public var to: Double

        public init(clearing: String, entering: String, from: Double, to: Double) {
            self.clearing = clearing
            self.entering = entering
            self.from = from
            self.to = to
        }
    }

    /// The program with every intergreen between conflicting signals it keeps apart at least as long as
    /// `intergreens` requires (RiLSA from the junction's geometry), and what was lengthened.
    ///
    /// A short intergreen is lengthened where the entering green starts: the phase just before it is extended
    /// when it is a clearance phase of the pair (both red, no amber); otherwise an all-red phase is inserted
    /// there — the phase before with its ambers turned red and its greens held, so no green ends early and no
    /// yellow is stretched. The cycle grows by what is inserted; greens keep their lengths. Pairs that still fall
    /// short after a few rounds (a green that runs straight into its conflicting one) are left for
    /// `SignalSafety` to reject.
    /// - Parameter keepsCycle: take the inserted time from the stages instead (in proportion to their length,
    ///   none below `min(its length, rules.minimumGreen)`), so that a coordinated program keeps its cycle.
    public func lengtheningIntergreens(
        to intergreens: [DirectedColumnPair: RequiredIntergreen], conflicts: Set<ColumnPair>?,
        keepsCycle: Bool = false, rules: SignalSafetyRules = .init()
    ) -> (program: PhaseProgram, lengthened: [LengthenedIntergreen]) {
        var program = self
        var first: [DirectedColumnPair: Double] = [:]
        for _ in 0..<6 {
            let shortfalls = SignalSafety.intergreenShortfalls(
                of: program, conflicts: conflicts, intergreens: intergreens, rules: rules)
            guard !shortfalls.isEmpty else { break }
            // The phase where each short pair's entering green starts, and how much later it must start.
            var needed: [Int: Double] = [:]
            let starts = program.phaseStarts
            let cycle = program.cycle
            for (pair, actual) in shortfalls {
                if first[pair] == nil { first[pair] = actual }
                guard let j = program.greenStart(of: pair, after: actual, starts: starts, cycle: cycle) else { continue }
                needed[j] = max(needed[j] ?? 0, intergreens[pair]!.seconds - actual)
            }
            guard !needed.isEmpty else { break }
            for j in needed.keys.sorted(by: >) {
                program.delayGreens(startingAt: j, by: needed[j]!)
            }
        }
        if keepsCycle, program.cycle > cycle + 1e-9 {
            let stages = program.stages(transitions: program.transitionPhases(conflicts: conflicts))
            let total = stages.reduce(0) { $0 + $1.duration }
            let excess = program.cycle - cycle
            if total > 0 {
                program = program.retimed(
                    stages: stages, stageDurations: stages.map { $0.duration - excess * $0.duration / total },
                    floor: rules.minimumGreen)
            }
        }
        let lengthened = first.keys.sorted().map { pair in
            let w = Windows(program, column: pair.clearing)
            let e = Windows(program, column: pair.entering)
            let now = w.ends.map { e.timeToNextStart(after: $0) }.min() ?? .infinity
            return LengthenedIntergreen(
                clearing: columns[pair.clearing], entering: columns[pair.entering], from: first[pair]!, to: now)
        }
        return (program, lengthened)
    }

    /// The index of the phase in which `pair.entering`'s green starts `actual` seconds after an end of
    /// `pair.clearing`'s green.
    private func greenStart(of pair: DirectedColumnPair, after actual: Double, starts: [Double], cycle: Double) -> Int? {
        let ends = Windows(self, column: pair.clearing).ends
        let entering = Windows(self, column: pair.entering)
        for end in ends where abs(entering.timeToNextStart(after: end) - actual) < 1e-6 {
            let time = (end + actual).truncatingRemainder(dividingBy: cycle)
            for (j, start) in starts.enumerated() where phases[j].duration > 0 && phases[j].states[pair.entering].isGreen {
                let d = abs(start - time)
                if d < 1e-6 || abs(d - cycle) < 1e-6 { return j }
            }
        }
        return nil
    }

    /// Starts the greens of phase `j` `seconds` later: the phase before grows when it shows no green that starts
    /// in `j` and no amber, otherwise an all-red copy of it is inserted before `j`.
    private mutating func delayGreens(startingAt j: Int, by seconds: Double) {
        let n = phases.count
        var p = (j + n - 1) % n
        while phases[p].duration <= 0, p != j { p = (p + n - 1) % n }
        let before = phases[p]
        if !before.states.contains(.amber) {
            phases[p].duration += seconds
            return
        }
        let states = before.states.map { $0.isGreen ? $0 : SignalState.red }
        // Before phase 0 is after the last phase: phase 0 keeps its start at the offset.
        phases.insert(SignalPhase(duration: seconds, states: states), at: j == 0 ? n : j)
    }
}
