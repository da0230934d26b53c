import GeoCore

/// The overlay rule planners expect, on GEOS handles of one context: which features touch a subject
/// (parcel), how much area each has on it, and the area of their union on it (never double counted).
///
/// Shared by the single check and the batch, so both give the same numbers.
public struct OverlayMeasure {
    /// Per-feature outcome: index into the candidate list, contact kind, overlap area.
    public struct Hit: Sendable, Equatable {
        public var index: Int
        public var contact: Contact
        public var area: Double
    }

    public struct Result: Sendable, Equatable {
        public var hits: [Hit]
        /// Area of the union of all non-sliver overlaps.
        public var layerArea: Double
        public var contact: Contact
        /// Feature pairs with an intersecting geometry (touching included).
        public var intersectingPairs: Int
    }

    /// Measures `candidates` (features already in the working CRS, valid, buffered) against `subject`.
    ///
    /// - Parameters:
    ///   - subjectPrepared: the subject prepared, used when a candidate has no prepared form.
    ///   - candidatePrepared: prepared candidates (batch work prepares zones once and reuses them);
    ///     when given, its count must equal `candidates.count`.
    /// - Complexity: one predicate per candidate; an intersection only for partial overlaps (the
    ///   covered-by shortcut answers a parcel inside a zone with its own area).
    public static func measure(
        subject: GeometryHandle, subjectArea: Double, subjectPrepared: PreparedGeometry?,
        candidates: [GeometryHandle], candidatePrepared: [PreparedGeometry]? = nil,
        thresholds: Catalog.Thresholds
    ) throws(GEOSError) -> Result {
        var hits: [Hit] = []
        var pieces: [GeometryHandle] = []
        var pairs = 0
        for (i, candidate) in candidates.enumerated() {
            let intersects: Bool, covers: Bool
            if let prepared = candidatePrepared?[i] {
                intersects = try prepared.intersects(subject)
                covers = intersects ? try prepared.covers(subject) : false
            } else if let subjectPrepared {
                intersects = try subjectPrepared.intersects(candidate)
                covers = intersects ? try subjectPrepared.coveredBy(candidate) : false
            } else {
                intersects = try subject.intersects(candidate)
                covers = intersects ? try subject.coveredBy(candidate) : false
            }
            guard intersects else { continue }
            pairs += 1
            if covers {
                hits.append(hit(index: i, covers: true, area: subjectArea, subjectArea: subjectArea, thresholds: thresholds))
                continue
            }
            let piece = try subject.intersection(candidate)
            let h = hit(index: i, covers: false, area: try piece.area(), subjectArea: subjectArea, thresholds: thresholds)
            hits.append(h)
            if h.contact == .overlap { pieces.append(piece) }
        }
        let union = pieces.count > 1 ? try subject.context.union(of: pieces).area() : 0
        return result(hits: hits, pairs: pairs, subjectArea: subjectArea, unionArea: union)
    }

    /// The hit of one feature that intersects the subject: covering (the subject's area), a boundary contact (no
    /// area), a sliver (below the thresholds) or an overlap. The same rule for GEOS and for `AreaKernel` figures.
    static func hit(
        index: Int, covers: Bool, area: Double, subjectArea: Double, thresholds: Catalog.Thresholds
    ) -> Hit {
        if covers { return Hit(index: index, contact: .covers, area: subjectArea) }
        if area <= 0 { return Hit(index: index, contact: .boundary, area: 0) }
        if thresholds.isSliver(area: area, parcelArea: subjectArea) {
            return Hit(index: index, contact: .sliver, area: area)
        }
        return Hit(index: index, contact: .overlap, area: area)
    }

    /// The layer's figures from its hits: a covering feature makes the layer area the subject's; one overlap
    /// its own area; several the area of their union, `unionArea` (computed by the caller, unused otherwise).
    static func result(hits: [Hit], pairs: Int, subjectArea: Double, unionArea: Double) -> Result {
        let covered = hits.contains { $0.contact == .covers }
        let overlaps = hits.filter { $0.contact == .overlap }
        let layerArea: Double
        if covered {
            layerArea = subjectArea
        } else if overlaps.count == 1 {
            layerArea = overlaps[0].area
        } else if overlaps.isEmpty {
            layerArea = 0
        } else {
            layerArea = unionArea
        }
        let contact: Contact =
            covered ? .covers
            : layerArea > 0 ? .overlap
            : hits.contains { $0.contact == .sliver } ? .sliver
            : hits.isEmpty ? .none : .boundary
        return Result(hits: hits, layerArea: layerArea, contact: contact, intersectingPairs: pairs)
    }
}
