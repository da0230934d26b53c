import Foundation
import GeoCore
import Testing
import TrafficCore
import TrafficStudies

@Suite("Parking supply from GIS layers")
struct ParkingGISTests {
    /// Streets a: (0,0)→(100,0) and b: (100,0)→(100,100), both two-way (links a, -a, b, -b). Segments:
    /// s1 names street a (→ link a), s2 names link -b, s3 names nothing and lies along b at x = 103
    /// (→ b or -b, both 3 m away; the lower index wins). Car park P1 at (50, 20) has no entrance (→ a or
    /// -a, 20 m); P2 names its entrance b.
    @Test func segmentsAndCarParksMatchByIDThenNearestLink() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parking-gis-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let streets = dir.appendingPathComponent("streets.geojson").path
        try writeVectorLayer(
            [
                Feature(geometry: .lineString(LineString([Coordinate(0, 0), Coordinate(100, 0)])), orderedAttributes: [("id", .string("a"))]),
                Feature(geometry: .lineString(LineString([Coordinate(100, 0), Coordinate(100, 100)])), orderedAttributes: [("id", .string("b"))]),
            ], to: streets, layerName: "streets", crs: .etrs89UTM32)
        let segments = dir.appendingPathComponent("segments.geojson").path
        func segment(_ id: String, _ street: String?, _ link: String?, _ line: [Coordinate], general: Int64) -> Feature {
            Feature(
                geometry: .lineString(LineString(line)),
                orderedAttributes: [
                    ("id", .string(id)), ("street_id", street.map { .string($0) } ?? .null),
                    ("link", link.map { .string($0) } ?? .null), ("general", .integer(general)), ("disabled", .null),
                ])
        }
        try writeVectorLayer(
            [
                segment("s1", "a", nil, [Coordinate(10, 2), Coordinate(90, 2)], general: 12),
                segment("s2", nil, "-b", [Coordinate(98, 10), Coordinate(98, 90)], general: 5),
                segment("s3", nil, nil, [Coordinate(103, 20), Coordinate(103, 60)], general: 4),
            ], schema: [
                FieldDefinition("id", .string), FieldDefinition("street_id", .string), FieldDefinition("link", .string),
                FieldDefinition("general", .integer64), FieldDefinition("disabled", .integer64),
            ], to: segments, layerName: "segments", crs: .etrs89UTM32)
        let carParks = dir.appendingPathComponent("carparks.geojson").path
        try writeVectorLayer(
            [
                Feature(geometry: .point(Point(Coordinate(50, 20))), orderedAttributes: [
                    ("id", .string("P1")), ("capacity", .integer(200)), ("opens", .string("07:00")),
                    ("closes", .string("22:00")), ("price_per_hour", .real(2)), ("park_and_ride", .integer(0)),
                    ("entrance", .null),
                ]),
                Feature(geometry: .point(Point(Coordinate(120, 50))), orderedAttributes: [
                    ("id", .string("P2")), ("capacity", .integer(80)), ("opens", .null), ("closes", .null),
                    ("price_per_hour", .real(0)), ("park_and_ride", .integer(1)), ("entrance", .string("b")),
                ]),
            ], schema: [
                FieldDefinition("id", .string), FieldDefinition("capacity", .integer64), FieldDefinition("opens", .string),
                FieldDefinition("closes", .string), FieldDefinition("price_per_hour", .real),
                FieldDefinition("park_and_ride", .integer64), FieldDefinition("entrance", .string),
            ], to: carParks, layerName: "carparks", crs: .etrs89UTM32)

        let network = try GISNetworkImporter().importNetwork(from: streets).network
        let supply = try ParkingSupply.load(
            onStreetLayer: segments, carParkLayer: carParks, network: network, crs: .etrs89UTM32)
        let byID = Dictionary(uniqueKeysWithValues: supply.onStreet.map { ($0.id, $0) })
        #expect(network[try #require(byID["s1"]).link].id == "a")
        #expect(byID["s1"]?.capacity == [.general: 12])
        #expect(network[try #require(byID["s2"]).link].id == "-b")
        let s3 = network[try #require(byID["s3"]).link].id
        #expect(s3 == "b" || s3 == "-b")
        let p1 = try #require(supply.carParks.first { $0.id == "P1" })
        #expect(["a", "-a"].contains(network[p1.entrance].id))
        #expect(p1.openingHours == 25_200..<79_200)
        let p2 = try #require(supply.carParks.first { $0.id == "P2" })
        #expect(network[p2.entrance].id == "b" && p2.isParkAndRide && p2.openingHours == nil)

        // A car park 400 m from every street is an error naming it, not a silent far-away match.
        let far = dir.appendingPathComponent("far.geojson").path
        try writeVectorLayer(
            [Feature(geometry: .point(Point(Coordinate(500, 500))), orderedAttributes: [("id", .string("P9")), ("capacity", .integer(10))])],
            to: far, layerName: "far", crs: .etrs89UTM32)
        #expect(throws: ParkingError.self) {
            try ParkingSupply.load(onStreetLayer: nil, carParkLayer: far, network: network, crs: .etrs89UTM32)
        }
        do {
            _ = try ParkingSupply.load(onStreetLayer: nil, carParkLayer: far, network: network, crs: .etrs89UTM32)
        } catch {
            #expect(error.description.contains("P9"))
            #expect(error.description.contains("no link within 50 m"))
        }
    }
}
