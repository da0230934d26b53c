internal import CGDAL

/// Why GDAL could not turn a GML geometry into an area; `message` says which step failed.
public struct GMLGeometryError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

extension GeometryContext {
    /// Reads the GML text of one area geometry (any GML encoding GDAL knows: `gml:Polygon`, `gml:Surface` with
    /// patches, `gml:MultiSurface`, `gml:Curve` with `gml:Arc`/`gml:ArcString`/`gml:Circle` segments,
    /// `gml:Ring`) as it stands in the file, without axis swap or reprojection.
    ///
    /// Steps: `OGR_G_CreateFromGML` with `OGR_GEOMETRY_ACCEPT_UNCLOSED_RING=NO` for this thread (GDAL otherwise
    /// accepts an open ring with a mere warning), linearisation of curves (`OGR_G_GetLinearGeometry`, at most
    /// `maxAngleStepDegrees` per segment), Z dropped (`OGR_G_FlattenTo2D`), ISO WKB read into GEOS.
    /// - Throws: `GMLGeometryError` when GDAL cannot read it, it is empty, or it is not a (multi)polygon.
    public func readPolygonalGML(_ xml: String, maxAngleStepDegrees: Double) throws(GMLGeometryError) -> Geometry {
        func failure(_ message: String) -> GMLGeometryError { GMLGeometryError(message: message) }
        GDALRuntime.ensureRegistered()
        let key = "OGR_GEOMETRY_ACCEPT_UNCLOSED_RING"
        let previous = GDALRuntime.string(CPLGetThreadLocalConfigOption(key, nil))
        CPLSetThreadLocalConfigOption(key, "NO")
        GDALRuntime.resetError()
        let created = OGR_G_CreateFromGML(xml)
        let message = GDALRuntime.lastMessage(or: "OGR_G_CreateFromGML could not read it")
        CPLSetThreadLocalConfigOption(key, previous)
        guard var ogr = created else { throw failure(message) }
        defer { OGR_G_DestroyGeometry(ogr) }
        if OGR_G_HasCurveGeometry(ogr, 0) != 0 {
            GDALRuntime.resetError()
            guard let linear = OGR_G_GetLinearGeometry(ogr, maxAngleStepDegrees, nil) else {
                throw failure("OGR_G_GetLinearGeometry: \(GDALRuntime.lastMessage())")
            }
            OGR_G_DestroyGeometry(ogr)
            ogr = linear
        }
        guard OGR_G_IsEmpty(ogr) == 0 else { throw failure("the geometry is empty") }
        OGR_G_FlattenTo2D(ogr)
        let type = OGR_GT_Flatten(OGR_G_GetGeometryType(ogr))
        guard type == wkbPolygon || type == wkbMultiPolygon else {
            let name = GDALRuntime.string(OGRGeometryTypeToName(type)) ?? "unknown"
            throw failure("not an area but a \(name)")
        }
        var wkb = [UInt8](repeating: 0, count: OGR_G_WkbSizeEx(ogr))
        GDALRuntime.resetError()
        let status = wkb.withUnsafeMutableBufferPointer { OGR_G_ExportToIsoWkb(ogr, wkbNDR, $0.baseAddress) }
        guard status == OGRERR_NONE else { throw failure("OGR_G_ExportToIsoWkb: \(GDALRuntime.lastMessage())") }
        do throws(GEOSError) {
            return try read(wkb: wkb).geometry()
        } catch {
            throw failure("GEOS cannot read it: \(error)")
        }
    }
}
