import Foundation
import Testing
import TrafficCore
import TrafficStudies

/// Who yields to whom, read from netconvert's `<request response>` (`priority-t.net.xml`, a priority T-junction,
/// and `pedestrian-crossing.net.xml`, a signalised crossing with permitted left turns).
@Suite struct SUMOPriorityImportTests {
    /// The junction's rows, by link index (0 EC>CW, 1 EC>CS, 2 SC>CE, 3 SC>CW, 4 WC>CS, 5 WC>CE): responses
    /// 000000, 110000, 100000, 100011, 000000, 000000 — bit n counted from the right.
    @Test func minorRoadAndLeftTurnsYieldAsTheNetSays() throws {
        let imported = try SUMONetworkImporter().importNetwork(contentsOf: fixture("priority-t.net.xml"))
        #expect(yieldTable(imported.network) == [
            // The left turn off the major road (reached through internal lane :C_6_0) gives way to the opposing
            // straight and right turn.
            "EC>CS": ["WC>CS", "WC>CE"],
            // Minor road: right turn to the near major stream, left turn to both streams and the opposing left.
            "SC>CE": ["WC>CE"],
            "SC>CW": ["EC>CW", "EC>CS", "WC>CE"],
        ])
        // Survives the JSON network format.
        let again = try Network(document: JSONDecoder().decode(
            NetworkDocument.self, from: imported.network.jsonData()))
        #expect(again == imported.network)
    }

    /// netconvert's `priority_stop` gives the minor road's links state `s`: those movements get a stop sign (every
    /// vehicle stops), keep the same yields as at the plain priority junction, and the stop survives the JSON
    /// network format. The plain priority junction has no stop sign.
    @Test func aStopSignOnTheMinorRoadIsRead() throws {
        let stop = try SUMONetworkImporter().importNetwork(contentsOf: fixture("priority-stop-t.net.xml")).network
        let plain = try SUMONetworkImporter().importNetwork(contentsOf: fixture("priority-t.net.xml")).network
        func stopSigns(_ n: Network) -> [String] {
            n.movements.filter(\.stopSign).map { "\(n[$0.from].id)>\(n[$0.to].id)" }.sorted()
        }
        #expect(stopSigns(stop) == ["SC>CE", "SC>CW"])
        #expect(stopSigns(plain).isEmpty)
        #expect(yieldTable(stop) == yieldTable(plain))
        let again = try Network(document: JSONDecoder().decode(NetworkDocument.self, from: stop.jsonData()))
        #expect(again == stop)
        #expect(stopSigns(again) == ["SC>CE", "SC>CW"])
    }

    /// At a light SUMO applies the response only while a link shows a minor green (`g`): the straights (links 1,
    /// 4, 7, 10) are only ever `G` and yield to nobody; the turns shown `g` keep the junction's response (left
    /// turns to the opposing straight, right turns and the rest as netconvert wrote them; crossings are no
    /// movements).
    @Test func permittedTurnsAtALightYieldStraightsDoNot() throws {
        let imported = try SUMONetworkImporter().importNetwork(contentsOf: fixture("pedestrian-crossing.net.xml"))
        #expect(yieldTable(imported.network) == [
            "NC>CE": ["EC>CS", "SC>CE", "SC>CN", "SC>CW", "WC>CN"],
            "EC>CN": ["SC>CN"],
            "EC>CS": ["NC>CE", "NC>CS", "SC>CN", "SC>CW", "WC>CE", "WC>CN", "WC>CS"],
            "SC>CW": ["EC>CS", "NC>CS", "NC>CW", "WC>CN"],
            "WC>CS": ["NC>CS"],
            "WC>CN": ["EC>CN", "EC>CW", "NC>CE", "NC>CS", "SC>CN", "SC>CW"],
        ])
    }
}
