import Foundation
import GeoCore
import Testing

/// Writing and reading back GeoPackage, GeoJSON and FlatGeobuf over real GDAL: geometries, attributes, CRS,
/// schemas.
@Suite struct VectorRoundTripTests {
    @Test(arguments: VectorFormat.allCases)
    func roundTripPreservesGeometriesAttributesAndCRS(format: VectorFormat) throws {
        let directory = try VectorFixtures.makeDirectory()
        defer { VectorFixtures.cleanUp(directory) }
        let path = directory.appendingPathComponent("parcels.\(format.fileExtension)").path

        try writeVectorLayer(
            VectorFixtures.parcels, schema: VectorFixtures.parcelSchema, to: path, layerName: "parcels", crs: .etrs89UTM32)
        // Only the target is left: no temporary file, no driver side file (FlatGeobuf's index scratch file).
        #expect(try VectorFixtures.contents(of: directory) == ["parcels.\(format.fileExtension)"])

        let layer = try VectorDataset.openLayer(path)
        // GeoJSON and FlatGeobuf name the layer after the file; GeoPackage keeps the given name.
        #expect(layer.name == "parcels")
        #expect(layer.fieldNames == VectorFixtures.parcelSchema.map(\.name))
        #expect(layer.featureCount == 3)
        #expect(layer.geometryType == .polygon)
        // GDAL writes a non-4326 CRS into GeoJSON as `"crs": {"type": "name", "properties": {"name":
        // "urn:ogc:def:crs:EPSG::25832"}}` (the 2008 GeoJSON form) and reads it back as EPSG:25832.
        #expect(layer.crs == .etrs89UTM32)
        #expect(layer.extent == Envelope(minX: VectorFixtures.x0, minY: VectorFixtures.y0, maxX: VectorFixtures.x0 + 57.5, maxY: VectorFixtures.y0 + 20))

        // FlatGeobuf with its spatial index (GDAL's default) stores features in Hilbert order, not input order.
        let features = try layer.features().sorted { ($0["id"]?.integerValue ?? 0) < ($1["id"]?.integerValue ?? 0) }
        #expect(features.map(\.geometry) == VectorFixtures.parcels.map(\.geometry))
        for (read, written) in zip(features, VectorFixtures.parcels) {
            #expect(read.fieldOrder == VectorFixtures.parcelSchema.map(\.name))
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
        let directory = try VectorFixtures.makeDirectory()
        defer { VectorFixtures.cleanUp(directory) }
        let utm = directory.appendingPathComponent("utm.geojson").path
        let wgs = directory.appendingPathComponent("wgs.geojson").path
        try writeVectorLayer(VectorFixtures.parcels, to: utm, layerName: "utm", crs: .etrs89UTM32)
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
        let directory = try VectorFixtures.makeDirectory()
        defer { VectorFixtures.cleanUp(directory) }
        let path = directory.appendingPathComponent("plain.gpkg").path
        try writeVectorLayer(VectorFixtures.parcels, to: path, layerName: "plain", crs: nil)
        #expect(try VectorDataset.openLayer(path).crs == nil)
    }

    @Test(arguments: [VectorFormat.geoPackage, .geoJSON])
    func mixedGeometryTypesAreWrittenAsUnknown(format: VectorFormat) throws {
        let directory = try VectorFixtures.makeDirectory()
        defer { VectorFixtures.cleanUp(directory) }
        let path = directory.appendingPathComponent("mixed.\(format.fileExtension)").path
        let features = [
            Feature(geometry: .point(Point(x: VectorFixtures.x0, y: VectorFixtures.y0)), attributes: ["n": 1]),
            Feature(geometry: VectorFixtures.square(VectorFixtures.x0, VectorFixtures.y0), attributes: ["n": 2]),
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
        let directory = try VectorFixtures.makeDirectory()
        defer { VectorFixtures.cleanUp(directory) }
        let path = directory.appendingPathComponent("out.fgb").path
        let features = [
            Feature(geometry: .point(Point(x: 1, y: 1)), attributes: ["n": 1]),
            Feature(geometry: geometry, attributes: ["n": 2]),
        ]
        let error = try #require(throws: GDALError.self) {
            try writeVectorLayer(features, to: path, layerName: "out", crs: nil)
        }
        #expect(error.description.contains("feature 1"))
        #expect(try VectorFixtures.contents(of: directory).isEmpty)
        // GeoPackage keeps them.
        let gpkg = directory.appendingPathComponent("out.gpkg").path
        try writeVectorLayer(features, to: gpkg, layerName: "out", crs: nil)
        #expect(try VectorDataset.openLayer(gpkg).features().map(\.geometry) == features.map(\.geometry))
    }

    @Test func emptyLayerKeepsGeometryColumnAndCRS() throws {
        let directory = try VectorFixtures.makeDirectory()
        defer { VectorFixtures.cleanUp(directory) }
        let path = directory.appendingPathComponent("empty.gpkg").path
        try writeVectorLayer([], to: path, layerName: "empty", crs: .etrs89UTM32)
        let layer = try VectorDataset.openLayer(path)
        #expect(layer.featureCount == 0)
        #expect(layer.extent == nil)
        #expect(layer.geometryType == .unknown)
        #expect(layer.crs == .etrs89UTM32)
    }

    @Test func fieldTypesSurviveInGeoPackage() throws {
        let directory = try VectorFixtures.makeDirectory()
        defer { VectorFixtures.cleanUp(directory) }
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
}
