internal import CPROJ

/// Transforms coordinates, geometries and envelopes from one CRS to another with PROJ.
///
/// Owns one PROJ context (`proj_context_create`, network off: grids come from `/usr/share/proj` only) and one
/// transformation (`proj_create_crs_to_crs_from_pj`, then `proj_normalize_for_visualization`), both destroyed
/// in `deinit`. Input and output are always x/y — longitude/latitude, easting/northing — whatever axis order
/// the EPSG definitions use (EPSG:4326 and EPSG:31467 put latitude/northing first).
///
/// Which operation: without an area of interest, PROJ picks among candidate operations per point by area of
/// use and accuracy (e.g. the BETA2007 grid for DHDN → ETRS89 in Germany) and remembers the choice in the
/// object. With an area of interest (say, a layer's extent) the transformer first asks PROJ for the operations
/// *directly* between the two CRSs (`proj_create_operations`, no intermediate CRS, operations needing a missing
/// grid discarded, sorted by PROJ for that area). When the best of them is not a ballpark transformation, is
/// strictly more accurate than every other candidate and its area of use holds the whole area of interest, it
/// is used for every point: the operation `proj_create_crs_to_crs` returns when given that area, and the one
/// its per-point choice (the most accurate operation whose area holds the point) takes there. Otherwise, and
/// as soon as a point cannot be transformed with it (outside its grid, say), the transformer uses the complete
/// per-point choice. The direct search is what saves time:
/// PROJ's complete search also tries routes through intermediate CRSs, which costs about 40 ms for EPSG:31467 →
/// EPSG:25832 and finds nothing better when a direct operation exists.
///
/// A transformer is deliberately not `Sendable`. Make one per task and reuse it for many calls.
public final class CoordinateTransformer: CustomStringConvertible {
    public let source: CoordinateReferenceSystem
    public let target: CoordinateReferenceSystem
    private let context: PROJContext
    /// The normalized operation; `nil` for the identity (equal definitions).
    private var operation: OpaquePointer?
    /// True while `operation` is the one direct operation settled on for an area of interest: a point it
    /// cannot transform (outside a grid, say) makes the transformer switch to PROJ's per-point choice.
    private var settledForArea = false

    /// Prepares the transformation `source` → `target`.
    ///
    /// Both definitions are checked with `proj_create`. When they are equal, no operation is made and every
    /// call returns its input (identity fast path).
    /// - Parameter areaOfInterest: where the coordinates to transform lie, in the *source* CRS (x/y order); lets
    ///   PROJ settle on one operation for the area without searching through intermediate CRSs (see the type's
    ///   documentation). `nil`: PROJ chooses per point.
    /// - Throws: `PROJError.unknownCRS` for a definition PROJ rejects, `PROJError.noTransformation` when
    ///   `proj_create_crs_to_crs_from_pj` or `proj_normalize_for_visualization` fails.
    public convenience init(
        from source: CoordinateReferenceSystem, to target: CoordinateReferenceSystem, areaOfInterest: Envelope? = nil
    ) throws(PROJError) {
        try self.init(from: source, to: target, areaOfInterest: areaOfInterest, context: PROJContext())
    }

    /// As the initializer above, in an existing PROJ context (one per task: a loader's transformers share one,
    /// so `proj.db` is opened once).
    public init(
        from source: CoordinateReferenceSystem, to target: CoordinateReferenceSystem, areaOfInterest: Envelope?,
        context: PROJContext
    ) throws(PROJError) {
        self.source = source
        self.target = target
        self.context = context
        let sourceCRS = try context.createCRS(source.definition)
        defer { proj_destroy(sourceCRS) }
        guard source.definition != target.definition else {
            operation = nil
            return
        }
        let targetCRS = try context.createCRS(target.definition)
        defer { proj_destroy(targetCRS) }

        var chosen = areaOfInterest.flatMap { Self.directOperation(context, sourceCRS, targetCRS, area: $0) }
        settledForArea = chosen != nil
        if chosen == nil {
            context.clearLog()
            chosen = Self.perPointOperation(context, sourceCRS, targetCRS)
        }
        guard let chosen else {
            throw .noTransformation(
                from: source.definition, to: target.definition, message: context.contextMessage())
        }
        operation = chosen
    }

    /// The best operation directly between `sourceCRS` and `targetCRS` for `area` (source CRS), normalized to
    /// x/y order, when it is not a ballpark transformation, is strictly the most accurate and its area of use
    /// holds all of `area`; `nil` otherwise (also when `area` cannot be expressed in longitude/latitude). The
    /// caller owns the result.
    private static func directOperation(
        _ context: PROJContext, _ sourceCRS: OpaquePointer, _ targetCRS: OpaquePointer, area: Envelope
    ) -> OpaquePointer? {
        guard let lonLat = geographicBounds(context, of: area, in: sourceCRS),
            let factory = proj_create_operation_factory_context(context.handle, nil)
        else { return nil }
        defer { proj_operation_factory_context_destroy(factory) }
        let ctx = context.handle
        proj_operation_factory_context_set_spatial_criterion(ctx, factory, PROJ_SPATIAL_CRITERION_PARTIAL_INTERSECTION)
        proj_operation_factory_context_set_grid_availability_use(
            ctx, factory, PROJ_GRID_AVAILABILITY_DISCARD_OPERATION_IF_MISSING_GRID)
        proj_operation_factory_context_set_allow_use_intermediate_crs(ctx, factory, PROJ_INTERMEDIATE_CRS_USE_NEVER)
        proj_operation_factory_context_set_area_of_interest(
            ctx, factory, lonLat.minX, lonLat.minY, lonLat.maxX, lonLat.maxY)
        guard let list = proj_create_operations(ctx, sourceCRS, targetCRS, factory) else { return nil }
        defer { proj_list_destroy(list) }
        let count = proj_list_get_count(list)
        guard count > 0, let best = proj_list_get(ctx, list, 0) else { return nil }
        // Per point, PROJ prefers the most accurate operation whose area holds the point; the settled operation
        // must therefore be strictly more accurate than every other candidate for the area.
        let accuracy = proj_coordoperation_get_accuracy(ctx, best)
        var mostAccurate = accuracy >= 0
        for i in 1..<count where mostAccurate {
            guard let other = proj_list_get(ctx, list, i) else { continue }
            let otherAccuracy = proj_coordoperation_get_accuracy(ctx, other)
            proj_destroy(other)
            if otherAccuracy >= 0 && otherAccuracy <= accuracy { mostAccurate = false }
        }
        guard mostAccurate else {
            proj_destroy(best)
            return nil
        }
        var west = 0.0, south = 0.0, east = 0.0, north = 0.0
        let known = proj_get_area_of_use(ctx, best, &west, &south, &east, &north, nil) != 0
        let holdsArea =
            known && west <= east && west <= lonLat.minX && lonLat.maxX <= east
            && south <= lonLat.minY && lonLat.maxY <= north
        defer { proj_destroy(best) }
        guard holdsArea, proj_coordoperation_has_ballpark_transformation(ctx, best) == 0 else { return nil }
        return proj_normalize_for_visualization(ctx, best)
    }

    /// PROJ's per-point choice among the operations from `sourceCRS` to `targetCRS`
    /// (`proj_create_crs_to_crs_from_pj`), normalized to x/y order; `nil` when PROJ has none. The caller owns it.
    private static func perPointOperation(
        _ context: PROJContext, _ sourceCRS: OpaquePointer, _ targetCRS: OpaquePointer
    ) -> OpaquePointer? {
        guard let raw = proj_create_crs_to_crs_from_pj(context.handle, sourceCRS, targetCRS, nil, nil) else { return nil }
        defer { proj_destroy(raw) }
        return proj_normalize_for_visualization(context.handle, raw)
    }

    /// `area` (in `crs`) as longitude/latitude bounds on the CRS's own datum (`proj_crs_get_geodetic_crs`,
    /// `proj_trans_bounds`); `nil` when PROJ cannot say.
    private static func geographicBounds(_ context: PROJContext, of area: Envelope, in crs: OpaquePointer) -> Envelope? {
        let ctx = context.handle
        guard let geodetic = proj_crs_get_geodetic_crs(ctx, crs) else { return nil }
        defer { proj_destroy(geodetic) }
        guard let toLonLat = perPointOperation(context, crs, geodetic) else { return nil }
        defer { proj_destroy(toLonLat) }
        var minX = 0.0, minY = 0.0, maxX = 0.0, maxY = 0.0
        guard proj_trans_bounds(ctx, toLonLat, PJ_FWD, area.minX, area.minY, area.maxX, area.maxY,
                                &minX, &minY, &maxX, &maxY, 21) != 0,
            [minX, minY, maxX, maxY].allSatisfy(\.isFinite), minX <= maxX, minY <= maxY
        else { return nil }
        return Envelope(minX: minX, minY: minY, maxX: maxX, maxY: maxY)
    }

    deinit {
        // The operation goes first; the context is destroyed right after, when `context` is released.
        if let operation { proj_destroy(operation) }
    }

    /// True when source and target definitions are equal and coordinates pass through unchanged.
    public var isIdentity: Bool { operation == nil }

    /// The PROJ definition of the operation (`proj_pj_info(P).definition`), e.g. a `+proj=pipeline` string.
    ///
    /// When PROJ has several candidate operations (DHDN → ETRS89: grid or Helmert), this is the one used by the
    /// most recent transform; before the first one PROJ says `"unavailable until proj_trans is called"`.
    /// `"identity"` for the identity fast path.
    public var description: String {
        guard let operation else { return "identity" }
        guard let definition = proj_pj_info(operation).definition else { return "unknown" }
        return String(cString: definition)
    }

    // MARK: Coordinates

    /// Transforms one coordinate (`proj_trans_generic` on a single point).
    /// - Throws: `PROJError.transformFailed` when PROJ returns no finite result.
    public func transform(_ coordinate: Coordinate) throws(PROJError) -> Coordinate {
        var result = coordinate
        let failure = withUnsafeMutablePointer(to: &result) { pointer in
            transformInPlace(UnsafeMutableBufferPointer(start: pointer, count: 1), original: { _ in coordinate })
        }
        if let failure { throw failure }
        return result
    }

    /// Transforms many coordinates in one call of `proj_trans_generic` on the contiguous array storage.
    ///
    /// - Complexity: O(n), one PROJ call.
    /// - Throws: `PROJError.transformFailed` naming the index of the first point without a finite result.
    public func transform(_ coordinates: [Coordinate]) throws(PROJError) -> [Coordinate] {
        var result = coordinates
        let failure = result.withUnsafeMutableBufferPointer { buffer in
            transformInPlace(buffer, original: { coordinates[$0] })
        }
        if let failure { throw failure }
        return result
    }

    // MARK: Geometries and envelopes

    /// Transforms every vertex of `geometry`, keeping its structure (ring counts, closure).
    ///
    /// All vertices are gathered once (`Geometry.coordinates`), transformed in one `proj_trans_generic` call,
    /// and put back in the same storage order with `Geometry.mapCoordinates`.
    /// - Complexity: O(n) in the number of vertices, one PROJ call.
    /// - Throws: `PROJError.transformFailed`; the index is the vertex's position in `geometry.coordinates`.
    public func transform(_ geometry: Geometry) throws(PROJError) -> Geometry {
        guard !isIdentity else { return geometry }
        let transformed = try transform(geometry.coordinates)
        var next = 0
        let result = geometry.mapCoordinates { _ in
            defer { next += 1 }
            return transformed[next]
        }
        assert(next == transformed.count, "mapCoordinates and coordinates disagree on vertex order")
        return result
    }

    /// The envelope in the target CRS that holds the transformed `envelope` (`proj_trans_bounds`, 21 points
    /// densified along each edge, so curved edges are covered).
    ///
    /// When the target is geographic and the result crosses the antimeridian, PROJ returns `minX > maxX`.
    /// - Throws: `PROJError.transformFailed` when PROJ cannot transform the bounds.
    public func transform(_ envelope: Envelope) throws(PROJError) -> Envelope {
        try bounds(envelope, direction: PJ_FWD)
    }

    /// The envelope in the *source* CRS that holds `envelope` given in the target CRS: the inverse direction
    /// of the same operation (`proj_trans_bounds` with `PJ_INV`), e.g. for a spatial filter in a source's CRS
    /// without building a second transformer.
    public func inverseTransform(_ envelope: Envelope) throws(PROJError) -> Envelope {
        try bounds(envelope, direction: PJ_INV)
    }

    private func bounds(_ envelope: Envelope, direction: PJ_DIRECTION) throws(PROJError) -> Envelope {
        guard let operation else { return envelope }
        var minX = 0.0, minY = 0.0, maxX = 0.0, maxY = 0.0
        context.clearLog()
        proj_errno_reset(operation)
        let ok = proj_trans_bounds(
            context.handle, operation, direction,
            envelope.minX, envelope.minY, envelope.maxX, envelope.maxY,
            &minX, &minY, &maxX, &maxY, 21)
        guard ok != 0, [minX, minY, maxX, maxY].allSatisfy(\.isFinite) else {
            if settledForArea, switchToPerPointChoice() { return try bounds(envelope, direction: direction) }
            throw .transformFailed(
                function: "proj_trans_bounds",
                message: "\(envelope): \(context.message(errno: proj_errno(operation)))")
        }
        return Envelope(minX: minX, minY: minY, maxX: maxX, maxY: maxY)
    }

    /// Replaces the operation settled on for an area by PROJ's per-point choice
    /// (`proj_create_crs_to_crs_from_pj`); false when that cannot be made (the settled one stays).
    private func switchToPerPointChoice() -> Bool {
        settledForArea = false
        guard let sourceCRS = try? context.createCRS(source.definition) else { return false }
        defer { proj_destroy(sourceCRS) }
        guard let targetCRS = try? context.createCRS(target.definition) else { return false }
        defer { proj_destroy(targetCRS) }
        guard let normalized = Self.perPointOperation(context, sourceCRS, targetCRS) else { return false }
        if let operation { proj_destroy(operation) }
        operation = normalized
        return true
    }

    // MARK: The one place that touches PROJ's buffers

    /// Transforms `buffer` in place with `proj_trans_generic`, reading x and y with a stride of one `Coordinate`.
    /// Returns the error for the first point without a finite result; `original(i)` gives its input.
    private func transformInPlace(
        _ buffer: UnsafeMutableBufferPointer<Coordinate>, original: (Int) -> Coordinate
    ) -> PROJError? {
        guard let operation, let base = buffer.baseAddress,
            let xs = base.pointer(to: \.x), let ys = base.pointer(to: \.y)
        else { return nil }
        let stride = MemoryLayout<Coordinate>.stride
        let count = buffer.count
        context.clearLog()
        proj_errno_reset(operation)
        let done = proj_trans_generic(
            operation, PJ_FWD,
            xs, stride, count,
            ys, stride, count,
            nil, 0, 0,
            nil, 0, 0)
        let errno = proj_errno(operation)
        // PROJ marks a failed point with HUGE_VAL (inf); errno alone may be left from an earlier candidate.
        let failedIndex = buffer.firstIndex { !$0.x.isFinite || !$0.y.isFinite } ?? (done == count ? nil : done)
        guard let failedIndex else { return nil }
        if settledForArea, switchToPerPointChoice() {
            for i in 0..<count { buffer[i] = original(i) }
            return transformInPlace(buffer, original: original)
        }
        let input = original(failedIndex)
        return .transformFailed(
            function: "proj_trans_generic",
            message: "point \(failedIndex) of \(count) (x: \(input.x), y: \(input.y)): "
                + context.message(errno: errno))
    }
}
