import Foundation
import GeoCore
import Testing

@testable import ParcelCheckKit

/// Hand-computable overlay cases on a GeoPackage written for the test. Coordinates are UTM 32 metres
/// around (590 000, 5 900 000); every expected area follows from the rectangles below.
@Suite struct OverlayTests {
    static let x0 = 590_000.0, y0 = 5_900_000.0

    static func rect(_ minX: Double, _ minY: Double, _ maxX: Double, _ maxY: Double) -> Polygon {
        Envelope(minX: x0 + minX, minY: y0 + minY, maxX: x0 + maxX, maxY: y0 + maxY).polygon
    }

    /// Builds the fixture and returns (directory, catalog).
    static func fixture() throws -> (URL, Catalog) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("overlay-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let gpkg = dir.appendingPathComponent("fixture.gpkg").path
        func parcel(_ fid: Int64, _ key: String, _ g: Geometry, official: Double) -> Feature {
            Feature(fid: fid, geometry: g, attributes: ["flurstueckskennzeichen": .string(key), "amtlicheflaeche": .real(official)])
        }
        let p1 = rect(0, 0, 100, 100)  // 10 000 m²
        var p2 = rect(200, 0, 300, 100)
        p2.holes = [rect(240, 40, 260, 60).exterior.reversed()]  // 10 000 − 400 = 9 600 m²
        let p3 = Geometry.multiPolygon(MultiPolygon([rect(400, 0, 450, 50), rect(500, 0, 550, 50)]))  // 2 × 2 500
        // A bow tie: two triangles (base 50 m on x = 600 and x = 650, apex (625, 25)) of 50 × 25 / 2 = 625 m² each.
        let bowTie = Geometry.polygon(Polygon(exterior: [
            Coordinate(x0 + 600, y0 + 0), Coordinate(x0 + 650, y0 + 50), Coordinate(x0 + 650, y0 + 0),
            Coordinate(x0 + 600, y0 + 50), Coordinate(x0 + 600, y0 + 0),
        ]))
        let parcels = [
            parcel(1, "03271800100001______", .polygon(p1), official: 10_000),
            parcel(2, "03271800100002______", .polygon(p2), official: 9_598),
            parcel(3, "03271800100003______", p3, official: 5_000),
            parcel(4, "03271800100004______", bowTie, official: 2_500),
        ]
        // zones: Z1 covers the east half of P1, Z2 overlaps Z1 and P1's middle (union on P1: x 25…100).
        let zones = [
            Feature(fid: 1, geometry: .polygon(rect(50, 0, 150, 100)), attributes: ["name": "Z1"]),
            Feature(fid: 2, geometry: .polygon(rect(25, 0, 75, 100)), attributes: ["name": "Z2"]),
            // Z3 covers P2 completely (hole included in the zone, so the parcel's 9 600 m² are covered).
            Feature(fid: 3, geometry: .polygon(rect(190, -10, 310, 110)), attributes: ["name": "Z3"]),
            // Z4 overlaps one part of P3: x 400…425 → 25 × 50 = 1 250 m².
            Feature(fid: 4, geometry: .polygon(rect(380, -10, 425, 60)), attributes: ["name": "Z4"]),
        ]
        // touching: shares only P1's east edge x = 100.
        let touching = [Feature(fid: 1, geometry: .polygon(rect(100, 0, 160, 100)), attributes: ["name": "T"])]
        // sliver: 0.005 m × 100 m = 0.5 m² on P1 (below 1 m²).
        let sliver = [Feature(fid: 1, geometry: .polygon(rect(99.995, 0, 160, 100)), attributes: ["name": "S"])]
        // water: a line 10 m south of P1, buffered 15 m by the catalog → strip y 0…5 on P1 = 500 m².
        let water = [Feature(fid: 1, geometry: .lineString(LineString([Coordinate(x0 + 0, y0 - 10), Coordinate(x0 + 100, y0 - 10)])), attributes: ["name": "Bach"])]
        // Z1 again, stored in WGS 84.
        let wgs = try CoordinateTransformer(from: .etrs89UTM32, to: .wgs84)
        let zonesWGS = [Feature(fid: 1, geometry: try wgs.transform(.polygon(rect(50, 0, 150, 100))), attributes: ["name": "Z1 (4326)"])]

        let writer = try VectorWriter(path: gpkg)
        try writer.addLayer("flurstuecke", features: parcels, crs: .etrs89UTM32, geometryType: .unknown, preservingFIDs: true)
        try writer.addLayer("zones", features: zones, crs: .etrs89UTM32, preservingFIDs: true)
        try writer.addLayer("touching", features: touching, crs: .etrs89UTM32, preservingFIDs: true)
        try writer.addLayer("sliver", features: sliver, crs: .etrs89UTM32, preservingFIDs: true)
        try writer.addLayer("water", features: water, crs: .etrs89UTM32, preservingFIDs: true)
        try writer.addLayer("zones_wgs84", features: zonesWGS, crs: .wgs84, preservingFIDs: true)
        try writer.commit()
        let catalog = Catalog(
            parcels: .init(source: gpkg + ":flurstuecke"),
            layers: [
                .init(name: "zones", source: gpkg + ":zones", labelField: "name"),
                .init(name: "touching", source: gpkg + ":touching", labelField: "name"),
                .init(name: "sliver", source: gpkg + ":sliver", labelField: "name"),
                .init(name: "water", source: gpkg + ":water", labelField: "name", bufferM: 15),
                .init(name: "zones_wgs84", source: gpkg + ":zones_wgs84", labelField: "name"),
            ])
        return (dir, catalog)
    }

    func layer(_ report: CheckReport, _ name: String) throws -> LayerResult {
        try #require(report.layers.first { $0.layer == name })
    }

    /// A single check reads the layers of one dataset on one thread (one open), distinct sources in parallel.
    @Test func layersAreGroupedByTheDatasetThatServesThem() throws {
        // `path:layer` is split only when the path exists.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("groups-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let county = folder.appendingPathComponent("county.gpkg").path, other = folder.appendingPathComponent("other.gpkg").path
        for path in [county, other] { #expect(FileManager.default.createFile(atPath: path, contents: Data())) }
        let themes = [
            Catalog.ThemeLayer(name: "a", source: county + ":wsg"),
            Catalog.ThemeLayer(name: "b", source: other + ":nsg"),
            Catalog.ThemeLayer(name: "c", source: county + ":biotope"),
            Catalog.ThemeLayer(name: "d", source: "WFS:https://example.org/wfs layer=x"),
            Catalog.ThemeLayer(name: "e", source: "WFS:https://example.org/wfs layer=y"),
        ]
        #expect(LayerEvaluator.sourceGroups(themes) == [[0, 2], [1], [3, 4]])
        #expect(LayerEvaluator.sourceGroups([]) == [])
    }

    @Test func overlappingZonesAreMergedBeforeMeasuring() throws {
        let (dir, catalog) = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = try ParcelChecker(catalog: catalog).check(parcel: "03271800100001______").report
        #expect(report.parcel.areaM2 == 10_000)
        #expect(report.parcel.officialAreaM2 == 10_000)
        let zones = try layer(report, "zones")
        // Z1 ∩ P1 = x 50…100 (5 000), Z2 ∩ P1 = x 25…75 (5 000); union x 25…100 = 7 500 m², not 10 000.
        #expect(abs((zones.overlapAreaM2 ?? 0) - 7_500) < 1e-6)
        #expect(abs((zones.overlapPercent ?? 0) - 75) < 1e-9)
        #expect(zones.affected == true)
        #expect(zones.features.map(\.label) == ["Z1", "Z2"])
        #expect(zones.features.allSatisfy { abs($0.overlapAreaM2 - 5_000) < 1e-6 && $0.contact == .overlap })
    }

    @Test func touchingIsBoundaryContactNotOverlap() throws {
        let (dir, catalog) = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = try ParcelChecker(catalog: catalog).check(parcel: "03271800100001______").report
        let touching = try layer(report, "touching")
        #expect(touching.affected == false)
        #expect(touching.contact == .boundary)
        #expect(touching.overlapAreaM2 == 0)
        #expect(touching.features.first?.contact == .boundary)
    }

    @Test func sliverBelowThresholdIsNotAffected() throws {
        let (dir, catalog) = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = try ParcelChecker(catalog: catalog).check(parcel: "03271800100001______").report
        let sliver = try layer(report, "sliver")
        #expect(sliver.affected == false)
        #expect(sliver.contact == .sliver)
        let feature = try #require(sliver.features.first)
        #expect(abs(feature.overlapAreaM2 - 0.5) < 1e-6)
        // With the threshold lowered below 0.5 m² and 0.005 %, the same strip counts.
        var strict = catalog
        strict.defaults = Catalog.Thresholds(sliverAreaM2: 0.1, sliverPercent: 0.001)
        let counted = try layer(ParcelChecker(catalog: strict).check(parcel: "03271800100001______").report, "sliver")
        #expect(counted.affected == true)
        #expect(abs((counted.overlapAreaM2 ?? 0) - 0.5) < 1e-6)
    }

    @Test func bufferTurnsALineIntoAStrip() throws {
        let (dir, catalog) = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = try ParcelChecker(catalog: catalog).check(parcel: "03271800100001______").report
        let water = try layer(report, "water")
        // Line at y = −10, buffer 15 → reaches y = +5 over x 0…100; the round caps lie outside P1.
        #expect(abs((water.overlapAreaM2 ?? 0) - 500) < 1e-6)
        #expect(water.bufferM == 15)
    }

    @Test func layerInAnotherCRSIsReprojected() throws {
        let (dir, catalog) = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = try ParcelChecker(catalog: catalog).check(parcel: "03271800100001______").report
        let wgs = try layer(report, "zones_wgs84")
        // Z1 stored in EPSG:4326 and brought back: x 50…100 of P1 = 5 000 m² (vertex-only reprojection of a
        // 100 m edge bends it by far less than a millimetre).
        #expect(abs((wgs.overlapAreaM2 ?? 0) - 5_000) < 0.01)
        #expect(report.sources.contains { $0.layer == "zones_wgs84" && $0.crs == "EPSG:4326" })
    }

    @Test func coveredByShortcutAndHoles() throws {
        let (dir, catalog) = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = try ParcelChecker(catalog: catalog).check(parcel: "03271800100002______").report
        #expect(report.parcel.areaM2 == 9_600)
        let zones = try layer(report, "zones")
        #expect(zones.contact == .covers)
        #expect(zones.overlapAreaM2 == 9_600)
        #expect(zones.overlapPercent == 100)
        #expect(zones.features.first?.contact == .covers)
    }

    @Test func multipartParcel() throws {
        let (dir, catalog) = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = try ParcelChecker(catalog: catalog).check(parcel: "03271800100003______").report
        #expect(report.parcel.areaM2 == 5_000)
        let zones = try layer(report, "zones")
        #expect(abs((zones.overlapAreaM2 ?? 0) - 1_250) < 1e-6)
        #expect(abs((zones.overlapPercent ?? 0) - 25) < 1e-9)
    }

    @Test func invalidParcelIsRepairedAndSaysSo() throws {
        let (dir, catalog) = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = try ParcelChecker(catalog: catalog).check(parcel: "03271800100004______").report
        #expect(report.parcel.repaired)
        #expect(abs(report.parcel.areaM2 - 1_250) < 1e-6)
        #expect(report.notes.contains { $0.contains("make-valid") })
    }

    @Test func freeGeometryInAnotherCRS() throws {
        let (dir, catalog) = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        // P1's square given in EPSG:4326: same figures as the parcel (within reprojection noise).
        let wgs = try CoordinateTransformer(from: .etrs89UTM32, to: .wgs84)
        let square = try wgs.transform(Geometry.polygon(Self.rect(0, 0, 100, 100)))
        let report = try ParcelChecker(catalog: catalog).check(geometry: square, crs: .wgs84).report
        #expect(report.parcel.id == nil)
        #expect(abs(report.parcel.areaM2 - 10_000) < 0.01)
        #expect(abs((try layer(report, "zones").overlapAreaM2 ?? 0) - 7_500) < 0.01)
    }

    @Test func unreadableLayerIsNeverReportedAsNotAffected() throws {
        let (dir, catalog) = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        var broken = catalog
        broken.layers.append(.init(name: "missing", source: dir.appendingPathComponent("nope.gpkg").path))
        broken.layers.append(.init(name: "wrong_layer", source: catalog.parcels.source.replacingOccurrences(of: ":flurstuecke", with: ":nosuchlayer")))
        let report = try ParcelChecker(catalog: broken).check(parcel: "03271800100001______").report
        #expect(!report.isComplete)
        for name in ["missing", "wrong_layer"] {
            let l = try layer(report, name)
            #expect(l.status == .unavailable)
            #expect(l.affected == nil)
            #expect(l.overlapAreaM2 == nil)
            #expect(l.error?.isEmpty == false)
        }
        #expect(try layer(report, "wrong_layer").error?.contains("zones") == true)  // lists the available layers
        #expect(try layer(report, "zones").status == .ok)
    }

    @Test func parcelErrorsAreTyped() throws {
        let (dir, catalog) = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let checker = try ParcelChecker(catalog: catalog)
        #expect(throws: CheckError.self) { try checker.check(parcel: "0327180010000") }
        do {
            _ = try checker.check(parcel: "03271800100005______")
            Issue.record("an unknown parcel must throw")
        } catch CheckError.unknownParcel(_, let suggestions) {
            // Nearest Zähler in the same Flur first: 4, then 3, …
            #expect(suggestions.first?.contains("03271800100004______") == true)
        }
        var missing = catalog
        missing.parcels.source = dir.appendingPathComponent("absent.gpkg").path
        #expect(throws: CheckError.self) { try ParcelChecker(catalog: missing).check(parcel: "03271800100001______") }
        var corrupt = catalog
        let bad = dir.appendingPathComponent("corrupt.gpkg")
        try Data("not a geopackage".utf8).write(to: bad)
        corrupt.parcels.source = bad.path
        do {
            _ = try ParcelChecker(catalog: corrupt).check(parcel: "03271800100001______")
            Issue.record("a corrupt source must throw")
        } catch {
            #expect(error.isUnreadableSource)
        }
    }

    @Test func batchEqualsSingleChecks() async throws {
        let (dir, catalog) = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let batch = try await BatchCheck.run(catalog: catalog, jobs: 2, chunkSize: 1)
        #expect(batch.rows.count == 4)
        let checker = try ParcelChecker(catalog: catalog)
        for row in batch.rows {
            let single = try checker.check(parcel: try #require(row.id)).report
            #expect(abs(row.areaM2 - single.parcel.areaM2) < 1e-9)
            for (i, l) in catalog.layers.enumerated() {
                let expected = try layer(single, l.name)
                #expect(abs(row.overlapM2[i] - (expected.overlapAreaM2 ?? -1)) < 1e-9)
                #expect(row.contacts[i] == expected.contact)
            }
        }
        let filtered = try await BatchCheck.run(catalog: catalog, where: "flurstueckskennzeichen = '03271800100002______'")
        #expect(filtered.rows.map(\.id) == ["03271800100002______"])
        #expect(filtered.rows.first?.overlapM2.first == 9_600)

        // The whole layer is checked while it is read (streamed to the workers); a selection is read first.
        // Both give the same rows in the same order, whatever the number of workers and the chunk size.
        let selectAll = try await BatchCheck.run(catalog: catalog, where: "fid > 0", jobs: 1, chunkSize: 3)
        #expect(selectAll.rows.map(\.fid) == batch.rows.map(\.fid))
        for (jobs, chunkSize) in [(1, 256), (3, 1), (2, 3)] {
            let streamed = try await BatchCheck.run(catalog: catalog, jobs: jobs, chunkSize: chunkSize)
            #expect(streamed.rows.map(\.fid) == selectAll.rows.map(\.fid), "jobs \(jobs), chunks of \(chunkSize)")
            #expect(streamed.rows.map(\.overlapM2) == selectAll.rows.map(\.overlapM2))
            #expect(streamed.rows.map(\.contacts) == selectAll.rows.map(\.contacts))
            #expect(streamed.intersectingPairs == selectAll.intersectingPairs && streamed.coveredPairs == selectAll.coveredPairs)
        }
    }

    @Test func restrictedLayersStayOutOfExportsUnlessAskedFor() throws {
        let (dir, catalog) = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        var restricted = catalog
        let i = try #require(restricted.layers.firstIndex { $0.name == "zones" })
        restricted.layers[i].restricted = true
        restricted.layers[i].theme = "Geheime Zonen"
        let outcome = try ParcelChecker(catalog: restricted).check(parcel: "03271800100001______")
        // The report itself (JSON, table) keeps the layer: restriction is about what leaves the office.
        #expect(outcome.report.layers.contains { $0.layer == "zones" })
        #expect(!outcome.htmlReport().contains("Geheime Zonen"))
        #expect(!outcome.mapSVG().contains("Geheime Zonen"))
        #expect(!String(decoding: try outcome.geoJSON(), as: UTF8.self).contains("zones_m2"))
        #expect(outcome.htmlReport(includeRestricted: true).contains("Geheime Zonen"))
        #expect(outcome.mapSVG(includeRestricted: true).contains("Geheime Zonen"))
        #expect(String(decoding: try outcome.geoJSON(includeRestricted: true), as: UTF8.self).contains("zones_m2"))
    }
}
