internal import CGEOS

extension GeometryHandle {
    /// Runs a GEOS binary predicate: 1 true, 0 false, 2 exception.
    private func predicate(
        _ name: String, _ other: GeometryHandle,
        _ call: (GEOSContextHandle_t, OpaquePointer, OpaquePointer) -> CChar
    ) throws(GEOSError) -> Bool {
        context.clearError()
        switch call(ctx, pointer, other.pointer) {
        case 1: return true
        case 0: return false
        default: throw context.failure(name)
        }
    }

    /// `GEOSIntersects_r`.
    public func intersects(_ other: GeometryHandle) throws(GEOSError) -> Bool {
        try predicate("GEOSIntersects_r", other) { GEOSIntersects_r($0, $1, $2) }
    }
    /// `GEOSContains_r`.
    public func contains(_ other: GeometryHandle) throws(GEOSError) -> Bool {
        try predicate("GEOSContains_r", other) { GEOSContains_r($0, $1, $2) }
    }
    /// `GEOSCovers_r`.
    public func covers(_ other: GeometryHandle) throws(GEOSError) -> Bool {
        try predicate("GEOSCovers_r", other) { GEOSCovers_r($0, $1, $2) }
    }
    /// `GEOSCoveredBy_r`.
    public func coveredBy(_ other: GeometryHandle) throws(GEOSError) -> Bool {
        try predicate("GEOSCoveredBy_r", other) { GEOSCoveredBy_r($0, $1, $2) }
    }
    /// `GEOSWithin_r`.
    public func within(_ other: GeometryHandle) throws(GEOSError) -> Bool {
        try predicate("GEOSWithin_r", other) { GEOSWithin_r($0, $1, $2) }
    }
    /// `GEOSTouches_r`.
    public func touches(_ other: GeometryHandle) throws(GEOSError) -> Bool {
        try predicate("GEOSTouches_r", other) { GEOSTouches_r($0, $1, $2) }
    }
    /// Contains with no boundary contact: DE-9IM `T**FF*FF*` (`GEOSRelatePattern_r`).
    public func containsProperly(_ other: GeometryHandle) throws(GEOSError) -> Bool {
        try predicate("GEOSRelatePattern_r", other) { GEOSRelatePattern_r($0, $1, $2, "T**FF*FF*") }
    }
    /// `GEOSEquals_r` (topological equality).
    public func equalsTopologically(_ other: GeometryHandle) throws(GEOSError) -> Bool {
        try predicate("GEOSEquals_r", other) { GEOSEquals_r($0, $1, $2) }
    }

    /// The DE-9IM matrix (`GEOSRelate_r`), e.g. `"212101212"`.
    public func relate(_ other: GeometryHandle) throws(GEOSError) -> String {
        context.clearError()
        guard let m = GEOSRelate_r(ctx, pointer, other.pointer) else { throw context.failure("GEOSRelate_r") }
        defer { GEOSFree_r(ctx, m) }
        return String(cString: m)
    }
}
