internal import CGEOS

/// A GEOS geometry owned by one `GeometryContext`: convert a value once, then run many operations on it.
///
/// Not `Sendable`: a handle stays in the task that made its context. Send the `Geometry` value instead
/// (`geometry()`), and rebuild a handle on the other side. Freed with `GEOSGeom_destroy_r` in `deinit`.
public final class GeometryHandle {
    public let context: GeometryContext
    let pointer: OpaquePointer

    init(context: GeometryContext, pointer: OpaquePointer) {
        self.context = context
        self.pointer = pointer
    }

    deinit { GEOSGeom_destroy_r(context.handle, pointer) }

    var ctx: GEOSContextHandle_t { context.handle }

    /// The geometry as a `Sendable` value.
    public func geometry() throws(GEOSError) -> Geometry { try context.value(of: pointer) }

    /// Well-Known Text (`GEOSWKTWriter_write_r`), trimmed; `precision` rounds to that many decimals.
    public func wkt(precision: Int? = nil) throws(GEOSError) -> String {
        try context.writeWKT(pointer, precision: precision)
    }

    /// ISO Well-Known Binary, little-endian, 2-D (`GEOSWKBWriter_write_r`).
    public func wkb() throws(GEOSError) -> [UInt8] { try context.writeWKB(pointer) }

    /// A deep copy owned by the same context (`GEOSGeom_clone_r`).
    public func clone() throws(GEOSError) -> GeometryHandle {
        context.clearError()
        return try context.adopt(GEOSGeom_clone_r(ctx, pointer), "GEOSGeom_clone_r")
    }

    // MARK: Properties

    /// OGC type name (`GEOSGeomType_r`), e.g. `"Polygon"`.
    public var typeName: String {
        guard let t = GEOSGeomType_r(ctx, pointer) else { return "Unknown" }
        defer { GEOSFree_r(ctx, t) }
        return String(cString: t)
    }

    /// `GEOSisEmpty_r`.
    public var isEmpty: Bool { GEOSisEmpty_r(ctx, pointer) == 1 }

    /// Number of parts of a collection, 1 for a simple geometry (`GEOSGetNumGeometries_r`).
    public var partCount: Int { Int(GEOSGetNumGeometries_r(ctx, pointer)) }

    /// OGC validity (`GEOSisValid_r`).
    public func isValid() throws(GEOSError) -> Bool {
        context.clearError()
        switch GEOSisValid_r(ctx, pointer) {
        case 1: return true
        case 0: return false
        default: throw context.failure("GEOSisValid_r")
        }
    }

    /// Why the geometry is invalid, with the location, or `"Valid Geometry"` (`GEOSisValidReason_r`).
    public func validityReason() throws(GEOSError) -> String {
        context.clearError()
        guard let reason = GEOSisValidReason_r(ctx, pointer) else { throw context.failure("GEOSisValidReason_r") }
        defer { GEOSFree_r(ctx, reason) }
        return String(cString: reason)
    }

    /// Throws `GEOSError.invalidGeometry` with GEOS's reason unless the geometry is valid.
    public func requireValid() throws(GEOSError) {
        if try !isValid() { throw .invalidGeometry(reason: try validityReason()) }
    }

    /// A valid version (`GEOSMakeValidWithParams_r`, structure method, collapsed parts dropped).
    /// For polygonal input only the polygonal part of the result is kept, so a parcel stays an area.
    public func makeValid() throws(GEOSError) -> GeometryHandle {
        context.clearError()
        guard let params = GEOSMakeValidParams_create_r(ctx) else { throw context.failure("GEOSMakeValidParams_create_r") }
        defer { GEOSMakeValidParams_destroy_r(ctx, params) }
        GEOSMakeValidParams_setMethod_r(ctx, params, GEOS_MAKE_VALID_STRUCTURE)
        GEOSMakeValidParams_setKeepCollapsed_r(ctx, params, 0)
        let wasPolygonal = isPolygonal
        let repaired = try context.adopt(GEOSMakeValidWithParams_r(ctx, pointer, params), "GEOSMakeValidWithParams_r")
        if wasPolygonal && !repaired.isPolygonal { return try repaired.polygonalPart() }
        return repaired
    }

    /// True for Polygon and MultiPolygon.
    public var isPolygonal: Bool {
        let t = GEOSGeomTypeId_r(ctx, pointer)
        return t == Int32(GEOS_POLYGON.rawValue) || t == Int32(GEOS_MULTIPOLYGON.rawValue)
    }

    /// The polygons of this geometry (recursing into collections) as one MultiPolygon; empty if none.
    public func polygonalPart() throws(GEOSError) -> GeometryHandle {
        var polygons: [Polygon] = []
        func collect(_ g: Geometry) {
            switch g {
            case .polygon(let p): polygons.append(p)
            case .multiPolygon(let m): polygons.append(contentsOf: m.polygons)
            case .geometryCollection(let c): c.geometries.forEach(collect)
            default: break
            }
        }
        collect(try geometry())
        return try context.handle(.multiPolygon(MultiPolygon(polygons)))
    }

    /// Planar area in CRS units² (`GEOSArea_r`).
    public func area() throws(GEOSError) -> Double {
        var value = 0.0
        context.clearError()
        guard GEOSArea_r(ctx, pointer, &value) == 1 else { throw context.failure("GEOSArea_r") }
        return value
    }

    /// Length (lines) or perimeter (areas) in CRS units (`GEOSLength_r`).
    public func length() throws(GEOSError) -> Double {
        var value = 0.0
        context.clearError()
        guard GEOSLength_r(ctx, pointer, &value) == 1 else { throw context.failure("GEOSLength_r") }
        return value
    }

    /// Bounding box (`GEOSGeom_getXMin_r` …); `nil` when empty.
    public func envelope() throws(GEOSError) -> Envelope? {
        if isEmpty { return nil }
        var e = Envelope(minX: 0, minY: 0, maxX: 0, maxY: 0)
        context.clearError()
        guard GEOSGeom_getXMin_r(ctx, pointer, &e.minX) == 1, GEOSGeom_getYMin_r(ctx, pointer, &e.minY) == 1,
            GEOSGeom_getXMax_r(ctx, pointer, &e.maxX) == 1, GEOSGeom_getYMax_r(ctx, pointer, &e.maxY) == 1
        else { throw context.failure("GEOSGeom_getXMin_r") }
        return e
    }

    /// Shortest distance (`GEOSDistance_r`).
    public func distance(to other: GeometryHandle) throws(GEOSError) -> Double {
        var value = 0.0
        context.clearError()
        guard GEOSDistance_r(ctx, pointer, other.pointer, &value) == 1 else { throw context.failure("GEOSDistance_r") }
        return value
    }
}
