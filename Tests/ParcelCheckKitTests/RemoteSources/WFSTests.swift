import Foundation
import GeoCore
import ParcelCheckKit
import TestSupport
import Testing

/// Catalog layers from a WFS 2.0 service, against a real MapServer on loopback started for this suite
/// (`WFSTestServer`): four layers of the sample GeoPackage, each in its own CRS (the Landschaftsschutzgebiete in
/// EPSG:31467, the Raumordnung in EPSG:4326) with EPSG:25832 offered as another CRS, and the GeoPackage fids as
/// feature ids. That the checks give the GeoPackage's reports is `RemoteSourceParityTests`; here: the
/// provenance, the bbox and the paging must reach the server, the working CRS must be asked for, and failures
/// must make layers unavailable.
///
/// Needs Debian's cgi-mapserver, python3-gdal and gdal-bin (`make deps`); without them the suite fails, it does
/// not skip.
@Suite(.serialized, .wfsServer) struct WFSTests {
    static let layers = WFSTestServer.servedLayers
    static let parcels = RemoteSourceParityTests.parcels

    var server: WFSTestServer {
        get throws { try #require(WFSTestServer.current, "the WFS test server was not started") }
    }

    @Test func provenanceNamesTheServiceItsCRSCountAndTimestamp() throws {
        let server = try server
        let file = try WFSTestServer.fileCatalog()
        let report = try ParcelChecker(catalog: server.catalog()).check(parcel: Self.parcels[0]).report
        #expect(report.sources.count == 1 + Self.layers.count, "\(report.sources.map(\.layer))")
        for source in report.sources.dropFirst() {
            #expect(source.path == "WFS:\(server.url) layer=\(source.layer)", "\(source.path)")
            // Asked for in the working CRS: the layers stored in 31467 and 4326 too.
            #expect(source.crs == "EPSG:25832", "\(source.layer): \(source.crs ?? "nil")")
            let theme = try #require(file.layers.first { $0.name == source.layer })
            let stored = try VectorDataset.openLayer(theme.source)
            #expect(source.featureCount == stored.featureCount, "\(source.layer): numberMatched from the server")
            #expect(source.modified == server.updated, "\(source.layer): the capabilities' updateSequence")
        }
    }

    // MARK: Filters, paging and CRS on the server

    @Test func bboxGoesToTheServerAndPagesAreFollowed() throws {
        let server = try server
        let area = Envelope(minX: 592_000, minY: 5_898_000, maxX: 595_000, maxY: 5_901_000)
        let file = ThemeLoader(workingCRS: .etrs89UTM32)
        let fileTheme = Catalog.ThemeLayer(name: "biotope", source: Repository.sampleData.path + ":biotope")
        let expected = try file.load(fileTheme, area: area)
        let total = try file.load(fileTheme, area: nil).features.count
        #expect(
            expected.features.count > 10 && expected.features.count < total / 4,
            "\(expected.features.count) of \(total)")

        let logStart = server.logSize()
        let theme = Catalog.ThemeLayer(name: "biotope", source: server.location("biotope", pageSize: 5))
        let loaded = try ThemeLoader(workingCRS: .etrs89UTM32).load(theme, area: area)
        #expect(loaded.features.map(\.fid).sorted() == expected.features.map(\.fid).sorted())

        let pages = server.requests(since: logStart).filter {
            $0.contains("REQUEST=GetFeature") && !$0.contains("RESULTTYPE=hits")
        }
        #expect(!pages.isEmpty && pages.allSatisfy { $0.contains("COUNT=5") }, "\(pages)")
        // Every page carries the bbox filter, so the server returns the area's features only: a few pages of 5,
        // not the whole layer's.
        let boxes = pages.compactMap(Self.filterEnvelope)
        #expect(boxes.count == pages.count, "a GetFeature without a bbox filter: \(pages)")
        if let box = boxes.first {
            #expect(box.srsName?.hasSuffix("25832") ?? true, "\(box)")
            #expect(
                Self.encloses(box.envelope, area) && Self.encloses(area.expanded(by: 1), box.envelope),
                "\(box.envelope) vs \(area)")
        }
        #expect(
            pages.count <= expected.features.count / 5 + 2,
            "\(pages.count) pages for \(expected.features.count) features")
        #expect(
            pages.contains { $0.contains("STARTINDEX=5") } && pages.contains { $0.contains("STARTINDEX=10") },
            "\(pages)")
    }

    @Test func wholeLayerIsReadInPages() throws {
        let server = try server
        let logStart = server.logSize()
        let layer = try VectorDataset.openLayer(server.location("biotope", pageSize: 50))
        let fids = try layer.features().map(\.fid)
        let stored = try VectorDataset.openLayer(Repository.sampleData.path + ":biotope").features().map(\.fid)
        #expect(fids.count == stored.count && Set(fids) == Set(stored), "\(fids.count) of \(stored.count)")
        let pages = server.requests(since: logStart).filter {
            $0.contains("REQUEST=GetFeature") && $0.contains("COUNT=50")
        }
        #expect(pages.count >= (stored.count + 49) / 50, "\(pages.count) pages for \(stored.count) features")
    }

    @Test func workingCRSIsRequestedWhenOffered() throws {
        let server = try server
        // The feature type's DefaultCRS is its own EPSG:31467; EPSG:25832 is an OtherCRS.
        let plain = try VectorDataset.openLayer(server.location("landschaftsschutzgebiete"))
        #expect(plain.crs == .gaussKruger3)
        let offered = try #require(plain.dataset.wfsCapabilities?.crsByFeatureType[plain.name])
        #expect(offered == [31467, 25832, 4326], "\(offered)")

        let logStart = server.logSize()
        let area = Envelope(minX: 590_000, minY: 5_897_000, maxX: 596_000, maxY: 5_904_000)
        let theme = Catalog.ThemeLayer(
            name: "landschaftsschutzgebiete", source: server.location("landschaftsschutzgebiete"))
        let loaded = try ThemeLoader(workingCRS: .etrs89UTM32).load(theme, area: area)
        #expect(loaded.source.crs == "EPSG:25832")
        let pages = server.requests(since: logStart).filter {
            $0.contains("REQUEST=GetFeature") && !$0.contains("RESULTTYPE=hits")
        }
        #expect(!pages.isEmpty && pages.allSatisfy { $0.contains("SRSNAME=urn:ogc:def:crs:EPSG::25832") }, "\(pages)")
        let box = try #require(pages.compactMap(Self.filterEnvelope).first, "no bbox filter in \(pages)")
        // In EPSG:25832 (eastings near 590 km), not in the DefaultCRS 31467 (Rechtswerte near 3590 km).
        #expect(
            (box.srsName?.hasSuffix("25832") ?? true) && Self.encloses(box.envelope, area),
            "the filter is in the working CRS: \(box)")
        #expect(box.envelope.maxX < 1_000_000, "\(box)")

        // A CRS the server does not offer is not asked for: the DefaultCRS stays, GeoCore transforms.
        let gk4 = CoordinateReferenceSystem(unchecked: "EPSG:31468")
        #expect(plain.wfsLocation(requesting: gk4) == nil)
        #expect(plain.wfsLocation(requesting: .gaussKruger3) == nil, "already delivered in it")
    }

    static func encloses(_ outer: Envelope, _ inner: Envelope) -> Bool {
        outer.minX <= inner.minX && outer.minY <= inner.minY && outer.maxX >= inner.maxX && outer.maxY >= inner.maxY
    }

    /// The `srsName` (GDAL 3.6 writes none: the request's CRS applies) and envelope of the BBOX in a GetFeature
    /// request's FES filter (`FILTER=` parameter).
    static func filterEnvelope(in request: String) -> (srsName: String?, envelope: Envelope)? {
        guard let decoded = request.removingPercentEncoding,
            let match = decoded.firstMatch(
                of:
                    #/<BBOX>.*<gml:Envelope(?: srsName="([^"]+)")?[^>]*>\s*<gml:lowerCorner>([-0-9.eE+]+) ([-0-9.eE+]+)</gml:lowerCorner>\s*<gml:upperCorner>([-0-9.eE+]+) ([-0-9.eE+]+)</#
            ),
            let x1 = Double(match.output.2), let y1 = Double(match.output.3), let x2 = Double(match.output.4),
            let y2 = Double(match.output.5)
        else { return nil }
        return (match.output.1.map(String.init), Envelope(minX: x1, minY: y1, maxX: x2, maxY: y2))
    }

    @Test func cacheKeepsTheCopyInTheWorkingCRS() throws {
        let server = try server
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wfs-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cachePath = folder.appendingPathComponent("cache.gpkg").path
        var catalog = try server.catalog()
        for i in catalog.layers.indices { catalog.layers[i].cache = .init(path: cachePath, maxAgeHours: 24) }
        let parcel = Self.parcels[1]
        let expected = try ParcelChecker(catalog: WFSTestServer.fileCatalog()).check(
            parcel: parcel
        ).report
        let report = try ParcelChecker(catalog: catalog).check(parcel: parcel).report
        #expect(report.notes.filter { $0.contains("fetched into cache") }.count == Self.layers.count, "\(report.notes)")
        ReportComparison.expectSameLayers(
            report, expected, parcel: parcel, areasMatch: ReportComparison.close,
            attributesMatch: { ReportComparison.json($0) == ReportComparison.json($1) })
        // The whole feature type was fetched, in the working CRS although it is stored in EPSG:31467.
        let cache = LayerCache(path: cachePath)
        #expect(cache.entry(for: "landschaftsschutzgebiete")?.featureCount == 2)
        #expect(try cache.openLayer("landschaftsschutzgebiete").crs == .etrs89UTM32)
    }

    // MARK: Failures

    @Test func stoppedServerMakesLayersUnavailable() throws {
        let server = try server
        var catalog = try server.catalog(url: "http://127.0.0.1:\(LoopbackPort.unused())/wfs")
        for i in catalog.layers.indices {
            var location = VectorSourceLocation(parsing: catalog.layers[i].source)
            location.timeoutSeconds = 3
            catalog.layers[i].source = location.text
        }
        let report = try ParcelChecker(catalog: catalog).check(parcel: Self.parcels[0]).report
        #expect(!report.isComplete)
        #expect(report.layers.count == Self.layers.count)
        for layer in report.layers {
            #expect(layer.status == .unavailable && layer.affected == nil, "\(layer.layer)")
            let message = layer.error ?? ""
            #expect(message.contains("WFS:http://127.0.0.1:") && message.contains("layer=\(layer.layer)"), "\(message)")
        }
    }

    @Test func unknownTypeNameMakesTheLayerUnavailable() throws {
        let server = try server
        var catalog = try server.catalog()
        catalog.layers[0].source = server.location("ms:gibt_es_nicht")
        let report = try ParcelChecker(catalog: catalog).check(parcel: Self.parcels[0]).report
        let missing = report.layers[0]
        #expect(missing.status == .unavailable && missing.affected == nil)
        let message = missing.error ?? ""
        #expect(message.contains("gibt_es_nicht") && message.contains("WFS:\(server.url)"), "\(message)")
        #expect(message.contains("ms:biotope"), "the message lists the feature types there are: \(message)")
        #expect(report.layers.dropFirst().allSatisfy { $0.status == .ok }, "the other layers are still read")
    }

    @Test func slowServerTimesOut() throws {
        try SilentListener.expectTimeout { port in "WFS:http://127.0.0.1:\(port)/wfs layer=biotope timeout_s=1" }
    }
}
