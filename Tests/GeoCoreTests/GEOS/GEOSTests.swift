import Foundation
import GeoCore
import Testing

/// Hand-derivable figures for the GEOS layer.
@Suite struct GEOSTests {
    let ctx = GeometryContext()

    func square(_ x: Double, _ y: Double, _ size: Double) -> Geometry {
        .polygon(Envelope(minX: x, minY: y, maxX: x + size, maxY: y + size).polygon)
    }

    @Test func areaAndLengthOfSquareWithHole() throws {
        // 10×10 square with a 2×2 hole: area 100 − 4 = 96, boundary length 40 + 8 = 48.
        let g = try ctx.read(wkt: "POLYGON((0 0,10 0,10 10,0 10,0 0),(2 2,4 2,4 4,2 4,2 2))")
        #expect(try g.area() == 96)
        #expect(try g.length() == 48)
        #expect(try g.envelope() == Envelope(minX: 0, minY: 0, maxX: 10, maxY: 10))
        #expect(try g.isValid())
    }

    @Test func lineLength() throws {
        // 3-4-5 triangle leg: length 5, area 0.
        let g = try ctx.handle(.lineString(LineString([Coordinate(0, 0), Coordinate(3, 4)])))
        #expect(try g.length() == 5)
        #expect(try g.area() == 0)
    }

    @Test func predicatesOnSquares() throws {
        let big = try ctx.handle(square(0, 0, 10))
        let inner = try ctx.handle(square(2, 2, 2))
        let edgeInner = try ctx.handle(square(0, 0, 5))  // shares part of big's boundary
        let neighbour = try ctx.handle(square(10, 0, 10))  // touches along x = 10
        let far = try ctx.handle(square(30, 30, 1))

        #expect(try big.intersects(inner))
        #expect(try big.contains(inner))
        #expect(try big.containsProperly(inner))
        #expect(try big.covers(edgeInner))
        #expect(try big.contains(edgeInner))
        #expect(try !big.containsProperly(edgeInner))  // boundary contact
        #expect(try edgeInner.coveredBy(big))
        #expect(try edgeInner.within(big))
        #expect(try big.touches(neighbour))
        #expect(try big.intersects(neighbour))
        #expect(try !big.touches(inner))
        #expect(try !big.intersects(far))
        #expect(try big.distance(to: far) == (20.0 * 20.0 + 20.0 * 20.0).squareRoot())
        #expect(try big.relate(neighbour) == "FF2F11212")
    }

    @Test func overlayAreas() throws {
        let a = try ctx.handle(square(0, 0, 10))
        let b = try ctx.handle(square(5, 5, 10))
        // Overlap 5×5 = 25; union 100 + 100 − 25 = 175; difference 100 − 25 = 75; sym. diff. 150.
        #expect(try a.intersection(b).area() == 25)
        #expect(try a.union(b).area() == 175)
        #expect(try a.difference(b).area() == 75)
        #expect(try a.symmetricDifference(b).area() == 150)
        // Unary union of overlapping parts does not double count.
        let multi = try ctx.read(wkt: "GEOMETRYCOLLECTION(POLYGON((0 0,10 0,10 10,0 10,0 0)),POLYGON((5 5,15 5,15 15,5 15,5 5)))")
        #expect(try multi.area() == 200)
        #expect(try multi.unaryUnion().area() == 175)
        #expect(try ctx.union(of: [a, b]).area() == 175)
        #expect(try ctx.union(of: []).isEmpty)
    }

    @Test func bufferOfPointApproachesCircle() throws {
        let p = try ctx.handle(.point(Point(x: 0, y: 0)))
        // A buffer with n segments per quadrant is a regular 4n-gon inscribed in the circle:
        // area = ½·N·r²·sin(2π/N).
        let n = 8.0, r = 10.0, sides = 4 * n
        let expected = 0.5 * sides * r * r * sin(2 * Double.pi / sides)
        let area = try p.buffer(r, quadrantSegments: Int(n)).area()
        #expect(abs(area - expected) < 1e-9 * expected)
        // A square buffered by 1 with many segments: 100 + 4·10·1 + π·1² (to polygon approximation).
        let sq = try ctx.handle(square(0, 0, 10)).buffer(1, quadrantSegments: 64).area()
        #expect(abs(sq - (140 + Double.pi)) < 1e-3)
    }

    @Test func simplifyDropsCollinearVertex() throws {
        let line = try ctx.read(wkt: "LINESTRING(0 0, 5 0.001, 10 0)")
        let s = try line.simplify(tolerance: 0.01)
        #expect(try s.geometry() == .lineString(LineString([Coordinate(0, 0), Coordinate(10, 0)])))
    }

    @Test func invalidBowTieIsReportedAndRepaired() throws {
        // Self-intersecting "bow tie": two triangles of area 25 each meeting at (5,5).
        let bowTie = try ctx.read(wkt: "POLYGON((0 0,10 10,10 0,0 10,0 0))")
        #expect(try !bowTie.isValid())
        let reason = try bowTie.validityReason()
        #expect(reason.contains("Self-intersection"))
        #expect(throws: GEOSError.invalidGeometry(reason: reason)) { try bowTie.requireValid() }
        let fixed = try bowTie.makeValid()
        #expect(try fixed.isValid())
        #expect(fixed.isPolygonal)
        #expect(abs(try fixed.area() - 50) < 1e-9)
    }

    @Test func makeValidKeepsPolygonsOnly() throws {
        // A polygon with a dangling spike: make-valid must not return the spike as a line.
        let spiky = try ctx.read(wkt: "POLYGON((0 0,10 0,10 10,0 10,0 5,-5 5,0 5,0 0))")
        #expect(try !spiky.isValid())
        let fixed = try spiky.makeValid()
        #expect(fixed.isPolygonal)
        #expect(try fixed.isValid())
        #expect(abs(try fixed.area() - 100) < 1e-9)
    }

    @Test func valueRoundTripThroughGEOS() throws {
        let value = Geometry.multiPolygon(MultiPolygon([
            Polygon(
                exterior: [Coordinate(0, 0), Coordinate(10, 0), Coordinate(10, 10), Coordinate(0, 10), Coordinate(0, 0)],
                holes: [[Coordinate(2, 2), Coordinate(2, 4), Coordinate(4, 4), Coordinate(4, 2), Coordinate(2, 2)]]),
            Polygon(exterior: [Coordinate(20, 20), Coordinate(21, 20), Coordinate(21, 21), Coordinate(20, 20)]),
        ]))
        let h = try ctx.handle(value)
        #expect(try h.geometry() == value)
        #expect(h.partCount == 2)
        #expect(h.typeName == "MultiPolygon")
        #expect(try h.area() == 96 + 0.5)
    }

    @Test func structuralErrorsAreTyped() throws {
        let open = Geometry.polygon(Polygon(exterior: [Coordinate(0, 0), Coordinate(1, 0), Coordinate(1, 1), Coordinate(0, 1)]))
        #expect(throws: GEOSError.self) { try ctx.handle(open) }
        let short = Geometry.lineString(LineString([Coordinate(0, 0)]))
        #expect(throws: GEOSError.self) { try ctx.handle(short) }
        #expect(throws: GEOSError.self) { try ctx.read(wkt: "POLYGON((0 0, 1 1") }
        #expect(throws: GEOSError.self) { try ctx.read(wkb: [1, 2, 3]) }
        // A failing read leaves the context usable.
        #expect(try ctx.read(wkt: "POINT(1 2)").geometry() == .point(Point(x: 1, y: 2)))
    }

    @Test func emptyGeometries() throws {
        let empty = try ctx.read(wkt: "POLYGON EMPTY")
        #expect(empty.isEmpty)
        #expect(try empty.area() == 0)
        #expect(try empty.envelope() == nil)
        let a = try ctx.handle(square(0, 0, 10))
        #expect(try !a.intersects(empty))
        #expect(try a.intersection(empty).isEmpty)
    }

    @Test func preparedPredicatesAgreeWithPlainOnes() throws {
        let zone = try ctx.read(wkt: "POLYGON((0 0,100 0,100 100,0 100,0 0),(40 40,60 40,60 60,40 60,40 40))")
        let prepared = try zone.prepared()
        for x in stride(from: -10.0, through: 100, by: 7) {
            for y in stride(from: -10.0, through: 100, by: 9) {
                let cell = try ctx.handle(square(x, y, 5))
                #expect(try prepared.intersects(cell) == zone.intersects(cell))
                #expect(try prepared.covers(cell) == zone.covers(cell))
                #expect(try prepared.contains(cell) == zone.contains(cell))
                #expect(try prepared.containsProperly(cell) == zone.containsProperly(cell))
                #expect(try prepared.touches(cell) == zone.touches(cell))
            }
        }
        let cell = try ctx.handle(square(10, 10, 5))
        #expect(try cell.prepared().coveredBy(zone))
        #expect(try cell.prepared().within(zone))
    }

    @Test func strTreeQueryMatchesBruteForce() throws {
        // 20×20 grid of 10 m squares with 1 m gaps.
        var handles: [GeometryHandle] = []
        var envelopes: [Envelope] = []
        for i in 0..<20 {
            for j in 0..<20 {
                let e = Envelope(minX: Double(i) * 11, minY: Double(j) * 11, maxX: Double(i) * 11 + 10, maxY: Double(j) * 11 + 10)
                envelopes.append(e)
                handles.append(try ctx.handle(.polygon(e.polygon)))
            }
        }
        let tree = try STRTree(handles, in: ctx)
        let queries = [
            Envelope(minX: 0, minY: 0, maxX: 10.5, maxY: 10.5),  // only cell (0,0)
            Envelope(minX: 15, minY: 15, maxX: 40, maxY: 25),  // cells i 1…3, j 1…2
            Envelope(minX: -50, minY: -50, maxX: -1, maxY: -1),  // nothing
        ]
        let expectedCounts = [1, 3 * 2, 0]
        for (q, expected) in zip(queries, expectedCounts) {
            let hits = try tree.query(q)
            let brute = envelopes.indices.filter { envelopes[$0].intersects(q) }
            #expect(hits == brute)
            #expect(hits.count == expected)
        }
    }
}
