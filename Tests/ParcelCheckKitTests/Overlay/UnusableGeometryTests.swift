import Foundation
import GeoCore
import ParcelCheckKit
import Testing

/// Geometries and systems a check must refuse, never answer: non-finite vertices and areas, places far outside
/// the working CRS's area of use, a geographic working CRS (issue 17, items 1–4).
@Suite struct UnusableGeometryTests {
    static func checker() throws -> (URL, ParcelChecker) {
        let (dir, catalog) = try OverlayTests.fixture()
        return (dir, try ParcelChecker(catalog: catalog))
    }

    static func error(_ body: () throws -> Void) -> CheckError? {
        do {
            try body()
            return nil
        } catch let error as CheckError {
            return error
        } catch {
            return nil
        }
    }

    @Test func nonFiniteVerticesAreRefused() throws {
        let (dir, checker) = try Self.checker()
        defer { try? FileManager.default.removeItem(at: dir) }
        for wkt in [
            "POLYGON((593900 5900500,nan 5900500,594000 5900600,593900 5900600,593900 5900500))",
            "POLYGON((593900 5900500,594000 inf,594000 5900600,593900 5900600,593900 5900500))",
        ] {
            let geometry = try Geometry(wkt: wkt)
            #expect(geometry.firstNonFiniteCoordinate?.index == 1, "\(wkt)")
            guard case .invalidInput(let message)? = Self.error({ _ = try checker.check(geometry: geometry, crs: .etrs89UTM32) })
            else {
                Issue.record("\(wkt) must be refused")
                continue
            }
            #expect(message.contains("vertex 2") && message.contains("not a finite number"))
        }
    }

    @Test func overflowingCoordinatesGiveNoFigure() throws {
        let (dir, checker) = try Self.checker()
        defer { try? FileManager.default.removeItem(at: dir) }
        let huge = try Geometry(wkt: "POLYGON((0 0,1e308 0,1e308 1e308,0 1e308,0 0))")
        #expect(huge.firstNonFiniteCoordinate == nil)  // finite vertices, but no finite area and no place on Earth
        guard case .invalidInput? = Self.error({ _ = try checker.check(geometry: huge, crs: .etrs89UTM32) }) else {
            Issue.record("a polygon of 1e308 m must be refused")
            return
        }
    }

    /// New York in EPSG:4326 is 80° west of UTM zone 32 (6°E–12°E); Lüneburg with latitude and longitude swapped
    /// (53.25°E, 10.4°N) is in the Arabian Sea. Both are refused; a place just east of the zone (14°E, Görlitz)
    /// is checked with a note.
    @Test func placesFarOutsideTheWorkingCRSAreRefused() throws {
        let (dir, checker) = try Self.checker()
        defer { try? FileManager.default.removeItem(at: dir) }
        func square(_ lon: Double, _ lat: Double) -> Geometry {
            .polygon(Polygon(exterior: [
                Coordinate(lon, lat), Coordinate(lon + 0.01, lat), Coordinate(lon + 0.01, lat + 0.01),
                Coordinate(lon, lat + 0.01), Coordinate(lon, lat),
            ]))
        }
        for (lon, lat) in [(-74.01, 40.70), (53.25, 10.40)] {
            guard case .invalidInput(let message)? = Self.error({ _ = try checker.check(geometry: square(lon, lat), crs: .wgs84) })
            else {
                Issue.record("(\(lon), \(lat)) must be refused")
                continue
            }
            #expect(message.contains("outside the area of use of the working CRS EPSG:25832"))
            #expect(message.contains("Europe between 6°E and 12°E"))
            #expect(message.contains("latitude and longitude swapped?"))
        }
        let east = try checker.check(geometry: square(14.0, 51.0), crs: .wgs84).report
        #expect(east.notes.contains { $0.contains("outside the area of use") && $0.contains("within 3.5°") })
        #expect(east.parcel.areaM2 > 0)
        let inside = try checker.check(geometry: square(10.4, 53.25), crs: .wgs84).report
        #expect(!inside.notes.contains { $0.contains("area of use") })
    }

    @Test func aGeographicWorkingCRSIsRefused() throws {
        let (dir, catalog) = try OverlayTests.fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        var geographic = catalog
        geographic.workingCRS = .wgs84
        guard case .invalidInput(let message)? = Self.error({ _ = try ParcelChecker(catalog: geographic) }) else {
            Issue.record("a geographic working CRS must be refused")
            return
        }
        #expect(message.contains("not a projected coordinate system"))
        #expect(try CoordinateReferenceSystem.etrs89UTM32.isProjected)
        #expect(try !CoordinateReferenceSystem.wgs84.isProjected)
        let area = try #require(try CoordinateReferenceSystem.etrs89UTM32.areaOfUse)
        #expect(area.bounds.minX == 6 && area.bounds.maxX == 12.01 && area.bounds.minY == 38.76)
    }
}
