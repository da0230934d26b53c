internal import CGEOS

extension GeometryHandle {
    private func binary(
        _ name: String, _ other: GeometryHandle,
        _ call: (GEOSContextHandle_t, OpaquePointer, OpaquePointer) -> OpaquePointer?
    ) throws(GEOSError) -> GeometryHandle {
        context.clearError()
        return try context.adopt(call(ctx, pointer, other.pointer), name)
    }

    /// `GEOSIntersection_r`.
    public func intersection(_ other: GeometryHandle) throws(GEOSError) -> GeometryHandle {
        try binary("GEOSIntersection_r", other) { GEOSIntersection_r($0, $1, $2) }
    }
    /// `GEOSUnion_r`.
    public func union(_ other: GeometryHandle) throws(GEOSError) -> GeometryHandle {
        try binary("GEOSUnion_r", other) { GEOSUnion_r($0, $1, $2) }
    }
    /// `GEOSDifference_r`.
    public func difference(_ other: GeometryHandle) throws(GEOSError) -> GeometryHandle {
        try binary("GEOSDifference_r", other) { GEOSDifference_r($0, $1, $2) }
    }
    /// `GEOSSymDifference_r`.
    public func symmetricDifference(_ other: GeometryHandle) throws(GEOSError) -> GeometryHandle {
        try binary("GEOSSymDifference_r", other) { GEOSSymDifference_r($0, $1, $2) }
    }

    /// Dissolves all parts into one geometry (`GEOSUnaryUnion_r`): overlapping parts are merged.
    public func unaryUnion() throws(GEOSError) -> GeometryHandle {
        context.clearError()
        return try context.adopt(GEOSUnaryUnion_r(ctx, pointer), "GEOSUnaryUnion_r")
    }

    /// Buffer by `distance` CRS units (`GEOSBuffer_r`); `quadrantSegments` segments per quarter circle.
    public func buffer(_ distance: Double, quadrantSegments: Int = 8) throws(GEOSError) -> GeometryHandle {
        context.clearError()
        return try context.adopt(GEOSBuffer_r(ctx, pointer, distance, Int32(quadrantSegments)), "GEOSBuffer_r")
    }

    /// Simplifies within `tolerance`; topology-preserving by default
    /// (`GEOSTopologyPreserveSimplify_r`, else Douglas-Peucker `GEOSSimplify_r`).
    public func simplify(tolerance: Double, preserveTopology: Bool = true) throws(GEOSError) -> GeometryHandle {
        context.clearError()
        if preserveTopology {
            return try context.adopt(GEOSTopologyPreserveSimplify_r(ctx, pointer, tolerance), "GEOSTopologyPreserveSimplify_r")
        }
        return try context.adopt(GEOSSimplify_r(ctx, pointer, tolerance), "GEOSSimplify_r")
    }

    /// A point guaranteed to lie on the geometry (`GEOSPointOnSurface_r`), for labels.
    public func pointOnSurface() throws(GEOSError) -> GeometryHandle {
        context.clearError()
        return try context.adopt(GEOSPointOnSurface_r(ctx, pointer), "GEOSPointOnSurface_r")
    }

    /// The centroid (`GEOSGetCentroid_r`).
    public func centroid() throws(GEOSError) -> GeometryHandle {
        context.clearError()
        return try context.adopt(GEOSGetCentroid_r(ctx, pointer), "GEOSGetCentroid_r")
    }
}

extension GeometryContext {
    /// Union of many handles in one cascaded pass: collects them and calls `GEOSUnaryUnion_r`.
    /// Returns an empty polygon for no input.
    public func union(of handles: [GeometryHandle]) throws(GEOSError) -> GeometryHandle {
        if handles.isEmpty { return try handle(.polygon(Polygon(exterior: []))) }
        if handles.count == 1 { return try handles[0].unaryUnion() }
        clearError()
        // Clones go into the collection, which takes ownership of them.
        var clones: [OpaquePointer?] = []
        clones.reserveCapacity(handles.count)
        for h in handles {
            guard let c = GEOSGeom_clone_r(handle, h.pointer) else {
                for made in clones { GEOSGeom_destroy_r(handle, made) }
                throw failure("GEOSGeom_clone_r")
            }
            clones.append(c)
        }
        let collection = clones.withUnsafeMutableBufferPointer { buffer in
            GEOSGeom_createCollection_r(
                handle, Int32(GEOS_GEOMETRYCOLLECTION.rawValue), buffer.baseAddress, UInt32(buffer.count))
        }
        let all = try adopt(collection, "GEOSGeom_createCollection_r")
        return try all.unaryUnion()
    }
}
