/// A layer style as QGIS keeps it inside a GeoPackage: one row of the `layer_styles` table.
///
/// QGIS applies the row marked `useAsDefault` for a table and geometry column when it loads that layer, so a
/// GeoPackage that carries one opens styled with no `.qml` file and no project. How QGIS writes and reads the
/// table, which `VectorWriter.setDefaultStyle` follows (QGIS's own code, not copied):
/// - `QgsOgrProviderMetadata::saveStyle` (qgis/QGIS `src/core/providers/ogr/qgsogrprovidermetadata.cpp`)
///   creates `layer_styles` if missing as an OGR layer without geometry (`wkbNone`, FID column `id`) with
///   `f_table_catalog`, `f_table_schema`, `f_table_name`, `f_geometry_column` (text, 256), `styleName` (30),
///   `styleQML`, `styleSLD`, `useAsDefault` (integer, boolean subtype), `description`, `owner` (30), `ui` (30)
///   and `update_time` (date-time, default `CURRENT_TIMESTAMP`) — the schema of its PostgreSQL and SpatiaLite
///   providers; saving a default first clears `useAsDefault` on the layer's old default row, and a row with
///   the same table, geometry column and `styleName` is updated rather than added.
/// - `QgsOgrProviderMetadata::loadStyle` reads the rows with `f_table_schema = ''` and the layer's table and
///   geometry column, the default row first, else the newest `update_time` — so the schema must be `''`, not
///   NULL.
/// - QGIS does not offer `layer_styles` as a layer of its own when a GeoPackage is opened
///   (`src/providers/ogr/qgsogrprovider.cpp`, sublayer listing), and neither does `VectorDataset.defaultLayer()`.
/// - The table is also described by the draft QGIS GeoPackage extension (pka/qgpkg,
///   `qgis_geopackage_extension.md`).
public struct QGISLayerStyle: Sendable, Hashable {
    /// `styleName`: QGIS shows it in the style manager; saving again under the same name replaces the row.
    public var name: String
    /// `styleQML`: the QML document (see `QMLStyle`).
    public var qml: String
    /// `styleSLD`: an SLD rendering of the same style for other programs, or none.
    public var sld: String?
    /// `description`.
    public var description: String

    public init(name: String, qml: String, sld: String? = nil, description: String = "") {
        self.name = name
        self.qml = qml
        self.sld = sld
        self.description = description
    }

    /// The name of QGIS's style table.
    public static let tableName = "layer_styles"
}
