import Foundation
import GeoCore
import Testing
import TrafficCore

@testable import TrafficStudies

/// An OpenStreetMap extract (`junction.osm`) as a network: ways split at shared nodes, tags and type defaults.
@Suite struct OSMNetworkImportTests {
    let imported: ImportedNetwork

    init() throws {
        imported = try OSMNetworkImporter().importNetwork(contentsOf: fixture("junction.osm").path)
    }

    var network: Network { imported.network }

    func link(_ id: String) -> Link { network[network.link(named: id)!] }

    @Test func waysAreSplitAtSharedNodesOnly() {
        // 100 and 200 split at node 2; 700 crosses 100 (bridge) without a shared node and stays whole;
        // the roundabout 900 is closed at node 3 and split at its middle vertex (node 13).
        // Footway 500 and service road 800 are not imported.
        #expect(
            Set(network.links.map(\.id)) == [
                "100#0", "-100#0", "100#1", "-100#1", "200#0", "-200#0", "200#1", "-200#1", "300", "-400", "600",
                "-600",
                "700", "-700", "900#0", "900#1",
            ])
        #expect(network.links.count == 16)
        // Nodes 1, 2, 3, 4, 5, 6, 8, 10, 13.
        #expect(network.nodes.count == 9)
        #expect(network.node(named: "9.0000000,53.2500000") != nil)  // node 2
        #expect(network.node(named: "8.9985000,53.2500000") == nil)  // no node where the bridge crosses 100
        #expect(imported.sourceLinks["100"]?.count == 4)
        #expect(imported.crs == .etrs89UTM32)
    }

    @Test func lengthsAreUTMGridLengths() throws {
        // Hand-derived on GRS80 at φ = 53.25°, on the central meridian (k0 = 0.9996):
        // 0.003° of longitude: k0·N·cos φ·Δλ = 200.166 m; 0.002° of latitude: k0·M·Δφ = 222.493 m.
        expectClose(link("100#0").length, 200.166, within: 0.01)
        expectClose(link("100#1").length, 200.166, within: 0.01)
        expectClose(link("200#0").length, 222.493, within: 0.01)
        expectClose(link("-200#1").length, 222.493, within: 0.01)
        // And every link equals GEOS's length of the way part reprojected with PROJ.
        let toUTM = try CoordinateTransformer(from: .wgs84, to: .etrs89UTM32)
        let context = GeometryContext()
        let parts: [String: [Coordinate]] = [
            "100#0": [Coordinate(8.997, 53.25), Coordinate(9.0, 53.25)],
            "700": [Coordinate(8.9985, 53.249), Coordinate(8.9985, 53.251), Coordinate(9.0, 53.252)],
            "900#0": [Coordinate(9.003, 53.25), Coordinate(9.0035, 53.2495), Coordinate(9.004, 53.25)],
            "-400": [Coordinate(9.003, 53.248), Coordinate(9.0, 53.248)],
        ]
        for (id, lonLat) in parts {
            let line = Geometry.lineString(LineString(try toUTM.transform(lonLat)))
            expectClose(link(id).length, try context.handle(line).length(), within: 1e-6)
            #expect(link(id).geometry.count == line.coordinates.count)
            for (a, b) in zip(link(id).geometry, line.coordinates) {
                expectClose(a.x, b.x, within: 1e-6)
                expectClose(a.y, b.y, within: 1e-6)
            }
        }
    }

    @Test func tagsAndTypeDefaults() {
        // 100: primary, lanes=4 on a two-way road → 2 per direction, maxspeed 50.
        #expect(link("100#0").lanes == 2)
        #expect(link("-100#0").lanes == 2)
        #expect(link("100#0").freeFlowSpeed == 50 / 3.6)
        // 200: residential, maxspeed=DE:zone30.
        #expect(link("200#0").freeFlowSpeed == 30 / 3.6)
        #expect(link("200#0").lanes == 1)
        // 300: oneway=yes, maxspeed 30; 400: oneway=-1 with 2 lanes, DE:urban = 50 km/h, from node 6 to node 5.
        #expect(network.link(named: "-300") == nil)
        #expect(link("300").freeFlowSpeed == 30 / 3.6)
        #expect(network.link(named: "400") == nil)
        #expect(link("-400").lanes == 2)
        #expect(link("-400").freeFlowSpeed == 50 / 3.6)
        #expect(network[link("-400").from].id == "9.0030000,53.2480000")
        // 600: living_street defaults, 1 lane at 7 km/h; 700: primary default 2 lanes, maxspeed=fast → 50.
        #expect(link("600").freeFlowSpeed == 7 / 3.6)
        expectClose(link("600").capacity, 777.78, within: 0.01)  // slow road: see LinkDefaults
        #expect(link("100#0").capacity == 3600)
        #expect(link("700").lanes == 2)
        #expect(link("700").freeFlowSpeed == 50 / 3.6)
        // The roundabout is one-way (implied by junction=roundabout): no -900#0.
        #expect(network.link(named: "-900#0") == nil)
        #expect(
            imported.warnings.map(\.description) == [
                "junction.osm: way '700': maxspeed=fast not understood; 50.0 km/h (highway=primary)"
            ])
    }

    @Test func turnsAtTheJunctions() {
        func turn(_ from: String, _ to: String) -> Bool {
            network.movement(from: network.link(named: from)!, to: network.link(named: to)!) != nil
        }
        // Node 2: 4 incoming × 3 non-U-turn outgoing = 12; node 3: 5; node 4: 3 × 2 = 6; nodes 5, 6, 13: 1 each.
        #expect(network.movements.count == 26)
        #expect(turn("100#0", "100#1"))
        #expect(turn("100#0", "200#1"))
        #expect(!turn("100#0", "-100#0"))  // U-turn
        #expect(turn("300", "-400"))  // one-way chain 3 → 6 → 5
        #expect(turn("-400", "-200#1"))
        // Going round the roundabout passes node 3 from 900#1 to 900#0: a turn, not a U-turn.
        #expect(turn("900#1", "900#0"))
        #expect(turn("900#0", "900#1"))
    }

    @Test func selectedTypesOnly() throws {
        var types = OSMRoadType.defaultSelection
        types["service"] = OSMRoadType.germanDefaults["service"]
        let withService = try OSMNetworkImporter(roadTypes: types).importNetwork(
            contentsOf: fixture("junction.osm").path)
        #expect(withService.network.links.count == 18)  // + 800 and -800
        expectClose(
            withService.network[withService.network.link(named: "800")!].freeFlowSpeed, 20 / 3.6, within: 1e-12)
    }

    @Test func tagParsing() {
        #expect(
            OSMTags.parseHstore(#""lanes"=>"2","name"=>"Am \"Berg\"""#) == ["lanes": "2", "name": #"Am "Berg""#])
        #expect(OSMTags.parseHstore(#""lanes"=>2"#) == nil)
        #expect(OSMTags.speed("50") == .kmh(50))
        #expect(OSMTags.speed("30 mph") == .kmh(30 * 1.609344))
        #expect(OSMTags.speed("DE:rural") == .kmh(100))
        #expect(OSMTags.speed("DE:zone:30") == .kmh(30))
        #expect(OSMTags.speed("none") == .typeDefault)
        #expect(OSMTags.speed("national") == .typeDefault)
        #expect(OSMTags.speed("70;50") == .kmh(70))
        #expect(OSMTags.speed("fast") == .invalid)
        #expect(OSMTags.lanes("2;3") == 2)
        #expect(OSMTags.lanes("0") == nil)
    }

    @Test func unsortedNodeIDsAreNamed() throws {
        let url = try temporaryFile(
            "unsorted.osm",
            """
            <osm version="0.6">
              <node id="2" lat="53.25" lon="9.001"/>
              <node id="1" lat="53.25" lon="9.0"/>
              <way id="10"><nd ref="1"/><nd ref="2"/><tag k="highway" v="residential"/></way>
            </osm>
            """)
        let error = importError { _ = try OSMNetworkImporter().importNetwork(contentsOf: url.path) }
        #expect(
            error
                == .unsupported(
                    "node ids not in increasing order; GDAL's OSM driver reads such files with the environment "
                        + "variable OSM_USE_CUSTOM_INDEXING=NO",
                    at: ImportLocation(source: "unsorted.osm", element: "osm")))
    }

    @Test func missingFile() {
        let error = importError { _ = try OSMNetworkImporter().importNetwork(contentsOf: fixture("nope.osm").path) }
        guard case .gdal(.openFailed)? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
    }
}

/// Stop signs in OpenStreetMap (`stop-signs.osm`): `highway=stop` on a road's node governs the approach to the
/// nearer junction along the road; on a junction node, the approaches of lower rank there.
@Suite struct OSMStopSignImportTests {
    @Test func stopSignsGovernTheirApproaches() throws {
        let imported = try OSMNetworkImporter().importNetwork(contentsOf: fixture("stop-signs.osm").path)
        let network = imported.network
        let stops = Set(network.movements.filter(\.stopSign).map { "\(network[$0.from].id)>\(network[$0.to].id)" })
        // 100 is split at nodes 2 and 3 into 100#0 (1 → 2), 100#1 (2 → 14 → 3), 100#2 (3 → 7).
        // Node 5 lies on 200 (8 → 5 → 2), 89 m before node 2 and 22 m after node 8, where 210 only goes on (to a
        // dead end): the street's approach to node 2, both turns. Node 3 is the junction of 100 and 300: the
        // street's approach -300 (6 → 3), both turns. The primary road's left turn 100#1 → 300 gives way there
        // too (to the oncoming traffic) but has no stop sign. Node 14's sign is the service road's (not
        // imported): the primary road through node 14 has none.
        #expect(stops == ["200>100#1", "200>-100#0", "-300>100#2", "-300>-100#1"])
        let leftTurn = try #require(network.movement(from: network.id("100#1"), to: network.id("300")))
        #expect(!network[leftTurn].yieldsTo.isEmpty && !network[leftTurn].stopSign)
        #expect(network.movements.filter(\.stopSign).allSatisfy { !$0.yieldsTo.isEmpty })
        // Node 9 is on no road, node 14 where a road not imported joins: left out, and said so.
        #expect(imported.warnings.contains { $0.description.contains("stop sign on no imported road") })
        #expect(imported.warnings.contains { $0.description.contains("where a road not imported joins") })
        // Kept in the JSON network format.
        let again = try Network(document: JSONDecoder().decode(NetworkDocument.self, from: network.jsonData()))
        #expect(again == network)
    }
}
