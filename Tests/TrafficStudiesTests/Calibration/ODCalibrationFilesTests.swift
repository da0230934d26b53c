import Foundation
import GeoCore
import Testing
import TrafficCore
import TrafficStudies
import TrafficTestSupport

@Suite("OD calibration outputs")
struct ODCalibrationFilesTests {
    /// Corridor A → B → C, 100 trips an hour, a count of 200 veh/h on B, two iterations; the outputs written
    /// to a fresh folder.
    static func calibrated() throws -> (ODCalibrationResult, Network, URL) {
        var builder = NetworkBuilder()
        try TestNetworks.corridor(
            [.init(id: "A", length: 500), .init(id: "B", length: 500), .init(id: "C", length: 500)], into: &builder)
        let network = builder.build()
        let trips = (0..<100).map { i in
            Trip(id: "t\(i)", origin: network.id("A"), destination: network.id("C"), departure: Double(i) * 36)
        }
        let counts = (0..<4).map { k in
            TrafficCount(
                station: "k", target: .link("B"), begin: Double(k) * 900, end: Double(k + 1) * 900, vehicles: 50,
                location: CountLocation(source: "c.csv", line: k + 2))
        }
        let result = try ODCalibration(
            network: network, configuration: SimulationConfiguration(duration: 4500), priorTrips: trips,
            counts: CountSet(counts, network: network), settings: .init(iterations: 2)
        ).run()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("calibration-\(UUID().uuidString)")
        try result.write(to: dir, network: network, crs: nil)
        return (result, network, dir)
    }

    /// The route file is read back by the project's SUMO route reader: the same vehicles, departures (to the
    /// 2 decimals written) and routes.
    @Test func calibratedRoutesReadBackAsTheyWereSimulated() throws {
        let (result, network, dir) = try Self.calibrated()
        defer { try? FileManager.default.removeItem(at: dir) }
        let read = try SUMODemandImporter(network: network)
            .importDemand(contentsOf: dir.appendingPathComponent("calibrated.rou.xml"))
        #expect(read.demand.trips.map(\.id) == result.trips.map(\.id))
        for (a, b) in zip(read.demand.trips, result.trips) { #expect(abs(a.departure - b.departure) < 0.005) }
        #expect(result.trips.allSatisfy { read.routes[$0.id] == $0.route })
        // After one correction (√2 at most) the prior of 100 has grown, towards the counts' 200.
        #expect(result.trips.count > 100 && result.trips.count <= 142)
    }

    @Test func summaryAndTablesHaveTheirColumns() throws {
        let (result, _, dir) = try Self.calibrated()
        defer { try? FileManager.default.removeItem(at: dir) }
        let json = try #require(
            JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("calibration.json")))
                as? [String: Any])
        for key in ["geh_share_below_5", "r_squared", "mean_abs_error", "iterations", "counts_used", "counts_unplaced",
                    "counts_not_reached", "vehicles_prior", "vehicles_calibrated"] {
            #expect(json.keys.contains(key), "\(key)")
        }
        #expect((json["iterations"] as? [Any])?.count == 2)
        #expect(json["vehicles_prior"] as? Double == 100)
        let od = try String(contentsOf: dir.appendingPathComponent("calibrated-od.csv"), encoding: .utf8)
            .split(separator: "\n")
        #expect(od.first == "origin,destination,vehicles,begin_s,end_s,prior_vehicles")
        #expect(od.count == 1 + result.cells.count)
        #expect(od[1].hasPrefix("A,C,") && od[1].hasSuffix(",0,900,25.000"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("residuals.gpkg").path))
        let features = try VectorDataset.openLayer(dir.appendingPathComponent("residuals.gpkg").path + ":residuals")
            .features()
        #expect(features.count == 1)
        let b = try #require(features.first)
        #expect(b.attributes["link_id"]?.stringValue == "B")
        #expect(b.attributes["observed_vph"]?.doubleValue == 200)
        let simulated = try #require(b.attributes["simulated_vph"]?.doubleValue)
        #expect(abs(try #require(b.attributes["residual_vph"]?.doubleValue) - (simulated - 200)) < 1e-9)
        #expect(abs(try #require(b.attributes["geh"]?.doubleValue) - CountFit.geh(simulated: simulated, observed: 200)) < 1e-9)
    }
}
