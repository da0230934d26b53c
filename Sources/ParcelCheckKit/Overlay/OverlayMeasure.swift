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
        var covered = false
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
                covered = true
                hits.append(Hit(index: i, contact: .covers, area: subjectArea))
                continue
            }
            let piece = try subject.intersection(candidate)
            let area = try piece.area()
            if area <= 0 {
                hits.append(Hit(index: i, contact: .boundary, area: 0))
            } else if thresholds.isSliver(area: area, parcelArea: subjectArea) {
                hits.append(Hit(index: i, contact: .sliver, area: area))
            } else {
                hits.append(Hit(index: i, contact: .overlap, area: area))
                pieces.append(piece)
            }
        }
        let layerArea: Double
        if covered {
            layerArea = subjectArea
        } else if pieces.count == 1 {
            layerArea = hits.first { $0.contact == .overlap }?.area ?? 0
        } else if pieces.isEmpty {
            layerArea = 0
        } else {
            layerArea = try subject.context.union(of: pieces).area()
        }
        let contact: Contact =
            covered ? .covers
            : layerArea > 0 ? .overlap
            : hits.contains { $0.contact == .sliver } ? .sliver
            : hits.isEmpty ? .none : .boundary
        return Result(hits: hits, layerArea: layerArea, contact: contact, intersectingPairs: pairs)
    }
}
