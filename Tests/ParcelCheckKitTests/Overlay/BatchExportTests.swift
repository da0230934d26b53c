import Foundation
import GeoCore
import ParcelCheckKit
import Testing

/// A batch is an export: every selected parcel gets a row (unusable ones with a status and empty figures), the
/// vector output takes any mix of polygons, and restricted layers stay out unless asked for (issue 17, items 5,
/// 9, 10).
@Suite struct BatchExportTests {
    /// The overlay fixture's parcels plus one without geometry (fid 5); zones marked restricted.
    static func fixture() throws -> (URL, Catalog) {
        let (dir, catalog) = try OverlayTests.fixture()
        let extra = dir.appendingPathComponent("extra.gpkg").path
        var parcels = try VectorDataset.openLayer(catalog.parcels.source).features()
        parcels.append(Feature(fid: 5, geometry: nil, attributes: ["flurstueckskennzeichen": "03271800100005______", "amtlicheflaeche": .real(700)]))
        try writeVectorLayer(parcels, to: extra, layerName: "flurstuecke", crs: .etrs89UTM32, geometryType: .unknown)
        var result = catalog
        result.parcels = .init(source: extra + ":flurstuecke")
        result.layers = catalog.layers.filter { $0.name == "zones" || $0.name == "touching" }
        result.layers[0].restricted = true
        return (dir, result)
    }

    @Test func everyParcelGetsARowAndUnusableOnesSaySo() async throws {
        let (dir, catalog) = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let batch = try await BatchCheck.run(catalog: catalog, jobs: 1, includeRestricted: true)
        #expect(batch.rows.count == 5)
        #expect(batch.rows.map(\.status) == [.ok, .ok, .ok, .ok, .noGeometry])
        #expect(batch.notes.contains("1 of 5 parcels could not be checked (status column: 1 no_geometry, 0 unusable_geometry); their figures are empty, not zero"))
        let csv = batch.csv().split(separator: "\n")
        #expect(csv[0].hasSuffix(",status"))
        #expect(csv[5] == "5,03271800100005______,,700.0,,,,,,,no_geometry")
        #expect(csv[1].hasPrefix("1,03271800100001______,10000.0,10000.0,7500.0,75.0,overlap,") && csv[1].hasSuffix(",ok"))
        let json = try JSONSerialization.jsonObject(with: batch.json()) as? [[String: Any]]
        #expect(json?[4]["area_m2"] is NSNull && json?[4]["zones_m2"] is NSNull && json?[4]["status"] as? String == "no_geometry")
    }

    /// P3 is a MultiPolygon, the others Polygons: every format takes them all as MultiPolygon. A parcel without
    /// geometry keeps its row in GeoPackage and GeoJSON; FlatGeobuf (GDAL 3.6) would drop it silently, so that
    /// write is refused with the reason.
    @Test func vectorOutputTakesPolygonsAndMultiPolygons() async throws {
        let (dir, catalog) = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let all = try await BatchCheck.run(catalog: catalog, jobs: 1)
        let usable = try await BatchCheck.run(catalog: catalog, where: "fid < 5", jobs: 1)
        for (batch, ext, count) in [(all, "gpkg", 5), (all, "geojson", 5), (usable, "fgb", 4)] {
            let out = dir.appendingPathComponent("batch.\(ext)").path
            try batch.writeVector(to: out, crs: .etrs89UTM32)
            let features = try VectorDataset.open(out).defaultLayer().features()
            #expect(features.count == count, "\(ext)")
            #expect(features.filter { $0.geometry != nil }.count == 4, "\(ext)")
            #expect(features.compactMap(\.geometry).allSatisfy { if case .multiPolygon = $0 { true } else { false } }, "\(ext)")
        }
        let refused = dir.appendingPathComponent("all.fgb").path
        #expect(throws: GDALError.self) { try all.writeVector(to: refused, crs: .etrs89UTM32) }
        #expect(!FileManager.default.fileExists(atPath: refused))
    }

    @Test func restrictedLayersStayOutOfABatchUnlessAskedFor() async throws {
        let (dir, catalog) = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plain = try await BatchCheck.run(catalog: catalog, jobs: 1)
        #expect(plain.layers.map(\.name) == ["touching"])
        #expect(!plain.csv().contains("zones_"))
        #expect(plain.notes.contains("restricted layers left out (--include-restricted to check them): zones"))
        let all = try await BatchCheck.run(catalog: catalog, jobs: 1, includeRestricted: true)
        #expect(all.layers.map(\.name) == ["zones", "touching"])
        // The single check marks the restricted layer in JSON and table.
        let report = try ParcelChecker(catalog: catalog).check(parcel: "03271800100001______").report
        #expect(report.layers.map(\.restricted) == [true, nil])
        #expect(report.table().contains("* Zones") || report.table().contains("* zones"))
        #expect(report.table().contains("* vertraulich"))
        let json = String(decoding: try report.jsonData(), as: UTF8.self)
        #expect(json.components(separatedBy: "\"restricted\" : true").count == 2)
    }
}
