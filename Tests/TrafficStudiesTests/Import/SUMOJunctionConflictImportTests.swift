import Foundation
import Testing
import TrafficCore
import TrafficStudies

/// A netconvert net (`pedestrian-crossing.net.xml`: four-arm junction C, 12 vehicle links, 4 pedestrian crossings,
/// netconvert's default program) imported with its conflict matrix, crossings and phases.
@Suite struct SUMOJunctionConflictImportTests {
    let light: SUMOTrafficLight

    init() throws { light = try trafficLight("C", ofFixture: "pedestrian-crossing.net.xml") }

    /// Link indices (netconvert numbers them clockwise from north, right/straight/left): 0 N→W, 1 N→S, 2 N→E,
    /// 3 E→N, 4 E→W, 5 E→S, 6 S→E, 7 S→N, 8 S→W, 9 W→S, 10 W→E, 11 W→N; crossings 12 over the north arm, 13 east,
    /// 14 south, 15 west.
    @Test func crossingsAndTheirLengthsAreKnown() {
        #expect(light.linkCount == 16)
        #expect(light.crossings == [12: 6.4, 13: 6.4, 14: 6.4, 15: 6.4])
        #expect(Set(light.linkJunctions.values) == ["C"])
        #expect(light.linkJunctions.count == 16)
    }

    /// RiLSA intergreens from the internal lane and crossing shapes, by hand from the fixture's coordinates:
    /// N→S (:C_1_0, x = 198.4 from y = 207.2 down) and E→W (:C_4_0, y = 201.6 from x = 207.2 west) cross at
    /// (198.4, 201.6), 5.6 m and 8.8 m from their stop lines; lanes are 3.2 m wide (netconvert's default).
    @Test func intergreensComeFromTheJunctionsGeometry() {
        // s_r = 5.6 + 1.6 = 7.2 m, s_e = 8.8 − 1.6 = 7.2 m: 3 + 13.2/10 − 7.2/11.1 = 3.67 → 4 s.
        expectIntergreen(light, clearing: 1, entering: 4, seconds: 4, users: (.vehicle, .vehicle), metres: (7.2, 7.2))
        // s_r = 8.8 + 1.6 = 10.4 m, s_e = 5.6 − 1.6 = 4 m: 3 + 16.4/10 − 4/11.1 = 4.28 → 5 s.
        expectIntergreen(light, clearing: 4, entering: 1, seconds: 5, users: (.vehicle, .vehicle), metres: (10.4, 4))
        // The crossing over the north arm (:C_c0_0, y = 205.2 from x = 203.2 to 196.8, 4 m wide) cleared by a
        // pedestrian before N→S enters: the far end is 4.8 m from x = 198.4, + 1.6 m; the vehicle reaches it after
        // 2 m − 2 m = 0 m: 6.4/1.2 = 5.33 → 6 s.
        expectIntergreen(
            light, clearing: 12, entering: 1, seconds: 6, users: (.pedestrian, .vehicle), metres: (6.4, 0))
        // Only conflicting pairs have one; opposite straights do not conflict.
        #expect(light.intergreens[DirectedColumnPair(clearing: 1, entering: 7)] == nil)
        #expect(light.intergreens.keys.allSatisfy { light.conflicts.contains(ColumnPair($0.clearing, $0.entering)) })
    }

    @Test func conflictsAreTheJunctionsFoes() {
        func partners(_ k: Int) -> [Int] {
            light.conflicts.filter { $0.first == k || $0.second == k }.map { $0.first == k ? $0.second : $0.first }.sorted()
        }
        // The crossing over the north arm meets everything that leaves from or drives into the north arm.
        #expect(partners(12) == [0, 1, 2, 3, 7, 11])
        // Crossing straights conflict, opposite straights do not.
        #expect(light.conflicts.contains(ColumnPair(1, 4)))
        #expect(light.conflicts.contains(ColumnPair(1, 10)))
        #expect(!light.conflicts.contains(ColumnPair(1, 7)))
        #expect(!light.conflicts.contains(ColumnPair(4, 10)))
        // A left turn meets the opposing straight (permitted: both green in the program, the left turn yields).
        #expect(light.conflicts.contains(ColumnPair(2, 7)))
    }

    @Test func theProgramKeepsItsStatesAndItsClearances() throws {
        let phases = try #require(light.phases)
        #expect(phases.phases.map(\.duration) == [37, 5, 3, 37, 5, 3])
        #expect(light.phaseStates?.map { String($0) } == [
            "gGgrrrgGgrrrrGrG", "gGgrrrgGgrrrrrrr", "yyyrrryyyrrrrrrr",
            "rrrgGgrrrgGgGrGr", "rrrgGgrrrgGgrrrr", "rrryyyrrryyyrrrr",
        ])
        // Phase 1 is the pedestrians' clearance (vehicles go on, crossings red), phase 2 the amber: both are
        // transitions, so a retimed program keeps them; the stages are phases 0 and 3.
        #expect(phases.transitionPhases(conflicts: light.conflicts) == [false, true, true, false, true, true])
        #expect(phases.stages(transitions: phases.transitionPhases(conflicts: light.conflicts)).map(\.phases) == [[0], [3]])
        // The program's permitted left turns (g) with the opposing straight are no priority conflict.
        #expect(SignalSafety.findings(in: phases, conflicts: light.conflicts).isEmpty)
    }
}
