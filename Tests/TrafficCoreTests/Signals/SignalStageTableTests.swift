import Testing
import TrafficTestSupport

@testable import TrafficCore

@Suite("Signal stages from fixed plans")
struct SignalStageTableTests {
    private func sequence(_ plan: SignalPlan) throws -> SignalStageTable.Sequence {
        let network = try SignalJunction.network()
        let table = try SignalTable(network: network, plans: [network.node(named: "x")!: plan])
        return SignalStageTable.stageSequence(groups: [0, 1], signals: table)
    }

    /// Compiled groups: 0 = EW, 1 = NS (movement order).
    /// EW green [50, 10) (wraps), NS [13, 47), offset 10. Stages: EW 20 s then 3 s gap, NS 34 s then 3 s gap.
    /// At t = 0 the cycle phase is −10 mod 60 = 50: EW has just turned green → green start 0.
    @Test func wrappingGreenAndOffset() throws {
        let s = try sequence(
            SignalPlan(
                cycle: 60, offset: 10,
                groups: [
                    SignalGroup(id: "EW", greenIntervals: [.init(start: 50, end: 10)]),
                    SignalGroup(id: "NS", greenIntervals: [.init(start: 13, end: 47)]),
                ]))
        #expect(s.stages.map(\.groups) == [[1], [0]])  // cycle order from phase 0: NS [13, 47), EW [50, 70)
        #expect(s.stages.map(\.duration) == [34, 20])
        #expect(s.stages.map(\.gapAfter) == [3, 3])
        #expect(s.stages[s.initialStage].groups == [0] && s.initialGreenStart == 0)
    }

    /// Overlapping greens: EW [0, 30), NS [20, 50) → stages {EW} 20 s, {EW, NS} 10 s, {NS} 20 s, gap 10 s
    /// after the last. Offset 55 → phase at t = 0 is 5: the first stage started 5 s ago (green start −5).
    /// Phase 52 (offset 8) lies in the gap [50, 60): the next stage, {EW}, turns green in 8 s.
    @Test func overlappingGreensAndStartInsideTheIntergreen() throws {
        let groups = [
            SignalGroup(id: "EW", greenIntervals: [.init(start: 0, end: 30)]),
            SignalGroup(id: "NS", greenIntervals: [.init(start: 20, end: 50)]),
        ]
        let s = try sequence(SignalPlan(cycle: 60, offset: 55, groups: groups))
        #expect(s.stages.map(\.groups) == [[0], [0, 1], [1]])
        #expect(s.stages.map(\.duration) == [20, 10, 20])
        #expect(s.stages.map(\.gapAfter) == [0, 0, 10])
        #expect(s.initialStage == 0 && s.initialGreenStart == -5)
        let inGap = try sequence(SignalPlan(cycle: 60, offset: 8, groups: groups))
        #expect(inGap.initialStage == 0 && inGap.initialGreenStart == 8)
    }
}
