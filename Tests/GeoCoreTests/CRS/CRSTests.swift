import GeoCore
import Testing

/// Reference values come from the `cs2cs` CLI of the same PROJ installation (9.1.1, offline, with
/// /usr/share/proj/BETA2007.gsb), e.g. `echo "5904000 3593000" | cs2cs -d 3 EPSG:31467 EPSG:25832`.
/// `cs2cs` uses the EPSG axis order (northing first for EPSG:31467, latitude first for EPSG:4326);
/// `CoordinateTransformer` always takes x/y.
@Suite struct CRSTests {
    /// The helper CRS without the BETA2007 grid: DHDN / Gauss-Krüger 3 with the 7-parameter Helmert shift.
    static let gaussKruger3Helmert = CoordinateReferenceSystem(
        unchecked: "+proj=tmerc +lat_0=0 +lon_0=9 +k=1 +x_0=3500000 +y_0=0 +ellps=bessel "
            + "+towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs")

    // MARK: Known points

    @Test func wgs84ToUTM32AndBack() throws {
        let forward = try CoordinateTransformer(from: .wgs84, to: .etrs89UTM32)
        let utm = try forward.transform(Coordinate(9, 50))
        expectClose(utm, Coordinate(500_000.0, 5_538_630.70), within: 0.01)

        let inverse = try CoordinateTransformer(from: .etrs89UTM32, to: .wgs84)
        expectClose(try inverse.transform(utm), Coordinate(9, 50), within: 1e-8)
    }

    @Test func gaussKrugerToUTM32UsesBETA2007Grid() throws {
        let transformer = try CoordinateTransformer(from: .gaussKruger3, to: .etrs89UTM32)
        let withGrid = try transformer.transform(Coordinate(3_593_000, 5_904_000))
        // cs2cs: 592892.106 5902077.454. Tighter than the grid/Helmert difference below, so it proves the grid.
        expectClose(withGrid, Coordinate(592_892.106, 5_902_077.454), within: 0.01)
        #expect(transformer.description.contains("hgridshift"))
        #expect(transformer.description.contains("BETA2007"))

        let helmert = try CoordinateTransformer(from: Self.gaussKruger3Helmert, to: .etrs89UTM32)
        let withoutGrid = try helmert.transform(Coordinate(3_593_000, 5_904_000))
        // cs2cs with the same PROJ string: 592891.494 5902077.167.
        expectClose(withoutGrid, Coordinate(592_891.494, 5_902_077.167), within: 0.01)
        #expect(!helmert.description.contains("hgridshift"))
        // The grid moves this point by about 0.68 m.
        #expect(distance(withGrid, withoutGrid) > 0.1)
    }

    /// With an area of interest (Lüneburg, in Gauss-Krüger 3) the transformer settles on PROJ's best direct
    /// operation before any point is transformed, and it is the operation the per-point choice uses there:
    /// the same BETA2007 pipeline and the same coordinates, to the last bit, for points across the area.
    @Test func areaOfInterestSettlesOnTheOperationThePerPointChoiceUses() throws {
        let lueneburg = Envelope(minX: 3_580_000, minY: 5_890_000, maxX: 3_600_000, maxY: 5_910_000)
        let settled = try CoordinateTransformer(from: .gaussKruger3, to: .etrs89UTM32, areaOfInterest: lueneburg)
        let perPoint = try CoordinateTransformer(from: .gaussKruger3, to: .etrs89UTM32)
        #expect(settled.description.contains("BETA2007"), "\(settled.description)")
        #expect(perPoint.description == "unavailable until proj_trans is called")
        let points = (0...4).flatMap { i in
            (0...4).map { j in Coordinate(3_580_000 + Double(i) * 5_000, 5_890_000 + Double(j) * 5_000) }
        }
        #expect(try settled.transform(points) == perPoint.transform(points))
        #expect(perPoint.description == settled.description)
        // cs2cs: 592892.106 5902077.454 (see gaussKrugerToUTM32UsesBETA2007Grid).
        expectClose(try settled.transform(Coordinate(3_593_000, 5_904_000)), Coordinate(592_892.106, 5_902_077.454), within: 0.01)
    }

    /// A point the settled operation cannot transform (here: far outside the BETA2007 grid) makes the
    /// transformer fall back to the per-point choice instead of failing: same outcome as without an area.
    @Test func pointOutsideTheSettledOperationFallsBackToThePerPointChoice() throws {
        let lueneburg = Envelope(minX: 3_580_000, minY: 5_890_000, maxX: 3_600_000, maxY: 5_910_000)
        let settled = try CoordinateTransformer(from: .gaussKruger3, to: .etrs89UTM32, areaOfInterest: lueneburg)
        #expect(settled.description.contains("BETA2007"))
        let perPoint = try CoordinateTransformer(from: .gaussKruger3, to: .etrs89UTM32)
        let far = Coordinate(3_300_000, 5_000_000)  // south-west of the grid's extent
        let expected = try perPoint.transform(far)
        #expect(try settled.transform(far) == expected)
        #expect(!settled.description.contains("BETA2007"), "\(settled.description)")
        // Inside the grid the per-point choice still takes the grid.
        expectClose(try settled.transform(Coordinate(3_593_000, 5_904_000)), Coordinate(592_892.106, 5_902_077.454), within: 0.01)
    }

    /// An area no single direct operation covers (here: larger than Germany) falls back to the per-point
    /// choice, which gives the same result as without an area.
    @Test func areaBeyondTheBestOperationFallsBackToThePerPointChoice() throws {
        let huge = Envelope(minX: 2_000_000, minY: 4_000_000, maxX: 5_000_000, maxY: 7_000_000)
        let fallback = try CoordinateTransformer(from: .gaussKruger3, to: .etrs89UTM32, areaOfInterest: huge)
        #expect(fallback.description == "unavailable until proj_trans is called")
        let perPoint = try CoordinateTransformer(from: .gaussKruger3, to: .etrs89UTM32)
        let point = Coordinate(3_593_000, 5_904_000)
        #expect(try fallback.transform(point) == perPoint.transform(point))
    }

    @Test func utm32WithZonePrefixToUTM32() throws {
        // EPSG:4647 is ETRS89 / UTM 32N with false easting 32 500 000 m; cs2cs gives 592892.1060 5902077.4540.
        let transformer = try CoordinateTransformer(
            from: CoordinateReferenceSystem("EPSG:4647"), to: .etrs89UTM32)
        let result = try transformer.transform(Coordinate(32_592_892.106, 5_902_077.454))
        expectClose(result, Coordinate(592_892.106, 5_902_077.454), within: 0.001)
    }

    @Test func webMercatorRoundTrip() throws {
        let webMercator = try CoordinateReferenceSystem("EPSG:3857")
        let forward = try CoordinateTransformer(from: .wgs84, to: webMercator)
        let inverse = try CoordinateTransformer(from: webMercator, to: .wgs84)
        let hanover = Coordinate(9.7320, 52.3759)
        let projected = try forward.transform(hanover)
        // Spherical formula: x = R·λ with R = 6378137 m.
        #expect(abs(projected.x - 6_378_137 * hanover.x * .pi / 180) < 1e-6)
        expectClose(try inverse.transform(projected), hanover, within: 1e-9)
    }

    @Test func identityFastPath() throws {
        let transformer = try CoordinateTransformer(from: .etrs89UTM32, to: .etrs89UTM32)
        #expect(transformer.isIdentity)
        #expect(transformer.description == "identity")
        let c = Coordinate(592_892.106, 5_902_077.454)
        #expect(try transformer.transform(c) == c)
        #expect(try transformer.transform([c, c]) == [c, c])
    }

    // MARK: Bulk, geometries and envelopes

    @Test func bulkMatchesSinglePoints() throws {
        let transformer = try CoordinateTransformer(from: .gaussKruger3, to: .etrs89UTM32)
        let points = Self.gaussKrugerGrid(count: 50)
        let bulk = try transformer.transform(points)
        #expect(bulk.count == points.count)
        for (point, result) in zip(points, bulk) {
            #expect(try transformer.transform(point) == result)
        }
        #expect(try transformer.transform([Coordinate]()) == [])
    }

    @Test func polygonKeepsStructureAndEnvelopeContainsIt() throws {
        let shell = [
            Coordinate(450_000, 5_800_000), Coordinate(550_000, 5_800_000), Coordinate(550_000, 5_900_000),
            Coordinate(450_000, 5_900_000), Coordinate(450_000, 5_800_000),
        ]
        let hole = [
            Coordinate(480_000, 5_830_000), Coordinate(480_000, 5_870_000), Coordinate(520_000, 5_870_000),
            Coordinate(480_000, 5_830_000),
        ]
        let polygon = Geometry.polygon(Polygon(exterior: shell, holes: [hole]))
        let transformer = try CoordinateTransformer(from: .etrs89UTM32, to: .wgs84)

        guard case .polygon(let result) = try transformer.transform(polygon) else {
            Issue.record("not a polygon")
            return
        }
        #expect(result.holes.count == 1)
        #expect(result.exterior.count == shell.count)
        #expect(result.holes[0].count == hole.count)
        #expect(result.exterior.first == result.exterior.last)
        #expect(result.holes[0].first == result.holes[0].last)
        #expect(result.exterior[1] == (try transformer.transform(shell[1])))

        let sourceEnvelope = try #require(polygon.envelope)
        let envelope = try transformer.transform(sourceEnvelope)
        for c in result.rings.joined() {
            #expect(envelope.minX <= c.x && c.x <= envelope.maxX)
            #expect(envelope.minY <= c.y && c.y <= envelope.maxY)
        }
        // Densified edges matter: along the northern edge (constant northing) latitude peaks on the central
        // meridian (x = 500 000 m), between the corners.
        let corners = try transformer.transform(sourceEnvelope.polygon.exterior)
        #expect(envelope.maxY > corners.map(\.y).max() ?? .infinity)
    }

    @Test func collectionKeepsVertexOrder() throws {
        let collection = Geometry.geometryCollection(GeometryCollection([
            .point(Point(x: 8, y: 52)),
            .lineString(LineString([Coordinate(8.1, 52.1), Coordinate(8.2, 52.2)])),
            .multiPolygon(MultiPolygon([
                Polygon(exterior: [
                    Coordinate(9, 53), Coordinate(9.1, 53), Coordinate(9.1, 53.1), Coordinate(9, 53),
                ]),
            ])),
        ]))
        let transformer = try CoordinateTransformer(from: .wgs84, to: .etrs89UTM32)
        let bulk = try transformer.transform(collection)
        let pointwise = try collection.mapCoordinates { c throws(PROJError) in try transformer.transform(c) }
        #expect(bulk == pointwise)
    }

    // MARK: Bad input

    @Test func unknownEPSGCode() {
        let error = #expect(throws: PROJError.self) { try CoordinateReferenceSystem("EPSG:999999") }
        guard case .unknownCRS(let definition, let message)? = error else {
            Issue.record("expected unknownCRS, got \(String(describing: error))")
            return
        }
        #expect(definition == "EPSG:999999")
        #expect(message.contains("crs not found"))
    }

    @Test func nonsenseDefinition() {
        let error = #expect(throws: PROJError.self) { try CoordinateReferenceSystem("nonsense") }
        guard case .unknownCRS? = error else {
            Issue.record("expected unknownCRS, got \(String(describing: error))")
            return
        }
        #expect(throws: PROJError.self) { try CoordinateReferenceSystem(unchecked: "nonsense").validated() }
        #expect(throws: PROJError.self) {
            try CoordinateTransformer(from: .wgs84, to: CoordinateReferenceSystem(unchecked: "nonsense"))
        }
    }

    @Test func pointOutsideDomainFails() throws {
        let transformer = try CoordinateTransformer(from: .wgs84, to: .etrs89UTM32)
        // PROJ returns HUGE_VAL and sets errno ("Invalid coordinate"); cs2cs prints "* *".
        let single = #expect(throws: PROJError.self) { try transformer.transform(Coordinate(9, 100)) }
        guard case .transformFailed(let function, _)? = single else {
            Issue.record("expected transformFailed, got \(String(describing: single))")
            return
        }
        #expect(function == "proj_trans_generic")

        let points = [Coordinate(9, 50), Coordinate(9, 51), Coordinate(9, 100), Coordinate(9, 52)]
        let bulk = #expect(throws: PROJError.self) { try transformer.transform(points) }
        guard case .transformFailed(_, let message)? = bulk else {
            Issue.record("expected transformFailed, got \(String(describing: bulk))")
            return
        }
        #expect(message.contains("point 2 of 4"))

        // The transformer stays usable after a failure.
        expectClose(try transformer.transform(Coordinate(9, 50)), Coordinate(500_000.0, 5_538_630.70), within: 0.01)
    }

    // MARK: CRS facts

    @Test func crsNameAndKind() throws {
        #expect(try CoordinateReferenceSystem.etrs89UTM32.name == "ETRS89 / UTM zone 32N")
        #expect(try CoordinateReferenceSystem.wgs84.isGeographic)
        #expect(try !CoordinateReferenceSystem.gaussKruger3.isGeographic)
        #expect(try !Self.gaussKruger3Helmert.isGeographic)
        #expect(try CoordinateReferenceSystem("+proj=longlat +ellps=bessel +towgs84=598.1,73.7,418.2").isGeographic)
        #expect(try CoordinateReferenceSystem("EPSG:25832").validated() == .etrs89UTM32)
    }

    // MARK: Concurrency

    @Test func transformersInParallelTasksAgree() async throws {
        let points = Self.gaussKrugerGrid(count: 1000)
        let serial = try CoordinateTransformer(from: .gaussKruger3, to: .etrs89UTM32).transform(points)

        let results = try await withThrowingTaskGroup(of: [Coordinate].self) { group in
            for _ in 0..<8 {
                group.addTask {
                    try CoordinateTransformer(from: .gaussKruger3, to: .etrs89UTM32).transform(points)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 8)
        for result in results { #expect(result == serial) }
    }

    // MARK: Helpers

    /// `count` points on a grid across Lower Saxony in Gauss-Krüger zone 3 (x/y order).
    static func gaussKrugerGrid(count: Int) -> [Coordinate] {
        let side = Int(Double(count).squareRoot().rounded(.up))
        return (0..<count).map { i in
            Coordinate(3_450_000 + Double(i % side) * 4_000, 5_750_000 + Double(i / side) * 6_000)
        }
    }
}

private func distance(_ a: Coordinate, _ b: Coordinate) -> Double {
    ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
}

private func expectClose(
    _ actual: Coordinate, _ expected: Coordinate, within tolerance: Double,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(
        abs(actual.x - expected.x) <= tolerance && abs(actual.y - expected.y) <= tolerance,
        "\(actual) is not within \(tolerance) of \(expected)", sourceLocation: sourceLocation)
}
