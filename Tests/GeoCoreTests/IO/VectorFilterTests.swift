import Foundation
import GeoCore
import Testing

/// Spatial and attribute filters go to the driver; streaming reads hand WKB to GEOS.
@Suite struct VectorFilterTests {
    @Test(arguments: VectorFormat.allCases)
    func bboxFilterReturnsOnlyIntersectingSquares(format: VectorFormat) throws {
        let directory = try VectorFixtures.makeDirectory()
        defer { VectorFixtures.cleanUp(directory) }
        let layer = try VectorDataset.openLayer(try VectorFixtures.writeGrid(format, in: directory))

        // Strictly inside the 3 × 3 block of squares i, j ∈ 2…4 and touching no other square.
        let inner = Envelope(minX: VectorFixtures.x0 + 21, minY: VectorFixtures.y0 + 21, maxX: VectorFixtures.x0 + 49, maxY: VectorFixtures.y0 + 49)
        let innerHits = try layer.features(bbox: inner)
        #expect(innerHits.count == 9)
        #expect(Set(innerHits.compactMap { $0["i"]?.integerValue }) == [2, 3, 4])
        #expect(Set(innerHits.compactMap { $0["j"]?.integerValue }) == [2, 3, 4])

        // Exactly on the grid lines 20 and 50: the squares beyond only touch the box, but touching is
        // intersecting (for envelopes and geometries alike), so i, j ∈ 1…5 → 25.
        let onLines = Envelope(minX: VectorFixtures.x0 + 20, minY: VectorFixtures.y0 + 20, maxX: VectorFixtures.x0 + 50, maxY: VectorFixtures.y0 + 50)
        #expect(try layer.features(bbox: onLines).count == 25)

        // Outside the grid.
        let outside = Envelope(minX: VectorFixtures.x0 + 200, minY: VectorFixtures.y0 + 200, maxX: VectorFixtures.x0 + 300, maxY: VectorFixtures.y0 + 300)
        #expect(try layer.features(bbox: outside).isEmpty)

        // The filter is cleared after reading.
        #expect(try layer.features().count == 100)
        #expect(layer.featureCount == 100)
    }

    @Test(arguments: VectorFormat.allCases)
    func geometryFilterUsesIntersectionNotJustEnvelope(format: VectorFormat) throws {
        let directory = try VectorFixtures.makeDirectory()
        defer { VectorFixtures.cleanUp(directory) }
        let layer = try VectorDataset.openLayer(try VectorFixtures.writeGrid(format, in: directory))

        // A thin diagonal line from the middle of square (0,0) to the middle of square (9,9): its envelope
        // covers the whole grid, but it crosses only the 10 diagonal squares and their 18 neighbours
        // (each diagonal step passes exactly through a grid corner, which touches 2 more squares).
        let diagonal = Geometry.lineString(
            LineString([Coordinate(VectorFixtures.x0 + 5, VectorFixtures.y0 + 5), Coordinate(VectorFixtures.x0 + 95, VectorFixtures.y0 + 95)]))
        let hits = try layer.features(filterGeometry: diagonal)
        #expect(hits.count == 28)
        #expect(hits.allSatisfy { abs(($0["i"]?.integerValue ?? 99) - ($0["j"]?.integerValue ?? -99)) <= 1 })

        // With a bbox as well, a feature must intersect both.
        let lowerLeft = Envelope(minX: VectorFixtures.x0, minY: VectorFixtures.y0, maxX: VectorFixtures.x0 + 29, maxY: VectorFixtures.y0 + 29)
        #expect(try layer.features(bbox: lowerLeft, filterGeometry: diagonal).count == 7)
    }

    @Test(arguments: VectorFormat.allCases)
    func attributeFilterSelectsByKind(format: VectorFormat) throws {
        let directory = try VectorFixtures.makeDirectory()
        defer { VectorFixtures.cleanUp(directory) }
        let layer = try VectorDataset.openLayer(try VectorFixtures.writeGrid(format, in: directory))

        let a = try layer.features(where: "kind = 'a'")
        #expect(a.count == 50)
        #expect(a.allSatisfy { $0["kind"] == "a" })

        let inner = Envelope(minX: VectorFixtures.x0 + 21, minY: VectorFixtures.y0 + 21, maxX: VectorFixtures.x0 + 49, maxY: VectorFixtures.y0 + 49)
        let both = try layer.features(bbox: inner, where: "kind = 'a' AND j >= 3")
        #expect(both.count == 6)  // i ∈ {2, 3, 4} are all kind a (i < 5); j ∈ {3, 4}
    }

    /// Each child task opens its own dataset (datasets are not Sendable); `Feature` values come back.
    @Test func parallelReadersOpenTheirOwnDatasets() async throws {
        let directory = try VectorFixtures.makeDirectory()
        defer { VectorFixtures.cleanUp(directory) }
        let path = try VectorFixtures.writeGrid(.geoPackage, in: directory)
        let counts = try await withThrowingTaskGroup(of: (Int, Int).self) { group in
            for row in 0..<10 {
                group.addTask {
                    let layer = try VectorDataset.openLayer(path)
                    let band = Envelope(
                        minX: VectorFixtures.x0 + 1, minY: VectorFixtures.y0 + Double(10 * row) + 1,
                        maxX: VectorFixtures.x0 + 99, maxY: VectorFixtures.y0 + Double(10 * row) + 9)
                    let features = try layer.features(bbox: band)
                    #expect(features.allSatisfy { $0["j"]?.integerValue == Int64(row) })
                    return (row, features.count)
                }
            }
            var counts: [Int: Int] = [:]
            for try await (row, count) in group { counts[row] = count }
            return counts
        }
        #expect(counts == Dictionary(uniqueKeysWithValues: (0..<10).map { ($0, 10) }))
    }

    @Test func sqlLiteralQuotesDataForFilters() throws {
        let directory = try VectorFixtures.makeDirectory()
        defer { VectorFixtures.cleanUp(directory) }
        let path = directory.appendingPathComponent("names.gpkg").path
        let names = ["O'Brien", "plain", "x' OR '1'='1"]
        try writeVectorLayer(
            names.map { Feature(geometry: .point(Point(x: 0, y: 0)), attributes: ["name": .string($0)]) },
            to: path, layerName: "names", crs: nil)
        let layer = try VectorDataset.openLayer(path)
        #expect(VectorLayer.sqlLiteral("O'Brien") == "'O''Brien'")
        for name in names {
            let found = try layer.features(where: "name = \(VectorLayer.sqlLiteral(name))")
            #expect(found.map { $0["name"] } == [.string(name)])
        }
    }

    @Test func streamingReadGivesWKBForGEOS() throws {
        let directory = try VectorFixtures.makeDirectory()
        defer { VectorFixtures.cleanUp(directory) }
        let path = try VectorFixtures.writeGrid(.geoPackage, in: directory)
        let layer = try VectorDataset.openLayer(path)
        let context = GeometryContext()
        var area = 0.0
        var count = 0
        try layer.forEachFeature(where: "j = 0") { raw in
            let wkb = try #require(raw.wkb)
            area += try context.read(wkb: wkb).area()
            #expect(raw.fieldNames == ["i", "j", "kind"])
            #expect(raw["j"] == 0)
            count += 1
        }
        #expect(count == 10)
        #expect(area == 1000)

        struct Stop: Error {}
        var seen = 0
        #expect(throws: Stop.self) {
            try layer.forEachFeature { _ in
                seen += 1
                if seen == 3 { throw Stop() }
            }
        }
        #expect(seen == 3)
    }

    @Test func curvesAreLinearisedAndZIsDropped() throws {
        let resources = try #require(Bundle.module.url(forResource: "Resources", withExtension: nil))
        let path = resources.appendingPathComponent("io/curves.csv").path
        let layer = try VectorDataset.openLayer(path)
        let features = try layer.features()
        #expect(features.count == 2)
        guard case .lineString(let arc)? = features.first?.geometry else {
            Issue.record("arc should read as a LineString, got \(String(describing: features.first?.geometry))")
            return
        }
        #expect(arc.coordinates.count > 3)
        #expect(arc.coordinates.first == Coordinate(0, 0))
        #expect(arc.coordinates.last == Coordinate(2, 0))
        #expect(features.last?.geometry == .point(Point(x: 1, y: 2)))
        var wkbSizes: [Int] = []
        try layer.forEachFeature { wkbSizes.append($0.wkb?.count ?? 0) }
        #expect(wkbSizes.last == 21)  // 2-D ISO point: 1 + 4 + 2 × 8 bytes
    }
}
