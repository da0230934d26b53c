import Foundation
import ParcelCheckKit
import TestSupport
import Testing

/// The same checks give the same reports from a remote source as from the sample GeoPackage, for every kind of
/// remote source, each against a real server on loopback started for its case and stopped afterwards:
/// - PostGIS: PostgreSQL 15 with PostGIS (`Tests/support/pg-test-server.sh`, about 3 s) holding the whole
///   sample GeoPackage in schema `kataster` with its fids and CRS; parcels and all layers come from it.
/// - OGC API Features: pygeoapi (`Tests/support/oapif-test-server.sh`) serving four layers reprojected to CRS84
///   with their fids as feature ids; the same up to the reprojection round trip.
/// - WFS 2.0: MapServer (`Tests/support/wfs-test-server.sh`) serving four layers, each in its own CRS, and
///   asked for the working CRS.
///
/// The servers need Debian's postgresql-15, postgresql-15-postgis-3, python3-venv, python3-gdal, cgi-mapserver
/// and gdal-bin, and pygeoapi (`make test-deps`); without them a case fails, it does not skip. What else each
/// source must do (filters, paging, failures, caches) is in `PostGISTests`, `OGCAPITests` and `WFSTests`.
@Suite(.serialized) struct RemoteSourceParityTests {
    /// Parcels to compare: the README's example, partial overlaps with the layer stored in EPSG:31467
    /// (Landschaftsschutzgebiet) and the one in EPSG:4326 (Raumordnung), a biotope next to a buffered water
    /// body, and a development plan in a water protection zone.
    static let parcels = [
        "Lüneburg 12 45/3", "03272600300031______", "032722010000150008__", "032722003000080007__",
        "032735004000260001__",
    ]

    @Test(arguments: RemoteSource.allCases)
    func reportsMatchTheGeoPackage(_ source: RemoteSource) throws {
        try Self.expectSameReports(from: source.server)
    }

    static func expectSameReports<Server: RemoteSourceServer>(from _: Server.Type) throws {
        try Server.withStarted { server in
            let fromFile = try ParcelChecker(catalog: Server.geoPackageCatalog())
            let fromServer = try ParcelChecker(catalog: server.serverCatalog())
            var affected = Set<String>()
            for parcel in parcels {
                let expected = try fromFile.check(parcel: parcel).report
                let actual = try fromServer.check(parcel: parcel).report
                try server.expectSameAnswers(actual, as: expected, parcel: parcel)
                affected.formUnion(expected.layers.filter { $0.affected == true }.map(\.layer))
            }
            // The parcels must keep exercising these layers, or the comparison proves little.
            for layer in Server.layersToCover {
                #expect(affected.contains(layer), "no test parcel is affected by \(layer) any more: pick others")
            }
        }
    }
}

/// The kinds of remote source a catalog layer may name.
enum RemoteSource: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case postGIS = "PostGIS"
    case ogcAPIFeatures = "OGC API Features"
    case wfs = "WFS"

    /// The test server that serves this kind of source.
    var server: any RemoteSourceServer.Type {
        switch self {
        case .postGIS: PGTestServer.self
        case .ogcAPIFeatures: OAPIFTestServer.self
        case .wfs: WFSTestServer.self
        }
    }

    var testDescription: String { rawValue }
}

/// A test server as the parity test uses it: the catalog to read from it, the GeoPackage catalog to compare
/// with, and what "the same answers" means for its kind of source.
protocol RemoteSourceServer: StartableServer {
    /// The sample catalog with the layers this server holds read from it.
    func serverCatalog() throws -> Catalog
    /// The same catalog with every layer read from the sample GeoPackage.
    static func geoPackageCatalog() throws -> Catalog
    /// Layers some test parcel must be affected by, so that the comparison covers them.
    static var layersToCover: [String] { get }
    /// Expects `actual`, checked against this server, to give the answers of `expected`, checked against the
    /// GeoPackage, for `parcel`.
    func expectSameAnswers(_ actual: CheckReport, as expected: CheckReport, parcel: String) throws
}

extension PGTestServer: RemoteSourceServer {
    func serverCatalog() throws -> Catalog { try catalog() }

    static func geoPackageCatalog() throws -> Catalog { try TestCatalogs.sample() }

    /// The reprojected layers, and a few others.
    static let layersToCover = ["landschaftsschutzgebiete", "raumordnung", "biotope", "gewaesser", "bebauungsplaene"]

    /// The same report (`ReportComparison.expectSame`), with the server named but never its password.
    func expectSameAnswers(_ actual: CheckReport, as expected: CheckReport, parcel: String) throws {
        ReportComparison.expectSame(actual, expected, parcel: parcel)
        let json = try #require(String(data: try actual.jsonData(), encoding: .utf8))
        #expect(!json.contains(password), "the password must not appear in the report")
        for source in actual.sources {
            #expect(source.path.hasPrefix("PG:host=127.0.0.1 port=\(port) "), "\(source.path)")
            #expect(source.path.contains("password_env=\(passwordVariable)"))
            #expect(source.modified == nil)
        }
    }
}

extension OAPIFTestServer: RemoteSourceServer {
    func serverCatalog() throws -> Catalog { try catalog() }

    static func geoPackageCatalog() throws -> Catalog { try fileCatalog() }

    static var layersToCover: [String] { servedLayers }

    /// The same layers with areas to 1 cm² (the CRS84 round trip), the service named as the source.
    func expectSameAnswers(_ actual: CheckReport, as expected: CheckReport, parcel: String) throws {
        ReportComparison.expectSameLayers(
            actual, expected, parcel: parcel, areasMatch: { a, e in abs((a ?? .nan) - (e ?? .nan)) <= 0.01 })
        for source in actual.sources.dropFirst() {
            #expect(source.path.hasPrefix("OAPIF:\(url) layer="), "\(source.path)")
            #expect(source.crs == "EPSG:4326", "CRS84 is read as EPSG:4326 with lon/lat order: \(source.crs ?? "nil")")
        }
        #expect(actual.isComplete)
    }
}

extension WFSTestServer: RemoteSourceServer {
    func serverCatalog() throws -> Catalog { try catalog() }

    static func geoPackageCatalog() throws -> Catalog { try fileCatalog() }

    static var layersToCover: [String] { servedLayers }

    /// The same layers and percentages with areas to 1e-6 relative: the server sends coordinates in the working
    /// CRS to 1 µm. Dates come as text (see wfs-test-server.sh), which the JSON report shows alike.
    func expectSameAnswers(_ actual: CheckReport, as expected: CheckReport, parcel: String) throws {
        ReportComparison.expectSameLayers(
            actual, expected, parcel: parcel, areasMatch: ReportComparison.close,
            attributesMatch: { ReportComparison.json($0) == ReportComparison.json($1) })
        #expect(
            ReportComparison.close(actual.layers.map(\.overlapPercent), expected.layers.map(\.overlapPercent)),
            "\(parcel)")
        #expect(actual.isComplete)
    }
}
