/// One or more polygons (with holes) as flat coordinate arrays: the input of `AreaKernel`.
///
/// Every ring is closed (its last vertex repeats the first), has no two equal consecutive vertices and is
/// oriented so that the interior lies to its left: shells counter-clockwise, holes clockwise. Built from a
/// `Geometry` (polygon or multipolygon) or from WKB (`PolygonalShape.read(wkb:)`), no GEOS object involved.
/// The kernel's answers are only meaningful for valid polygons (OGC simple features); `isCertainlyValid`
/// recognises the common valid case exactly and leaves every doubt to GEOS.
public struct PolygonalShape: Sendable, Equatable {
    public private(set) var xs: [Double]
    public private(set) var ys: [Double]
    /// Ring `r` spans vertices `ringStart[r] ..< ringStart[r + 1]`.
    public private(set) var ringStart: [Int]
    /// Polygon `p` owns rings `polygonStart[p] ..< polygonStart[p + 1]`; the first is its shell.
    public private(set) var polygonStart: [Int]
    public private(set) var ringEnvelopes: [Envelope]
    /// Twice each ring's signed area after orientation: positive for shells, negative for holes.
    public private(set) var ringDoubleArea: [Double]
    public let envelope: Envelope
    /// Area (shells minus holes), summed per ring from the ring's first vertex like `GEOSArea`.
    public let area: Double

    public var ringCount: Int { ringStart.count - 1 }
    public var polygonCount: Int { polygonStart.count - 1 }
    public var vertexCount: Int { xs.count }

    /// Why a geometry has no shape.
    public enum Refusal: Error, Equatable {
        /// Not a polygon or multipolygon (or empty).
        case notPolygonal
        /// A coordinate is NaN or infinite.
        case nonFinite
        /// A ring with fewer than 3 distinct consecutive vertices, not closed, or without area.
        case degenerateRing
    }

    /// The shape of a polygon or multipolygon.
    public init(_ geometry: Geometry) throws(Refusal) {
        switch geometry {
        case .polygon(let p): try self.init(polygons: [p])
        case .multiPolygon(let m): try self.init(polygons: m.polygons)
        default: throw .notPolygonal
        }
    }

    public init(polygons: [Polygon]) throws(Refusal) {
        var xs: [Double] = [], ys: [Double] = []
        var ringStart = [0], polygonStart = [0]
        var envelopes: [Envelope] = [], doubleAreas: [Double] = []
        for polygon in polygons {
            if polygon.exterior.isEmpty { continue }
            for (k, ring) in ([polygon.exterior] + polygon.holes).enumerated() {
                guard let first = ring.first, let last = ring.last else { throw .degenerateRing }
                guard first == last else { throw .degenerateRing }
                let start = xs.count
                var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
                for c in ring {
                    guard c.x.isFinite, c.y.isFinite else { throw .nonFinite }
                    if xs.count > start, xs[xs.count - 1] == c.x, ys[ys.count - 1] == c.y { continue }
                    xs.append(c.x)
                    ys.append(c.y)
                    minX = min(minX, c.x)
                    minY = min(minY, c.y)
                    maxX = max(maxX, c.x)
                    maxY = max(maxY, c.y)
                }
                guard xs.count - start >= 4 else { throw .degenerateRing }
                var twice = Self.doubleSignedArea(xs, ys, start, xs.count)
                guard twice != 0, twice.isFinite else { throw .degenerateRing }
                // Shells counter-clockwise (positive), holes clockwise (negative).
                if (k == 0) != (twice > 0) {
                    xs[start...].reverse()
                    ys[start...].reverse()
                    twice = -twice
                }
                ringStart.append(xs.count)
                envelopes.append(Envelope(minX: minX, minY: minY, maxX: maxX, maxY: maxY))
                doubleAreas.append(twice)
            }
            polygonStart.append(ringStart.count - 1)
        }
        guard var envelope = envelopes.first else { throw .notPolygonal }
        for e in envelopes.dropFirst() { envelope.expand(toInclude: e) }
        self.xs = xs
        self.ys = ys
        self.ringStart = ringStart
        self.polygonStart = polygonStart
        self.ringEnvelopes = envelopes
        self.ringDoubleArea = doubleAreas
        self.envelope = envelope
        self.area = doubleAreas.reduce(0, +) / 2
    }

    /// Twice the signed area of the closed ring `start ..< end`, from its first vertex (positive when
    /// counter-clockwise).
    static func doubleSignedArea(_ xs: [Double], _ ys: [Double], _ start: Int, _ end: Int) -> Double {
        let ox = xs[start], oy = ys[start]
        var sum = 0.0
        for i in (start + 1)..<(end - 1) {
            sum += (xs[i] - ox) * (ys[i + 1] - oy) - (xs[i + 1] - ox) * (ys[i] - oy)
        }
        return sum
    }

    /// The shape as a geometry (polygon, or multipolygon for several), rings in the shape's orientation.
    public var geometry: Geometry {
        var polygons: [Polygon] = []
        for p in 0..<polygonCount {
            var rings: [[Coordinate]] = []
            for r in polygonStart[p]..<polygonStart[p + 1] {
                rings.append((ringStart[r]..<ringStart[r + 1]).map { Coordinate(xs[$0], ys[$0]) })
            }
            polygons.append(Polygon(exterior: rings[0], holes: Array(rings.dropFirst())))
        }
        return polygons.count == 1 ? .polygon(polygons[0]) : .multiPolygon(MultiPolygon(polygons))
    }

    /// The polygon that owns ring `r`.
    func polygon(ofRing r: Int) -> Int {
        var p = 0
        while polygonStart[p + 1] <= r { p += 1 }
        return p
    }
}
