import Foundation
import Testing
import TrafficCore
import TrafficStudies

/// Yields derived from geometry (`NetworkBuilder.deriveYields`, for OSM, GIS and generated networks) against
/// netconvert's own `<request response>` on the same junctions.
@Suite struct DerivedConflictTests {
    /// The imported net's nodes, links and movements, without its yields.
    private func rebuild(_ network: Network) throws -> NetworkBuilder {
        var b = NetworkBuilder()
        for node in network.nodes { try b.addNode(node.id, at: node.coordinate) }
        for link in network.links {
            try b.addLink(
                link.id, from: network[link.from].id, to: network[link.to].id, length: link.length, lanes: link.lanes,
                freeFlowSpeed: link.freeFlowSpeed, capacity: link.capacity, geometry: link.geometry)
        }
        for m in network.movements {
            try b.addMovement(
                from: network[m.from].id, to: network[m.to].id, lanes: m.lanes, signalGroup: m.signalGroup)
        }
        return b
    }

    /// Priority T-junction: the major road (rank 3, netconvert `priority="3"`) over the minor one (rank 1) gives
    /// exactly netconvert's yields.
    @Test func priorityJunctionMatchesNetconvert() throws {
        let imported = try SUMONetworkImporter().importNetwork(contentsOf: fixture("priority-t.net.xml")).network
        var b = try rebuild(imported)
        try b.deriveYields(
            at: "C",
            control: .priority(
                rank: { ["WC", "EC"].contains($0.id) ? 3 : 1 }, rightBeforeLeftSpeed: JunctionControl.defaultRightBeforeLeftSpeed))
        #expect(yieldTable(b.build()) == yieldTable(imported))
        #expect(!yieldTable(imported).isEmpty)
    }

    /// Signalised crossing with permitted left turns: each derived yield is one netconvert also has, and each of
    /// netconvert's that is missing concerns a major that is never green while the minor shows `g` (so it never
    /// matters in SUMO either). Greens together: the same signal group.
    @Test func permittedLeftTurnsAreASubsetOfNetconvertsThatMatter() throws {
        let imported = try SUMONetworkImporter().importNetwork(contentsOf: fixture("pedestrian-crossing.net.xml"))
        let network = imported.network
        let plan = try #require(imported.signalPlans.values.first)
        var b = try rebuild(network)
        try b.deriveYields(at: "C", control: .signalised(greenTogether: { a, c in
            guard let ga = a.signalGroup, let gc = c.signalGroup,
                let ia = plan.groups.first(where: { $0.id == ga })?.greenIntervals,
                let ic = plan.groups.first(where: { $0.id == gc })?.greenIntervals
            else { return false }
            return ia.contains { x in ic.contains { y in x.start < y.end && y.start < x.end } }
        }))
        let derived = yieldTable(b.build())
        let sumo = yieldTable(network)
        #expect(derived.keys.sorted() == ["EC>CS", "NC>CE", "SC>CW", "WC>CN"], "left turns: \(derived.keys.sorted())")
        for (minor, majors) in derived {
            #expect(majors.isSubset(of: sumo[minor] ?? []), "\(minor): derived \(majors), netconvert \(sumo[minor] ?? [])")
            // The opposing straight is always among them.
            #expect(majors.count >= 1)
        }
        // Each left turn yields to the opposing straight and the opposing right turn (merging).
        #expect(derived["NC>CE"] == ["SC>CN", "SC>CE"])
        #expect(derived["SC>CW"] == ["NC>CS", "NC>CW"])
    }

    /// The JSON network format keeps a yield's lane count (written only when below the major's lanes).
    @Test func yieldLanesSurviveTheNetworkFile() throws {
        var b = NetworkBuilder()
        for (id, x, y) in [("W", -100.0, 0.0), ("C", 0, 0), ("E", 100, 0), ("S", 0, -100)] { try b.addNode(id, at: .init(x, y)) }
        try b.addLink("WC", from: "W", to: "C", lanes: 3, freeFlowSpeed: 14)
        try b.addLink("CE", from: "C", to: "E", lanes: 3, freeFlowSpeed: 14)
        try b.addLink("SC", from: "S", to: "C", freeFlowSpeed: 14)
        try b.addMovement(from: "WC", to: "CE")
        try b.addMovement(from: "SC", to: "CE")
        try b.addYield(minorFrom: "SC", minorTo: "CE", majorFrom: "WC", majorTo: "CE", lanes: 1)
        let network = b.build()
        let json = String(decoding: try network.jsonData(), as: UTF8.self)
        #expect(json.contains("\"lanes\" : 1"), "\(json)")
        let again = try Network(document: JSONDecoder().decode(NetworkDocument.self, from: network.jsonData()))
        #expect(again == network)
        #expect(again.movements[1].yieldLanes == [1])
    }

    /// A crossing of four equal roads at `speedKmh`, yields derived by the priority rule.
    private func crossing(speedKmh: Double) throws -> Network {
        var b = NetworkBuilder()
        for (id, x, y) in [("C", 0.0, 0.0), ("N", 0, 100), ("E", 100, 0), ("S", 0, -100), ("W", -100, 0)] {
            try b.addNode(id, at: .init(x, y))
        }
        for arm in ["N", "E", "S", "W"] {
            try b.addLink("\(arm)C", from: arm, to: "C", freeFlowSpeed: speedKmh / 3.6)
            try b.addLink("C\(arm)", from: "C", to: arm, freeFlowSpeed: speedKmh / 3.6)
        }
        try b.addAllMovements(at: "C")
        try b.deriveYields(
            at: "C", control: .priority(rank: { _ in 1 }, rightBeforeLeftSpeed: JunctionControl.defaultRightBeforeLeftSpeed))
        return b.build()
    }

    /// Equal slow roads: right before left — from the south the east arm is on the right.
    @Test func equalSlowRoadsAreRightBeforeLeft() throws {
        let table = yieldTable(try crossing(speedKmh: 30))
        // South → north straight yields to traffic from the east (its right), not from the west.
        #expect(table["SC>CN"]?.contains("EC>CW") == true)
        #expect(table["SC>CN"]?.contains("WC>CE") == false)
        // Left turn south → west also yields to the opposing straight from the north.
        #expect(table["SC>CW"]?.contains("NC>CS") == true)
        // Right turns only merge: south → east meets north → east (left turn of the opposing arm), from the left.
        #expect(table["SC>CE"] == nil)
        // Faster roads of equal rank are not right-before-left.
        #expect(yieldTable(try crossing(speedKmh: 70))["SC>CN"] == nil)
    }
}

/// OSM: who gives way follows the road class (`OSMRoadType.priorityRank`), and roundabout entries give way to
/// circulating traffic (`junction.osm`: primary 100 crossed by residential 200 at node 2, roundabout 900 at node 3).
@Suite struct OSMPriorityTests {
    @Test func residentialGivesWayToPrimaryAndEntriesToTheRoundabout() throws {
        let network = try OSMNetworkImporter().importNetwork(contentsOf: fixture("junction.osm").path).network
        func movement(_ from: String, _ to: String) throws -> Movement {
            let f = try #require(network.link(named: from), "\(from)")
            let t = try #require(network.link(named: to), "\(to)")
            return network[try #require(network.movement(from: f, to: t), "\(from) → \(to)")]
        }
        func name(_ m: MovementID) -> String { "\(network[network[m].from].id)>\(network[network[m].to].id)" }
        // Node 2: the residential street crossing the primary road gives way to both primary directions.
        let crossing = try movement("200#0", "200#1")
        #expect(Set(crossing.yieldsTo.map(name)).isSuperset(of: ["100#0>100#1", "-100#1>-100#0"]))
        // The primary road's straight movements give way to nobody.
        #expect(try movement("100#0", "100#1").yieldsTo.isEmpty)
        #expect(try movement("-100#1", "-100#0").yieldsTo.isEmpty)
        // A left turn off the primary road (eastbound, into the street north, -200#0) gives way to the opposing
        // primary traffic: its straight and its right turn into the same street.
        #expect(Set(try movement("100#0", "-200#0").yieldsTo.map(name)) == ["-100#1>-100#0", "-100#1>-200#0"])
        // Node 3: entering the roundabout from the primary road gives way to the circulating traffic.
        #expect(try movement("100#1", "900#0").yieldsTo.map(name).contains("900#1>900#0"))
        #expect(try movement("900#1", "900#0").yieldsTo.isEmpty)
    }
}
