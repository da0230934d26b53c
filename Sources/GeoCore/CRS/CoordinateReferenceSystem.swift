internal import CPROJ

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

    /// Wraps a definition that PROJ accepts as a CRS (`proj_create` and `proj_is_crs` in a private context).
    ///
    /// PROJ strings without `+type=crs` are read as a CRS, as `proj_create_crs_to_crs` reads them.
    /// - Throws: `PROJError.unknownCRS` with PROJ's message (`proj_context_errno_string`) for an unknown code,
    ///   malformed text, or a definition that is not a CRS.
    public init(_ definition: String) throws(PROJError) {
        try PROJContext().withCRS(definition) { _ throws(PROJError) in }
        self.init(unchecked: definition)
    }

    /// This system after checking the definition with PROJ (see `init(_:)`).
    public func validated() throws(PROJError) -> CoordinateReferenceSystem {
        try CoordinateReferenceSystem(definition)
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

    // MARK: Facts from PROJ (each asks PROJ in a fresh private context)

    /// PROJ's name of the system (`proj_get_name`), e.g. `"ETRS89 / UTM zone 32N"`; `nil` when it has none.
    public var name: String? {
        get throws(PROJError) {
            try PROJContext().withCRS(definition) { crs throws(PROJError) in
                proj_get_name(crs).map { String(cString: $0) }
            }
        }
    }

    /// True when coordinates are longitude/latitude (`proj_get_type` is a geographic CRS; for a bound CRS,
    /// such as a PROJ string with `+towgs84`, the type of its base CRS from `proj_get_source_crs`).
    public var isGeographic: Bool {
        get throws(PROJError) {
            let type = try baseType
            return type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS
        }
    }

    /// True when coordinates are planar (`proj_get_type` is a projected CRS, directly or as the base of a bound
    /// CRS): areas in the plane of such a system are square metres (or feet) on the ground, near its area of use.
    public var isProjected: Bool {
        get throws(PROJError) { try baseType == PJ_TYPE_PROJECTED_CRS }
    }

    /// `proj_get_type` of the system, or of its base CRS (`proj_get_source_crs`) when it is a bound CRS.
    private var baseType: PJ_TYPE {
        get throws(PROJError) {
            let context = PROJContext()
            return try context.withCRS(definition) { crs throws(PROJError) in
                var type = proj_get_type(crs)
                if type == PJ_TYPE_BOUND_CRS, let base = proj_get_source_crs(context.handle, crs) {
                    type = proj_get_type(base)
                    proj_destroy(base)
                }
                return type
            }
        }
    }

    /// Where the system is meant to be used (`proj_get_area_of_use`): west, south, east and north bound in degrees
    /// of longitude and latitude (west > east when the area crosses the antimeridian), and its name; `nil` when
    /// PROJ knows none (PROJ strings).
    public var areaOfUse: (bounds: Envelope, name: String)? {
        get throws(PROJError) {
            try PROJContext().withCRS(definition) { crs throws(PROJError) in
                var west = 0.0, south = 0.0, east = 0.0, north = 0.0
                var name: UnsafePointer<CChar>?
                guard proj_get_area_of_use(nil, crs, &west, &south, &east, &north, &name) != 0, west > -1000 else {
                    return nil
                }
                return (
                    Envelope(minX: west, minY: south, maxX: east, maxY: north),
                    name.map { String(cString: $0) } ?? ""
                )
            }
        }
    }
}
