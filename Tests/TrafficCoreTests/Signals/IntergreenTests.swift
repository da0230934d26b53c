import GeoCore
import Testing
import TrafficCore

/// RiLSA intergreens (t_z = t_ü + (s_r + l)/v_r − s_e/v_e, rounded up) from distances and from paths, and the
/// lengthening of a program's clearances to meet them; every number worked out by hand.
@Suite("RiLSA intergreens")
struct IntergreenTests {
    let rules = IntergreenRules()

    @Test func theFormulaWithRiLSAsDesignValues() {
        // Straight vehicle clearing 14 m, vehicle entering 11.1 m: 3 + (14 + 6)/10 − 11.1/11.1 = 4 s exactly.
        #expect(rules.intergreen(clearing: .vehicle, clearingDistance: 14, entering: .vehicle, enteringDistance: 11.1) == 4)
        // Turning vehicle clearing 8 m at 7 m/s, pedestrian entering (t_e = 0): 3 + 14/7 = 5 s.
        #expect(rules.intergreen(clearing: .turningVehicle, clearingDistance: 8, entering: .pedestrian, enteringDistance: 3) == 5)
        // Pedestrian clearing 12 m at 1.2 m/s, no passing time; vehicle entering 5.55 m: 10 − 0.5 = 9.5 → 10 s.
        #expect(rules.intergreen(clearing: .pedestrian, clearingDistance: 12, entering: .vehicle, enteringDistance: 5.55) == 10)
        // Cyclist clearing 10 m at 4 m/s with 1 s passing; cyclist entering 5 m at 5 m/s: 1 + 2.5 − 1 = 2.5 → 3 s.
        #expect(rules.intergreen(clearing: .cyclist, clearingDistance: 10, entering: .cyclist, enteringDistance: 5) == 3)
        // Never negative: a long entering way.
        #expect(rules.intergreen(clearing: .vehicle, clearingDistance: 0, entering: .vehicle, enteringDistance: 200) == 0)
        var exact = rules
        exact.roundsUp = false
        #expect(abs(exact.intergreen(clearing: .vehicle, clearingDistance: 7.2, entering: .vehicle, enteringDistance: 7.2)
            - (3 + 13.2 / 10 - 7.2 / 11.1)) < 1e-12)
    }

    @Test func crossingPathsMeetWhereTheCentreLinesCross() throws {
        // North–south from (0, 10) to (0, −10); east–west from (10, 3) to (−10, 3): they cross at (0, 3).
        let ns = SignalPath(user: .vehicle, points: [Coordinate(0, 10), Coordinate(0, -10)], halfWidth: 1.6)
        let ew = SignalPath(user: .vehicle, points: [Coordinate(10, 3), Coordinate(-10, 3)], halfWidth: 1.6)
        let t = try #require(rules.intergreen(clearing: ns, entering: ew))
        // s_r = 7 + 1.6 = 8.6 m; s_e = 10 − 1.6 = 8.4 m: 3 + 14.6/10 − 8.4/11.1 = 3.703 → 4 s.
        #expect(abs(t.clearingDistance - 8.6) < 1e-9)
        #expect(abs(t.enteringDistance - 8.4) < 1e-9)
        #expect(t.seconds == 4)
        // A crossing walked both ways: the pedestrian clears from the far end, a vehicle enters it at the near one.
        let walk = SignalPath(user: .pedestrian, points: [Coordinate(-2, -8), Coordinate(12, -8)], halfWidth: 2, bothWays: true)
        let cleared = try #require(rules.intergreen(clearing: walk, entering: ns))
        // The crossing meets x = 0 at 2 m from its start: the far end is 12 m away, + 1.6 m; the vehicle's way
        // to y = −8 is 18 m − 2 m (the crossing's half width).
        #expect(abs(cleared.clearingDistance - 13.6) < 1e-9)
        #expect(abs(cleared.enteringDistance - 16) < 1e-9)
        #expect(cleared.seconds == (13.6 / 1.2 - 16 / 11.1).rounded(.up))
        let entered = try #require(rules.intergreen(clearing: ns, entering: walk))
        #expect(abs(entered.enteringDistance - 0.4) < 1e-9)  // nearer end: 2 m − the lane's 1.6 m
    }

    @Test func mergingPathsMeetAtTheirClosestApproach() throws {
        // Two paths ending side by side 0.5 m apart (no crossing): the conflict is at their ends.
        let a = SignalPath(user: .vehicle, points: [Coordinate(0, 0), Coordinate(10, 0)], halfWidth: 1.6)
        let b = SignalPath(user: .turningVehicle, points: [Coordinate(10, -8), Coordinate(10, -0.5)], halfWidth: 1.6)
        let t = try #require(rules.intergreen(clearing: a, entering: b))
        #expect(abs(t.clearingDistance - 11.6) < 1e-9)
        #expect(abs(t.enteringDistance - 5.9) < 1e-9)
        #expect(SignalPath.vehicleUser(for: [Coordinate(0, 0), Coordinate(5, 0), Coordinate(9, 4)]) == .turningVehicle)
        #expect(SignalPath.vehicleUser(for: [Coordinate(0, 0), Coordinate(5, 0), Coordinate(10, 1)]) == .vehicle)
    }

    /// A (0) green 30 s, amber 3 s; B (1) green 30 s, amber 3 s: 3 s from each green end to the other's start.
    static func twoStages() -> PhaseProgram {
        PhaseProgram(
            columns: ["A", "B"],
            phases: [
                SignalPhase(duration: 30, states: [.green, .red]), SignalPhase(duration: 3, states: [.amber, .red]),
                SignalPhase(duration: 30, states: [.red, .green]), SignalPhase(duration: 3, states: [.red, .amber]),
            ])
    }

    static func required(_ seconds: Double) -> RequiredIntergreen {
        RequiredIntergreen(seconds: seconds, clearing: .vehicle, entering: .vehicle, clearingDistance: 0, enteringDistance: 0)
    }

    @Test func aShortIntergreenIsAViolationUntilAnAllRedPhaseLengthensIt() {
        let program = Self.twoStages()
        let needs: [DirectedColumnPair: RequiredIntergreen] = [
            DirectedColumnPair(clearing: 0, entering: 1): Self.required(5),
            DirectedColumnPair(clearing: 1, entering: 0): Self.required(3),
        ]
        // Checked against itself, the reference's own 3 s do not excuse it: RiLSA asks 5 s for A → B.
        #expect(SignalSafety.violations(of: program, reference: program, intergreens: needs) == [
            .intergreenBelowRiLSA(clearing: "A", entering: "B", required: Self.required(5), actual: 3)
        ])
        #expect(SignalSafety.findings(in: program, conflicts: [ColumnPair(0, 1)], intergreens: needs).count == 1)

        let (safe, lengthened) = program.lengtheningIntergreens(to: needs, conflicts: [ColumnPair(0, 1)])
        // After A's amber an all-red phase of 2 s; no amber stretched, no green shortened; the cycle grows by 2 s.
        #expect(safe.phases.map(\.duration) == [30, 3, 2, 30, 3])
        #expect(safe.phases[2].states == [.red, .red])
        #expect(safe.cycle == 68)
        #expect(lengthened == [PhaseProgram.LengthenedIntergreen(clearing: "A", entering: "B", from: 3, to: 5)])
        #expect(SignalSafety.violations(of: safe, reference: program, intergreens: needs).isEmpty)

        // Keeping the cycle (a coordinated program): the 2 s come out of the two stages, 1 s each.
        let kept = program.lengtheningIntergreens(to: needs, conflicts: [ColumnPair(0, 1)], keepsCycle: true).program
        #expect(kept.cycle == 66)
        #expect(kept.phases.map(\.duration) == [29, 3, 2, 29, 3])
        #expect(SignalSafety.violations(of: kept, reference: program, intergreens: needs).isEmpty)
    }

    @Test func anExistingAllRedPhaseIsExtendedInstead() {
        // A plan's program: greens and all-red gaps of 3 s (no amber).
        let plan = SignalPlan(
            cycle: 66, groups: [
                SignalGroup(id: "A", greenIntervals: [GreenInterval(start: 0, end: 30)]),
                SignalGroup(id: "B", greenIntervals: [GreenInterval(start: 33, end: 63)]),
            ])
        let program = PhaseProgram(plan: plan)
        let needs = [DirectedColumnPair(clearing: 1, entering: 0): Self.required(6)]
        let safe = program.lengtheningIntergreens(to: needs, conflicts: nil).program
        // The gap before A (phase 3, the last one: before phase 0 of the next cycle) grows from 3 to 6 s.
        #expect(safe.phases.map(\.duration) == [30, 3, 30, 6])
        #expect(safe.phases[0].states == [.green, .red])
    }

    @Test func aGreenRunningStraightIntoItsConflictCannotBeLengthenedAndStaysAViolation() {
        let reference = Self.twoStages()
        var program = reference
        program.phases[1].states = [.green, .red]  // A's amber replaced by green: B starts as A ends
        let needs = [DirectedColumnPair(clearing: 0, entering: 1): Self.required(4)]
        let result = program.lengtheningIntergreens(to: needs, conflicts: [ColumnPair(0, 1)]).program
        #expect(!SignalSafety.violations(of: result, reference: reference, intergreens: needs).isEmpty)
    }
}
