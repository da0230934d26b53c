internal import CGEOS

/// A prepared GEOS geometry (`GEOSPrepare_r`): indexes its edges once so that many predicate tests against
/// it are fast. Keeps its base handle alive. Not `Sendable`: GEOS prepared geometries are not thread-safe,
/// so each task prepares its own.
public final class PreparedGeometry {
    public let base: GeometryHandle
    let pointer: OpaquePointer

    public init(_ base: GeometryHandle) throws(GEOSError) {
        base.context.clearError()
        guard let p = GEOSPrepare_r(base.ctx, base.pointer) else { throw base.context.failure("GEOSPrepare_r") }
        self.base = base
        self.pointer = p
    }

    deinit { GEOSPreparedGeom_destroy_r(base.ctx, pointer) }

    private func test(
        _ name: String, _ other: GeometryHandle,
        _ call: (GEOSContextHandle_t, OpaquePointer, OpaquePointer) -> CChar
    ) throws(GEOSError) -> Bool {
        base.context.clearError()
        switch call(base.ctx, pointer, other.pointer) {
        case 1: return true
        case 0: return false
        default: throw base.context.failure(name)
        }
    }

    /// `GEOSPreparedIntersects_r`.
    public func intersects(_ other: GeometryHandle) throws(GEOSError) -> Bool {
        try test("GEOSPreparedIntersects_r", other) { GEOSPreparedIntersects_r($0, $1, $2) }
    }
    /// `GEOSPreparedContains_r`.
    public func contains(_ other: GeometryHandle) throws(GEOSError) -> Bool {
        try test("GEOSPreparedContains_r", other) { GEOSPreparedContains_r($0, $1, $2) }
    }
    /// `GEOSPreparedContainsProperly_r`.
    public func containsProperly(_ other: GeometryHandle) throws(GEOSError) -> Bool {
        try test("GEOSPreparedContainsProperly_r", other) { GEOSPreparedContainsProperly_r($0, $1, $2) }
    }
    /// `GEOSPreparedCovers_r`.
    public func covers(_ other: GeometryHandle) throws(GEOSError) -> Bool {
        try test("GEOSPreparedCovers_r", other) { GEOSPreparedCovers_r($0, $1, $2) }
    }
    /// `GEOSPreparedCoveredBy_r`.
    public func coveredBy(_ other: GeometryHandle) throws(GEOSError) -> Bool {
        try test("GEOSPreparedCoveredBy_r", other) { GEOSPreparedCoveredBy_r($0, $1, $2) }
    }
    /// `GEOSPreparedWithin_r`.
    public func within(_ other: GeometryHandle) throws(GEOSError) -> Bool {
        try test("GEOSPreparedWithin_r", other) { GEOSPreparedWithin_r($0, $1, $2) }
    }
    /// `GEOSPreparedTouches_r`.
    public func touches(_ other: GeometryHandle) throws(GEOSError) -> Bool {
        try test("GEOSPreparedTouches_r", other) { GEOSPreparedTouches_r($0, $1, $2) }
    }
}

extension GeometryHandle {
    /// Prepares this geometry for repeated predicate tests.
    public func prepared() throws(GEOSError) -> PreparedGeometry { try PreparedGeometry(self) }
}
