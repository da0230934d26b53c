import Foundation
import Testing

@testable import GeoCore
@testable import ParcelCheckKit

/// Vector I/O over real GDAL: every test writes into its own temporary directory.
@Suite struct VectorIOTests {
    // MARK: Fixtures

    /// A fresh directory under the system temporary directory; remove it with `cleanUp`.
    static func makeDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("VectorIOTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func cleanUp(_ url: URL) {
        try? FileManager.default.removeItem(at: url)
    }

    static func contents(of directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    /// An axis-aligned square polygon, counter-clockwise, closed.
    static func square(_ x: Double, _ y: Double, size: Double = 10) -> Geometry {
        .polygon(Envelope(minX: x, minY: y, maxX: x + size, maxY: y + size).polygon)
    }

    /// Origin of the test data in EPSG:25832 (somewhere near Hanover); coordinates stay exactly representable.
    static let x0 = 550_000.0
    static let y0 = 5_800_000.0

    /// Three parcels with one column of each type, including a null.
    static let parcels: [Feature] = [
        Feature(
            geometry: square(x0, y0),
            attributes: ["id": 11, "name": "Acker", "area": 100.25, "kind": "a", "surveyed": .date("2024-03-01")]),
        Feature(
            geometry: .polygon(
                Polygon(
                    exterior: [
                        Coordinate(x0 + 20, y0), Coordinate(x0 + 40, y0), Coordinate(x0 + 40, y0 + 20),
                        Coordinate(x0 + 20, y0 + 20), Coordinate(x0 + 20, y0),
                    ],
                    holes: [[
                        Coordinate(x0 + 25, y0 + 5), Coordinate(x0 + 25, y0 + 15), Coordinate(x0 + 35, y0 + 15),
                        Coordinate(x0 + 35, y0 + 5), Coordinate(x0 + 25, y0 + 5),
                    ]])),
            attributes: ["id": 12, "name": "Wiese mit Loch", "area": 300.5, "kind": "b", "surveyed": nil]),
        Feature(
            geometry: square(x0 + 50, y0 + 0.125, size: 7.5),
            attributes: ["id": 13, "name": "Hof", "area": 56.25, "kind": "a", "surveyed": .date("1999-12-31")]),
    ]

    static let parcelSchema = [
        FieldDefinition("id", .integer64), FieldDefinition("name", .string), FieldDefinition("area", .real),
        FieldDefinition("kind", .string), FieldDefinition("surveyed", .date),
    ]

    /// A 10 × 10 grid of 10 m squares; square (i, j) covers x0+10i…x0+10(i+1), y0+10j…y0+10(j+1).
    static let grid: [Feature] = {
        var features: [Feature] = []
        for j in 0..<10 {
            for i in 0..<10 {
                let kind: AttributeValue = i < 5 ? "a" : "b"
                let geometry = square(x0 + Double(10 * i), y0 + Double(10 * j))
                let attributes: KeyValuePairs<String, AttributeValue> = [
                    "i": .integer(Int64(i)), "j": .integer(Int64(j)), "kind": kind,
                ]
                features.append(Feature(geometry: geometry, attributes: attributes))
            }
        }
        return features
    }()

    /// Writes the grid to `grid.<ext>` in `directory` and returns the path.
    static func writeGrid(_ format: VectorFormat, in directory: URL) throws -> String {
        let path = directory.appendingPathComponent("grid.\(format.fileExtension)").path
        try writeVectorLayer(grid, to: path, layerName: "grid", crs: .etrs89UTM32)
        return path
    }

    /// Writes a GeoPackage with layers `parcels` and `roads`.
    static func writeTwoLayers(in directory: URL) throws -> String {
        let path = directory.appendingPathComponent("two.gpkg").path
        let writer = try VectorWriter(path: path)
        try writer.addLayer("parcels", features: parcels, schema: parcelSchema, crs: .etrs89UTM32)
        try writer.addLayer(
            "roads",
            features: [
                Feature(
                    geometry: .lineString(LineString([Coordinate(x0, y0), Coordinate(x0 + 100, y0 + 50)])),
                    attributes: ["ref": "B6"])
            ],
            crs: .etrs89UTM32)
        try writer.commit()
        return path
    }

    // MARK: Round trips

    @Test(arguments: VectorFormat.allCases)
    func roundTripPreservesGeometriesAttributesAndCRS(format: VectorFormat) throws {
        let directory = try Self.makeDirectory()
        defer { Self.cleanUp(directory) }
        let path = directory.appendingPathComponent("parcels.\(format.fileExtension)").path

        try writeVectorLayer(
            Self.parcels, schema: Self.parcelSchema, to: path, layerName: "parcels", crs: .etrs89UTM32)
        // Only the target is left: no temporary file, no driver side file (FlatGeobuf's index scratch file).
        #expect(try Self.contents(of: directory) == ["parcels.\(format.fileExtension)"])

        let layer = try VectorDataset.openLayer(path)
        // GeoJSON and FlatGeobuf name the layer after the file; GeoPackage keeps the given name.
        #expect(layer.name == "parcels")
        #expect(layer.fieldNames == Self.parcelSchema.map(\.name))
        #expect(layer.featureCount == 3)
        #expect(layer.geometryType == .polygon)
        // GDAL writes a non-4326 CRS into GeoJSON as `"crs": {"type": "name", "properties": {"name":
        // "urn:ogc:def:crs:EPSG::25832"}}` (the 2008 GeoJSON form) and reads it back as EPSG:25832.
        #expect(layer.crs == .etrs89UTM32)
        #expect(layer.extent == Envelope(minX: Self.x0, minY: Self.y0, maxX: Self.x0 + 57.5, maxY: Self.y0 + 20))

        // FlatGeobuf with its spatial index (GDAL's default) stores features in Hilbert order, not input order.
        let features = try layer.features().sorted { ($0["id"]?.integerValue ?? 0) < ($1["id"]?.integerValue ?? 0) }
        #expect(features.map(\.geometry) == Self.parcels.map(\.geometry))
        for (read, written) in zip(features, Self.parcels) {
            #expect(read.fieldOrder == Self.parcelSchema.map(\.name))
            var expected = written.attributes
            // FlatGeobuf has only a DateTime column type: a Date column reads back as midnight date-times.
            if format == .flatGeobuf, case .date(let day)? = expected["surveyed"] {
                expected["surveyed"] = .dateTime(day + "T00:00:00")
            }
            #expect(read.attributes == expected)
        }
        switch format {
        case .geoPackage:
            #expect(features.map(\.fid) == [1, 2, 3])
        case .geoJSON:
            // No top-level "id" was written, so GDAL's GeoJSON reader takes the integer "id" property as FID.
            #expect(features.map(\.fid) == [11, 12, 13])
        case .flatGeobuf:
            #expect(Set(features.map(\.fid)) == [0, 1, 2])
        }
    }

    @Test func geoJSONWritesNamedCRSMemberForNon4326() throws {
        let directory = try Self.makeDirectory()
        defer { Self.cleanUp(directory) }
        let utm = directory.appendingPathComponent("utm.geojson").path
        let wgs = directory.appendingPathComponent("wgs.geojson").path
        try writeVectorLayer(Self.parcels, to: utm, layerName: "utm", crs: .etrs89UTM32)
        let lonLat = Feature(geometry: .point(Point(x: 9.73, y: 52.37)), attributes: ["name": "Hannover"])
        try writeVectorLayer([lonLat], to: wgs, layerName: "wgs", crs: .wgs84)

        let utmText = try String(contentsOfFile: utm, encoding: .utf8)
        #expect(utmText.contains("urn:ogc:def:crs:EPSG::25832"))
        let wgsText = try String(contentsOfFile: wgs, encoding: .utf8)
        // For EPSG:4326 GDAL writes the axis-order-safe OGC CRS84 URN, keeps lon/lat order, and the name reads
        // back as EPSG:4326 (identified with OSRAutoIdentifyEPSG).
        #expect(wgsText.contains("urn:ogc:def:crs:OGC:1.3:CRS84"))
        let layer = try VectorDataset.openLayer(wgs)
        #expect(layer.crs == .wgs84)
        #expect(try layer.features().first?.geometry == lonLat.geometry)
    }

    /// GDAL 3.6 stores a GeoPackage layer without CRS under srs_id 0 "Undefined geographic SRS"; that reads as nil.
    @Test func geoPackageLayerWithoutCRSReadsAsNil() throws {
        let directory = try Self.makeDirectory()
        defer { Self.cleanUp(directory) }
        let path = directory.appendingPathComponent("plain.gpkg").path
        try writeVectorLayer(Self.parcels, to: path, layerName: "plain", crs: nil)
        #expect(try VectorDataset.openLayer(path).crs == nil)
    }

    @Test(arguments: [VectorFormat.geoPackage, .geoJSON])
    func mixedGeometryTypesAreWrittenAsUnknown(format: VectorFormat) throws {
        let directory = try Self.makeDirectory()
        defer { Self.cleanUp(directory) }
        let path = directory.appendingPathComponent("mixed.\(format.fileExtension)").path
        let features = [
            Feature(geometry: .point(Point(x: Self.x0, y: Self.y0)), attributes: ["n": 1]),
            Feature(geometry: Self.square(Self.x0, Self.y0), attributes: ["n": 2]),
            Feature(geometry: nil, attributes: ["n": 3]),
        ]
        try writeVectorLayer(features, to: path, layerName: "mixed", crs: .etrs89UTM32)
        let layer = try VectorDataset.openLayer(path)
        #expect(layer.geometryType == .unknown)
        #expect(try layer.features().map(\.geometry) == features.map(\.geometry))
    }

    /// GDAL 3.6's FlatGeobuf driver skips features with no or an empty geometry without an error; the writer
    /// refuses them rather than lose rows.
    @Test(arguments: [nil, Geometry.multiPoint(MultiPoint([]))])
    func flatGeobufRefusesFeaturesWithoutGeometry(geometry: Geometry?) throws {
        let directory = try Self.makeDirectory()
        defer { Self.cleanUp(directory) }
        let path = directory.appendingPathComponent("out.fgb").path
        let features = [
            Feature(geometry: .point(Point(x: 1, y: 1)), attributes: ["n": 1]),
            Feature(geometry: geometry, attributes: ["n": 2]),
        ]
        let error = try #require(throws: GDALError.self) {
            try writeVectorLayer(features, to: path, layerName: "out", crs: nil)
        }
        #expect(error.description.contains("feature 1"))
        #expect(try Self.contents(of: directory).isEmpty)
        // GeoPackage keeps them.
        let gpkg = directory.appendingPathComponent("out.gpkg").path
        try writeVectorLayer(features, to: gpkg, layerName: "out", crs: nil)
        #expect(try VectorDataset.openLayer(gpkg).features().map(\.geometry) == features.map(\.geometry))
    }

    @Test func emptyLayerKeepsGeometryColumnAndCRS() throws {
        let directory = try Self.makeDirectory()
        defer { Self.cleanUp(directory) }
        let path = directory.appendingPathComponent("empty.gpkg").path
        try writeVectorLayer([], to: path, layerName: "empty", crs: .etrs89UTM32)
        let layer = try VectorDataset.openLayer(path)
        #expect(layer.featureCount == 0)
        #expect(layer.extent == nil)
        #expect(layer.geometryType == .unknown)
        #expect(layer.crs == .etrs89UTM32)
    }

    @Test func fieldTypesSurviveInGeoPackage() throws {
        let directory = try Self.makeDirectory()
        defer { Self.cleanUp(directory) }
        let path = directory.appendingPathComponent("types.gpkg").path
        let schema = [
            FieldDefinition("small", .integer), FieldDefinition("big", .integer64), FieldDefinition("real", .real),
            FieldDefinition("text", .string), FieldDefinition("day", .date), FieldDefinition("stamp", .dateTime),
            FieldDefinition("flag", .boolean),
        ]
        let feature = Feature(
            geometry: .point(Point(x: 1, y: 2)),
            attributes: [
                "small": 7, "big": .integer(5_000_000_000), "real": 0.1, "text": "ä ö ü ß",
                "day": .date("2024-02-29"), "stamp": .dateTime("2024-02-29T13:45:30Z"), "flag": 1,
            ])
        try writeVectorLayer([feature], schema: schema, to: path, layerName: "types", crs: nil)
        let layer = try VectorDataset.openLayer(path)
        #expect(layer.fields == schema)
        #expect(try layer.features().first?.attributes == feature.attributes)
    }

    @Test func schemaIsInferredFromValues() {
        let features = [
            Feature(geometry: nil, attributes: ["a": 1, "b": nil, "c": "x", "d": .date("2024-01-01")]),
            Feature(geometry: nil, attributes: ["a": 2.5, "b": nil, "c": 3, "e": .dateTime("2024-01-01T00:00:00")]),
        ]
        #expect(
            FieldDefinition.inferSchema(from: features) == [
                FieldDefinition("a", .real), FieldDefinition("b", .string), FieldDefinition("c", .string),
                FieldDefinition("d", .date), FieldDefinition("e", .dateTime),
            ])
    }

    // MARK: Filters

    @Test(arguments: VectorFormat.allCases)
    func bboxFilterReturnsOnlyIntersectingSquares(format: VectorFormat) throws {
        let directory = try Self.makeDirectory()
        defer { Self.cleanUp(directory) }
        let layer = try VectorDataset.openLayer(try Self.writeGrid(format, in: directory))

        // Strictly inside the 3 × 3 block of squares i, j ∈ 2…4 and touching no other square.
        let inner = Envelope(minX: Self.x0 + 21, minY: Self.y0 + 21, maxX: Self.x0 + 49, maxY: Self.y0 + 49)
        let innerHits = try layer.features(bbox: inner)
        #expect(innerHits.count == 9)
        #expect(Set(innerHits.compactMap { $0["i"]?.integerValue }) == [2, 3, 4])
        #expect(Set(innerHits.compactMap { $0["j"]?.integerValue }) == [2, 3, 4])

        // Exactly on the grid lines 20 and 50: the squares beyond only touch the box, but touching is
        // intersecting (for envelopes and geometries alike), so i, j ∈ 1…5 → 25.
        let onLines = Envelope(minX: Self.x0 + 20, minY: Self.y0 + 20, maxX: Self.x0 + 50, maxY: Self.y0 + 50)
        #expect(try layer.features(bbox: onLines).count == 25)

        // Outside the grid.
        let outside = Envelope(minX: Self.x0 + 200, minY: Self.y0 + 200, maxX: Self.x0 + 300, maxY: Self.y0 + 300)
        #expect(try layer.features(bbox: outside).isEmpty)

        // The filter is cleared after reading.
        #expect(try layer.features().count == 100)
        #expect(layer.featureCount == 100)
    }

    @Test(arguments: VectorFormat.allCases)
    func geometryFilterUsesIntersectionNotJustEnvelope(format: VectorFormat) throws {
        let directory = try Self.makeDirectory()
        defer { Self.cleanUp(directory) }
        let layer = try VectorDataset.openLayer(try Self.writeGrid(format, in: directory))

        // A thin diagonal line from the middle of square (0,0) to the middle of square (9,9): its envelope
        // covers the whole grid, but it crosses only the 10 diagonal squares and their 18 neighbours
        // (each diagonal step passes exactly through a grid corner, which touches 2 more squares).
        let diagonal = Geometry.lineString(
            LineString([Coordinate(Self.x0 + 5, Self.y0 + 5), Coordinate(Self.x0 + 95, Self.y0 + 95)]))
        let hits = try layer.features(filterGeometry: diagonal)
        #expect(hits.count == 28)
        #expect(hits.allSatisfy { abs(($0["i"]?.integerValue ?? 99) - ($0["j"]?.integerValue ?? -99)) <= 1 })

        // With a bbox as well, a feature must intersect both.
        let lowerLeft = Envelope(minX: Self.x0, minY: Self.y0, maxX: Self.x0 + 29, maxY: Self.y0 + 29)
        #expect(try layer.features(bbox: lowerLeft, filterGeometry: diagonal).count == 7)
    }

    @Test(arguments: VectorFormat.allCases)
    func attributeFilterSelectsByKind(format: VectorFormat) throws {
        let directory = try Self.makeDirectory()
        defer { Self.cleanUp(directory) }
        let layer = try VectorDataset.openLayer(try Self.writeGrid(format, in: directory))

        let a = try layer.features(where: "kind = 'a'")
        #expect(a.count == 50)
        #expect(a.allSatisfy { $0["kind"] == "a" })

        let inner = Envelope(minX: Self.x0 + 21, minY: Self.y0 + 21, maxX: Self.x0 + 49, maxY: Self.y0 + 49)
        let both = try layer.features(bbox: inner, where: "kind = 'a' AND j >= 3")
        #expect(both.count == 6)  // i ∈ {2, 3, 4} are all kind a (i < 5); j ∈ {3, 4}
    }

    /// Each child task opens its own dataset (datasets are not Sendable); `Feature` values come back.
    @Test func parallelReadersOpenTheirOwnDatasets() async throws {
        let directory = try Self.makeDirectory()
        defer { Self.cleanUp(directory) }
        let path = try Self.writeGrid(.geoPackage, in: directory)
        let counts = try await withThrowingTaskGroup(of: (Int, Int).self) { group in
            for row in 0..<10 {
                group.addTask {
                    let layer = try VectorDataset.openLayer(path)
                    let band = Envelope(
                        minX: Self.x0 + 1, minY: Self.y0 + Double(10 * row) + 1,
                        maxX: Self.x0 + 99, maxY: Self.y0 + Double(10 * row) + 9)
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
        let directory = try Self.makeDirectory()
        defer { Self.cleanUp(directory) }
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
        let directory = try Self.makeDirectory()
        defer { Self.cleanUp(directory) }
        let path = try Self.writeGrid(.geoPackage, in: directory)
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

    // MARK: Locations and layers

    @Test func layersAreListedAndPickedByName() throws {
        let directory = try Self.makeDirectory()
        defer { Self.cleanUp(directory) }
        let path = try Self.writeTwoLayers(in: directory)

        let dataset = try VectorDataset.open(path)
        #expect(dataset.driverName == "GPKG")
        #expect(dataset.layerNames == ["parcels", "roads"])
        #expect(try dataset.layer(named: "roads").featureCount == 1)
        #expect(try dataset.layer(at: 0).name == "parcels")
        #expect(try dataset.layer(named: "roads").geometryType == .lineString)

        let roads = try VectorDataset.openLayer("\(path):roads")
        #expect(roads.name == "roads")
        #expect(try roads.features().first?["ref"] == "B6")

        #expect(throws: GDALError.layerRequired(location: path, available: ["parcels", "roads"])) {
            try VectorDataset.openLayer(path)
        }
    }

    @Test func locationParsingSplitsPathAndLayer() throws {
        let existing: Set<String> = ["/data/a.gpkg", "/data/odd:name.gpkg"]
        let exists = { (path: String) in existing.contains(path) }

        let plain = VectorSourceLocation(parsing: "/data/a.gpkg", exists: exists)
        #expect(plain == VectorSourceLocation(path: "/data/a.gpkg"))

        let withLayer = VectorSourceLocation(parsing: "/data/a.gpkg:parcels", exists: exists)
        #expect(withLayer.source == "/data/a.gpkg")
        #expect(withLayer.layer == "parcels")
        #expect(withLayer.description == "/data/a.gpkg:parcels")

        // An existing file whose name contains ':' is taken whole; a layer after it splits at the last ':'.
        #expect(VectorSourceLocation(parsing: "/data/odd:name.gpkg", exists: exists).layer == nil)
        let odd = VectorSourceLocation(parsing: "/data/odd:name.gpkg:roads", exists: exists)
        #expect(odd.source == "/data/odd:name.gpkg")
        #expect(odd.layer == "roads")

        // Neither the whole nor the left part exists: the whole string is the path.
        let missing = VectorSourceLocation(parsing: "/data/none.gpkg:x", exists: exists)
        #expect(missing == VectorSourceLocation(path: "/data/none.gpkg:x"))

        // Connection strings are never split or checked on disk.
        let connections = [
            "PG:dbname=gis host=db", "WFS:https://example.org/wfs", "OAPIF:https://example.org",
            "https://example.org/a.geojson",
        ]
        for text in connections {
            let location = VectorSourceLocation(parsing: text, exists: exists)
            #expect(location.isConnection)
            #expect(location.source == text)
            #expect(location.layer == nil)
        }
        let pg = VectorSourceLocation(connection: "PG:dbname=gis", layer: "parcels")
        #expect(pg.layer == "parcels")
    }

    @Test func formatIsInferredFromExtension() throws {
        #expect(try VectorFormat(path: "/x/a.gpkg") == .geoPackage)
        #expect(try VectorFormat(path: "a.GeoJSON") == .geoJSON)
        #expect(try VectorFormat(path: "a.json") == .geoJSON)
        #expect(try VectorFormat(path: "dir.v2/a.fgb") == .flatGeobuf)
        #expect(throws: GDALError.unsupportedFormat("a.shp")) { try VectorFormat(path: "a.shp") }
        #expect(throws: GDALError.unsupportedFormat("dir.gpkg/noext")) { try VectorFormat(path: "dir.gpkg/noext") }
    }

    // MARK: Errors

    @Test func missingFileIsOpenFailed() throws {
        let directory = try Self.makeDirectory()
        defer { Self.cleanUp(directory) }
        let path = directory.appendingPathComponent("nothing.gpkg").path
        #expect(throws: GDALError.openFailed(location: path, message: "no such file")) {
            try VectorDataset.open(path)
        }
    }

    @Test func unknownLayerListsAvailableLayers() throws {
        let directory = try Self.makeDirectory()
        defer { Self.cleanUp(directory) }
        let path = try Self.writeTwoLayers(in: directory)
        let expected = GDALError.layerNotFound(layer: "buildings", location: path, available: ["parcels", "roads"])
        #expect(throws: expected) { try VectorDataset.openLayer("\(path):buildings") }
        #expect(expected.description.contains("parcels, roads"))
    }

    @Test func corruptFileIsOpenFailedWithGDALMessage() throws {
        let directory = try Self.makeDirectory()
        defer { Self.cleanUp(directory) }
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
        let directory = try Self.makeDirectory()
        defer { Self.cleanUp(directory) }
        let layer = try VectorDataset.openLayer(try Self.writeGrid(.geoPackage, in: directory))
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

    @Test func unsupportedOutputExtensionIsRejected() throws {
        let directory = try Self.makeDirectory()
        defer { Self.cleanUp(directory) }
        let path = directory.appendingPathComponent("out.shp").path
        #expect(throws: GDALError.unsupportedFormat(path)) {
            try writeVectorLayer(Self.parcels, to: path, layerName: "x", crs: nil)
        }
        #expect(try Self.contents(of: directory).isEmpty)
    }

    // MARK: Atomic writes

    @Test func failedFlatGeobufWriteLeavesExistingFileUntouched() throws {
        let directory = try Self.makeDirectory()
        defer { Self.cleanUp(directory) }
        let path = directory.appendingPathComponent("out.fgb").path
        try writeVectorLayer(Self.parcels, to: path, layerName: "out", crs: .etrs89UTM32)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        // Declared Polygon, but the second feature is a point: GDAL's FlatGeobuf driver rejects it.
        let features = [
            Feature(geometry: Self.square(0, 0), attributes: ["n": 1]),
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
        #expect(try Self.contents(of: directory) == ["out.fgb"])
    }

    @Test(arguments: VectorFormat.allCases)
    func valueOfWrongTypeFailsWithoutTouchingTarget(format: VectorFormat) throws {
        let directory = try Self.makeDirectory()
        defer { Self.cleanUp(directory) }
        let name = "out.\(format.fileExtension)"
        let path = directory.appendingPathComponent(name).path
        try writeVectorLayer(Self.parcels, to: path, layerName: "out", crs: .etrs89UTM32)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        var bad = Self.parcels
        bad[2]["id"] = "three"
        #expect(throws: GDALError.self) {
            try writeVectorLayer(bad, schema: Self.parcelSchema, to: path, layerName: "out", crs: .etrs89UTM32)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try Self.contents(of: directory) == [name])
        #expect(try VectorDataset.openLayer(path).featureCount == 3)
    }

    @Test func successfulWriteReplacesExistingFile() throws {
        let directory = try Self.makeDirectory()
        defer { Self.cleanUp(directory) }
        let path = directory.appendingPathComponent("out.gpkg").path
        try writeVectorLayer(Self.parcels, to: path, layerName: "old", crs: .etrs89UTM32)
        try writeVectorLayer(Self.grid, to: path, layerName: "new", crs: .etrs89UTM32)
        let dataset = try VectorDataset.open(path)
        #expect(dataset.layerNames == ["new"])
        #expect(try dataset.layer(named: "new").featureCount == 100)
        #expect(try Self.contents(of: directory) == ["out.gpkg"])
    }

    @Test func missingDirectoryIsWriteFailed() throws {
        let directory = try Self.makeDirectory()
        defer { Self.cleanUp(directory) }
        let path = directory.appendingPathComponent("no/such/dir/out.gpkg").path
        let error = try #require(throws: GDALError.self) {
            try writeVectorLayer(Self.parcels, to: path, layerName: "x", crs: nil)
        }
        guard case .writeFailed(let failedPath, _) = error else {
            Issue.record("expected writeFailed, got \(error)")
            return
        }
        #expect(failedPath == path)
        #expect(try Self.contents(of: directory).isEmpty)
    }

    @Test func droppedWriterLeavesNoTemporaryFile() throws {
        let directory = try Self.makeDirectory()
        defer { Self.cleanUp(directory) }
        let path = directory.appendingPathComponent("out.gpkg").path
        do {
            let writer = try VectorWriter(path: path)
            try writer.addLayer("parcels", features: Self.parcels, crs: .etrs89UTM32)
            #expect(FileManager.default.fileExists(atPath: writer.temporaryPath))
            #expect(writer.temporaryPath.hasPrefix(directory.path + "/.out.gpkg.tmp-"))
        }
        #expect(try Self.contents(of: directory).isEmpty)
    }

    @Test func writerRefusesUseAfterCommit() throws {
        let directory = try Self.makeDirectory()
        defer { Self.cleanUp(directory) }
        let writer = try VectorWriter(path: directory.appendingPathComponent("out.geojson").path)
        try writer.addLayer("a", features: Self.parcels, crs: nil)
        try writer.commit()
        #expect(throws: GDALError.self) { try writer.addLayer("b", features: Self.parcels, crs: nil) }
        #expect(throws: GDALError.self) { try writer.commit() }
        #expect(try Self.contents(of: directory) == ["out.geojson"])
    }

    // MARK: Values

    @Test func attributeValuesEncodeAsPlainJSONScalars() throws {
        let values: [AttributeValue] = [.integer(3), .real(2.5), .null, .string("x"), .date("2024-01-02")]
        let encoder = JSONEncoder()
        let json = String(decoding: try encoder.encode(values), as: UTF8.self)
        #expect(json == #"[3,2.5,null,"x","2024-01-02"]"#)
        let decoded = try JSONDecoder().decode([AttributeValue].self, from: Data(json.utf8))
        #expect(decoded == [.integer(3), .real(2.5), .null, .string("x"), .string("2024-01-02")])
        #expect(AttributeValue.integer(3).doubleValue == 3)
        #expect(AttributeValue.string("3").doubleValue == nil)
        #expect(AttributeValue.real(2.5).stringValue == "2.5")
        #expect(AttributeValue.null.stringValue == nil)
    }

    @Test func featureKeepsColumnOrder() {
        var feature = Feature(geometry: nil, attributes: ["z": 1, "a": 2, "m": 3])
        #expect(feature.orderedAttributes.map(\.name) == ["z", "a", "m"])
        feature["b"] = "new"
        feature["a"] = nil
        #expect(feature.fieldOrder == ["z", "m", "b"])
        #expect(feature.orderedAttributes.map(\.value) == [1, 3, "new"])
    }
}
