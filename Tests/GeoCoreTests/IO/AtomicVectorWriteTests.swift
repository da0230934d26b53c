import Foundation
import Testing

@testable import GeoCore

/// Writes go to a temporary file that replaces the target only when complete.
@Suite struct AtomicVectorWriteTests {
    @Test func failedFlatGeobufWriteLeavesExistingFileUntouched() throws {
        let directory = try VectorFixtures.makeDirectory()
        defer { VectorFixtures.cleanUp(directory) }
        let path = directory.appendingPathComponent("out.fgb").path
        try writeVectorLayer(VectorFixtures.parcels, to: path, layerName: "out", crs: .etrs89UTM32)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        // Declared Polygon, but the second feature is a point: GDAL's FlatGeobuf driver rejects it.
        let features = [
            Feature(geometry: VectorFixtures.square(0, 0), attributes: ["n": 1]),
            Feature(geometry: .point(Point(x: 1, y: 1)), attributes: ["n": 2]),
        ]
        let error = try #require(throws: GDALError.self) {
            try writeVectorLayer(features, to: path, layerName: "out", crs: nil, geometryType: .polygon)
        }
        guard case .writeFailed(let failedPath, let message) = error else {
            Issue.record("expected writeFailed, got \(error)")
            return
        }
        #expect(failedPath == path)
        #expect(message.contains("OGR_L_CreateFeature"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try VectorFixtures.contents(of: directory) == ["out.fgb"])
    }

    @Test(arguments: VectorFormat.allCases)
    func valueOfWrongTypeFailsWithoutTouchingTarget(format: VectorFormat) throws {
        let directory = try VectorFixtures.makeDirectory()
        defer { VectorFixtures.cleanUp(directory) }
        let name = "out.\(format.fileExtension)"
        let path = directory.appendingPathComponent(name).path
        try writeVectorLayer(VectorFixtures.parcels, to: path, layerName: "out", crs: .etrs89UTM32)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        var bad = VectorFixtures.parcels
        bad[2]["id"] = "three"
        #expect(throws: GDALError.self) {
            try writeVectorLayer(bad, schema: VectorFixtures.parcelSchema, to: path, layerName: "out", crs: .etrs89UTM32)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try VectorFixtures.contents(of: directory) == [name])
        #expect(try VectorDataset.openLayer(path).featureCount == 3)
    }

    @Test func successfulWriteReplacesExistingFile() throws {
        let directory = try VectorFixtures.makeDirectory()
        defer { VectorFixtures.cleanUp(directory) }
        let path = directory.appendingPathComponent("out.gpkg").path
        try writeVectorLayer(VectorFixtures.parcels, to: path, layerName: "old", crs: .etrs89UTM32)
        try writeVectorLayer(VectorFixtures.grid, to: path, layerName: "new", crs: .etrs89UTM32)
        let dataset = try VectorDataset.open(path)
        #expect(dataset.layerNames == ["new"])
        #expect(try dataset.layer(named: "new").featureCount == 100)
        #expect(try VectorFixtures.contents(of: directory) == ["out.gpkg"])
    }

    @Test func missingDirectoryIsWriteFailed() throws {
        let directory = try VectorFixtures.makeDirectory()
        defer { VectorFixtures.cleanUp(directory) }
        let path = directory.appendingPathComponent("no/such/dir/out.gpkg").path
        let error = try #require(throws: GDALError.self) {
            try writeVectorLayer(VectorFixtures.parcels, to: path, layerName: "x", crs: nil)
        }
        guard case .writeFailed(let failedPath, _) = error else {
            Issue.record("expected writeFailed, got \(error)")
            return
        }
        #expect(failedPath == path)
        #expect(try VectorFixtures.contents(of: directory).isEmpty)
    }

    @Test func droppedWriterLeavesNoTemporaryFile() throws {
        let directory = try VectorFixtures.makeDirectory()
        defer { VectorFixtures.cleanUp(directory) }
        let path = directory.appendingPathComponent("out.gpkg").path
        do {
            let writer = try VectorWriter(path: path)
            try writer.addLayer("parcels", features: VectorFixtures.parcels, crs: .etrs89UTM32)
            #expect(FileManager.default.fileExists(atPath: writer.temporaryPath))
            #expect(writer.temporaryPath.hasPrefix(directory.path + "/.out.gpkg.tmp-"))
        }
        #expect(try VectorFixtures.contents(of: directory).isEmpty)
    }

    @Test func writerRefusesUseAfterCommit() throws {
        let directory = try VectorFixtures.makeDirectory()
        defer { VectorFixtures.cleanUp(directory) }
        let writer = try VectorWriter(path: directory.appendingPathComponent("out.geojson").path)
        try writer.addLayer("a", features: VectorFixtures.parcels, crs: nil)
        try writer.commit()
        #expect(throws: GDALError.self) { try writer.addLayer("b", features: VectorFixtures.parcels, crs: nil) }
        #expect(throws: GDALError.self) { try writer.commit() }
        #expect(try VectorFixtures.contents(of: directory) == ["out.geojson"])
    }
}
