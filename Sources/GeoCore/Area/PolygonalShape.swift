/// One or more polygons (with holes) as flat coordinate arrays: the input of `AreaKernel`.
///
/// Every ring is closed (its last vertex repeats the first), has no two equal consecutive vertices and is
/// oriented so that the interior lies to its left: shells counter-clockwise, holes clockwise. Built from a
/// `Geometry` (polygon or multipolygon) or from WKB (`PolygonalShape.read(wkb:)`), no GEOS object involved.
/// The kernel's answers are only meaningful for valid polygons (OGC simple features); `isCertainlyValid`
/// recognises the common valid case exactly and leaves every doubt to GEOS.
public struct PolygonalShape: Sendable, Equatable {
    /// The arrays live in one immutable object, so a copy of a shape (out of a layer's array, into a call)
    /// costs one reference count, not six.
    final class Storage: Sendable {
        let xs: [Double]
        let ys: [Double]
        let ringStart: [Int]
        let polygonStart: [Int]
        let ringEnvelopes: [Envelope]
        let ringDoubleArea: [Double]

        init(
            xs: [Double], ys: [Double], ringStart: [Int], polygonStart: [Int], ringEnvelopes: [Envelope],
            ringDoubleArea: [Double]
        ) {
            self.xs = xs
            self.ys = ys
            self.ringStart = ringStart
            self.polygonStart = polygonStart
            self.ringEnvelopes = ringEnvelopes
            self.ringDoubleArea = ringDoubleArea
        }
    }

    let storage: Storage
    public var xs: [Double] { storage.xs }
    public var ys: [Double] { storage.ys }
    /// Ring `r` spans vertices `ringStart[r] ..< ringStart[r + 1]`.
    public var ringStart: [Int] { storage.ringStart }
    /// Polygon `p` owns rings `polygonStart[p] ..< polygonStart[p + 1]`; the first is its shell.
    public var polygonStart: [Int] { storage.polygonStart }
    public var ringEnvelopes: [Envelope] { storage.ringEnvelopes }
    /// Twice each ring's signed area after orientation: positive for shells, negative for holes.
    public var ringDoubleArea: [Double] { storage.ringDoubleArea }
    public let envelope: Envelope
    /// Area (shells minus holes), summed per ring from the ring's first vertex like `GEOSArea`.
    public let area: Double

    public static func == (a: Self, b: Self) -> Bool {
        a.storage === b.storage
            || (a.xs == b.xs && a.ys == b.ys && a.ringStart == b.ringStart && a.polygonStart == b.polygonStart)
    }

    public var ringCount: Int { storage.ringStart.count - 1 }
    public var polygonCount: Int { storage.polygonStart.count - 1 }
    public var vertexCount: Int { storage.xs.count }

    /// Why a geometry has no shape.
    public enum Refusal: Error, Equatable {
        /// Not a polygon or multipolygon (or empty).
        case notPolygonal
        /// A coordinate is NaN or infinite.
        case nonFinite
        /// A ring with fewer than 3 distinct consecutive vertices, not closed, or without area; holes without a
        /// shell.
        case degenerateRing
        /// A coordinate beyond ±2⁴⁰⁰ or a non-zero one within ±2⁻⁴⁰⁰: outside the range in which
        /// `ExactOrientation` is exact (its products would overflow or lose their rounding error).
        case outOfRange
    }

    /// The magnitudes `ExactOrientation` decides exactly (products of two coordinates stay far from overflow
    /// and underflow).
    static let largestCoordinate = 0x1p400
    static let smallestCoordinate = 0x1p-400

    @inline(__always)
    static func inRange(_ v: Double) -> Bool {
        let m = abs(v)
        return m <= largestCoordinate && (m >= smallestCoordinate || m == 0)
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
        var builder = Builder()
        for polygon in polygons {
            if polygon.exterior.isEmpty {
                guard polygon.holes.allSatisfy(\.isEmpty) else { throw .degenerateRing }  // GEOS refuses it too
                continue
            }
            for (k, ring) in ([polygon.exterior] + polygon.holes).enumerated() {
                try builder.addRing(count: ring.count, shell: k == 0) { (ring[$0].x, ring[$0].y) }
            }
            builder.endPolygon()
        }
        self = try builder.build()
    }

    init(storage: Storage, envelope: Envelope, area: Double) {
        self.storage = storage
        self.envelope = envelope
        self.area = area
    }

    /// Collects rings into the flat arrays: consecutive repeated points dropped, orientation normalised.
    struct Builder {
        var xs: [Double] = [], ys: [Double] = []
        var ringStart = [0], polygonStart = [0]
        var envelopes: [Envelope] = [], doubleAreas: [Double] = []

        /// Adds a ring of `count` points given by `point(i)`; the first ring of a polygon is its shell.
        mutating func addRing(count: Int, shell: Bool, _ point: (Int) -> (Double, Double)) throws(Refusal) {
            guard count > 0 else { throw .degenerateRing }
            let start = xs.count
            var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
            let (firstX, firstY) = point(0)
            var lastX = firstX, lastY = firstY
            for i in 0..<count {
                let (x, y) = point(i)
                guard x.isFinite, y.isFinite else { throw .nonFinite }
                guard PolygonalShape.inRange(x), PolygonalShape.inRange(y) else { throw .outOfRange }
                lastX = x
                lastY = y
                if xs.count > start, xs[xs.count - 1] == x, ys[ys.count - 1] == y { continue }
                xs.append(x)
                ys.append(y)
                minX = min(minX, x)
                minY = min(minY, y)
                maxX = max(maxX, x)
                maxY = max(maxY, y)
            }
            guard firstX == lastX, firstY == lastY, xs.count - start >= 4 else { throw .degenerateRing }
            var twice = PolygonalShape.doubleSignedArea(xs, ys, start, xs.count)
            guard twice != 0, twice.isFinite else { throw .degenerateRing }
            // Shells counter-clockwise (positive), holes clockwise (negative).
            if shell != (twice > 0) {
                xs[start...].reverse()
                ys[start...].reverse()
                twice = -twice
            }
            ringStart.append(xs.count)
            envelopes.append(Envelope(minX: minX, minY: minY, maxX: maxX, maxY: maxY))
            doubleAreas.append(twice)
        }

        mutating func endPolygon() {
            if polygonStart.last != ringStart.count - 1 { polygonStart.append(ringStart.count - 1) }
        }

        func build() throws(Refusal) -> PolygonalShape {
            guard var envelope = envelopes.first else { throw .notPolygonal }
            for e in envelopes.dropFirst() { envelope.expand(toInclude: e) }
            return PolygonalShape(
                storage: Storage(
                    xs: xs, ys: ys, ringStart: ringStart, polygonStart: polygonStart, ringEnvelopes: envelopes,
                    ringDoubleArea: doubleAreas),
                envelope: envelope, area: doubleAreas.reduce(0, +) / 2)
        }
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
        let xs = self.xs, ys = self.ys, ringStart = self.ringStart, polygonStart = self.polygonStart
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
}
