/// A coordinate reference system by its definition: `"EPSG:25832"`, a PROJ string or WKT.
///
/// A plain `Sendable` value; PROJ objects are made from it inside the task that transforms
/// (see `CoordinateTransformer`). Coordinates are always x/y (easting/northing, longitude/latitude).
public struct CoordinateReferenceSystem: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The definition as given, e.g. `"EPSG:25832"`.
    public let definition: String

    /// Wraps a definition without asking PROJ; use `validated()` to check it.
    public init(unchecked definition: String) {
        self.definition = definition
    }

    /// ETRS89 / UTM zone 32N, the working CRS in Lower Saxony.
    public static let etrs89UTM32 = CoordinateReferenceSystem(unchecked: "EPSG:25832")
    /// WGS 84 geographic (lon/lat order here).
    public static let wgs84 = CoordinateReferenceSystem(unchecked: "EPSG:4326")
    /// DHDN / Gauss-Krüger zone 3.
    public static let gaussKruger3 = CoordinateReferenceSystem(unchecked: "EPSG:31467")

    /// The EPSG code when the definition is of the form `EPSG:n`.
    public var epsgCode: Int? {
        let upper = definition.uppercased()
        guard upper.hasPrefix("EPSG:") else { return nil }
        return Int(upper.dropFirst(5))
    }

    public var description: String { definition }
}
