/// The area of the intersection of two polygonal shapes, and how they relate, without building the overlay.
///
/// A batch needs the area of parcel ∩ zone, not its geometry; GEOS computes it by noding both boundaries,
/// building the topology graph and assembling polygons, then measures and discards them. This kernel integrates
/// instead (Green's theorem): the boundary of A ∩ B consists of the pieces of A's boundary inside B, the pieces
/// of B's boundary inside A, and the stretches both share with both interiors on the same side (counted once);
/// ½ Σ (x₀·y₁ − x₁·y₀) over those pieces, each in its own ring's orientation, is the area.
///
/// - Contacts between the two boundaries are found with exact orientation predicates (`ExactOrientation`):
///   proper crossings, vertices on edges, shared (collinear) stretches. Only the coordinates of proper crossings
///   are rounded; they enter the area, never a decision.
/// - Between two contacts a boundary stays on one side of the other shape. Each such run is classified once by
///   an exact point-in-polygon test of an input vertex inside the run, or, for a run that is a single piece of
///   one edge, of the piece's midpoint — which is rounded, so the answer is trusted only when the midpoint lies
///   farther than a safety margin (2⁻⁴⁴ of the largest coordinate, about 0.3 µm at UTM northings) from every
///   edge of the other shape. Runs that leave the other shape's envelope are outside without a test.
/// - Anything the kernel cannot decide with certainty returns `nil`; the caller then asks GEOS. Both shapes
///   must be valid polygons (the caller checks: `PolygonalShape.isCertainlyValid` or GEOS).
///
/// GEOS stays the reference: tests compare every answer with `GEOSIntersection` + `GEOSArea` and
/// `GEOSPreparedCoveredBy` on random and adversarial pairs.
public enum AreaKernel {
    public enum Relation: Sendable, Equatable {
        /// No common point.
        case disjoint
        /// Common boundary points, no common area.
        case touching
        /// A lies within B (boundary contact allowed): A ∩ B = A.
        case coveredBy
        /// A common area that is not all of A.
        case overlapping
    }

    public struct Outcome: Sendable, Equatable {
        public var relation: Relation
        /// Area of A ∩ B: 0 for disjoint and touching, A's area for covered.
        public var area: Double

        public init(relation: Relation, area: Double) {
            self.relation = relation
            self.area = area
        }
    }

    /// How `a` relates to `b` and the area of `a ∩ b`, or `nil` when the kernel cannot answer with certainty.
    /// - Complexity: O(n·m) edge pairs among the edges near the other shape's envelope, plus one
    ///   point-in-polygon test per run between contacts.
    public static func intersection(_ a: PolygonalShape, _ b: PolygonalShape) -> Outcome? {
        var workspace = Workspace()
        return intersection(a, b, workspace: &workspace)
    }

    /// Scratch arrays of the kernel, kept between calls so that measuring many pairs allocates (almost)
    /// nothing; one per task (a value: it is never shared).
    public struct Workspace {
        var contacts = Contacts()
        var pieces: [Piece] = []
        var cuts: [Split] = []
        var edges: [Int] = []

        public init() {}
    }

    /// `intersection(_:_:)` with the caller's scratch arrays.
    public static func intersection(_ a: PolygonalShape, _ b: PolygonalShape, workspace: inout Workspace) -> Outcome? {
        guard a.envelope.intersects(b.envelope) else { return Outcome(relation: .disjoint, area: 0) }
        workspace.contacts.find(a, b, edgesB: &workspace.edges)
        let contacts = workspace.contacts
        if contacts.undecidable { return nil }
        let scale = max(
            abs(a.envelope.minX), abs(a.envelope.maxX), abs(a.envelope.minY), abs(a.envelope.maxY),
            abs(b.envelope.minX), abs(b.envelope.maxX), abs(b.envelope.minY), abs(b.envelope.maxY))
        let margin = scale * 0x1p-44
        let origin = (x: a.xs[0], y: a.ys[0])
        guard
            let sideA = walk(
                a, against: b, splits: contacts.splitsA, shared: contacts.sharedA, touches: contacts.touchesA,
                margin: margin, origin: origin, countShared: true, pieces: &workspace.pieces, cuts: &workspace.cuts),
            let sideB = walk(
                b, against: a, splits: contacts.splitsB, shared: contacts.sharedB, touches: contacts.touchesB,
                margin: margin, origin: origin, countShared: false, pieces: &workspace.pieces, cuts: &workspace.cuts)
        else { return nil }
        let intersects = contacts.any || sideA.inside || sideB.inside
        guard intersects else { return Outcome(relation: .disjoint, area: 0) }
        let area = (sideA.doubleArea + sideB.doubleArea) / 2
        let tolerance = 1e-9 * max(1, a.area)
        if !sideA.outside && !sideA.sharedOpposite && !sideB.inside {
            // A ⊆ B; the integral must then be A's own area.
            guard abs(area - a.area) <= tolerance else { return nil }
            return Outcome(relation: .coveredBy, area: a.area)
        }
        guard sideA.inside || sideB.inside || sideA.sharedSame else { return Outcome(relation: .touching, area: 0) }
        // Computed crossings are off by a few units in the last place of the coordinates; an area within what
        // that can make of the pieces (a sliver along nearly coincident edges) is left to GEOS, which decides
        // between no area and a sliver.
        let noise = (sideA.pieceLength + sideB.pieceLength) * scale * 0x1p-48
        guard area > noise, area <= a.area + tolerance, area <= b.area * (1 + 1e-9) + 1e-9 else { return nil }
        return Outcome(relation: .overlapping, area: area)
    }

    // MARK: - Contacts between the two boundaries

    /// A point where an edge (starting at vertex `edge`) is cut: at parameter `t` along it, at (x, y).
    struct Split {
        var edge: Int
        var t: Double
        var x: Double
        var y: Double
        /// An input vertex of the other shape (exact), not a computed crossing.
        var exact = false
    }

    /// A stretch `t0 … t1` of an edge that lies on an edge of the other shape; `same`: both run the same way,
    /// so both interiors lie on the same side.
    struct Shared {
        var edge: Int
        var t0: Double
        var t1: Double
        var same: Bool
    }

    struct Contacts {
        var any = false
        /// A proper crossing whose point cannot be computed (parallel in floating point, not exactly).
        var undecidable = false
        var splitsA: [Split] = [], splitsB: [Split] = []
        var sharedA: [Shared] = [], sharedB: [Shared] = []
        /// Vertices of one shape lying on the other's boundary, by coordinates.
        var touchesA: [Point2] = [], touchesB: [Point2] = []

        /// Finds every contact of the two boundaries; `edgesB` is scratch space for B's edges near A.
        mutating func find(_ a: PolygonalShape, _ b: PolygonalShape, edgesB: inout [Int]) {
            any = false
            undecidable = false
            splitsA.removeAll(keepingCapacity: true)
            splitsB.removeAll(keepingCapacity: true)
            sharedA.removeAll(keepingCapacity: true)
            sharedB.removeAll(keepingCapacity: true)
            touchesA.removeAll(keepingCapacity: true)
            touchesB.removeAll(keepingCapacity: true)
            b.edges(near: a.envelope, into: &edgesB)
            guard !edgesB.isEmpty else { return }
            let box = b.envelope
            let ringStart = a.ringStart, ringEnvelopes = a.ringEnvelopes
            a.xs.withUnsafeBufferPointer { axs in
                a.ys.withUnsafeBufferPointer { ays in
                    b.xs.withUnsafeBufferPointer { bxs in
                        b.ys.withUnsafeBufferPointer { bys in
                            for r in 0..<(ringStart.count - 1) where ringEnvelopes[r].intersects(box) {
                              for i in ringStart[r]..<(ringStart[r + 1] - 1) {
                                let a0 = Point2(axs[i], ays[i]), a1 = Point2(axs[i + 1], ays[i + 1])
                                let aMinX = min(a0.x, a1.x), aMaxX = max(a0.x, a1.x)
                                let aMinY = min(a0.y, a1.y), aMaxY = max(a0.y, a1.y)
                                if aMaxX < box.minX || aMinX > box.maxX || aMaxY < box.minY || aMinY > box.maxY {
                                    continue
                                }
                                for j in edgesB {
                                    let b0 = Point2(bxs[j], bys[j]), b1 = Point2(bxs[j + 1], bys[j + 1])
                                    if max(b0.x, b1.x) < aMinX || min(b0.x, b1.x) > aMaxX
                                        || max(b0.y, b1.y) < aMinY || min(b0.y, b1.y) > aMaxY
                                    {
                                        continue
                                    }
                                    edgePair(i, a0, a1, j, b0, b1)
                                }
                              }
                            }
                        }
                    }
                }
            }
        }

        mutating func edgePair(_ i: Int, _ a0: Point2, _ a1: Point2, _ j: Int, _ b0: Point2, _ b1: Point2) {
            let o1 = AreaKernel.orient(a0, a1, b0), o2 = AreaKernel.orient(a0, a1, b1)
            if o1 == o2 && o1 != 0 { return }
            let o3 = AreaKernel.orient(b0, b1, a0), o4 = AreaKernel.orient(b0, b1, a1)
            if o3 == o4 && o3 != 0 { return }
            any = true
            if o1 == 0 && o2 == 0 {
                collinear(i, a0, a1, j, b0, b1)
            } else if o1 != 0 && o2 != 0 && o3 != 0 && o4 != 0 {
                // A proper crossing: a0 + t·(a1 − a0) = b0 + u·(b1 − b0).
                let dax = a1.x - a0.x, day = a1.y - a0.y, dbx = b1.x - b0.x, dby = b1.y - b0.y
                let wx = b0.x - a0.x, wy = b0.y - a0.y
                let denominator = dax * dby - day * dbx
                let tRaw = (wx * dby - wy * dbx) / denominator, uRaw = (wx * day - wy * dax) / denominator
                guard denominator != 0, tRaw.isFinite, uRaw.isFinite else {
                    undecidable = true  // crossing by the exact test, parallel in floating point
                    return
                }
                let t = min(max(tRaw, 0), 1)
                let u = min(max(uRaw, 0), 1)
                let x = a0.x + t * dax, y = a0.y + t * day
                splitsA.append(Split(edge: i, t: t, x: x, y: y))
                splitsB.append(Split(edge: j, t: u, x: x, y: y))
            } else {
                // A vertex on the other edge (the only common point, the lines not being the same).
                if o1 == 0 { vertexOnEdge(b0, edge: i, a0, a1, onA: true) }
                if o2 == 0 { vertexOnEdge(b1, edge: i, a0, a1, onA: true) }
                if o3 == 0 { vertexOnEdge(a0, edge: j, b0, b1, onA: false) }
                if o4 == 0 { vertexOnEdge(a1, edge: j, b0, b1, onA: false) }
            }
        }

        /// Vertex `p` (of one shape) lies on edge `edge` (p0 → p1) of the other: a touch of `p`, and a split of
        /// the edge unless `p` is one of its ends.
        mutating func vertexOnEdge(_ p: Point2, edge: Int, _ p0: Point2, _ p1: Point2, onA: Bool) {
            if onA { touchesB.append(p) } else { touchesA.append(p) }
            guard p != p0, p != p1 else { return }
            let split = Split(edge: edge, t: AreaKernel.parameter(p, p0, p1), x: p.x, y: p.y, exact: true)
            if onA { splitsA.append(split) } else { splitsB.append(split) }
        }

        /// Two edges on one line: the ends of each that lie on the other, and the stretch they share.
        mutating func collinear(_ i: Int, _ a0: Point2, _ a1: Point2, _ j: Int, _ b0: Point2, _ b1: Point2) {
            if AreaKernel.within(b0, a0, a1) { vertexOnEdge(b0, edge: i, a0, a1, onA: true) }
            if AreaKernel.within(b1, a0, a1) { vertexOnEdge(b1, edge: i, a0, a1, onA: true) }
            if AreaKernel.within(a0, b0, b1) { vertexOnEdge(a0, edge: j, b0, b1, onA: false) }
            if AreaKernel.within(a1, b0, b1) { vertexOnEdge(a1, edge: j, b0, b1, onA: false) }
            // The common stretch along A's parameter, then along B's.
            let tb0 = AreaKernel.parameter(b0, a0, a1), tb1 = AreaKernel.parameter(b1, a0, a1)
            let lo = max(0, min(tb0, tb1)), hi = min(1, max(tb0, tb1))
            guard lo < hi else { return }  // a single common point
            let same = (a1.x - a0.x) * (b1.x - b0.x) + (a1.y - a0.y) * (b1.y - b0.y) > 0
            sharedA.append(Shared(edge: i, t0: lo, t1: hi, same: same))
            let ta0 = AreaKernel.parameter(a0, b0, b1), ta1 = AreaKernel.parameter(a1, b0, b1)
            sharedB.append(
                Shared(edge: j, t0: max(0, min(ta0, ta1)), t1: min(1, max(ta0, ta1)), same: same))
        }
    }

    // MARK: - Walking one shape's boundary

    struct Side {
        var inside = false
        var outside = false
        var sharedSame = false
        var sharedOpposite = false
        var doubleArea = 0.0
        /// Σ |Δx| + |Δy| of the counted pieces, for the rounding bound of the area.
        var pieceLength = 0.0
    }

    /// One piece of an edge between two cut points: its ends, whether it lies on the other boundary
    /// (+1 same way, −1 opposite, 0 not), whether its end is a contact, and whether its edge lies
    /// outside the other shape's envelope.
    struct Piece {
        var x0, y0, x1, y1: Double
        var shared: Int8
        var endsAtContact: Bool
        var far: Bool
        /// Whether the start and the end are input vertices (of either shape) rather than computed crossings.
        var startExact: Bool
        var endExact: Bool
        /// The ends of the edge the piece lies on.
        var edgeStart: Point2
        var edgeEnd: Point2
    }

    /// Classifies every run of `s`'s boundary against `o` and sums the area terms of the runs inside (and of
    /// shared stretches with both interiors on one side when `countShared`); `nil` when a run cannot be
    /// classified with certainty.
    static func walk(
        _ s: PolygonalShape, against o: PolygonalShape, splits: [Split], shared: [Shared], touches: [Point2],
        margin: Double, origin: (x: Double, y: Double), countShared: Bool, pieces: inout [Piece],
        cuts: inout [Split]
    ) -> Side? {
        var side = Side()
        let xs = s.xs, ys = s.ys, ringStart = s.ringStart, ringEnvelopes = s.ringEnvelopes
        for r in 0..<s.ringCount {
            let start = ringStart[r], end = ringStart[r + 1]
            guard ringEnvelopes[r].intersects(o.envelope) else {
                side.outside = true
                continue
            }
            let inRing = { (edge: Int) in edge >= start && edge < end - 1 }
            let ringHasSplits = splits.contains { inRing($0.edge) }
            let ringHasShared = shared.contains { inRing($0.edge) }
            func touched(_ v: Int) -> Bool {
                !touches.isEmpty && touches.contains(Point2(xs[v], ys[v]))
            }
            let hasTouch = !touches.isEmpty && (start..<(end - 1)).contains { touched($0) }
            if !ringHasSplits && !ringHasShared && !hasTouch {
                // No contact: the whole ring lies on one side; its first vertex is an exact input point.
                switch locate(xs[start], ys[start], in: o, margin: 0) {
                case .inside:
                    side.inside = true
                    side.doubleArea += s.storage.ringDoubleArea[r]
                case .outside: side.outside = true
                case .uncertain: return nil
                }
                continue
            }
            pieces.removeAll(keepingCapacity: true)
            for v in start..<(end - 1) {
                let x0 = xs[v], y0 = ys[v], x1 = xs[v + 1], y1 = ys[v + 1]
                let far =
                    max(x0, x1) < o.envelope.minX || min(x0, x1) > o.envelope.maxX
                    || max(y0, y1) < o.envelope.minY || min(y0, y1) > o.envelope.maxY
                cuts.removeAll(keepingCapacity: true)
                if ringHasSplits {
                    for split in splits where split.edge == v {
                        cuts.append(split)
                    }
                }
                if cuts.count > 1 {
                    // A vertex of the other shape on this edge is found from both of its edges: once is enough.
                    cuts.sort { $0.t < $1.t }
                    var kept = 1
                    for k in 1..<cuts.count {
                        let previous = cuts[kept - 1], cut = cuts[k]
                        if cut.exact && previous.exact && cut.x == previous.x && cut.y == previous.y { continue }
                        cuts[kept] = cut
                        kept += 1
                    }
                    cuts.removeLast(cuts.count - kept)
                }
                // A computed crossing within the margin of another cut or of the edge's ends: the boundaries meet
                // in a near-degenerate way (nearly coincident edges, a crossing through a vertex within rounding),
                // and the order of the cuts along the edge is not certain.
                if !cuts.isEmpty {
                    var previous = (x: x0, y: y0, exact: true)
                    for k in 0...cuts.count {
                        let next = k < cuts.count ? (x: cuts[k].x, y: cuts[k].y, exact: cuts[k].exact) : (x: x1, y: y1, exact: true)
                        if abs(next.x - previous.x) + abs(next.y - previous.y) < margin && !(next.exact && previous.exact) {
                            return nil
                        }
                        previous = next
                    }
                }
                var px = x0, py = y0, pt = 0.0, exact = true
                let edgeStart = Point2(x0, y0), edgeEnd = Point2(x1, y1)
                func sharedState(_ t0: Double, _ t1: Double) -> Int8 {
                    guard ringHasShared else { return 0 }
                    let mid = (t0 + t1) / 2
                    for stretch in shared where stretch.edge == v && stretch.t0 <= mid && mid <= stretch.t1 {
                        return stretch.same ? 1 : -1
                    }
                    return 0
                }
                for cut in cuts {
                    pieces.append(
                        Piece(x0: px, y0: py, x1: cut.x, y1: cut.y, shared: sharedState(pt, cut.t),
                              endsAtContact: true, far: far, startExact: exact, endExact: cut.exact,
                              edgeStart: edgeStart, edgeEnd: edgeEnd))
                    exact = cut.exact
                    px = cut.x
                    py = cut.y
                    pt = cut.t
                }
                pieces.append(
                    Piece(x0: px, y0: py, x1: x1, y1: y1, shared: sharedState(pt, 1),
                          endsAtContact: touched(v + 1), far: far, startExact: exact, endExact: true,
                          edgeStart: edgeStart, edgeEnd: edgeEnd))
            }
            // Runs start after a contact; there is one, as the ring has contacts.
            guard let last = pieces.lastIndex(where: \.endsAtContact) else { return nil }
            var runStart = (last + 1) % pieces.count
            var k = runStart
            for step in 0..<pieces.count {
                let piece = pieces[k]
                if piece.endsAtContact || step == pieces.count - 1 {
                    guard
                        classify(
                            pieces, from: runStart, to: k, against: o, margin: margin, origin: origin,
                            countShared: countShared, into: &side)
                    else { return nil }
                    runStart = (k + 1) % pieces.count
                }
                k = (k + 1) % pieces.count
            }
        }
        return side
    }

    /// Classifies the run `from … to` (cyclic indices into `pieces`) and adds it to `side`.
    static func classify(
        _ pieces: [Piece], from: Int, to: Int, against o: PolygonalShape, margin: Double,
        origin: (x: Double, y: Double), countShared: Bool, into side: inout Side
    ) -> Bool {
        let count = (to - from + pieces.count) % pieces.count + 1
        var location: Location
        let first = pieces[from]
        if count == 1 && first.shared != 0 {
            if first.shared > 0 {
                side.sharedSame = true
                if countShared {
                    side.doubleArea += term(first, origin)
                    side.pieceLength += abs(first.x1 - first.x0) + abs(first.y1 - first.y0)
                }
            } else {
                side.sharedOpposite = true
            }
            return true
        }
        var far = false
        for n in 0..<count {
            let piece = pieces[(from + n) % pieces.count]
            if piece.shared != 0 { return false }  // a shared stretch must be a run of its own
            far = far || piece.far
        }
        if far {
            location = .outside
        } else if count >= 2 {
            // The end of the first piece is an input vertex that touches nothing: an exact test.
            location = locate(first.x1, first.y1, in: o, margin: 0)
        } else {
            // One piece between two contacts. Where it starts (or ends) at an input vertex on the other boundary,
            // the side it leaves that vertex on is decided exactly from the edges there; otherwise its midpoint,
            // trusted only away from the other boundary.
            location = .uncertain
            if first.startExact {
                location = sideOfBoundary(at: Point2(first.x0, first.y0), toward: first.edgeEnd, of: o)
            }
            if location == .uncertain && first.endExact {
                location = sideOfBoundary(at: Point2(first.x1, first.y1), toward: first.edgeStart, of: o)
            }
            if location == .uncertain {
                location = locate((first.x0 + first.x1) / 2, (first.y0 + first.y1) / 2, in: o, margin: margin)
            }
        }
        switch location {
        case .uncertain: return false
        case .outside: side.outside = true
        case .inside:
            side.inside = true
            for n in 0..<count {
                let piece = pieces[(from + n) % pieces.count]
                side.doubleArea += term(piece, origin)
                side.pieceLength += abs(piece.x1 - piece.x0) + abs(piece.y1 - piece.y0)
            }
        }
        return true
    }

    @inline(__always)
    static func term(_ p: Piece, _ origin: (x: Double, y: Double)) -> Double {
        (p.x0 - origin.x) * (p.y1 - origin.y) - (p.x1 - origin.x) * (p.y0 - origin.y)
    }

    /// Which side of `o` a segment leaving `p` (a point on `o`'s boundary) toward `q` starts on, from the edges
    /// of `o` at `p` with exact orientation tests: a half-plane when `p` lies inside one edge, the sector between
    /// the incoming and the outgoing edge when `p` is one vertex of `o`. `.uncertain` when the segment runs
    /// along an edge, or `p` is not on the boundary or is a vertex of several rings.
    static func sideOfBoundary(at p: Point2, toward q: Point2, of o: PolygonalShape) -> Location {
        var previous: Point2?, next: Point2?
        var containing: (Point2, Point2)?
        var vertexCount = 0, edgeCount = 0
        let xs = o.xs, ys = o.ys, ringStart = o.ringStart, ringEnvelopes = o.ringEnvelopes
        for r in 0..<o.ringCount {
            let e = ringEnvelopes[r]
            if p.x < e.minX || p.x > e.maxX || p.y < e.minY || p.y > e.maxY { continue }
            for v in ringStart[r]..<(ringStart[r + 1] - 1) {
                let a = Point2(xs[v], ys[v]), b = Point2(xs[v + 1], ys[v + 1])
                if b == p {
                    previous = a
                    vertexCount += 1
                } else if a == p {
                    next = b
                } else if min(a.x, b.x) <= p.x && p.x <= max(a.x, b.x) && min(a.y, b.y) <= p.y && p.y <= max(a.y, b.y)
                    && orient(a, b, p) == 0
                {
                    containing = (a, b)
                    edgeCount += 1
                }
            }
        }
        func location(_ sign: Int) -> Location { sign > 0 ? .inside : sign < 0 ? .outside : .uncertain }
        if vertexCount == 0, edgeCount == 1, let (a, b) = containing {
            return location(orient(a, b, q))
        }
        guard vertexCount == 1, edgeCount == 0, let previous, let next else { return .uncertain }
        let left1 = orient(previous, p, q), left2 = orient(p, next, q)
        guard left1 != 0, left2 != 0 else { return .uncertain }
        switch orient(previous, p, next) {
        case 1: return left1 > 0 && left2 > 0 ? .inside : .outside  // convex: both half-planes
        case -1: return left1 > 0 || left2 > 0 ? .inside : .outside  // reflex: either
        default:
            // Straight on: one half-plane (a spike back would make the ring invalid).
            let forward = (p.x - previous.x) * (next.x - p.x) + (p.y - previous.y) * (next.y - p.y) > 0
            return forward ? location(left2) : .uncertain
        }
    }

    // MARK: - Point in polygon

    enum Location { case inside, outside, uncertain }

    /// Where (x, y) lies relative to `s` by the winding number with exact orientation tests. On the boundary, or
    /// nearer than `margin` to an edge, is `.uncertain`.
    static func locate(_ x: Double, _ y: Double, in s: PolygonalShape, margin: Double) -> Location {
        guard x.isFinite, y.isFinite else { return .uncertain }
        let p = Point2(x, y)
        var winding = 0
        let ringStart = s.ringStart, ringEnvelopes = s.ringEnvelopes, allX = s.xs, allY = s.ys
        for r in 0..<s.ringCount {
            let e = ringEnvelopes[r]
            if y < e.minY - margin || y > e.maxY + margin || x > e.maxX + margin { continue }
            let start = ringStart[r], end = ringStart[r + 1]
            let near = margin > 0 && x >= e.minX - margin
            let result: Int? = allX.withUnsafeBufferPointer { xs in
                allY.withUnsafeBufferPointer { ys in
                    var w = 0
                    for v in start..<(end - 1) {
                        let q0 = Point2(xs[v], ys[v]), q1 = Point2(xs[v + 1], ys[v + 1])
                        if near && tooClose(p, q0, q1, margin) { return nil }
                        if q0 == p { return nil }
                        if q0.y <= y {
                            if q1.y > y {
                                let o = orient(q0, q1, p)
                                if o > 0 { w += 1 } else if o == 0 { return nil }
                            } else if q1.y == y && q0.y == y && min(q0.x, q1.x) <= x && x <= max(q0.x, q1.x) {
                                return nil
                            }
                        } else if q1.y <= y {
                            let o = orient(q0, q1, p)
                            if o < 0 { w -= 1 } else if o == 0 { return nil }
                        }
                    }
                    return w
                }
            }
            guard let w = result else { return .uncertain }
            winding += w
        }
        return winding != 0 ? .inside : .outside
    }

    /// Whether `p` is nearer than `margin` to the segment q0 → q1.
    @inline(__always)
    static func tooClose(_ p: Point2, _ q0: Point2, _ q1: Point2, _ margin: Double) -> Bool {
        if p.x < min(q0.x, q1.x) - margin || p.x > max(q0.x, q1.x) + margin
            || p.y < min(q0.y, q1.y) - margin || p.y > max(q0.y, q1.y) + margin
        {
            return false
        }
        let dx = q1.x - q0.x, dy = q1.y - q0.y
        let length2 = dx * dx + dy * dy
        var t = length2 > 0 ? ((p.x - q0.x) * dx + (p.y - q0.y) * dy) / length2 : 0
        t = min(max(t, 0), 1)
        let ex = q0.x + t * dx - p.x, ey = q0.y + t * dy - p.y
        return ex * ex + ey * ey < margin * margin
    }

    // MARK: - Helpers

    struct Point2: Equatable {
        var x: Double
        var y: Double
        init(_ x: Double, _ y: Double) {
            self.x = x
            self.y = y
        }
    }

    @inline(__always)
    static func orient(_ a: Point2, _ b: Point2, _ c: Point2) -> Int {
        ExactOrientation.sign(a.x, a.y, b.x, b.y, c.x, c.y)
    }

    /// Whether `p`, known to lie on the line p0–p1, lies on the closed segment.
    @inline(__always)
    static func within(_ p: Point2, _ p0: Point2, _ p1: Point2) -> Bool {
        if p0.x != p1.x { return min(p0.x, p1.x) <= p.x && p.x <= max(p0.x, p1.x) }
        return min(p0.y, p1.y) <= p.y && p.y <= max(p0.y, p1.y)
    }

    /// Parameter of `p` along p0 → p1 (on the line), from the coordinate that changes more.
    @inline(__always)
    static func parameter(_ p: Point2, _ p0: Point2, _ p1: Point2) -> Double {
        let dx = p1.x - p0.x, dy = p1.y - p0.y
        return abs(dx) >= abs(dy) ? (p.x - p0.x) / dx : (p.y - p0.y) / dy
    }
}

extension PolygonalShape {
    /// Start vertices of the edges whose bounding box meets `envelope`.
    func edges(near envelope: Envelope, into result: inout [Int]) {
        result.removeAll(keepingCapacity: true)
        let xs = self.xs, ys = self.ys, ringStart = self.ringStart, ringEnvelopes = self.ringEnvelopes
        for r in 0..<ringCount where ringEnvelopes[r].intersects(envelope) {
            for v in ringStart[r]..<(ringStart[r + 1] - 1) {
                let x0 = xs[v], x1 = xs[v + 1], y0 = ys[v], y1 = ys[v + 1]
                if max(x0, x1) < envelope.minX || min(x0, x1) > envelope.maxX
                    || max(y0, y1) < envelope.minY || min(y0, y1) > envelope.maxY
                {
                    continue
                }
                result.append(v)
            }
        }
    }
}
