internal import CGDAL
import Foundation

extension VectorWriter {
    /// Makes `style` the default QGIS style of `layer`: a row of the GeoPackage's `layer_styles` table with
    /// `useAsDefault = 1`, created with the table if missing, the way QGIS's "Save as Default" does (see
    /// `QGISLayerStyle`). A row of the layer with the same style name is replaced; any other row of the layer
    /// loses `useAsDefault`, so the layer has exactly one default however often this is called.
    ///
    /// GDAL calls: `GDALDatasetGetLayerByName`, `OGR_L_GetGeometryColumn`, `GDALDatasetCreateLayer` (`wkbNone`,
    /// `FID=id`) with `OGR_Fld_SetWidth`/`OGR_Fld_SetDefault` for a new table, `OGR_L_SetAttributeFilter`,
    /// `OGR_L_SetFeature`, `OGR_L_CreateFeature`. Nothing reaches `path` before `commit()`.
    /// - Throws: `GDALError.unsupportedFormat` for formats other than GeoPackage, `GDALError.layerNotFound`,
    ///   `GDALError.writeFailed` naming the failing step (the writer is discarded then).
    public func setDefaultStyle(_ style: QGISLayerStyle, forLayer layer: String) throws(GDALError) {
        let dataset = try openDataset()
        guard format == .geoPackage else { throw .unsupportedFormat("QGIS layer style in \(format)") }
        do throws(GDALError) {
            GDALRuntime.resetError()
            guard let target = GDALDatasetGetLayerByName(dataset, layer) else {
                throw .layerNotFound(layer: layer, location: path, available: GDALRuntime.layerNames(of: dataset))
            }
            let geometryColumn = GDALRuntime.string(OGR_L_GetGeometryColumn(target)) ?? ""
            var table = GDALDatasetGetLayerByName(dataset, QGISLayerStyle.tableName)
            if table == nil { table = try createStyleTable(dataset) }
            guard let table else { throw failure("GDALDatasetCreateLayer('\(QGISLayerStyle.tableName)')") }
            try writeDefaultRow(style, table: table, layer: layer, geometryColumn: geometryColumn)
        } catch {
            discard()
            throw error
        }
    }

    /// The columns of QGIS's table, in its order: name, type, subtype, width (0: none).
    private static let styleColumns: [(String, OGRFieldType, OGRFieldSubType, Int32)] = [
        ("f_table_catalog", OFTString, OFSTNone, 256), ("f_table_schema", OFTString, OFSTNone, 256),
        ("f_table_name", OFTString, OFSTNone, 256), ("f_geometry_column", OFTString, OFSTNone, 256),
        ("styleName", OFTString, OFSTNone, 30), ("styleQML", OFTString, OFSTNone, 0),
        ("styleSLD", OFTString, OFSTNone, 0), ("useAsDefault", OFTInteger, OFSTBoolean, 0),
        ("description", OFTString, OFSTNone, 0), ("owner", OFTString, OFSTNone, 30), ("ui", OFTString, OFSTNone, 30),
        ("update_time", OFTDateTime, OFSTNone, 0),
    ]

    private func createStyleTable(_ dataset: GDALDatasetH) throws(GDALError) -> OGRLayerH {
        GDALRuntime.resetError()
        let created = CStringList.withMutable(["FID=id"]) { options in
            GDALDatasetCreateLayer(dataset, QGISLayerStyle.tableName, nil, wkbNone, options)
        }
        guard let table = created else { throw failure("GDALDatasetCreateLayer('\(QGISLayerStyle.tableName)')") }
        for (name, type, subType, width) in Self.styleColumns {
            guard let field = OGR_Fld_Create(name, type) else { throw failure("OGR_Fld_Create('\(name)')") }
            defer { OGR_Fld_Destroy(field) }
            OGR_Fld_SetSubType(field, subType)
            if width > 0 { OGR_Fld_SetWidth(field, width) }
            if name == "update_time" { OGR_Fld_SetDefault(field, "CURRENT_TIMESTAMP") }
            guard OGR_L_CreateField(table, field, 1) == OGRERR_NONE else {
                throw failure("OGR_L_CreateField('\(QGISLayerStyle.tableName).\(name)')")
            }
        }
        return table
    }

    private func writeDefaultRow(
        _ style: QGISLayerStyle, table: OGRLayerH, layer: String, geometryColumn: String
    ) throws(GDALError) {
        guard let definition = OGR_L_GetLayerDefn(table) else { throw failure("OGR_L_GetLayerDefn") }
        var index: [String: Int32] = [:]
        for (name, _, _, _) in Self.styleColumns {
            let position = OGR_FD_GetFieldIndex(definition, name)
            guard position >= 0 else {
                throw .writeFailed(path: path, message: "table \(QGISLayerStyle.tableName) has no column \(name)")
            }
            index[name] = position
        }
        // The layer's rows, read completely before any is changed.
        let filter =
            "f_table_name = \(VectorLayer.sqlLiteral(layer)) "
            + "AND f_geometry_column = \(VectorLayer.sqlLiteral(geometryColumn))"
        GDALRuntime.resetError()
        guard OGR_L_SetAttributeFilter(table, filter) == OGRERR_NONE else {
            throw failure("OGR_L_SetAttributeFilter(\(filter))")
        }
        var rows: [OGRFeatureH] = []
        OGR_L_ResetReading(table)
        while let row = OGR_L_GetNextFeature(table) { rows.append(row) }
        let readFailed = GDALRuntime.lastCallFailed
        OGR_L_SetAttributeFilter(table, nil)
        defer { for row in rows { OGR_F_Destroy(row) } }
        if readFailed { throw failure("OGR_L_GetNextFeature('\(QGISLayerStyle.tableName)')") }

        let isDefault = index["useAsDefault"]!
        let sameName = rows.firstIndex {
            GDALRuntime.string(OGR_F_GetFieldAsString($0, index["styleName"]!)) == style.name
        }
        for (position, row) in rows.enumerated()
        where position != sameName && OGR_F_GetFieldAsInteger(row, isDefault) != 0 {
            OGR_F_SetFieldInteger(row, isDefault, 0)
            GDALRuntime.resetError()
            guard OGR_L_SetFeature(table, row) == OGRERR_NONE else { throw failure("OGR_L_SetFeature (old default)") }
        }

        let created = sameName == nil ? OGR_F_Create(definition) : nil
        defer { if let created { OGR_F_Destroy(created) } }
        guard let row = sameName.map({ rows[$0] }) ?? created else { throw failure("OGR_F_Create") }
        let values: [(String, String?)] = [
            ("f_table_catalog", ""), ("f_table_schema", ""), ("f_table_name", layer),
            ("f_geometry_column", geometryColumn), ("styleName", style.name), ("styleQML", style.qml),
            ("styleSLD", style.sld), ("description", style.description), ("owner", ""),
            ("update_time", ISO8601DateFormatter().string(from: Date())),
        ]
        for (name, value) in values {
            if let value {
                OGR_F_SetFieldString(row, index[name]!, value)
            } else {
                OGR_F_SetFieldNull(row, index[name]!)
            }
        }
        OGR_F_SetFieldInteger(row, isDefault, 1)
        GDALRuntime.resetError()
        if created != nil {
            guard OGR_L_CreateFeature(table, row) == OGRERR_NONE else { throw failure("OGR_L_CreateFeature (style)") }
        } else {
            guard OGR_L_SetFeature(table, row) == OGRERR_NONE else { throw failure("OGR_L_SetFeature (style)") }
        }
    }
}

/// Makes `style` the default QGIS style of `layer` in the existing GeoPackage at `path`
/// (`VectorWriter.init(updating:)`, `setDefaultStyle(_:forLayer:)`, `commit()`): the file is changed on a
/// copy that replaces it only when complete, so a failure leaves it as it was.
/// - Throws: `GDALError` (`openFailed` for a missing or unreadable file, `layerNotFound`, `writeFailed`).
public func writeDefaultStyle(_ style: QGISLayerStyle, forLayer layer: String, inGeoPackage path: String)
    throws(GDALError)
{
    let writer = try VectorWriter(updating: path)
    try writer.setDefaultStyle(style, forLayer: layer)
    try writer.commit()
}
