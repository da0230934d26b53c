import Foundation
import Testing
import TrafficCore
import TrafficStudies

/// A netconvert net (`pedestrian-crossing.net.xml`: four-arm junction C, 12 vehicle links, 4 pedestrian crossings,
/// netconvert's default program) imported with its conflict matrix, crossings and phases.
@Suite struct SUMOJunctionConflictImportTests {
    let light: SUMOTrafficLight

    init() throws {
        let imported = try SUMONetworkImporter().importNetwork(contentsOf: fixture("pedestrian-crossing.net.xml"))
        light = try #require(imported.trafficLights["C"])
    }

    /// Link indices (netconvert numbers them clockwise from north, right/straight/left): 0 N→W, 1 N→S, 2 N→E,
    /// 3 E→N, 4 E→W, 5 E→S, 6 S→E, 7 S→N, 8 S→W, 9 W→S, 10 W→E, 11 W→N; crossings 12 over the north arm, 13 east,
    /// 14 south, 15 west.
    @Test func crossingsAndTheirLengthsAreKnown() {
        #expect(light.linkCount == 16)
        #expect(light.crossings == [12: 6.4, 13: 6.4, 14: 6.4, 15: 6.4])
        #expect(Set(light.linkJunctions.values) == ["C"])
        #expect(light.linkJunctions.count == 16)
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
