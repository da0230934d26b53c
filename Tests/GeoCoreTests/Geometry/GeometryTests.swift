import Foundation
import GeoCore
import Testing

/// Small shapes of every type, shared by the WKT, WKB and GeoJSON tests.
enum GeometrySamples {
    static func c(_ x: Double, _ y: Double) -> Coordinate { Coordinate(x, y) }

    /// 10×10 square, counter-clockwise, with a 2×2 hole at (2, 2), clockwise.
    static let squareWithHole = Polygon(
        exterior: [c(0, 0), c(10, 0), c(10, 10), c(0, 10), c(0, 0)],
        holes: [[c(2, 2), c(2, 4), c(4, 4), c(4, 2), c(2, 2)]])
    static let triangle = Polygon(exterior: [c(20, 0), c(23, 0), c(20, 4), c(20, 0)])

    static let point = Geometry.point(Point(x: 1.5, y: -2))
    static let line = Geometry.lineString(LineString([c(0, 0), c(3, 4), c(6, 0)]))
    static let polygon = Geometry.polygon(squareWithHole)
    static let multiPoint = Geometry.multiPoint(MultiPoint([Point(x: 0, y: 0), Point(x: 1, y: 1)]))
    static let multiLine = Geometry.multiLineString(
        MultiLineString([LineString([c(0, 0), c(1, 1)]), LineString([c(2, 2), c(3, 2), c(3, 3)])]))
    static let multiPolygon = Geometry.multiPolygon(MultiPolygon([squareWithHole, triangle]))
    static let collection = Geometry.geometryCollection(
        GeometryCollection([point, line, polygon, .geometryCollection(GeometryCollection([multiPoint]))]))

    /// Every type, plus the empty forms that survive a round trip.
    static let named: [(String, Geometry)] = [
        ("point", point), ("line", line), ("polygon with hole", polygon), ("multipoint", multiPoint),
        ("multilinestring", multiLine), ("multipolygon", multiPolygon), ("collection", collection),
        ("empty line", .lineString(LineString([]))), ("empty polygon", .polygon(Polygon(exterior: []))),
        ("empty multipoint", .multiPoint(MultiPoint([]))),
        ("empty collection", .geometryCollection(GeometryCollection([]))),
    ]
}

/// Runs `body`, expecting `GEOSError.parse` for `format` whose message contains `fragment`; returns the message.
@discardableResult
func expectGEOSParseError(
    format: String, containing fragment: String = "", sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () throws -> Void
) -> String? {
    let error = #expect(throws: GEOSError.self, sourceLocation: sourceLocation) { try body() }
    guard case .parse(let actualFormat, let message)? = error else {
        if let error {
            Issue.record("expected .parse(format: \"\(format)\", …), got \(error)", sourceLocation: sourceLocation)
        }
        return nil
    }
    #expect(actualFormat == format, sourceLocation: sourceLocation)
    // Foundation's `String.contains("")` is false, hence the check for an empty fragment.
    #expect(fragment.isEmpty || message.contains(fragment), "message: \(message)", sourceLocation: sourceLocation)
    return message
}

/// Expects `body` to throw `GeoJSONError` whose message contains `fragment`; returns the message.
@discardableResult
func expectGeoJSONError(
    containing fragment: String = "", sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void
) -> String? {
    let error = #expect(throws: GeoJSONError.self, sourceLocation: sourceLocation) { try body() }
    guard let message = error?.message else { return nil }
    #expect(fragment.isEmpty || message.contains(fragment), "message: \(message)", sourceLocation: sourceLocation)
    return message
}

/// The geometry value types, their WKT/WKB round trips through GEOS, and the envelope helpers.
@Suite struct GeometryValueTests {
    typealias S = GeometrySamples
    static func c(_ x: Double, _ y: Double) -> Coordinate { Coordinate(x, y) }

    // MARK: WKT and WKB

    @Test(arguments: GeometrySamples.named)
    func wktRoundTrip(name: String, geometry: Geometry) throws {
        let text = try geometry.wkt()
        #expect(try Geometry(wkt: text) == geometry, "\(name): \(text)")
    }

    @Test(arguments: GeometrySamples.named)
    func wkbRoundTrip(name: String, geometry: Geometry) throws {
        #expect(try Geometry(wkb: geometry.wkb()) == geometry, "\(name)")
    }

    @Test func readsHandWrittenWKT() throws {
        #expect(try Geometry(wkt: "POINT (1.5 -2)") == S.point)
        #expect(try Geometry(wkt: "LINESTRING(0 0,3 4,6 0)") == S.line)
        #expect(try Geometry(wkt: "POLYGON((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,4 2,2 2))") == S.polygon)
        #expect(try Geometry(wkt: "MULTIPOINT((0 0),(1 1))") == S.multiPoint)
        #expect(try Geometry(wkt: "MULTILINESTRING((0 0,1 1),(2 2,3 2,3 3))") == S.multiLine)
        #expect(
            try Geometry(wkt: "MULTIPOLYGON(((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,4 2,2 2)),((20 0,23 0,20 4,20 0)))")
                == S.multiPolygon)
        // Z is dropped on input.
        #expect(try Geometry(wkt: "POINT Z (1.5 -2 7)") == S.point)
    }

    @Test func writesKnownWKT() throws {
        #expect(try S.point.wkt() == "POINT (1.5 -2)")
        #expect(try S.polygon.wkt() == "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2))")
        #expect(try Geometry.point(Point(x: 1.23456, y: 0)).wkt(precision: 2) == "POINT (1.23 0)")
    }

    @Test func wkbOfPointIsLittleEndianISO() throws {
        // byte order 1 (NDR), type 1 (Point) as UInt32 LE, then x and y as Float64 LE: 1 + 4 + 16 = 21 bytes.
        let bytes = try S.point.wkb()
        #expect(bytes.count == 21)
        #expect(Array(bytes[0..<5]) == [1, 1, 0, 0, 0])
        #expect(Array(bytes[5..<13]) == withUnsafeBytes(of: (1.5).bitPattern.littleEndian, Array.init))
    }

    @Test func emptyPointReadsAsEmptyMultiPoint() throws {
        // Documented on `Geometry`: there is no empty Point value.
        #expect(try Geometry(wkt: "POINT EMPTY") == .multiPoint(MultiPoint([])))
    }

    @Test func malformedWKTIsAParseError() {
        expectGEOSParseError(format: "WKT") { _ = try Geometry(wkt: "POLYGON((0 0, 1 1") }
        expectGEOSParseError(format: "WKT") { _ = try Geometry(wkt: "CIRCLE(0 0, 1)") }
        expectGEOSParseError(format: "WKT") { _ = try Geometry(wkt: "") }
    }

    @Test func garbageWKBIsAParseError() {
        expectGEOSParseError(format: "WKB") { _ = try Geometry(wkb: [0x01, 0x02, 0x03]) }
        expectGEOSParseError(format: "WKB") { _ = try Geometry(wkb: []) }
        // A valid header announcing a point, then too few bytes for its ordinates.
        expectGEOSParseError(format: "WKB") { _ = try Geometry(wkb: [1, 1, 0, 0, 0, 0, 0]) }
    }

    @Test func badRingsAreUnsupportedInGEOS() {
        let c = Self.c
        let open = Geometry.polygon(Polygon(exterior: [c(0, 0), c(1, 0), c(1, 1), c(0, 1)]))
        let short = Geometry.polygon(Polygon(exterior: [c(0, 0), c(1, 0), c(0, 0)]))
        let shortLine = Geometry.lineString(LineString([c(0, 0)]))
        let badHole = Geometry.polygon(
            Polygon(exterior: S.squareWithHole.exterior, holes: [[c(2, 2), c(3, 3), c(2, 2)]]))
        for bad in [open, short, shortLine, badHole] {
            let error = #expect(throws: GEOSError.self) { _ = try GeometryContext().handle(bad) }
            guard case .unsupported? = error else {
                Issue.record("expected .unsupported for \(bad), got \(String(describing: error))")
                continue
            }
        }
    }

    // MARK: Envelope

    @Test func envelopeCovering() {
        let c = Self.c
        #expect(Envelope(covering: [Coordinate]()) == nil)
        #expect(Envelope(covering: [c(3, -1)]) == Envelope(minX: 3, minY: -1, maxX: 3, maxY: -1))
        let e = Envelope(covering: [c(3, -1), c(-2, 5), c(0, 0)])
        #expect(e == Envelope(minX: -2, minY: -1, maxX: 3, maxY: 5))
        #expect(e?.width == 5)
        #expect(e?.height == 6)
        #expect(e?.center == c(0.5, 2))
    }

    @Test func envelopeIntersectsAndExpands() {
        let a = Envelope(minX: 0, minY: 0, maxX: 10, maxY: 10)
        #expect(a.intersects(Envelope(minX: 5, minY: 5, maxX: 15, maxY: 15)))
        #expect(a.intersects(Envelope(minX: 10, minY: 0, maxX: 20, maxY: 10)))  // shared edge counts
        #expect(a.intersects(Envelope(minX: 2, minY: 2, maxX: 3, maxY: 3)))  // contained
        #expect(!a.intersects(Envelope(minX: 10.5, minY: 0, maxX: 20, maxY: 10)))
        #expect(!a.intersects(Envelope(minX: 0, minY: -5, maxX: 10, maxY: -0.1)))

        #expect(a.expanded(by: 1) == Envelope(minX: -1, minY: -1, maxX: 11, maxY: 11))
        #expect(a.expanded(by: 1).intersects(Envelope(minX: 10.5, minY: 0, maxX: 20, maxY: 10)))

        var b = a
        b.expand(toInclude: Self.c(-3, 12))
        #expect(b == Envelope(minX: -3, minY: 0, maxX: 10, maxY: 12))
        b.expand(toInclude: Envelope(minX: 0, minY: -1, maxX: 1, maxY: 1))
        #expect(b == Envelope(minX: -3, minY: -1, maxX: 10, maxY: 12))
        #expect(a.polygon.exterior.first == a.polygon.exterior.last)
        #expect(Geometry.polygon(a.polygon).envelope == a)
    }

    // MARK: Geometry properties

    @Test func geometryEnvelope() {
        #expect(S.point.envelope == Envelope(minX: 1.5, minY: -2, maxX: 1.5, maxY: -2))
        #expect(S.multiPolygon.envelope == Envelope(minX: 0, minY: 0, maxX: 23, maxY: 10))
        #expect(S.collection.envelope == Envelope(minX: 0, minY: -2, maxX: 10, maxY: 10))
        #expect(Geometry.multiPoint(MultiPoint([])).envelope == nil)
        #expect(Geometry.polygon(Polygon(exterior: [])).envelope == nil)
    }

    @Test func isEmpty() {
        for (name, geometry) in GeometrySamples.named {
            #expect(geometry.isEmpty == name.hasPrefix("empty"), "\(name)")
        }
        // A collection of empty parts is empty; one non-empty part makes it non-empty.
        let emptyParts = Geometry.geometryCollection(
            GeometryCollection([.lineString(LineString([])), .multiPoint(MultiPoint([]))]))
        #expect(emptyParts.isEmpty)
        #expect(!Geometry.geometryCollection(GeometryCollection([.lineString(LineString([])), S.point])).isEmpty)
        #expect(Geometry.multiLineString(MultiLineString([LineString([])])).isEmpty)
    }

    @Test func mapCoordinatesKeepsStructure() {
        let shifted = S.collection.mapCoordinates { Coordinate($0.x + 100, $0.y * 2) }
        guard case .geometryCollection(let parts) = shifted else {
            Issue.record("type changed: \(shifted.typeName)")
            return
        }
        #expect(parts.geometries.map(\.typeName) == ["Point", "LineString", "Polygon", "GeometryCollection"])
        #expect(parts.geometries[0] == .point(Point(x: 101.5, y: -4)))
        guard case .polygon(let p) = parts.geometries[2] else {
            Issue.record("part 2 is not a polygon")
            return
        }
        #expect(p.holes.count == 1)
        #expect(p.holes[0][0] == Self.c(102, 4))
        #expect(shifted.coordinates.count == S.collection.coordinates.count)
        #expect(shifted.envelope == Envelope(minX: 100, minY: -4, maxX: 110, maxY: 20))

        // Identity gives back the same value; a throwing transform throws.
        #expect(S.multiPolygon.mapCoordinates { $0 } == S.multiPolygon)
        struct Stop: Error {}
        #expect(throws: Stop.self) { _ = try S.line.mapCoordinates { _ in throw Stop() } }
    }
}
