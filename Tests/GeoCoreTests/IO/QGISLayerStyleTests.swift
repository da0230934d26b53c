import Foundation
import TestSupport
import Testing

@testable import GeoCore

/// The default QGIS style in a GeoPackage's `layer_styles` table, as QGIS reads it (see `QGISLayerStyle`).
@Suite struct QGISLayerStyleTests {
    static func style(_ name: String = "parcels") -> QGISLayerStyle {
        let categories = [
            QMLStyle.Category(value: "a", label: "Acker & Hof", symbol: .init(colour: "#1b9e77", width: 0.3)),
            QMLStyle.Category(value: "b", symbol: .init(colour: "#d95f02", width: 0.3)),
        ]
        let qml = QMLStyle(kind: .fill, renderer: .categorized(attribute: "kind", categories: categories))
        return QGISLayerStyle(name: name, qml: qml.document, description: "test style \(name)")
    }

    /// The rows of `layer_styles`, read through GDAL like any other table.
    static func styleRows(_ path: String) throws -> [[String: AttributeValue]] {
        try VectorDataset.open(path).layer(named: QGISLayerStyle.tableName).features().map(\.attributes)
    }

    static func defaultRows(_ path: String) throws -> [[String: AttributeValue]] {
        try styleRows(path).filter { $0["useAsDefault"]?.integerValue == 1 }
    }

    @Test func styledGeoPackageHasOneDefaultRowForTheLayerAndItsGeometryColumn() throws {
        let directory = try VectorFixtures.makeDirectory()
        defer { VectorFixtures.cleanUp(directory) }
        let path = directory.appendingPathComponent("out.gpkg").path
        try writeVectorLayer(VectorFixtures.parcels, to: path, layerName: "out", crs: .etrs89UTM32, style: Self.style())

        let rows = try Self.styleRows(path)
        #expect(rows.count == 1)
        let row = try #require(rows.first)
        #expect(row["f_table_name"] == .string("out"))
        #expect(row["f_geometry_column"] == .string("geom"))  // GDAL's GeoPackage geometry column
        // QGIS selects the layer's rows with f_table_schema = '' (NULL would not match).
        #expect(row["f_table_schema"] == .string(""))
        #expect(row["useAsDefault"]?.integerValue == 1)
        #expect(row["styleName"] == .string("parcels"))
        #expect(row["styleQML"] == .string(Self.style().qml))
        #expect(row["styleSLD"] == .null)
        #expect(row["update_time"]?.stringValue?.isEmpty == false)
        // No temporary file is left next to it.
        #expect(try VectorFixtures.contents(of: directory) == ["out.gpkg"])
    }

    /// The QML is well-formed XML that names the attribute and its classes, escaped where needed.
    @Test func styleQMLParsesAndNamesTheAttributeAndItsClasses() throws {
        let qml = try #require(XMLElements(parsing: Self.style().qml))
        #expect(qml.elements.first?.name == "qgis")
        let renderer = try #require(qml.named("renderer-v2").first)
        #expect(renderer.attributes["type"] == "categorizedSymbol")
        #expect(renderer.attributes["attr"] == "kind")
        #expect(qml.named("category").compactMap { $0.attributes["value"] } == ["a", "b"])
        #expect(qml.named("category").first?.attributes["label"] == "Acker & Hof")
        #expect(qml.named("symbol").map { $0.attributes["type"] } == ["fill", "fill"])
        // #1b9e77 as QGIS writes colours.
        let colours = qml.named("prop").filter { $0.attributes["k"] == "color" }.compactMap { $0.attributes["v"] }
        #expect(colours == ["27,158,119,255", "217,95,2,255"])
        #expect(qml.named("layerGeometryType").count == 1)
    }

    /// Saving again keeps one default row for the layer: the same style name replaces its row, another name
    /// adds a row and takes the default from the old one — what QGIS's "Save as Default" does.
    @Test func writingTheStyleAgainKeepsOneDefaultRow() throws {
        let directory = try VectorFixtures.makeDirectory()
        defer { VectorFixtures.cleanUp(directory) }
        let path = directory.appendingPathComponent("out.gpkg").path
        try writeVectorLayer(VectorFixtures.parcels, to: path, layerName: "out", crs: .etrs89UTM32, style: Self.style())

        try writeDefaultStyle(Self.style(), forLayer: "out", inGeoPackage: path)
        #expect(try Self.styleRows(path).count == 1)
        #expect(try Self.defaultRows(path).count == 1)

        try writeDefaultStyle(Self.style("other"), forLayer: "out", inGeoPackage: path)
        #expect(try Self.styleRows(path).count == 2)
        #expect(try Self.defaultRows(path).map { $0["styleName"] } == [.string("other")])

        try writeDefaultStyle(Self.style(), forLayer: "out", inGeoPackage: path)
        #expect(try Self.styleRows(path).count == 2)
        #expect(try Self.defaultRows(path).map { $0["styleName"] } == [.string("parcels")])
        #expect(try VectorFixtures.contents(of: directory) == ["out.gpkg"])
    }

    /// The style table is no layer of its own: the file still opens as its one layer, with the same features.
    @Test func styledGeoPackageReadsBackTheSameFeatures() throws {
        let directory = try VectorFixtures.makeDirectory()
        defer { VectorFixtures.cleanUp(directory) }
        let plain = directory.appendingPathComponent("plain.gpkg").path
        let styled = directory.appendingPathComponent("styled.gpkg").path
        try writeVectorLayer(
            VectorFixtures.parcels, schema: VectorFixtures.parcelSchema, to: plain, layerName: "out", crs: .etrs89UTM32)
        try writeVectorLayer(
            VectorFixtures.parcels, schema: VectorFixtures.parcelSchema, to: styled, layerName: "out",
            crs: .etrs89UTM32,
            style: Self.style())

        let dataset = try VectorDataset.open(styled)
        #expect(dataset.layerNames == ["out", "layer_styles"])
        let layer = try dataset.defaultLayer()
        #expect(layer.name == "out")
        #expect(layer.crs == .etrs89UTM32)
        #expect(try layer.features().count == VectorFixtures.parcels.count)
        #expect(try layer.features() == VectorDataset.openLayer(plain).features())
    }

    /// A style for a layer the file does not have fails and leaves the file byte for byte as it was.
    @Test func styleForAMissingLayerLeavesTheFileAsItWas() throws {
        let directory = try VectorFixtures.makeDirectory()
        defer { VectorFixtures.cleanUp(directory) }
        let path = directory.appendingPathComponent("out.gpkg").path
        try writeVectorLayer(VectorFixtures.parcels, to: path, layerName: "out", crs: .etrs89UTM32)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        let error = try #require(throws: GDALError.self) {
            try writeDefaultStyle(Self.style(), forLayer: "nope", inGeoPackage: path)
        }
        guard case .layerNotFound(let layer, _, let available) = error else {
            Issue.record("expected layerNotFound, got \(error)")
            return
        }
        #expect(layer == "nope" && available == ["out"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try VectorFixtures.contents(of: directory) == ["out.gpkg"])
        #expect(try VectorDataset.open(path).layerNames == ["out"])
    }

    /// Only a GeoPackage has a place for the style; `writeVectorLayer` writes other formats without it.
    @Test func otherFormatsHaveNoStyleTable() throws {
        let directory = try VectorFixtures.makeDirectory()
        defer { VectorFixtures.cleanUp(directory) }
        let path = directory.appendingPathComponent("out.geojson").path
        try writeVectorLayer(VectorFixtures.parcels, to: path, layerName: "out", crs: .etrs89UTM32, style: Self.style())
        #expect(try VectorDataset.open(path).layerNames == ["out"])

        let writer = try VectorWriter(path: directory.appendingPathComponent("other.geojson").path)
        try writer.addLayer("out", features: VectorFixtures.parcels, crs: .etrs89UTM32)
        let error = try #require(throws: GDALError.self) {
            try writer.setDefaultStyle(Self.style(), forLayer: "out")
        }
        guard case .unsupportedFormat = error else {
            Issue.record("expected unsupportedFormat, got \(error)")
            return
        }
    }
}
