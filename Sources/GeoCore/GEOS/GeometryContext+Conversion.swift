internal import CGEOS

extension GeometryContext {
    /// Converts a geometry value into a GEOS geometry owned by this context — once, for repeated use.
    ///
    /// Structure is checked (rings closed with at least 4 points, lines with at least 2), validity is not:
    /// ask the handle (`isValid`, `validityReason`, `makeValid()`).
    public func handle(_ geometry: Geometry) throws(GEOSError) -> GeometryHandle {
        GeometryHandle(context: self, pointer: try build(geometry))
    }

    /// A handle for the rectangle `envelope` (`GEOSGeom_createRectangle_r`).
    public func handle(_ envelope: Envelope) throws(GEOSError) -> GeometryHandle {
        clearError()
        return try adopt(
            GEOSGeom_createRectangle_r(handle, envelope.minX, envelope.minY, envelope.maxX, envelope.maxY),
            "GEOSGeom_createRectangle_r")
    }

    private func build(_ geometry: Geometry) throws(GEOSError) -> OpaquePointer {
        clearError()
        switch geometry {
        case .point(let p):
            guard let g = GEOSGeom_createPointFromXY_r(handle, p.x, p.y) else {
                throw failure("GEOSGeom_createPointFromXY_r")
            }
            return g
        case .lineString(let l):
            if l.coordinates.isEmpty { return try empty(GEOS_LINESTRING) }
            guard l.coordinates.count >= 2 else {
                throw .unsupported("a LineString needs at least 2 points, has \(l.coordinates.count)")
            }
            let seq = try sequence(l.coordinates)
            guard let g = GEOSGeom_createLineString_r(handle, seq) else {
                throw failure("GEOSGeom_createLineString_r")
            }
            return g
        case .polygon(let p):
            return try buildPolygon(p)
        case .multiPoint(let m):
            return try collection(GEOS_MULTIPOINT, m.points.map { .point($0) })
        case .multiLineString(let m):
            return try collection(GEOS_MULTILINESTRING, m.lineStrings.map { .lineString($0) })
        case .multiPolygon(let m):
            return try collection(GEOS_MULTIPOLYGON, m.polygons.map { .polygon($0) })
        case .geometryCollection(let c):
            return try collection(GEOS_GEOMETRYCOLLECTION, c.geometries)
        }
    }

    private func empty(_ type: GEOSGeomTypes) throws(GEOSError) -> OpaquePointer {
        let g: OpaquePointer? =
            switch type {
            case GEOS_LINESTRING: GEOSGeom_createEmptyLineString_r(handle)
            case GEOS_POLYGON: GEOSGeom_createEmptyPolygon_r(handle)
            default: GEOSGeom_createEmptyCollection_r(handle, Int32(type.rawValue))
            }
        guard let g else { throw failure("GEOSGeom_createEmpty*_r") }
        return g
    }

    /// A coordinate sequence copied in one call from the contiguous `[Coordinate]` storage.
    private func sequence(_ coordinates: [Coordinate]) throws(GEOSError) -> OpaquePointer {
        let seq = coordinates.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: Double.self) { doubles in
                GEOSCoordSeq_copyFromBuffer_r(handle, doubles.baseAddress, UInt32(buffer.count), 0, 0)
            }
        }
        guard let seq else { throw failure("GEOSCoordSeq_copyFromBuffer_r") }
        return seq
    }

    private func ring(_ coordinates: [Coordinate]) throws(GEOSError) -> OpaquePointer {
        guard coordinates.count >= 4 else {
            throw .unsupported("a polygon ring needs at least 4 points, has \(coordinates.count)")
        }
        guard coordinates.first == coordinates.last else {
            throw .unsupported("a polygon ring must be closed (first point repeated last)")
        }
        let seq = try sequence(coordinates)
        guard let r = GEOSGeom_createLinearRing_r(handle, seq) else { throw failure("GEOSGeom_createLinearRing_r") }
        return r
    }

    private func buildPolygon(_ p: Polygon) throws(GEOSError) -> OpaquePointer {
        if p.exterior.isEmpty { return try empty(GEOS_POLYGON) }
        let shell = try ring(p.exterior)
        var holes: [OpaquePointer?] = []
        holes.reserveCapacity(p.holes.count)
        for h in p.holes {
            do { holes.append(try ring(h)) } catch {
                GEOSGeom_destroy_r(handle, shell)
                for made in holes { GEOSGeom_destroy_r(handle, made) }
                throw error
            }
        }
        let g = holes.withUnsafeMutableBufferPointer { buffer in
            GEOSGeom_createPolygon_r(handle, shell, buffer.baseAddress, UInt32(buffer.count))
        }
        guard let g else { throw failure("GEOSGeom_createPolygon_r") }
        return g
    }

    private func collection(_ type: GEOSGeomTypes, _ parts: [Geometry]) throws(GEOSError) -> OpaquePointer {
        var built: [OpaquePointer?] = []
        built.reserveCapacity(parts.count)
        for part in parts {
            do { built.append(try build(part)) } catch {
                for made in built { GEOSGeom_destroy_r(handle, made) }
                throw error
            }
        }
        clearError()
        let g = built.withUnsafeMutableBufferPointer { buffer in
            GEOSGeom_createCollection_r(handle, Int32(type.rawValue), buffer.baseAddress, UInt32(buffer.count))
        }
        guard let g else { throw failure("GEOSGeom_createCollection_r") }
        return g
    }

    // MARK: GEOS → value

    /// Reads a GEOS geometry back into a value (`GEOSCoordSeq_copyToBuffer_r` per ring or line).
    func value(of g: OpaquePointer) throws(GEOSError) -> Geometry {
        let type = GEOSGeomTypeId_r(handle, g)
        switch type {
        case Int32(GEOS_POINT.rawValue):
            if GEOSisEmpty_r(handle, g) == 1 { return .multiPoint(MultiPoint([])) }
            let c = try coordinates(of: g)
            return .point(Point(c[0]))
        case Int32(GEOS_LINESTRING.rawValue), Int32(GEOS_LINEARRING.rawValue):
            return .lineString(LineString(try coordinates(of: g)))
        case Int32(GEOS_POLYGON.rawValue):
            return .polygon(try polygonValue(g))
        case Int32(GEOS_MULTIPOINT.rawValue):
            return .multiPoint(MultiPoint(try parts(of: g).map { p throws(GEOSError) in Point(try coordinates(of: p)[0]) }))
        case Int32(GEOS_MULTILINESTRING.rawValue):
            return .multiLineString(MultiLineString(try parts(of: g).map { p throws(GEOSError) in LineString(try coordinates(of: p)) }))
        case Int32(GEOS_MULTIPOLYGON.rawValue):
            return .multiPolygon(MultiPolygon(try parts(of: g).map { p throws(GEOSError) in try polygonValue(p) }))
        case Int32(GEOS_GEOMETRYCOLLECTION.rawValue):
            return .geometryCollection(GeometryCollection(try parts(of: g).map { p throws(GEOSError) in try value(of: p) }))
        default:
            throw failure("GEOSGeomTypeId_r")
        }
    }

    private func parts(of g: OpaquePointer) throws(GEOSError) -> [OpaquePointer] {
        let n = GEOSGetNumGeometries_r(handle, g)
        guard n >= 0 else { throw failure("GEOSGetNumGeometries_r") }
        if GEOSisEmpty_r(handle, g) == 1 { return [] }
        var result: [OpaquePointer] = []
        result.reserveCapacity(Int(n))
        for i in 0..<n {
            guard let part = GEOSGetGeometryN_r(handle, g, i) else { throw failure("GEOSGetGeometryN_r") }
            result.append(part)
        }
        return result
    }

    private func polygonValue(_ g: OpaquePointer) throws(GEOSError) -> Polygon {
        if GEOSisEmpty_r(handle, g) == 1 { return Polygon(exterior: []) }
        guard let shell = GEOSGetExteriorRing_r(handle, g) else { throw failure("GEOSGetExteriorRing_r") }
        let n = GEOSGetNumInteriorRings_r(handle, g)
        guard n >= 0 else { throw failure("GEOSGetNumInteriorRings_r") }
        var holes: [[Coordinate]] = []
        holes.reserveCapacity(Int(n))
        for i in 0..<n {
            guard let r = GEOSGetInteriorRingN_r(handle, g, i) else { throw failure("GEOSGetInteriorRingN_r") }
            holes.append(try coordinates(of: r))
        }
        return Polygon(exterior: try coordinates(of: shell), holes: holes)
    }

    private func coordinates(of g: OpaquePointer) throws(GEOSError) -> [Coordinate] {
        guard let seq = GEOSGeom_getCoordSeq_r(handle, g) else { throw failure("GEOSGeom_getCoordSeq_r") }
        var size: UInt32 = 0
        guard GEOSCoordSeq_getSize_r(handle, seq, &size) != 0 else { throw failure("GEOSCoordSeq_getSize_r") }
        var result = [Coordinate](repeating: Coordinate(0, 0), count: Int(size))
        if size == 0 { return result }
        let ok = result.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: Double.self) { doubles in
                GEOSCoordSeq_copyToBuffer_r(handle, seq, doubles.baseAddress, 0, 0)
            }
        }
        guard ok != 0 else { throw failure("GEOSCoordSeq_copyToBuffer_r") }
        return result
    }
}
