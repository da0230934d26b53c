import Foundation
import GeoCore
import TestSupport
import Testing
import TrafficCore
import TrafficStudies
import TrafficTestSupport

@Suite("Link map layer")
struct LinkLayerTests {
    /// Two links A (1000 m) → B (500 m) at 20 m/s; 3 trips A→B and 2 trips on A only. Vehicles that left A:
    /// 5 (3 into B, 2 arriving at A's end); vehicles that left B: 3.
    @Test(arguments: ["links.gpkg", "links.geojson"])
    func twoLinkRunWritesLayer(name: String) throws {
        let network = try TestNetworks.corridor([
            .init(id: "A", length: 1000, speed: 20), .init(id: "B", length: 500, speed: 20),
        ])
        var trips = (0..<3).map {
            Trip(id: "ab\($0)", origin: network.id("A"), destination: network.id("B"), departure: 10 * Double($0))
        }
        trips += (0..<2).map {
            Trip(id: "a\($0)", origin: network.id("A"), destination: network.id("A"), departure: 5 + 10 * Double($0))
        }
        let result = try Simulation(network: network, trips: trips, configuration: .init(duration: 600)).run()
        #expect(result.summary.vehiclesArrived == 5)

        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("linklayer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent(name).path
        try result.writeLinkLayer(network: network, to: path, crs: .etrs89UTM32)

        let layer = try VectorDataset.openLayer(path)
        let features = try layer.features()
        #expect(features.count == 2)
        let byID = Dictionary(uniqueKeysWithValues: features.map { ($0.attributes["link_id"]?.stringValue ?? "", $0) })
        let a = try #require(byID["A"])
        let b = try #require(byID["B"])
        #expect(a.geometry == .lineString(LineString([Coordinate(0, 0), Coordinate(1000, 0)])))
        #expect(b.geometry == .lineString(LineString([Coordinate(1000, 0), Coordinate(1500, 0)])))
        #expect(a.attributes["vehicles"]?.doubleValue == 5)
        #expect(b.attributes["vehicles"]?.doubleValue == 3)
        #expect(a.attributes["from"]?.stringValue == "c0")
        #expect(b.attributes["to"]?.stringValue == "c2")
        #expect(a.attributes["length_m"]?.doubleValue == 1000)
        #expect(abs((a.attributes["free_flow_speed_kmh"]?.doubleValue ?? 0) - 72) < 1e-9)
        // Free flow: Edie mean speed = free-flow speed, 72 km/h.
        #expect(abs((b.attributes["mean_speed_kmh"]?.doubleValue ?? 0) - 72) < 1e-6)
        // mean flow = 3 vehicles over the run duration (intervals × interval).
        let duration = Double(result.linkSeries.intervalCount) * result.linkSeries.interval
        #expect(abs((b.attributes["mean_flow_vph"]?.doubleValue ?? 0) - 3 * 3600 / duration) < 1e-9)
        #expect((a.attributes["max_queue_veh"]?.doubleValue ?? -1) >= 0)

        // The directory writer adds links.gpkg next to the CSV files.
        let urls = try result.write(to: dir.appendingPathComponent("out"), network: network, crs: .etrs89UTM32)
        #expect(urls.last?.lastPathComponent == SimulationResult.linkLayerFile)
        #expect(try VectorDataset.openLayer(urls.last!.path).featureCount == 2)
    }

    /// The corridor A (1000 m) → B (500 m) at 20 m/s with 3 trips A→B, run for 600 s.
    static func threeTripsFromAToB() throws -> (Network, SimulationResult) {
        let network = try TestNetworks.corridor([
            .init(id: "A", length: 1000, speed: 20), .init(id: "B", length: 500, speed: 20),
        ])
        let trips = (0..<3).map {
            Trip(id: "ab\($0)", origin: network.id("A"), destination: network.id("B"), departure: 10 * Double($0))
        }
        return (network, try Simulation(network: network, trips: trips, configuration: .init(duration: 600)).run())
    }

    /// links.gpkg opens styled in QGIS: one default row in `layer_styles` for the `links` layer, graduated on
    /// `mean_flow_vph`, with every link's flow inside one of the ranges — also a flow above the top class bound.
    @Test func linksLayerCarriesAGraduatedQGISStyle() throws {
        let (network, result) = try Self.threeTripsFromAToB()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("linkstyle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent(SimulationResult.linkLayerFile).path
        try result.writeLinkLayer(network: network, to: path, crs: .etrs89UTM32)

        let rows = try VectorDataset.open(path).layer(named: QGISLayerStyle.tableName).features().map(\.attributes)
        #expect(rows.count == 1)
        let row = try #require(rows.first)
        #expect(row["f_table_name"] == .string(SimulationResult.linkLayerName))
        #expect(row["f_geometry_column"] == .string("geom"))
        #expect(row["useAsDefault"]?.integerValue == 1)
        let flows = try VectorDataset.openLayer(path).features().compactMap { $0.attributes["mean_flow_vph"]?.doubleValue }
        #expect(flows.count == 2)

        func ranges(_ qml: String) throws -> [ClosedRange<Double>] {
            let document = try #require(XMLElements(parsing: qml))
            let renderer = try #require(document.named("renderer-v2").first)
            #expect(renderer.attributes["type"] == "graduatedSymbol")
            #expect(renderer.attributes["attr"] == "mean_flow_vph")
            return document.named("range").compactMap { r in
                guard let lower = r.attributes["lower"].flatMap(Double.init), let upper = r.attributes["upper"].flatMap(Double.init)
                else { return nil }
                return lower...upper
            }
        }
        let written = try ranges(row["styleQML"]?.stringValue ?? "")
        #expect(written.count == 6)
        for flow in flows { #expect(written.contains { $0.contains(flow) }, "\(flow) veh/h") }

        let busy = Feature(geometry: nil, attributes: ["mean_flow_vph": 2500.4])
        let top = try ranges(SimulationResult.linkLayerStyle(for: [busy]).qml).last
        #expect(top?.contains(2500.4) == true)
    }

    /// `write(to:network:crs:)` writes links.gpkg on a second thread while the other files are written. A
    /// file that cannot be replaced (a non-empty folder in its place) fails only its own part: the error is
    /// still thrown — the CSV files' error before the layer's — no temporary file is left behind, and the
    /// other part is complete; `summary.json`, the marker of a complete set, is not written.
    @Test func aFailingPartIsReportedAndTheOtherPartIsComplete() throws {
        let (network, result) = try Self.threeTripsFromAToB()
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("linkwrite-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        func outputs(blocking names: [String]) throws -> URL {
            let dir = root.appendingPathComponent(names.joined(separator: "+"))
            for name in names {
                let blocker = dir.appendingPathComponent(name).appendingPathComponent("keep")
                try FileManager.default.createDirectory(at: blocker, withIntermediateDirectories: true)
            }
            return dir
        }
        let expectedNames = Set(
            try result.write(to: root.appendingPathComponent("good"), network: network, crs: nil)
                .map(\.lastPathComponent))

        let layerBlocked = try outputs(blocking: [SimulationResult.linkLayerFile])
        #expect(throws: GDALError.self) { try result.write(to: layerBlocked, network: network, crs: nil) }
        let trip = layerBlocked.appendingPathComponent(SimulationResult.OutputFile.trips)
        #expect(try Data(contentsOf: trip) == Data(result.tripsCSV().utf8))
        // Every file but the summary, which is written last, only for a complete set.
        #expect(
            Set(try FileManager.default.contentsOfDirectory(atPath: layerBlocked.path))
                == expectedNames.subtracting([SimulationResult.OutputFile.summary]))

        let csvBlocked = try outputs(blocking: [SimulationResult.OutputFile.trips])
        let csvError = #expect(throws: (any Error).self) {
            try result.write(to: csvBlocked, network: network, crs: nil)
        }
        #expect(!(csvError is GDALError))
        let layer = csvBlocked.appendingPathComponent(SimulationResult.linkLayerFile)
        #expect(try VectorDataset.openLayer(layer.path).featureCount == 2)
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: csvBlocked.path)).isSubset(of: expectedNames))

        let bothBlocked = try outputs(blocking: [SimulationResult.OutputFile.trips, SimulationResult.linkLayerFile])
        let firstError = #expect(throws: (any Error).self) {
            try result.write(to: bothBlocked, network: network, crs: nil)
        }
        #expect(!(firstError is GDALError))
    }
}
