import Foundation
import GeoCore
import Testing
import TrafficCore
import TrafficStudies

/// A GIS line layer (`roads.geojson`) as a network: one link per direction, snapped nodes, attributes, errors.
@Suite struct GISNetworkImportTests {
    let imported: ImportedNetwork

    init() throws {
        imported = try GISNetworkImporter().importNetwork(from: fixture("roads.geojson").path)
    }

    var network: Network { imported.network }

    func link(_ id: String) -> Link { network[network.link(named: id)!] }

    @Test func linksPerDirectionWithLengthsFromGeometry() {
        // a, d, e two-way; b one-way; c oneway=-1 → only -c. 8 links.
        #expect(network.links.map(\.id) == ["a", "-a", "b", "-c", "d", "-d", "e", "-e"])
        #expect(link("a").length == 500)  // 300-400-500 triangle
        #expect(link("b").length == 300)  // start snapped 0.36 m onto a's end node, then measured
        #expect(link("-c").length == 700)  // 400 + 300
        #expect(link("d").length == 500)
        #expect(link("e").length == 400)  // a MultiLineString of one part
        #expect(imported.sourceLinks["c"] == [network.link(named: "-c")!])
        #expect(imported.sourceLinks["a"] == [network.link(named: "a")!, network.link(named: "-a")!])
    }

    @Test func attributesAndDefaults() {
        #expect(link("a").lanes == 2)
        #expect(link("a").freeFlowSpeed == 50 / 3.6)
        #expect(link("b").freeFlowSpeed == 30 / 3.6)
        #expect(link("d").freeFlowSpeed == 20)  // 72 km/h
        #expect(link("d").capacity == 2500)  // given
        #expect(link("a").capacity == 3600)  // 2 × 1800
        #expect(link("e").lanes == 1)  // default
        // -c runs against the digitised direction: from (590900, 5896400) to (591300, 5896700).
        #expect(
            link("-c").geometry == [
                Coordinate(590_900, 5_896_400), Coordinate(590_900, 5_896_700), Coordinate(591_300, 5_896_700),
            ])
    }

    @Test func nodesAreSnappedEndpoints() {
        #expect(network.nodes.count == 6)
        #expect(network.nodes.map(\.id) == ["n0", "n1", "n2", "n3", "n4", "n5"])
        #expect(network[network.node(named: "n1")!].coordinate == Coordinate(591_300, 5_896_400))
        #expect(link("b").from == network.node(named: "n1"))
        #expect(link("b").geometry[0] == Coordinate(591_300, 5_896_400))
    }

    @Test func everyTurnButUTurns() {
        // n0: -a→d, -d→a; n1: a→b, a→e, -e→-a, -e→b; n2 is a sink (b and -c end there), n3 a source.
        #expect(network.movements.count == 6)
        #expect(network.movement(from: network.link(named: "a")!, to: network.link(named: "-a")!) == nil)
        #expect(network.movement(from: network.link(named: "a")!, to: network.link(named: "b")!) != nil)
        let uTurns = try? GISNetworkImporter(allowUTurns: true).importNetwork(from: fixture("roads.geojson").path)
        // + a→-a, -d→d, -e→e at n0/n1, d→-d at n4, e→-e at n5
        #expect(uTurns?.network.movements.count == 12)
    }

    @Test func reprojectionToAnotherWorkingCRS() throws {
        // EPSG:4647 is UTM 32 with the zone number in front of the easting: x + 32 000 000, same lengths.
        let shifted = try GISNetworkImporter(workingCRS: CoordinateReferenceSystem(unchecked: "EPSG:4647"))
            .importNetwork(from: fixture("roads.geojson").path)
        let n0 = shifted.network[shifted.network.node(named: "n0")!].coordinate
        expectClose(n0.x, 32_591_000, within: 1e-6)
        expectClose(n0.y, 5_896_000, within: 1e-6)
        expectClose(shifted.network[shifted.network.link(named: "a")!].length, 500, within: 1e-6)
        #expect(shifted.crs == CoordinateReferenceSystem(unchecked: "EPSG:4647"))
    }

    @Test func geoPackageGivesTheSameNetwork() throws {
        let features = try VectorDataset.openLayer(fixture("roads.geojson").path).features()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("roads-\(UUID().uuidString).gpkg")
            .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try writeVectorLayer(features, to: path, layerName: "roads", crs: .etrs89UTM32)
        let fromGPKG = try GISNetworkImporter().importNetwork(from: path + ":roads")
        #expect(fromGPKG.network == network)
    }

    @Test func namedNodes() throws {
        let url = try temporaryFile(
            "named.geojson",
            """
            {"type": "FeatureCollection",
             "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::25832"}},
             "features": [
              {"type": "Feature", "properties": {"id": 1, "from_node": "K1", "to_node": "K2"},
               "geometry": {"type": "LineString", "coordinates": [[0, 0], [0, 100]]}},
              {"type": "Feature", "properties": {"id": 2, "from_node": "K2", "to_node": "K3", "oneway": 1},
               "geometry": {"type": "LineString", "coordinates": [[0.2, 100], [100, 100]]}}
             ]}
            """)
        let named = try GISNetworkImporter().importNetwork(from: url.path)
        #expect(named.network.nodes.map(\.id) == ["K1", "K2", "K3"])
        #expect(named.network.links.map(\.id) == ["1", "-1", "2"])
        #expect(named.network[named.network.link(named: "2")!].length == 100)  // moved 0.2 m onto K2
        #expect(named.network[named.network.link(named: "1")!].freeFlowSpeed == 50 / 3.6)  // default speed
    }

    func run(_ features: String, crs: Bool = true) throws -> ImportError? {
        let crsMember =
            crs ? #""crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::25832"}},"# : ""
        let url = try temporaryFile(
            "bad.geojson", #"{"type": "FeatureCollection", \#(crsMember) "features": [\#(features)]}"#)
        return importError { _ = try GISNetworkImporter().importNetwork(from: url.path) }
    }

    func at(_ id: String) -> ImportLocation { ImportLocation(source: "bad.geojson", element: "feature", id: id) }

    @Test func badInputNamesTheFeature() throws {
        #expect(
            try run(
                #"{"type": "Feature", "properties": {"id": "p"}, "geometry": {"type": "Polygon", "coordinates": [[[0,0],[1,0],[1,1],[0,0]]]}}"#
            )
                == .invalidGeometry("a Polygon, not a line", at: at("p")))
        #expect(
            try run(
                #"{"type": "Feature", "properties": {"id": "q", "oneway": "sometimes"}, "geometry": {"type": "LineString", "coordinates": [[0,0],[1,0]]}}"#
            )
                == .invalidValue(attribute: "oneway", value: "sometimes", expected: "yes, no or -1", at: at("q")))
        #expect(
            try run(
                #"{"type": "Feature", "properties": {"id": "r", "lanes": 0}, "geometry": {"type": "LineString", "coordinates": [[0,0],[1,0]]}}"#
            )
                == .invalidValue(attribute: "lanes", value: "0", expected: "an integer ≥ 1", at: at("r")))
        #expect(
            try run(
                #"{"type": "Feature", "properties": {"id": "s", "speed_kmh": "fast"}, "geometry": {"type": "LineString", "coordinates": [[0,0],[1,0]]}}"#
            )
                == .invalidValue(attribute: "speed_kmh", value: "fast", expected: "a number", at: at("s")))
        #expect(
            try run(
                #"{"type": "Feature", "properties": {"id": "t"}, "geometry": {"type": "LineString", "coordinates": [[0,0],[0.2,0]]}}"#
            )
                == .invalidGeometry("both ends on node 'n0' and no vertex between", at: at("t")))
        #expect(
            try run(
                #"""
                {"type": "Feature", "properties": {"id": "u", "from_node": "A", "to_node": "B"}, "geometry": {"type": "LineString", "coordinates": [[0,0],[10,0]]}},
                {"type": "Feature", "properties": {"id": "v", "from_node": "B", "to_node": "C"}, "geometry": {"type": "LineString", "coordinates": [[12,0],[20,0]]}}
                """#) == .invalidGeometry("end vertex lies 2.0 m from node 'B' (snap tolerance 0.5 m)", at: at("v"))
        )
        #expect(
            try run(
                #"""
                {"type": "Feature", "properties": {"id": "w"}, "geometry": {"type": "LineString", "coordinates": [[0,0],[10,0]]}},
                {"type": "Feature", "properties": {"id": "w"}, "geometry": {"type": "LineString", "coordinates": [[10,0],[20,0]]}}
                """#) == .network(.duplicateLink("w"), at: at("w")))
    }

    @Test func layerWithoutCRS() throws {
        let features = try VectorDataset.openLayer(fixture("roads.geojson").path).features()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nocrs-\(UUID().uuidString).gpkg")
            .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try writeVectorLayer(features, to: path, layerName: "roads", crs: nil)
        let error = importError { _ = try GISNetworkImporter().importNetwork(from: path) }
        #expect(error == .missingCRS(source: (path as NSString).lastPathComponent))
        // With a source CRS given, the same layer imports.
        #expect(try GISNetworkImporter(sourceCRS: .etrs89UTM32).importNetwork(from: path).network.links.count == 8)
    }

    @Test func missingFile() {
        let error = importError { _ = try GISNetworkImporter().importNetwork(from: fixture("nope.gpkg").path) }
        guard case .gdal(.openFailed)? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
    }
}
