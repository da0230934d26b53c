import Foundation
import GeoCore
import TestSupport
import Testing
import TrafficCore
import TrafficTestSupport

@testable import TrafficStudies

@Suite("Land-use demand")
struct LandUseDemandTests {
    static func square(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> Geometry {
        .polygon(Polygon(exterior: [
            Coordinate(x0, y0), Coordinate(x1, y0), Coordinate(x1, y1), Coordinate(x0, y1), Coordinate(x0, y0),
        ]))
    }

    static func tempDir() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("landuse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    // MARK: Zones from polygons

    /// Links A (0–1000 m, midpoint x = 500) and B (1000–1500 m, midpoint x = 1250) on y = 0; squares
    /// Z1 = [0, 1000] × [−100, 100] and Z2 = [1000, 1600] × [−100, 100] → Z1 = [A], Z2 = [B].
    @Test func twoSquaresGetTheirLinks() throws {
        let network = try TestNetworks.corridor([
            .init(id: "A", length: 1000, speed: 20), .init(id: "B", length: 500, speed: 20),
        ])
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("zones.geojson").path
        try writeVectorLayer(
            [
                Feature(geometry: Self.square(0, -100, 1000, 100), attributes: ["zone": .string("Z1")]),
                Feature(geometry: Self.square(1000, -100, 1600, 100), attributes: ["zone": .string("Z2")]),
            ], to: path, layerName: "zones", crs: .etrs89UTM32)
        let zones = try ZoneSet.fromPolygons(layer: path, idField: "zone", network: network, crs: .etrs89UTM32)
        #expect(zones == ["Z1": [network.id("A")], "Z2": [network.id("B")]])
        // Usable as OD zones.
        let matrix = ODMatrix(
            id: "t", zones: zones, entries: [ODEntry(origin: "Z1", destination: "Z2", vehicles: 4)], begin: 0,
            end: 3600, distribution: .uniform)
        #expect(matrix.zones.count == 2)
    }

    @Test func zoneWithoutLinkIsATypedError() throws {
        let network = try TestNetworks.corridor([.init(id: "A", length: 1000, speed: 20)])
        #expect(throws: ZoneError.zoneWithoutLinks(zone: "far")) {
            try ZoneSet.assign(
                zones: [("near", Self.square(0, -100, 1000, 100)), ("far", Self.square(5000, 5000, 6000, 6000))],
                network: network)
        }
    }

    // MARK: Trip generation

    /// 1000 m² WA, GFZ 1.2 → 1200 m² floor → 1200/40 = 30 residents → 30 × 3.3 = 99 person trips/day →
    /// car trips 99 × 0.57 / 1.3 = 43.4077/day → morning peak 8 % = 3.4726 → productions 0.8 × = 2.7781,
    /// attractions 0.6945.
    @Test func residentialParcelByHand() {
        let gen = LandUseTripGenerator()
        let parcel = LandUseParcel(
            id: "p", zone: "Z", category: LandUseCategory(xplanCode: 1200)!, gfz: 1.2, area: 1000,
            centroid: Coordinate(0, 0))
        let t = gen.trips(for: parcel, hour: .morning)
        #expect(abs(t.residents - 30) < 1e-9)
        #expect(abs(t.personTripsPerDay - 99) < 1e-9)
        #expect(abs(t.carTripsPerDay - 43.407_692) < 1e-5)
        #expect(abs(t.productions - 2.778_092) < 1e-5)
        #expect(abs(t.attractions - 0.694_523) < 1e-5)
        #expect(abs(t.productions + t.attractions - 0.08 * 43.407_692) < 1e-5)
    }

    /// 600 m² GE, GFZ 1 → 10 employees, 8.5 present, 25.5 trips, car 25.5 · 0.75 / 1.1 = 17.3864; customers
    /// 600/160 = 3.75, 7.5 trips, car 5.1136; day 22.5 car trips; afternoon 11 % = 2.475 →
    /// productions 0.11 · (17.3864 · 0.8 + 5.1136 · 0.5) = 1.8112.
    @Test func commercialParcelByHand() {
        let gen = LandUseTripGenerator()
        let parcel = LandUseParcel(
            id: "g", zone: "Z", category: LandUseCategory(xplanCode: 1700)!, gfz: 1, area: 600,
            centroid: Coordinate(0, 0))
        let t = gen.trips(for: parcel, hour: .afternoon)
        #expect(abs(t.employees - 10) < 1e-9)
        #expect(abs(t.carTripsPerDay - 22.5) < 1e-9)
        #expect(abs(t.productions - 0.11 * (25.5 * 0.75 / 1.1 * 0.8 + 7.5 * 0.75 / 1.1 * 0.5)) < 1e-9)
        #expect(abs(t.productions + t.attractions - 2.475) < 1e-9)
        #expect(LandUseCategory(xplanCode: 1550) == .mixed)
        #expect(LandUseCategory(xplanCode: 2000) == nil)
    }

    @Test func gravityRowsSumToProductionsAndSymmetricSplitsEqually() {
        let gen = LandUseTripGenerator(beta: 0.1)
        var a = LandUseTrips()
        a.productions = 100
        a.attractions = 10
        var b = LandUseTrips()
        b.productions = 20
        b.attractions = 50
        // O at the origin, D1 and D2 at 2 km on either side with equal attractions.
        let zones = [
            ZoneTrips(zone: "O", centroid: Coordinate(0, 0), trips: a),
            ZoneTrips(zone: "D1", centroid: Coordinate(2000, 0), trips: b),
            ZoneTrips(zone: "D2", centroid: Coordinate(-2000, 0), trips: b),
        ]
        let entries = gen.distribute(zones)
        for z in zones {
            let row = entries.filter { $0.origin == z.zone }.reduce(0) { $0 + $1.vehicles }
            #expect(abs(row - z.productions) < 1e-9)
        }
        let fromO = entries.filter { $0.origin == "O" }
        #expect(fromO.count == 2)
        #expect(fromO.allSatisfy { abs($0.vehicles - 50) < 1e-9 })
        // D1 → O (2 km, A 10) vs D1 → D2 (4 km, A 50): 20 · 10e^−0.2 / (10e^−0.2 + 50e^−0.4).
        let d1o = entries.first { $0.origin == "D1" && $0.destination == "O" }!.vehicles
        let expected = 20 * 10 * exp(-0.2) / (10 * exp(-0.2) + 50 * exp(-0.4))
        #expect(abs(d1o - expected) < 1e-9)
    }

    /// A plan layer as `parcelcheck import-xplan` writes it: the Geltungsbereich (no use code) is skipped, a GFZ
    /// range gives its maximum, and an area of a plan no longer in force generates nothing.
    @Test func importedPlanLayersUseBindingAreasAndTheGFZMaximum() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plans = dir.appendingPathComponent("plans.gpkg").path
        func area(_ x0: Double, _ objekt: String, code: Int64?, gfz: Double?, gfzMax: Double?, status: String) -> Feature {
            Feature(
                geometry: Self.square(x0, 0, x0 + 100, 100),
                orderedAttributes: [
                    ("plan_id", "P"), ("plan_status", .string(status)), ("objekt", .string(objekt)),
                    ("besondere_art_der_baul_nutzung", code.map(AttributeValue.integer) ?? .null),
                    ("gfz", gfz.map(AttributeValue.real) ?? .null), ("gfz_max", gfzMax.map(AttributeValue.real) ?? .null),
                ])
        }
        try writeVectorLayer(
            [
                Feature(
                    geometry: Self.square(0, 0, 300, 100),
                    orderedAttributes: [
                        ("plan_id", "P"), ("plan_status", "in_kraft"), ("objekt", "Geltungsbereich"),
                        ("besondere_art_der_baul_nutzung", .null), ("gfz", .null), ("gfz_max", .null),
                    ]),
                area(0, "Baugebietsteilfläche", code: 1200, gfz: 0.8, gfzMax: nil, status: "in_kraft"),
                area(100, "Baugebietsteilfläche", code: 1500, gfz: nil, gfzMax: 1.2, status: "in_kraft"),
                area(200, "Baugebietsteilfläche", code: 1100, gfz: 0.6, gfzMax: nil, status: "nicht_mehr_in_kraft"),
            ], to: plans, layerName: "xplan", crs: .etrs89UTM32)
        let parcels = dir.appendingPathComponent("parcels.gpkg").path
        try writeVectorLayer(
            [10.0, 110, 210].enumerated().map { i, x in
                Feature(
                    geometry: Self.square(x, 10, x + 80, 90),
                    attributes: ["flurstueckskennzeichen": .string("p\(i)"), "gemarkungsnummer": 1, "flur": 1])
            }, to: parcels, layerName: "flurstuecke", crs: .etrs89UTM32)
        let loaded = try LandUseTripGenerator.loadParcels(parcelLayer: parcels + ":flurstuecke", planLayer: plans + ":xplan")
        #expect(loaded.map(\.id) == ["p0", "p1"])
        #expect(loaded.map(\.category) == [.residential, .mixed])
        #expect(loaded.map(\.gfz) == [0.8, 1.2])
        #expect(loaded.allSatisfy { abs($0.area - 6_400) < 1e-9 })
    }

    /// The sample GeoPackage: parcels × development plans, grouped by Flur, morning peak.
    @Test func sampleGeoPackageYieldsPositiveFiniteDemand() throws {
        let gpkg = Repository.sampleData.path
        guard FileManager.default.fileExists(atPath: gpkg) else {
            Issue.record("sample-data/lueneburg.gpkg missing: run make sample-data")
            return
        }
        let parcels = try LandUseTripGenerator.loadParcels(
            parcelLayer: gpkg + ":flurstuecke", planLayer: gpkg + ":bebauungsplaene")
        #expect(!parcels.isEmpty)
        let gen = LandUseTripGenerator()
        let zones = gen.zoneTrips(parcels: parcels, hour: .morning)
        let total = zones.reduce(0) { $0 + $1.productions + $1.attractions }
        #expect(total > 0 && total.isFinite)
        #expect(zones.allSatisfy { $0.productions.isFinite && $0.attractions.isFinite })
        let entries = gen.distribute(zones)
        #expect(entries.allSatisfy { $0.vehicles.isFinite && $0.vehicles >= 0 })
        let produced = zones.reduce(0) { $0 + $1.productions }
        let distributed = entries.reduce(0) { $0 + $1.vehicles }
        #expect(abs(produced - distributed) < 1e-6 * max(1, produced))
        print("sample: \(parcels.count) parcels, \(zones.count) zones, total \(total), distributed \(distributed)")
    }
}
