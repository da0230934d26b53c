internal import CGDAL

/// Builds OGR geometries from `Geometry` values through WKB that GEOS writes — no hand-made WKB.
enum OGRGeometryBuilder {
    /// A new OGR geometry (`OGR_G_CreateFromWkb` on `GeometryHandle.wkb()`), owned by the caller
    /// (`OGR_G_DestroyGeometry`, or hand it over with `OGR_F_SetGeometryDirectly`).
    /// - Parameter fid: the feature the geometry belongs to, for error messages.
    static func make(_ geometry: Geometry, context: GeometryContext, fid: Int64) throws(GDALError) -> OGRGeometryH {
        let wkb: [UInt8]
        do throws(GEOSError) {
            wkb = try context.handle(geometry).wkb()
        } catch {
            throw .geometry(fid: fid, error)
        }
        var result: OGRGeometryH?
        GDALRuntime.resetError()
        let status = wkb.withUnsafeBytes { bytes in
            OGR_G_CreateFromWkb(bytes.baseAddress, nil, &result, Int32(bytes.count))
        }
        guard status == OGRERR_NONE, let result else {
            if let result { OGR_G_DestroyGeometry(result) }
            throw GDALRuntime.failure("OGR_G_CreateFromWkb")
        }
        return result
    }
}
