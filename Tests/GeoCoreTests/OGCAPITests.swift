import Foundation
import Testing
@testable import GeoCore
@testable import ParcelCheckKit

/// Catalog layers from an OGC API Features service, against a real pygeoapi server on loopback started for
/// this suite (`Tests/support/oapif-test-server.sh`): four layers of the sample GeoPackage, reprojected to
/// CRS84 and served with their fids as feature ids. The same checks must give the same reports as from the
/// GeoPackage (up to the reprojection round trip), filters and paging must reach the server, failures must
/// make layers unavailable, and the cache must carry checks while the server is down.
///
/// WFS sources are tested against MapServer in `WFSTests`.
///
/// Needs python3-venv, python3-gdal and pygeoapi (`make test-deps`; the script installs pygeoapi on first use);
/// without them the suite fails, it does not skip.
@Suite(.serialized, .oapifServer) struct OGCAPITests {
    static let layers = ["raumordnung", "landschaftsschutzgebiete", "biotope", "bebauungsplaene"]
    /// The README's example, partial overlaps with the layers stored in EPSG:31467 and EPSG:4326, a biotope and
    /// a development plan (as in the PostGIS tests).
    static let parcels = [
        "Lüneburg 12 45/3", "03272600300031______", "032722010000150008__", "032722003000080007__",
        "032735004000260001__",
    ]

    var server: OAPIFTestServer {
        get throws { try #require(OAPIFTestServer.current, "the OGC API Features test server was not started") }
    }

    // MARK: Same answers as the GeoPackage

    @Test func reportsMatchTheGeoPackage() throws {
        let server = try server
        let fromFile = try ParcelChecker(catalog: OAPIFTestServer.fileCatalog())
        let fromService = try ParcelChecker(catalog: server.catalog())
        var affected = Set<String>()
        for parcel in Self.parcels {
            let expected = try fromFile.check(parcel: parcel).report
            let actual = try fromService.check(parcel: parcel).report
            Self.expectSameLayers(actual, expected, parcel: parcel, areasMatch: { a, e in abs((a ?? .nan) - (e ?? .nan)) <= 0.01 })
            for source in actual.sources.dropFirst() {
                #expect(source.path.hasPrefix("OAPIF:\(server.url) layer="), "\(source.path)")
                #expect(source.crs == "EPSG:4326", "CRS84 is read as EPSG:4326 with lon/lat order: \(source.crs ?? "nil")")
            }
            #expect(actual.isComplete)
            affected.formUnion(expected.layers.filter { $0.affected == true }.map(\.layer))
        }
        for layer in Self.layers {
            #expect(affected.contains(layer), "no test parcel is affected by \(layer) any more: pick others")
        }
    }

    /// Expects a report read from a service to match the GeoPackage's layer by layer and feature by feature:
    /// read, affected, contact, overlap areas (`areasMatch`), fids, labels and attributes (`attributesMatch`,
    /// by default equal values of equal types). A parcel that shares a boundary with a zone is "covered" in the file but may be "overlap"
    /// (same area) after the service moved the zone's vertices by nanometres (CRS84 round trip) or rounded them.
    static func expectSameLayers(
        _ actual: CheckReport, _ expected: CheckReport, parcel: String, areasMatch: (Double?, Double?) -> Bool,
        attributesMatch: ([String: AttributeValue], [String: AttributeValue]) -> Bool = (==)
    ) {
        #expect(actual.layers.map(\.layer) == expected.layers.map(\.layer))
        for (a, e) in zip(actual.layers, expected.layers) {
            let what = "\(parcel) / \(e.layer)"
            #expect(a.status == .ok, "\(what): \(a.error ?? "")")
            #expect(a.affected == e.affected, "\(what)")
            #expect(sameContact(a.contact, e.contact), "\(what): \(String(describing: a.contact)) vs \(String(describing: e.contact))")
            #expect(areasMatch(a.overlapAreaM2, e.overlapAreaM2), "\(what): \(a.overlapAreaM2 ?? -1) vs \(e.overlapAreaM2 ?? -1)")
            #expect(a.features.map(\.fid) == e.features.map(\.fid), "\(what)")
            #expect(a.features.map(\.label) == e.features.map(\.label), "\(what)")
            for (fa, fe) in zip(a.features, e.features) {
                #expect(sameContact(fa.contact, fe.contact), "\(what) feature \(fe.fid)")
                #expect(areasMatch(fa.overlapAreaM2, fe.overlapAreaM2), "\(what) feature \(fe.fid): \(fa.overlapAreaM2) vs \(fe.overlapAreaM2)")
                #expect(attributesMatch(fa.attributes, fe.attributes), "\(what) feature \(fe.fid): \(fa.attributes) vs \(fe.attributes)")
            }
        }
    }

    /// Attributes as the JSON report writes them (a date and the same text are alike there).
    static func json(_ attributes: [String: AttributeValue]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? encoder.encode(attributes)).map { String(decoding: $0, as: UTF8.self) } ?? "\(attributes)"
    }

    static func sameContact(_ a: Contact?, _ b: Contact?) -> Bool {
        a == b || (Set([a, b]) == Set([Contact.covers, Contact.overlap]))
    }

    // MARK: Filters and paging on the server

    @Test func bboxGoesToTheServerAndPagesAreFollowed() throws {
        let server = try server
        let area = Envelope(minX: 588_000, minY: 5_896_000, maxX: 596_000, maxY: 5_904_000)
        // The service filters by the area's envelope in CRS84, which holds the area and a little more.
        let toUTM = try CoordinateTransformer(from: .wgs84, to: .etrs89UTM32)
        let lonLat = try toUTM.inverseTransform(area.expanded(by: 0.01))
        let file = ThemeLoader(workingCRS: .etrs89UTM32)
        let fileTheme = Catalog.ThemeLayer(name: "biotope", source: OAPIFTestServer.sampleData.path + ":biotope")
        let expected = try file.load(fileTheme, area: area)
        let around = try file.load(fileTheme, area: toUTM.transform(lonLat))
        #expect(expected.features.count > 30, "the area should hold several pages of biotopes")

        let logStart = server.logSize()
        let theme = Catalog.ThemeLayer(name: "biotope", source: server.location("biotope", pageSize: 10))
        let loaded = try ThemeLoader(workingCRS: .etrs89UTM32).load(theme, area: area)
        let fids = Set(loaded.features.map(\.fid))
        #expect(Set(expected.features.map(\.fid)).isSubset(of: fids))
        #expect(fids.isSubset(of: Set(around.features.map(\.fid))))

        let requests = server.requests(since: logStart).filter { $0.contains("/collections/biotope/items") }
        let withBBox = requests.filter { $0.contains("bbox=") }
        #expect(!withBBox.isEmpty, "no items request with bbox=: \(requests)")
        // The bbox is the area in CRS84 (lon, lat), not in the working CRS.
        if let first = withBBox.first, let box = Self.bbox(in: first) {
            #expect(abs(box.minX - lonLat.minX) < 1e-9 && abs(box.maxY - lonLat.maxY) < 1e-9, "\(first) vs \(lonLat)")
        } else {
            Issue.record("no bbox in \(withBBox)")
        }
        let pages = withBBox.filter { $0.contains("limit=10") }
        #expect(pages.count >= expected.features.count / 10, "paging: \(pages.count) requests for \(expected.features.count) features")
        #expect(pages.contains { $0.contains("offset=10") } && pages.contains { $0.contains("offset=20") })
    }

    static func bbox(in request: String) -> Envelope? {
        guard let match = request.firstMatch(of: #/bbox=([-0-9.eE+]+),([-0-9.eE+]+),([-0-9.eE+]+),([-0-9.eE+]+)/#),
            let x1 = Double(match.output.1), let y1 = Double(match.output.2), let x2 = Double(match.output.3),
            let y2 = Double(match.output.4)
        else { return nil }
        return Envelope(minX: x1, minY: y1, maxX: x2, maxY: y2)
    }

    // MARK: Failures

    @Test func stoppedServerMakesLayersUnavailable() throws {
        let server = try server
        var catalog = try server.catalog(url: "http://127.0.0.1:\(OAPIFTestServer.unusedPort())")
        catalog.layers = catalog.layers.map { layer in
            var layer = layer
            var location = VectorSourceLocation(parsing: layer.source)
            location.timeoutSeconds = 3
            layer.source = location.text
            return layer
        }
        let report = try ParcelChecker(catalog: catalog).check(parcel: Self.parcels[0]).report
        #expect(!report.isComplete)
        for layer in report.layers {
            #expect(layer.status == .unavailable && layer.affected == nil, "\(layer.layer)")
            let message = layer.error ?? ""
            #expect(message.contains("OAPIF:http://127.0.0.1:") && message.contains("layer=\(layer.layer)"), "\(message)")
        }
    }

    @Test func slowServerTimesOut() throws {
        try SilentListener.expectTimeout { port in "OAPIF:http://127.0.0.1:\(port) layer=biotope timeout_s=1" }
    }

    // MARK: Cache

    @Test func cacheCarriesChecksWhileTheServerIsDown() throws {
        let server = try server
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oapif-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cachePath = folder.appendingPathComponent("cache.gpkg").path
        var catalog = try server.catalog()
        for i in catalog.layers.indices { catalog.layers[i].cache = .init(path: cachePath, maxAgeHours: 24) }
        let parcel = Self.parcels[1]
        let expected = try ParcelChecker(catalog: OAPIFTestServer.fileCatalog()).check(parcel: parcel).report

        // First check: fetched from the server into the cache.
        let first = try ParcelChecker(catalog: catalog).check(parcel: parcel).report
        #expect(first.isComplete)
        #expect(first.notes.filter { $0.contains("fetched into cache") }.count == Self.layers.count, "\(first.notes)")
        let entry = try #require(LayerCache(path: cachePath).entry(for: "biotope"))
        #expect(entry.featureCount == 362)
        #expect(entry.source == "OAPIF:\(server.url) layer=biotope")

        try server.pause()
        var resumed = false
        defer { if !resumed { try? server.resume() } }

        // Server down, cache fresh: the same report, with the note.
        let cached = try ParcelChecker(catalog: catalog).check(parcel: parcel).report
        #expect(cached.isComplete)
        #expect(cached.notes.filter { $0.contains("from cache") && $0.contains("fetched") }.count == Self.layers.count, "\(cached.notes)")
        for (a, e) in zip(cached.layers, expected.layers) {
            #expect(a.affected == e.affected && a.features.map(\.fid) == e.features.map(\.fid), "\(e.layer)")
            #expect(abs((a.overlapAreaM2 ?? .nan) - (e.overlapAreaM2 ?? .nan)) <= 0.01, "\(e.layer)")
        }
        for source in cached.sources.dropFirst() {
            #expect(source.path.hasPrefix("OAPIF:\(server.url)"), "the source is the service, not the cache file")
            #expect(source.modified != nil)
        }

        // Server down, cache older than max_age_h: still used, never silently.
        var stale = catalog
        for i in stale.layers.indices { stale.layers[i].cache?.maxAgeHours = 0 }
        let old = try ParcelChecker(catalog: stale).check(parcel: parcel).report
        #expect(old.isComplete)
        #expect(old.notes.filter { $0.contains("server unreachable") && $0.contains("older than max age 0 h") }.count == Self.layers.count, "\(old.notes)")

        // Server down, no cache: unavailable, exit code 4 in the CLI.
        var none = catalog
        for i in none.layers.indices { none.layers[i].cache = .init(path: folder.appendingPathComponent("leer.gpkg").path, maxAgeHours: 24) }
        let missing = try ParcelChecker(catalog: none).check(parcel: parcel).report
        #expect(missing.layers.allSatisfy { $0.status == .unavailable && $0.affected == nil })
        #expect(missing.layers.allSatisfy { $0.error?.contains("no cached copy") == true })

        try server.resume()
        resumed = true
    }

    @Test func catalogKeysForWebServices() throws {
        let yaml = """
            parcels: {source: lueneburg.gpkg:flurstuecke}
            defaults: {timeout_s: 7, page_size: 50, cache: {path: cache.gpkg, max_age_h: 12}}
            layers:
              - {name: a, source: "OAPIF:http://127.0.0.1:5000", layer: biotope}
              - {name: b, source: "OAPIF:http://127.0.0.1:5000", layer: raumordnung, timeout_s: 2, page_size: 10, cache: {path: /tmp/x.gpkg}}
              - {name: c, source: "WFS:http://127.0.0.1:8080/wfs?", layer: "ns:gebiete"}
              - {name: d, source: lueneburg.gpkg:biotope}
            """
        let catalog = try PostGISTests.load(yaml)
        #expect(catalog.layers[0].source == "OAPIF:http://127.0.0.1:5000 layer=biotope timeout_s=7 page_size=50")
        #expect(catalog.layers[0].cache?.maxAgeHours == 12)
        #expect(catalog.layers[0].cache?.path.hasSuffix("/cache.gpkg") == true)
        #expect(catalog.layers[1].source == "OAPIF:http://127.0.0.1:5000 layer=raumordnung timeout_s=2 page_size=10")
        #expect(catalog.layers[1].cache == .init(path: "/tmp/x.gpkg", maxAgeHours: 24))
        let wfs = VectorSourceLocation(parsing: catalog.layers[2].source)
        #expect(wfs.source == "WFS:http://127.0.0.1:8080/wfs?" && wfs.layer == "ns:gebiete" && wfs.isWebService)
        #expect(catalog.layers[3].cache == nil)
        #expect(throws: CatalogError.self) { try PostGISTests.load("parcels: {source: a.gpkg}\nlayers: [{name: x, source: b.gpkg, timeout_s: 3}]") }
    }
}

// MARK: - The test server

/// The server `Tests/support/oapif-test-server.sh` started, and its access log.
struct OAPIFTestServer: Sendable {
    @TaskLocal static var current: OAPIFTestServer?

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let script = repository.appendingPathComponent("Tests/support/oapif-test-server.sh")
    static let sampleData = repository.appendingPathComponent("sample-data/lueneburg.gpkg")
    static let sampleCatalog = repository.appendingPathComponent("sample-data/catalog.yaml")

    var directory: String
    var url: String
    var logPath: String

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func start() throws -> OAPIFTestServer {
        guard FileManager.default.fileExists(atPath: sampleData.path) else {
            throw Failure(description: "sample-data/lueneburg.gpkg is missing: run make sample-data")
        }
        let output = try run(["start", sampleData.path] + OGCAPITests.layers)
        let values = SupportScript.values(in: output)
        guard let directory = values["OAPIF_DIR"], let url = values["OAPIF_URL"], let log = values["OAPIF_LOG"] else {
            throw Failure(description: "oapif-test-server.sh start printed no server info:\n\(output)")
        }
        return OAPIFTestServer(directory: directory, url: url, logPath: log)
    }

    func pause() throws { try Self.run(["pause", directory]) }
    func resume() throws { try Self.run(["resume", directory]) }
    func stop() { _ = try? Self.run(["stop", directory]) }

    func location(_ collection: String, url: String? = nil, pageSize: Int? = nil) -> String {
        var location = VectorSourceLocation(connection: "OAPIF:\(url ?? self.url)", layer: collection)
        location.pageSize = pageSize
        return location.text
    }

    /// The sample catalog restricted to the served layers.
    static func fileCatalog(layers: [String] = OGCAPITests.layers) throws -> Catalog {
        var catalog = try Catalog.load(path: sampleCatalog.path)
        catalog.layers = catalog.layers.filter { layers.contains($0.name) }
        return catalog
    }

    /// `fileCatalog()` with the served layers read from the service (parcels stay in the GeoPackage).
    func catalog(url: String? = nil) throws -> Catalog {
        var catalog = try Self.fileCatalog()
        for i in catalog.layers.indices { catalog.layers[i].source = location(catalog.layers[i].name, url: url) }
        return catalog
    }

    func logSize() -> Int { SupportScript.logSize(logPath) }

    /// The request lines (`GET /path?query`) logged since `offset`.
    func requests(since offset: Int) -> [String] { SupportScript.requests(inLog: logPath, since: offset) }

    /// Runs the helper script (see `SupportScript`).
    @discardableResult
    static func run(_ arguments: [String]) throws -> String {
        try SupportScript.run(script, arguments)
    }

    static func unusedPort() -> Int { PGTestServer.unusedPort() }
}

/// A loopback TCP port that accepts connections (the kernel's backlog) but never answers: a hung service.
final class SilentListener: Sendable {
    let descriptor: Int32
    let port: Int

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let port = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw -> Int in
                guard bind(fd, raw, length) == 0, listen(fd, 16) == 0, getsockname(fd, raw, &length) == 0 else { return 0 }
                return Int(UInt16(bigEndian: pointer.pointee.sin_port))
            }
        }
        guard port > 0 else {
            Glibc.close(fd)
            throw OAPIFTestServer.Failure(description: "cannot listen on a loopback port")
        }
        self.descriptor = fd
        self.port = port
    }

    func close() { Glibc.close(descriptor) }

    /// Loads the layer `biotope` from `source(port)` (a service URL with `timeout_s=1`) on a silent port and
    /// expects a timeout within seconds: `CheckError` with exit code 4, naming the address and the layer.
    static func expectTimeout(_ source: (Int) -> String) throws {
        let silent = try SilentListener()
        defer { silent.close() }
        let theme = Catalog.ThemeLayer(name: "biotope", source: source(silent.port))
        let start = Date()
        let error = try #require(throws: CheckError.self) {
            try ThemeLoader(workingCRS: .etrs89UTM32).load(theme, area: nil)
        }
        let elapsed = Date().timeIntervalSince(start)
        #expect(elapsed < 1 + 5, "took \(elapsed) s")
        #expect(error.isUnreadableSource)
        #expect(error.description.contains("127.0.0.1:\(silent.port)") && error.description.contains("layer=biotope"), "\(error)")
        #expect(error.description.lowercased().contains("timed out") || error.description.lowercased().contains("timeout"), "\(error)")
    }
}

extension OAPIFTestServer: SuiteServer {
    static var currentBinding: TaskLocal<OAPIFTestServer?> { $current }
}

extension Trait where Self == SuiteServerTrait<OAPIFTestServer> {
    /// A pygeoapi server with four sample layers, for the suite.
    static var oapifServer: Self { Self() }
}
