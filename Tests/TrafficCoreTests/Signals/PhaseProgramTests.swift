import Testing
import TrafficCore

/// Phase programs: conversion from plans, transitions and stages, retiming that keeps every clearance, and the
/// safety check, on programs whose numbers follow by hand.
@Suite("Phase programs and signal safety")
struct PhaseProgramTests {
    /// Columns A (north–south, vehicles), B (east–west, vehicles), P (pedestrians crossing east–west, green with
    /// A). Phases (s): 0: A P green 30 · 1: A green, P red 5 (pedestrian clearance) · 2: A amber 3 · 3: all red 2 ·
    /// 4: B green 25 · 5: B amber 3 · 6: all red 2. Cycle 70 s.
    static func crossing(stage1: Double = 30, clearance: Double = 5, stage2: Double = 25) -> PhaseProgram {
        func phase(_ d: Double, _ a: SignalState, _ b: SignalState, _ p: SignalState) -> SignalPhase {
            SignalPhase(duration: d, states: [a, b, p])
        }
        return PhaseProgram(
            columns: ["A", "B", "P"],
            phases: [
                phase(stage1, .green, .red, .green), phase(clearance, .green, .red, .red), phase(3, .amber, .red, .red),
                phase(2, .red, .red, .red), phase(stage2, .red, .green, .red), phase(3, .red, .amber, .red),
                phase(2, .red, .red, .red),
            ], offset: 10)
    }

    @Test func transitionsAreAmberAllRedAndEveryClearance() {
        let program = Self.crossing()
        #expect(program.cycle == 70)
        // A and B never green together, nor B and P; A and P are.
        #expect(program.separatedPairs == [ColumnPair(0, 1), ColumnPair(1, 2)])
        // P ends at phase 1 and B starts at phase 4: phases 1–3 are P's clearance; 5–6 B's (amber, all red).
        #expect(program.transitionPhases() == [false, true, true, true, false, true, true])
        let stages = program.stages(transitions: program.transitionPhases())
        #expect(stages.map(\.phases) == [[0], [4]])
        #expect(stages.map(\.duration) == [30, 25])
        #expect(stages.map(\.greenColumns) == [[0, 2], [1]])
    }

    @Test func retimingChangesOnlyStagesAndKeepsEveryClearance() {
        let program = Self.crossing()
        let stages = program.stages(transitions: program.transitionPhases())
        let retimed = program.retimed(stages: stages, stageDurations: [40, 20])
        #expect(retimed.phases.map(\.duration) == [40, 5, 3, 2, 20, 3, 2])
        #expect(retimed.cycle == 75)
        #expect(retimed.offset == 10)
        #expect(retimed.phases.map(\.states) == program.phases.map(\.states))
        #expect(SignalSafety.violations(of: retimed, reference: program).isEmpty)
        // A stage of several phases (a left turn protected, then permitted: same green set) is scaled in
        // proportion, none below the 1 s floor; C joining A makes a new stage (another green set).
        let twoPhases = PhaseProgram(
            columns: ["A", "L", "C", "B"],
            phases: [
                SignalPhase(duration: 10, states: [.green, .green, .red, .red]),
                SignalPhase(duration: 30, states: [.green, .permissive, .red, .red]),
                SignalPhase(duration: 10, states: [.green, .permissive, .green, .red]),
                SignalPhase(duration: 5, states: [.amber, .amber, .amber, .red]),
                SignalPhase(duration: 20, states: [.red, .red, .red, .green]),
                SignalPhase(duration: 5, states: [.red, .red, .red, .amber]),
            ])
        let stagesOfTwo = twoPhases.stages(transitions: twoPhases.transitionPhases())
        #expect(stagesOfTwo.map(\.phases) == [[0, 1], [2], [4]])
        #expect(twoPhases.retimed(stages: stagesOfTwo, stageDurations: [20, 10, 20]).phases.map(\.duration) == [5, 15, 10, 5, 20, 5])
        #expect(twoPhases.retimed(stages: stagesOfTwo, stageDurations: [4, 10, 20]).phases.map(\.duration) == [1, 3, 10, 5, 20, 5])
        #expect(twoPhases.retimed(stages: stagesOfTwo, stageDurations: [1, 10, 20]).phases.map(\.duration) == [1, 1, 10, 5, 20, 5])
    }

    @Test func cuttingAClearanceOrAMinimumGreenIsAViolation() {
        let reference = Self.crossing()
        // Pedestrian clearance 5 → 2 s: P → B was 5 + 3 + 2 = 10 s, now 7 s; A → B is still 5 s.
        let cut = Self.crossing(clearance: 2)
        #expect(SignalSafety.violations(of: cut, reference: reference) == [
            .intergreenCut(clearing: "P", entering: "B", required: 10, actual: 7)
        ])
        // B's green 25 → 3 s: below RiLSA's 5 s minimum.
        let short = Self.crossing(stage2: 3)
        #expect(SignalSafety.violations(of: short, reference: reference) == [
            .shortGreen(column: "B", required: 5, actual: 3)
        ])
        // B green from the end of the pedestrian green on: 5 s together with A (phase 1), and no clearance at
        // all after P (10 s needed). A's amber is not green, so phases 2–3 add no conflict.
        var early = reference
        for i in 1...3 { early.phases[i].states[1] = .green }
        #expect(SignalSafety.violations(of: early, reference: reference) == [
            .conflictingGreen("A", "B", seconds: 5),
            .intergreenCut(clearing: "P", entering: "B", required: 10, actual: 0),
        ])
        // A conflict matrix that allows A with B (e.g. a grade-separated pair) drops that finding, not P's.
        let onlyPB = SignalSafety.violations(of: early, reference: reference, conflicts: [ColumnPair(1, 2)])
        #expect(onlyPB == [.intergreenCut(clearing: "P", entering: "B", required: 10, actual: 0)])
    }

    @Test func aPlanBecomesAProgramAndBack() {
        let plan = SignalPlan(
            cycle: 70, offset: 4,
            groups: [
                SignalGroup(id: "NS", greenIntervals: [GreenInterval(start: 60, end: 20)]),
                SignalGroup(id: "EW", greenIntervals: [GreenInterval(start: 25, end: 55)]),
            ])
        let program = PhaseProgram(plan: plan)
        #expect(program.columns == ["NS", "EW"])
        #expect(program.phases.map(\.duration) == [20, 5, 30, 5, 10])
        #expect(program.offset == 4)
        #expect(program.plan == plan)
        // Without amber, the gaps between the two groups are their clearances.
        #expect(program.transitionPhases() == [false, true, false, true, false])
        let stages = program.stages(transitions: program.transitionPhases())
        #expect(stages.map(\.phases) == [[2], [4, 0]])
        #expect(stages.map(\.duration) == [30, 30])
    }

    @Test func priorityGreensOfConflictingSignalsAreFindings() {
        var program = Self.crossing()
        program.phases[0].states[1] = .permissive  // B may go in phase 0 but yields: the engineer's decision
        #expect(SignalSafety.findings(in: program, conflicts: [ColumnPair(0, 1)]).isEmpty)
        program.phases[0].states[1] = .green
        #expect(SignalSafety.findings(in: program, conflicts: [ColumnPair(0, 1)]) == [.priorityConflict("A", "B", seconds: 30)])
    }
}
