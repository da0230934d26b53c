import Foundation
@testable import GeoCore
import Testing

/// Failures to open, filter or write are typed GDAL errors that say what failed.
@Suite struct VectorIOErrorTests {
    @Test func missingFileIsOpenFailed() throws {
        let directory = try VectorFixtures.makeDirectory()
        defer { VectorFixtures.cleanUp(directory) }
        let path = directory.appendingPathComponent("nothing.gpkg").path
        #expect(throws: GDALError.openFailed(location: path, message: "no such file")) {
            try VectorDataset.open(path)
        }
    }

    @Test func unknownLayerListsAvailableLayers() throws {
        let directory = try VectorFixtures.makeDirectory()
        defer { VectorFixtures.cleanUp(directory) }
        let path = try VectorFixtures.writeTwoLayers(in: directory)
        let expected = GDALError.layerNotFound(layer: "buildings", location: path, available: ["parcels", "roads"])
        #expect(throws: expected) { try VectorDataset.openLayer("\(path):buildings") }
        #expect(expected.description.contains("parcels, roads"))
    }

    @Test func corruptFileIsOpenFailedWithGDALMessage() throws {
        let directory = try VectorFixtures.makeDirectory()
        defer { VectorFixtures.cleanUp(directory) }
        let path = directory.appendingPathComponent("x.gpkg").path
        try Data("this is not a GeoPackage\n".utf8).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: GDALError.self) { try VectorDataset.open(path) }
        guard case .openFailed(let location, let message) = error else {
            Issue.record("expected openFailed, got \(error)")
            return
        }
        #expect(location == path)
        #expect(message.contains("not recognized as a supported file format"))
    }

    @Test func badAttributeFilterIsBadFilter() throws {
        let directory = try VectorFixtures.makeDirectory()
        defer { VectorFixtures.cleanUp(directory) }
        let layer = try VectorDataset.openLayer(try VectorFixtures.writeGrid(.geoPackage, in: directory))
        let error = try #require(throws: GDALError.self) { try layer.features(where: "kind = = 'a'") }
        guard case .badFilter(let filter, let message) = error else {
            Issue.record("expected badFilter, got \(error)")
            return
        }
        #expect(filter == "kind = = 'a'")
        #expect(!message.isEmpty)
        // The layer is still usable, unfiltered.
        #expect(try layer.features().count == 100)
    }

    /// GeoPackage hands the clause to SQLite as it stands, where a recursive common table expression never
    /// ends; subqueries are refused before they reach the driver, words inside quotes are data.
    @Test func subqueriesInFiltersAreRefused() throws {
        let directory = try VectorFixtures.makeDirectory()
        defer { VectorFixtures.cleanUp(directory) }
        let layer = try VectorDataset.openLayer(try VectorFixtures.writeGrid(.geoPackage, in: directory))
        for filter in [
            "kind IN (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c)",
            "kind = (select kind from grid limit 1)",
            "kind = 'a'; DROP TABLE grid",
            "kind IN (VALUES ('a'))",
        ] {
            let error = try #require(throws: GDALError.self) { try layer.features(where: filter) }
            guard case .badFilter(_, let message) = error else {
                Issue.record("expected badFilter for \(filter), got \(error)")
                continue
            }
            #expect(message.contains("not allowed"), "\(message)")
        }
        // Keywords inside literals, quoted identifiers and comments are not subqueries.
        let plain = try layer.features(where: "kind = 'a'").count
        #expect(plain > 0)
        #expect(try layer.features(where: "\"kind\" = 'a' /* with */ OR kind = 'select; with'").count == plain)
        #expect(try layer.features(where: "kind = 'it''s with' OR kind = 'a'").count == plain)
        #expect(AttributeFilter.keywords(in: "a = 'x''select' -- with\n AND b") == ["A", "AND", "B"])
    }

    @Test func unsupportedOutputExtensionIsRejected() throws {
        let directory = try VectorFixtures.makeDirectory()
        defer { VectorFixtures.cleanUp(directory) }
        let path = directory.appendingPathComponent("out.shp").path
        #expect(throws: GDALError.unsupportedFormat(path)) {
            try writeVectorLayer(VectorFixtures.parcels, to: path, layerName: "x", crs: nil)
        }
        #expect(try VectorFixtures.contents(of: directory).isEmpty)
    }
}
