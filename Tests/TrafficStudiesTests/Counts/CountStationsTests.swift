import Foundation
import GeoCore
import Testing
import TrafficCore
import TrafficStudies

@Suite("Count stations from a GIS layer")
struct CountStationsTests {
    /// A two-way street along the x axis, 0 → 200 m: link `east` (bearing 90°) and link `west` (270°) share
    /// the geometry; and a one-way street `north` from (300, 0) to (300, 200) (bearing 0°).
    static func network(origin: Coordinate = Coordinate(0, 0)) throws -> Network {
        func at(_ x: Double, _ y: Double) -> Coordinate { Coordinate(origin.x + x, origin.y + y) }
        var builder = NetworkBuilder()
        try builder.addNode("A", at: at(0, 0))
        try builder.addNode("B", at: at(200, 0))
        try builder.addNode("P", at: at(300, 0))
        try builder.addNode("Q", at: at(300, 200))
        try builder.addLink("east", from: "A", to: "B", freeFlowSpeed: 13.9)
        try builder.addLink("west", from: "B", to: "A", freeFlowSpeed: 13.9)
        try builder.addLink("north", from: "P", to: "Q", freeFlowSpeed: 13.9)
        return builder.build()
    }

    static func station(_ id: String, _ x: Double, _ y: Double, bearing: Double?, link: String? = nil) -> Feature {
        Feature(
            geometry: .point(Point(Coordinate(x, y))),
            orderedAttributes: [
                ("station", .string(id)), ("bearing", bearing.map { .real($0) } ?? .null),
                ("link", link.map { .string($0) } ?? .null),
            ])
    }

    static let schema = [
        FieldDefinition("station", .string), FieldDefinition("bearing", .real), FieldDefinition("link", .string),
    ]

    /// Writes `features` as a GeoJSON layer in `crs` and loads it for a network in ETRS89 / UTM 32N.
    static func load(
        _ features: [Feature], network: Network, crs: CoordinateReferenceSystem = .etrs89UTM32
    ) throws -> CountStations {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stations-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("stations.geojson").path
        try writeVectorLayer(features, schema: schema, to: path, layerName: "stations", crs: crs)
        return try CountStations.load(path, network: network, crs: .etrs89UTM32)
    }

    /// S1 and S2 stand 3 m from the two-way street, as near to `east` as to `west`: their bearings pick the
    /// direction (S1 80° → east, 10° off; S2 265° → west, 5° off).
    @Test func theBearingPicksTheDirectionOfATwoWayStreet() throws {
        let network = try Self.network()
        let stations = try Self.load(
            [Self.station("S1", 50, 3, bearing: 80), Self.station("S2", 120, -3, bearing: 265)], network: network)
        #expect(stations.unplaced.isEmpty)
        let s1 = try #require(stations.placed["S1"])
        #expect(s1.link == "east")
        #expect(abs(s1.distance - 3) < 1e-9)
        #expect(abs(try #require(s1.bearingDifference) - 10) < 1e-9)
        let s2 = try #require(stations.placed["S2"])
        #expect(s2.link == "west")
        #expect(abs(try #require(s2.bearingDifference) - 5) < 1e-9)
        #expect(s2.location == CountLocation(source: "stations.geojson", feature: "S2"))
    }

    /// A layer in longitude/latitude is reprojected into the network's CRS before placing: the street lies in
    /// Lüneburg (UTM 32N), the station 3 m north of it, at bearing 90°.
    @Test func stationsInAnotherCRSAreReprojected() throws {
        let origin = Coordinate(591_000, 5_896_000)
        let network = try Self.network(origin: origin)
        let lonLat = try CoordinateTransformer(from: .etrs89UTM32, to: .wgs84)
            .transform(Coordinate(origin.x + 50, origin.y + 3))
        #expect(lonLat.x > 10 && lonLat.x < 11 && lonLat.y > 53 && lonLat.y < 54)  // really degrees
        let stations = try Self.load(
            [Self.station("S1", lonLat.x, lonLat.y, bearing: 90)], network: network, crs: .wgs84)
        let s1 = try #require(stations.placed["S1"])
        #expect(s1.link == "east")
        #expect(abs(s1.distance - 3) < 0.01)
    }

    /// S3 is 60 m from every street; S4 is 2 m from the east–west street but counts northbound traffic, and
    /// the northbound street is 150 m away; S5 has no bearing; S6 names a link the network lacks; a second S1.
    @Test func stationsThatCannotBePlacedAreReportedWithTheReason() throws {
        let network = try Self.network()
        let stations = try Self.load(
            [
                Self.station("S1", 50, 3, bearing: 80), Self.station("S3", 100, 60, bearing: 90),
                Self.station("S4", 150, 2, bearing: 0), Self.station("S5", 20, 1, bearing: nil),
                Self.station("S6", 20, 1, bearing: 90, link: "south"), Self.station("S1", 60, 3, bearing: 80),
            ], network: network)
        #expect(Array(stations.placed.keys) == ["S1"])
        #expect(stations.unplaced.map(\.station) == ["S3", "S4", "S5", "S6", "S1"])
        let reasons = stations.unplaced.map(\.reason)
        #expect(reasons[0] == .noLinkWithin(maxDistance: 30, nearest: 60))
        #expect(reasons[1] == .noLinkInDirection(bearing: 0, tolerance: 45, nearestLink: "east", nearestBearing: 90))
        #expect(reasons[2] == .noBearing)
        #expect(reasons[3] == .unknownLink("south"))
        #expect(reasons[4] == .duplicateStation(first: CountLocation(source: "stations.geojson", feature: "S1")))
        #expect(
            stations.unplaced[0].description
                == "stations.geojson, feature 'S3': station 'S3' not placed: no link within 30 m (nearest 60 m)")
    }

    /// A `link` field wins over the bearing and the distance: S7 is 120 m from `north` and faces the other way.
    @Test func aLinkFieldWins() throws {
        let stations = try Self.load(
            [Self.station("S7", 180, 100, bearing: 180, link: "north")], network: Self.network())
        #expect(stations.placed["S7"]?.link == "north")
        #expect(stations.placed["S7"]?.bearingDifference == nil)
        #expect(stations.placed["S7"]?.distance == 120)
    }

    /// The distance and the tolerance are options: with 70 m S3 reaches the street (60 m), and with 95° of
    /// tolerance S4's northbound bearing accepts `east` (90° off).
    @Test func distanceAndToleranceAreConfigurable() throws {
        let network = try Self.network()
        let features = [Self.station("S3", 100, 60, bearing: 90), Self.station("S4", 150, 2, bearing: 0)]
        let wide = try CountStations(
            features: features, source: "s", network: network, maxDistance: 70, bearingTolerance: 95)
        #expect(wide.placed["S3"]?.link == "east")
        #expect(wide.placed["S4"]?.link == "east")
        #expect(wide.unplaced.isEmpty)
    }

    /// The counts join by station id: S1 and S2 get their links; S3's rows are skipped (it is in `unplaced`);
    /// a station that is not in the layer at all is an error naming the row.
    @Test func countsJoinTheLayerByStation() throws {
        let network = try Self.network()
        let stations = try Self.load(
            [
                Self.station("S1", 50, 3, bearing: 80), Self.station("S2", 120, -3, bearing: 265),
                Self.station("S3", 100, 60, bearing: 90),
            ],
            network: network)
        let csv = "station,begin,end,vehicles\nS1,0,900,30\nS2,0,900,20\nS3,0,900,5\n"
        let counts = try TrafficCount.parseCSV(csv, source: "counts.csv", stations: stations)
        #expect(counts.map(\.station) == ["S1", "S2"])
        #expect(counts.map(\.target) == [.link("east"), .link("west")])
        let set = try CountSet(counts, network: network)
        #expect(set.targets == [.link(network.id("east")), .link(network.id("west"))])

        expectCountError(
            .unknownStation("S8", at: CountLocation(source: "counts.csv", line: 3)), naming: "counts.csv, line 3"
        ) {
            _ = try TrafficCount.parseCSV(
                "station,begin,end,vehicles\nS1,0,900,30\nS8,0,900,1\n", source: "counts.csv", stations: stations)
        }
    }

    @Test func featuresThatAreNotStationsAreErrors() throws {
        let network = try Self.network()
        expectCountError(
            .invalidStation(
                "the geometry is a LineString, not a point", at: CountLocation(source: "s.gpkg", feature: "S1")),
            naming: "s.gpkg, feature 'S1'"
        ) {
            _ = try CountStations(
                features: [
                    Feature(
                        geometry: .lineString(LineString([Coordinate(0, 0), Coordinate(1, 0)])),
                        attributes: ["station": .string("S1")])
                ], source: "s.gpkg", network: network)
        }
        expectCountError(
            .invalidStation("no station id", at: CountLocation(source: "s.gpkg", feature: "fid 7")),
            naming: "s.gpkg, feature 'fid 7'"
        ) {
            _ = try CountStations(
                features: [
                    Feature(fid: 7, geometry: .point(Point(Coordinate(0, 0))), attributes: ["bearing": .real(0)])
                ],
                source: "s.gpkg", network: network)
        }
        expectCountError(
            .invalidNumber(
                field: "bearing", value: "east", expected: "a number",
                at: CountLocation(source: "s.gpkg", feature: "S1")),
            naming: "s.gpkg, feature 'S1'"
        ) {
            _ = try CountStations(
                features: [
                    Feature(
                        geometry: .point(Point(Coordinate(0, 0))),
                        attributes: ["station": .string("S1"), "bearing": .string("east")])
                ], source: "s.gpkg", network: network)
        }
    }
}
