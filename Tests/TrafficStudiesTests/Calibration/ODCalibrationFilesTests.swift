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

    /// The diamond of `ODCalibrationTests.aDiamondGetsTheEquilibriumSplitTheCountsShow`: the calibrated demand
    /// splits about 2 : 1 over `a` and the longer `b`, which its free-flow routes (all on `a`) would not. The
    /// written route file, read back with its routes and simulated with the same configuration (a one-iteration
    /// calibration simulates its prior, as `flowsim calibrate --prior calibrated.rou.xml` does), gives every
    /// count the flow the calibration reported, so the fit in `calibration.json` is the written demand's.
    @Test func theWrittenRouteFileReproducesTheReportedFit() throws {
        let network = try ODCalibrationTests.diamond()
        func trips(_ perHour: Int) -> [Trip] {
            (0..<perHour).map { i in
                Trip(
                    id: "io.\(i)", origin: network.id("in"), destination: network.id("out"),
                    departure: (Double(i) + 0.5) * 3600 / Double(perHour))
            }
        }
        let counts = ["a2": 150.0, "b2": 75].flatMap { link, vehicles in
            (1..<4).map { k in
                TrafficCount(
                    station: link, target: .link(link), begin: Double(k) * 900, end: Double(k + 1) * 900,
                    vehicles: vehicles, location: CountLocation(source: "counts.csv", line: k + 2))
            }
        }
        let configuration = SimulationConfiguration(duration: 5400)
        let result = try ODCalibration(
            network: network, configuration: configuration, priorTrips: trips(900).prefix(225) + trips(450).suffix(337),
            counts: CountSet(counts, network: network)
        ).run()
        #expect(result.trips.contains { $0.route?.contains(network.id("b1")) == true })
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("calibration-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try result.write(to: dir, network: network, crs: nil)

        let read = try SUMODemandImporter(network: network)
            .importDemand(contentsOf: dir.appendingPathComponent(ODCalibrationResult.OutputFile.routes))
        var written = try read.demand.generateTrips(seed: 0, network: network)
        for i in written.indices { written[i].route = read.routes[written[i].id] }
        let again = try ODCalibration(
            network: network, configuration: configuration, priorTrips: written,
            counts: CountSet(counts, network: network), settings: .init(iterations: 1)
        ).run()
        #expect(again.trips.count == result.trips.count)
        let differing = zip(again.trips, result.trips).first { $0 != $1 }
        #expect(differing == nil, "\(String(describing: differing))")
        #expect(again.fit.rows.map(\.simulated) == result.fit.rows.map(\.simulated))
        let json = try #require(
            JSONSerialization.jsonObject(
                with: Data(contentsOf: dir.appendingPathComponent(ODCalibrationResult.OutputFile.summary)))
                as? [String: Any])
        #expect(json["geh_share_below_5"] as? Double == again.fit.share(gehBelow: 5))
        #expect(json["gridlock"] is NSNull && again.simulation.gridlock == nil)
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
