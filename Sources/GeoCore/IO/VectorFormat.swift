/// The vector formats GeoCore writes, each backed by a GDAL driver.
public enum VectorFormat: String, Sendable, Hashable, CaseIterable, Codable {
    case geoPackage
    case geoJSON
    case flatGeobuf

    /// The GDAL driver short name (`GDALGetDriverByName`).
    public var driverName: String {
        switch self {
        case .geoPackage: "GPKG"
        case .geoJSON: "GeoJSON"
        case .flatGeobuf: "FlatGeobuf"
        }
    }

    /// The usual file extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .geoPackage: "gpkg"
        case .geoJSON: "geojson"
        case .flatGeobuf: "fgb"
        }
    }

    /// True when one file can hold several layers.
    public var supportsMultipleLayers: Bool { self == .geoPackage }

    /// The format for a path by its extension (case-insensitive): `.gpkg`, `.geojson`/`.json`, `.fgb`.
    /// - Throws: `GDALError.unsupportedFormat` for any other extension.
    public init(path: String) throws(GDALError) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { throw .unsupportedFormat(path) }
        switch name[name.index(after: dot)...].lowercased() {
        case "gpkg": self = .geoPackage
        case "geojson", "json": self = .geoJSON
        case "fgb": self = .flatGeobuf
        default: throw .unsupportedFormat(path)
        }
    }
}

/// The geometry type declared for a layer (OGR's `OGRwkbGeometryType`, flattened to 2-D).
public enum VectorGeometryType: String, Sendable, Hashable, CaseIterable, Codable {
    /// Mixed or unknown types (`wkbUnknown`).
    case unknown = "Unknown"
    case point = "Point"
    case lineString = "LineString"
    case polygon = "Polygon"
    case multiPoint = "MultiPoint"
    case multiLineString = "MultiLineString"
    case multiPolygon = "MultiPolygon"
    case geometryCollection = "GeometryCollection"
    /// A layer without geometry (`wkbNone`).
    case noGeometry = "None"

    /// The type of `geometry` (its `typeName`).
    public init(of geometry: Geometry) {
        self = VectorGeometryType(rawValue: geometry.typeName) ?? .unknown
    }

    /// The common type of all geometries: `.unknown` when they differ or the sequence is empty (so an empty layer
    /// still gets a geometry column), `.noGeometry` when every element is `nil`.
    public init<S: Sequence>(inferringFrom geometries: S) where S.Element == Geometry? {
        var result: VectorGeometryType?
        var sawAny = false
        for geometry in geometries {
            sawAny = true
            guard let geometry else { continue }
            let type = VectorGeometryType(of: geometry)
            if result == nil {
                result = type
            } else if result != type {
                self = .unknown
                return
            }
        }
        self = result ?? (sawAny ? .noGeometry : .unknown)
    }
}
