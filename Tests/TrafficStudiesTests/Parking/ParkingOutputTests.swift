import Foundation
import GeoCore
import Testing
import TrafficCore
import TrafficStudies

@Suite("Parking outputs")
struct ParkingOutputTests {
    /// The diversion case of `ParkingTests` (15 arrivals, 10 spaces, θ = 1, tolerance 0): 10 park on S at
    /// once, 5 divert to P over the garage link (100 m, 10 s each). The files say exactly that.
    @Test func filesRecordVehiclesOccupancyAndSearchTrafficPerLink() throws {
        let result = try ParkingFixtures.loopRun(
            arrivals: 15, streetSpaces: 10,
            configuration: ParkingConfiguration(searchTolerance: 0, saturationThreshold: 1, meanDwell: 1e6))
        let network = try ParkingFixtures.loop()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parking-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try result.write(to: dir, network: network, crs: .etrs89UTM32)

        let vehicles = try String(contentsOf: dir.appendingPathComponent("parking_vehicles.csv"), encoding: .utf8)
            .split(separator: "\n")
        #expect(vehicles.count == 16)
        #expect(vehicles[1] == "v0,visitor,street,0,parked_on_street,S,general,street,30.0,30.0,0.0,0.0,0,0,0.0")
        // v10 reaches the street at 130 s, parks in P at 140 s; walk: garage midpoint (150, 0) to (50, 0).
        #expect(vehicles[11] == "v10,visitor,street,0,parked_car_park,P,,garage,130.0,140.0,10.0,100.0,1,1,100.0")

        // Occupancy at t = 0 (empty) and at the end (600 s): S full, P 5 of 100.
        let occupancy = try String(contentsOf: dir.appendingPathComponent("parking_occupancy.csv"), encoding: .utf8)
            .split(separator: "\n")
        #expect(occupancy.first == "time_s,facility,category,car_park,link,capacity,occupied,occupancy")
        #expect(occupancy.contains("0.0,S,general,0,street,10,0,0.000"))
        #expect(occupancy.contains("600.0,S,general,0,street,10,10,1.000"))
        #expect(occupancy.contains("600.0,P,,1,garage,100,5,0.050"))

        let summary = try JSONDecoder().decode(
            ParkingSummary.self, from: Data(contentsOf: dir.appendingPathComponent("parking_summary.json")))
        #expect(summary == result.summary)

        let features = try VectorDataset.openLayer(dir.appendingPathComponent("links.gpkg").path).features()
        let byID = Dictionary(uniqueKeysWithValues: features.map { ($0.attributes["link_id"]?.stringValue ?? "", $0) })
        #expect(byID["street"]?.attributes["parking_spaces"]?.doubleValue == 10)
        #expect(byID["garage"]?.attributes["search_vkm"]?.doubleValue == 0.5)  // 5 × 100 m
        #expect(byID["up"]?.attributes["search_vkm"]?.doubleValue == 0)
        // Street: v_k parks at 10k + 30 for k < 10 and stays; mean occupancy over 600 s =
        // Σ (600 − 10k − 30) / (10 · 600) = (10 · 570 − 450) / 6000 = 0.875.
        let mean = try #require(byID["street"]?.attributes["mean_occupancy"]?.doubleValue)
        #expect(abs(mean - 0.875) < 1e-9)
        #expect(byID["garage"]?.attributes["mean_occupancy"] == .null)
    }
}
