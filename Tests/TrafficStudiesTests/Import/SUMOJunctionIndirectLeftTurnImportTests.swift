import Foundation
import Testing
import TrafficCore
import TrafficStudies

/// A junction whose link indices have several connections and whose cyclists turn left in two stages
/// (`indirect-left-turn.net.xml`, written by hand with straight lanes; it has the same structure as Ingolstadt's
/// hand-edited gneJ21). Signal 1 shows green to the S→N cars (:C_1_0, x = 101.6 from the stop line y = 90 to
/// y = 130, 3.2 m wide) and to the cyclists' second stage, a connection that leaves the internal lane :C_2_0
/// (:C_3_0, x = 104.2 from the internal stop y = 95.8 to y = 130, 2 m wide, `allow="bicycle"`). Signal 0 is W→E
/// cars (:C_0_0, y = 98.4 from the stop line x = 90 to x = 110), signal 3 the crossing over the south arm
/// (:C_c0_0, y = 92.5 from x = 103.2 to 100, 4 m wide), signal 4 the crossing over the north arm (:C_c1_0,
/// y = 126 from x = 100 to 105.2, 4 m wide).
@Suite struct SUMOJunctionIndirectLeftTurnImportTests {
    let light: SUMOTrafficLight

    init() throws { light = try trafficLight("C", ofFixture: "indirect-left-turn.net.xml") }

    /// Junction links 1 (S→N) and 3 (the south crossing) are foes; signal 1's other connection, the cyclists'
    /// second stage, is not. Every connection of a link index counts, not only the last one in the file.
    @Test func everyConnectionOfALinkIndexBringsItsConflicts() {
        let expected: Set = [ColumnPair(0, 1), ColumnPair(0, 2), ColumnPair(1, 3), ColumnPair(1, 4), ColumnPair(2, 4)]
        #expect(light.conflicts == expected)
    }

    /// The crossing over the south arm and signal 1, from S→N alone (the crossing never meets the cyclists):
    /// - 3 clears: the crossing meets x = 101.6 1.6 m from either end, + 1.6 m (half the car lane) = 3.2 m;
    ///   the car reaches it after 2.5 m − 2 m (half the crossing) = 0.5 m: 3.2/1.2 − 0.5/11.1 = 2.62 → 3 s
    ///   (the cyclists' path, which the crossing does not meet, would have given 4 s).
    /// - 1 clears: 2.5 m + 2 m = 4.5 m, the pedestrian enters at once: 3 + (4.5 + 6)/10 = 4.05 → 5 s.
    @Test func aLinkIndexKeepsTheIntergreensOfItsConflictingConnectionsOnly() {
        expectIntergreen(
            light, clearing: 3, entering: 1, seconds: 3, users: (.pedestrian, .vehicle), metres: (3.2, 0.5))
        expectIntergreen(light, clearing: 1, entering: 3, seconds: 5, users: (.vehicle, .pedestrian), metres: (4.5, 0))
    }

    /// The second stage leaves the internal lane :C_2_0, which allows only bicycles: a cyclist's.
    /// - 1 clears into the north crossing: the cyclist meets y = 126 after 30.2 m, + 2 m = 32.2 m:
    ///   1 + 32.2/4 = 9.05 → 10 s; S→N needs 3 + (36 + 2 + 6)/10 = 7.4 → 8 s, a car on the cyclists' path
    ///   3 + (32.2 + 6)/10 = 6.82 → 7 s: taken for a car, the cyclists would get 2 s too little.
    /// - 0 clears, signal 1 enters: W→E meets the cyclists at x = 104.2 after 14.2 m, + 1 m = 15.2 m; the
    ///   cyclist reaches it after 2.6 m − 1.6 m = 1 m: 3 + 21.2/10 − 1/5 = 4.92 → 5 s (a car entering there:
    ///   5.03 → 6 s). S→N needs 3 + (11.6 + 1.6 + 6)/10 − (8.4 − 1.6)/11.1 = 4.31 → 5 s too; of equal seconds the
    ///   larger unrounded t_z names the stream.
    @Test func aConnectionThatLeavesAnInternalLaneIsTheRoadUserOfThatLane() {
        expectIntergreen(
            light, clearing: 1, entering: 4, seconds: 10, users: (.cyclist, .pedestrian), metres: (32.2, 0))
        expectIntergreen(light, clearing: 0, entering: 1, seconds: 5, users: (.vehicle, .cyclist), metres: (15.2, 1))
    }

    /// The running program (signal 1 green 35–65 s, the crossing over the north arm 0–30 s) gives 5 s from 1 to 4,
    /// short of the cyclists' 10 s; its other separated pairs have the 5 s they need or more.
    @Test func theCheckFindsTheCyclistsShortfall() throws {
        let phases = try #require(light.phases)
        let shortfalls = SignalSafety.intergreenShortfalls(
            of: phases, conflicts: light.conflicts, intergreens: light.intergreens)
        #expect(shortfalls.map(\.pair) == [DirectedColumnPair(clearing: 1, entering: 4)])
        #expect(shortfalls.map(\.actual) == [5])
    }
}
