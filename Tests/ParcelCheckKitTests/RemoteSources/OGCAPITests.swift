import Foundation
import GeoCore
import ParcelCheckKit
import TestSupport
import Testing

/// Catalog layers from an OGC API Features service, against a real pygeoapi server on loopback started for
/// this suite (`OAPIFTestServer`): four layers of the sample GeoPackage, reprojected to CRS84 and served with
/// their fids as feature ids. That the checks give the GeoPackage's reports is `RemoteSourceParityTests`; here:
/// filters and paging must reach the server, failures must make layers unavailable, and the cache must carry
/// checks while the server is down.
///
/// WFS sources are tested against MapServer in `WFSTests`.
///
/// Needs python3-venv, python3-gdal and pygeoapi (`make test-deps`; the script installs pygeoapi on first use);
/// without them the suite fails, it does not skip.
@Suite(.serialized, .oapifServer) struct OGCAPITests {
    static let layers = OAPIFTestServer.servedLayers
    static let parcels = RemoteSourceParityTests.parcels

    var server: OAPIFTestServer {
        get throws { try #require(OAPIFTestServer.current, "the OGC API Features test server was not started") }
    }

    // MARK: Filters and paging on the server

    @Test func bboxGoesToTheServerAndPagesAreFollowed() throws {
        let server = try server
        let area = Envelope(minX: 588_000, minY: 5_896_000, maxX: 596_000, maxY: 5_904_000)
        // The service filters by the area's envelope in CRS84, which holds the area and a little more.
        let toUTM = try CoordinateTransformer(from: .wgs84, to: .etrs89UTM32)
        let lonLat = try toUTM.inverseTransform(area.expanded(by: 0.01))
        let file = ThemeLoader(workingCRS: .etrs89UTM32)
        let fileTheme = Catalog.ThemeLayer(name: "biotope", source: Repository.sampleData.path + ":biotope")
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
        var catalog = try server.catalog(url: "http://127.0.0.1:\(LoopbackPort.unused())")
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
}
