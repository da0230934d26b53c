import Foundation
import TestSupport
import Testing

/// `parcelcheck --catalog` with four theme layers from a real WFS (MapServer, `WFSTestServer`) prints the same
/// JSON report as with the sample catalog's GeoPackage, and with the server gone it reports those layers as
/// unavailable (exit code 4), never as "not affected".
@Suite(.serialized) struct ParcelcheckWFSTests {
    static let served = WFSTestServer.servedLayers
    static let parcels = ["Lüneburg 12 45/3", "03272600300031______", "032722003000080007__"]

    @Test func jsonMatchesTheGeoPackageRunAndAStoppedServerIsExit4() throws {
        let cli = try Parcelcheck()
        let server = try WFSTestServer.start()
        defer { server.stop() }
        let url = server.url

        // The sample catalog with absolute paths, and a copy whose four served layers come from the WFS.
        let sample = try String(contentsOf: cli.catalog, encoding: .utf8)
            .replacing("lueneburg.gpkg", with: cli.sampleData.path)
        var remote = sample
        for layer in Self.served {
            // The entry's line ends after the source or goes on with a comment.
            for end in ["\n", " "] {
                remote = remote.replacing(
                    "source: \(cli.sampleData.path):\(layer)\(end)", with: "source: \"WFS:\(url) layer=\(layer)\"\(end)"
                )
            }
        }
        #expect(remote.components(separatedBy: "\"WFS:\(url) ").count - 1 == Self.served.count, "catalog:\n\(remote)")
        let fileCatalog = cli.scratch.appendingPathComponent("file.yaml")
        let wfsCatalog = cli.scratch.appendingPathComponent("wfs.yaml")
        try Data(sample.utf8).write(to: fileCatalog)
        try Data(remote.utf8).write(to: wfsCatalog)

        for parcel in Self.parcels {
            let expected = try Self.report(cli, parcel, fileCatalog, status: 0)
            let actual = try Self.report(cli, parcel, wfsCatalog, status: 0)
            let e = try #require(expected["layers"] as? [[String: Any]])
            let a = try #require(actual["layers"] as? [[String: Any]])
            #expect(a.map { $0["layer"] as? String } == e.map { $0["layer"] as? String })
            for (al, el) in zip(a, e) {
                let what = "\(parcel) / \(el["layer"] ?? "?")"
                #expect(al["status"] as? String == "ok", "\(what): \(al["error"] ?? "")")
                #expect(al["affected"] as? Bool == el["affected"] as? Bool, "\(what)")
                #expect(Self.sameContact(al["contact"], el["contact"]), "\(what)")
                #expect(
                    Self.close(al["overlap_area_m2"], el["overlap_area_m2"]),
                    "\(what): \(al["overlap_area_m2"] ?? "-") vs \(el["overlap_area_m2"] ?? "-")")
                let af = al["features"] as? [[String: Any]] ?? []
                let ef = el["features"] as? [[String: Any]] ?? []
                #expect(af.map { $0["fid"] as? Int } == ef.map { $0["fid"] as? Int }, "\(what)")
                #expect(af.map { $0["label"] as? String } == ef.map { $0["label"] as? String }, "\(what)")
                for (fa, fe) in zip(af, ef) {
                    #expect(
                        Self.close(fa["overlap_area_m2"], fe["overlap_area_m2"]), "\(what) feature \(fe["fid"] ?? "?")")
                    #expect(
                        try Self.text(fa["attributes"]) == Self.text(fe["attributes"]),
                        "\(what) feature \(fe["fid"] ?? "?")")
                }
            }
            let sources = try #require(actual["sources"] as? [[String: Any]])
            let remoteSources = sources.filter { ($0["path"] as? String)?.hasPrefix("WFS:\(url)") == true }
            #expect(Set(remoteSources.compactMap { $0["layer"] as? String }) == Set(Self.served), "\(sources)")
            for source in remoteSources {
                #expect(source["crs"] as? String == "EPSG:25832", "\(source)")
                #expect(source["modified"] as? String == server.updated, "\(source)")
            }
        }

        // The server goes away: the same command reports the four layers as unavailable and exits with 4.
        try server.pause()
        let down = try Self.report(cli, Self.parcels[0], wfsCatalog, status: 4)
        for layer in down["layers"] as? [[String: Any]] ?? [] {
            let name = layer["layer"] as? String ?? "?"
            if Self.served.contains(name) {
                // No "affected" at all (absent or null): nothing is claimed about an unread layer.
                #expect(
                    layer["status"] as? String == "unavailable" && !(layer["affected"] is Bool), "\(name): \(layer)")
                #expect((layer["error"] as? String)?.contains("WFS:\(url)") == true, "\(name): \(layer)")
            } else {
                #expect(layer["status"] as? String == "ok", "\(name)")
            }
        }
    }

    /// `parcelcheck --flurstueck PARCEL --catalog CATALOG --format json`, its exit code checked, the JSON parsed.
    static func report(_ cli: Parcelcheck, _ parcel: String, _ catalog: URL, status: Int32) throws -> [String: Any] {
        let run = try cli.run(["--flurstueck", parcel, "--catalog", catalog.path, "--format", "json"])
        try #require(run.status == status, "\(catalog.lastPathComponent) \(parcel): exit \(run.status); \(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    /// Equal to 1e-6 relative; both absent counts as equal.
    static func close(_ a: Any?, _ b: Any?) -> Bool {
        guard let x = a as? Double, let y = b as? Double else {
            return (a == nil || a is NSNull) && (b == nil || b is NSNull)
        }
        return abs(x - y) <= 1e-6 * max(1, abs(y))
    }

    /// The server writes coordinates to 1 µm: a zone sharing the parcel's boundary may be "overlap" instead of "covers".
    static func sameContact(_ a: Any?, _ b: Any?) -> Bool {
        let x = a as? String
        let y = b as? String
        return x == y || Set([x, y]) == Set(["covers", "overlap"])
    }

    static func text(_ value: Any?) throws -> String {
        guard let value, JSONSerialization.isValidJSONObject(value) else { return String(describing: value) }
        return String(decoding: try JSONSerialization.data(withJSONObject: value, options: .sortedKeys), as: UTF8.self)
    }
}
