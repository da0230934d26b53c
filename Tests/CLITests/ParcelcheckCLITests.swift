import Foundation
import Testing

/// Runs the built `parcelcheck` binary on the sample data and checks what a user sees: exit codes, messages,
/// the JSON shape, map/report files and batch outputs. Exit codes as documented in `parcelcheck --help`.
@Suite struct ParcelcheckCLITests {
    static let parcel = "032718012000450003__"  // "Lüneburg 12 45/3", the demo parcel

    // MARK: Exit codes

    struct ExitCase: Sendable, CustomTestStringConvertible {
        var name: String
        var arguments: [String]
        var code: Int32
        /// Text the standard error must contain.
        var stderr: String?
        var testDescription: String { name }
    }

    static let exitCases: [ExitCase] = [
        ExitCase(name: "known parcel", arguments: ["--flurstueck", "Lüneburg 12 45/3"], code: 0),
        ExitCase(
            name: "unknown parcel", arguments: ["--flurstueck", "Lüneburg 12 450/3"], code: 3, stderr: "no parcel"),
        ExitCase(name: "malformed key", arguments: ["--flurstueck", "0327"], code: 3, stderr: "20 characters"),
        ExitCase(
            name: "unknown Gemarkung with suggestion", arguments: ["--flurstueck", "Lüneberg 12 45/3"], code: 3,
            stderr: "'Lüneburg'"),
        ExitCase(
            name: "Nenner left out, several parcels", arguments: ["--flurstueck", "Lüneburg 12 45"], code: 3,
            stderr: "45/3"),
        ExitCase(name: "malformed WKT", arguments: ["--geometry", "POLYGON((593900 5900500,594000 5900500"], code: 5),
        ExitCase(name: "not WKT at all", arguments: ["--geometry", "NOTWKT"], code: 5),
        ExitCase(name: "geometry without area", arguments: ["--geometry", "POINT(593900 5900500)"], code: 5),
        ExitCase(name: "neither --flurstueck nor --geometry", arguments: [], code: 64, stderr: "--flurstueck"),
        ExitCase(
            name: "both --flurstueck and --geometry",
            arguments: ["--flurstueck", "Lüneburg 12 45/3", "--geometry", "POINT(1 1)"], code: 64),
        ExitCase(name: "unknown format", arguments: ["--flurstueck", "Lüneburg 12 45/3", "--format", "xml"], code: 64),
        ExitCase(name: "batch without --out", arguments: ["batch"], code: 64),
        ExitCase(name: "batch with unknown output type", arguments: ["batch", "--out", "x.txt"], code: 64),
    ]

    @Test(arguments: exitCases)
    func exitCode(_ c: ExitCase) throws {
        let cli = try Parcelcheck()
        let run = try cli.run(c.arguments + (c.arguments.first == "batch" ? [] : cli.catalogArguments))
        #expect(
            run.status == c.code,
            "parcelcheck \(c.arguments): expected exit \(c.code), got \(run.status); stderr: \(run.stderr)")
        if let text = c.stderr {
            #expect(run.stderr.contains(text), "stderr should contain \(text): \(run.stderr)")
        }
        if c.code == 0 { #expect(!run.stdout.isEmpty) }
    }

    @Test func missingCatalogIsExit4() throws {
        let cli = try Parcelcheck()
        let run = try cli.run([
            "--flurstueck", "Lüneburg 12 45/3", "--catalog", cli.scratch.appendingPathComponent("none.yaml").path,
        ])
        #expect(run.status == 4, "stderr: \(run.stderr)")
        #expect(run.stderr.contains("none.yaml"))
    }

    @Test func missingParcelSourceIsExit4() throws {
        let cli = try Parcelcheck()
        let missing = cli.scratch.appendingPathComponent("missing.gpkg").path + ":flurstuecke"
        let run = try cli.run(["--flurstueck", "Lüneburg 12 45/3", "--parcels", missing] + cli.catalogArguments)
        #expect(run.status == 4, "stderr: \(run.stderr)")
        #expect(run.stderr.contains("missing.gpkg"))
    }

    /// A catalog layer whose file is missing: the report is still printed, the layer is marked unavailable
    /// (never "not affected"), the other layers are measured, and the exit code is 4.
    @Test func unreadableLayerIsReportedAndExit4() throws {
        let cli = try Parcelcheck()
        let catalog = cli.scratch.appendingPathComponent("catalog.yaml")
        let yaml = """
            working_crs: EPSG:25832
            parcels:
              source: \(cli.sampleData.path):flurstuecke
              id_field: flurstueckskennzeichen
              official_area_field: amtlicheflaeche
              gemarkungen: \(cli.sampleData.path):gemarkungen
            layers:
              - name: wasserschutzgebiete
                theme: Wasserschutzgebiet
                source: \(cli.sampleData.path):wasserschutzgebiete
                label_field: zone
              - name: altlasten
                theme: Altlasten
                source: does-not-exist.gpkg:altlasten

            """
        try Data(yaml.utf8).write(to: catalog)
        let run = try cli.run(["--flurstueck", "Lüneburg 12 45/3", "--catalog", catalog.path, "--format", "json"])
        #expect(run.status == 4, "stderr: \(run.stderr)")
        #expect(run.stderr.contains("altlasten"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any],
            "no JSON report: \(run.stdout)")
        let layers = try #require(json["layers"] as? [[String: Any]])
        let byName = Dictionary(uniqueKeysWithValues: layers.map { ($0["layer"] as? String ?? "", $0) })
        #expect(byName["wasserschutzgebiete"]?["status"] as? String == "ok")
        #expect(byName["wasserschutzgebiete"]?["affected"] as? Bool == true)
        let broken = try #require(byName["altlasten"])
        #expect(broken["status"] as? String == "unavailable")
        #expect(
            broken["affected"] == nil || broken["affected"] is NSNull,
            "an unread layer must not say affected: \(broken)")
        #expect(broken["error"] as? String != nil)
        let sources = try #require(json["sources"] as? [[String: Any]])
        #expect(sources.contains { $0["layer"] as? String == "altlasten" && $0["error"] != nil })

        let table = try cli.run(["--flurstueck", "Lüneburg 12 45/3", "--catalog", catalog.path])
        #expect(table.status == 4)
        #expect(table.stdout.contains("Altlasten"), "the table is still printed: \(table.stdout)")
    }

    // MARK: Output

    @Test func jsonReportHasDocumentedKeys() throws {
        let cli = try Parcelcheck()
        let run = try cli.run(["--flurstueck", "Lüneburg 12 45/3", "--format", "json"] + cli.catalogArguments)
        try #require(run.status == 0, "stderr: \(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let parcel = try #require(json["parcel"] as? [String: Any])
        for key in ["id", "area_m2", "official_area_m2", "crs"] { #expect(parcel[key] != nil, "parcel.\(key)") }
        #expect(parcel["id"] as? String == Self.parcel)
        #expect(parcel["crs"] as? String == "EPSG:25832")
        let layers = try #require(json["layers"] as? [[String: Any]])
        #expect(layers.count == 10, "the sample catalog has 10 layers")
        var features = 0
        for layer in layers {
            for key in ["layer", "theme", "affected", "overlap_area_m2", "overlap_percent", "features"] {
                #expect(layer[key] != nil, "layers[].\(key) in \(layer["layer"] ?? "?")")
            }
            for feature in layer["features"] as? [[String: Any]] ?? [] {
                features += 1
                for key in ["fid", "label", "overlap_area_m2", "overlap_percent", "attributes"] {
                    #expect(feature[key] != nil, "layers[].features[].\(key) in \(layer["layer"] ?? "?")")
                }
            }
        }
        #expect(features >= 2, "45/3 lies in a WSG zone and a B-plan")
        let sources = try #require(json["sources"] as? [[String: Any]])
        #expect(sources.count == 11, "parcels + 10 layers")
        for source in sources {
            for key in ["layer", "path", "crs", "feature_count", "modified"] {
                #expect(source[key] != nil, "sources[].\(key) in \(source["layer"] ?? "?")")
            }
        }
    }

    @Test func identifierFormsGiveTheSameParcel() throws {
        let cli = try Parcelcheck()
        let forms = [
            "Lüneburg 12 45/3", "Gemarkung Lüneburg, Flur 12, Flurstück 45/3", "032718-012-00045/0003", "2718-12-45/3",
            "032718012000450003__",
        ]
        for form in forms {
            let run = try cli.run(["--flurstueck", form, "--format", "json"] + cli.catalogArguments)
            #expect(run.status == 0, "\(form): exit \(run.status), \(run.stderr)")
            let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
            let parcel = json?["parcel"] as? [String: Any]
            #expect(parcel?["id"] as? String == Self.parcel, "\(form) gave \(parcel?["id"] ?? "nothing")")
        }
    }

    @Test func mapAndReportFiles() throws {
        let cli = try Parcelcheck()
        let map = cli.scratch.appendingPathComponent("map.svg")
        let report = cli.scratch.appendingPathComponent("report.html")
        let run = try cli.run(
            ["--flurstueck", "Lüneburg 12 45/3", "--map", map.path, "--report", report.path] + cli.catalogArguments)
        try #require(run.status == 0, "stderr: \(run.stderr)")
        let svg = try String(contentsOf: map, encoding: .utf8)
        #expect(svg.contains("<svg"))
        #expect(svg.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("</svg>"))
        let html = try String(contentsOf: report, encoding: .utf8)
        #expect(html.lowercased().contains("<html"))
        #expect(html.lowercased().contains("</html>"))
        #expect(html.contains("45/3"))
        // Self-contained: no scripts, styles, images or fonts from elsewhere (XML namespaces are names, not fetches).
        let external = #/(?i)(src|href)\s*=\s*["']?\s*(https?:)?//|url\(\s*["']?(https?:)?//|@import/#
        #expect(
            html.firstMatch(of: external) == nil,
            "external reference in the report: \(html.firstMatch(of: external).map { String($0.output.0) } ?? "")")
        #expect(svg.firstMatch(of: external) == nil, "external reference in the map")
    }

    @Test func failedRunLeavesExistingFilesAlone() throws {
        let cli = try Parcelcheck()
        let map = cli.scratch.appendingPathComponent("map.svg")
        let report = cli.scratch.appendingPathComponent("report.html")
        let sentinel = Data("SENTINEL — must survive a failed run\n".utf8)
        try sentinel.write(to: map)
        try sentinel.write(to: report)
        let run = try cli.run(
            ["--flurstueck", "Lüneburg 12 450/3", "--map", map.path, "--report", report.path] + cli.catalogArguments)
        #expect(run.status == 3, "stderr: \(run.stderr)")
        #expect(try Data(contentsOf: map) == sentinel, "the map file was overwritten by a failed run")
        #expect(try Data(contentsOf: report) == sentinel, "the report file was overwritten by a failed run")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: cli.scratch.path).filter {
            $0.hasPrefix(".")
        }
        #expect(leftovers.isEmpty, "temporary files left behind: \(leftovers)")
    }

    // MARK: Batch

    /// One row per parcel in every output type; the counts are the ones GDAL's own `ogrinfo` finds with the
    /// same filter. CSV for the town (Gemarkung Lüneburg, the demo's batch); JSON and GeoPackage for a small
    /// Gemarkung, to keep the debug-build test quick.
    @Test func batchWritesOneRowPerParcel() throws {
        let cli = try Parcelcheck()
        let town = "gemarkung = 'Lüneburg'"
        let village = "gemarkung = 'Oedeme'"
        let expected = try cli.ogrCount("SELECT COUNT(*) AS n FROM flurstuecke WHERE \(town)")
        #expect(expected > 1000, "Gemarkung Lüneburg is the town: thousands of parcels")

        let csv = cli.scratch.appendingPathComponent("out.csv")
        var run = try cli.run(["batch", "--where", town, "--out", csv.path] + cli.catalogArguments)
        try #require(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stderr.contains("parcelcheck batch: \(expected) parcels × 10 layers"), "\(run.stderr)")
        let table = try CSVTable(contentsOf: csv)
        #expect(table.rows.count == expected)
        #expect(Array(table.header.prefix(4)) == ["fid", "flurstueckskennzeichen", "area_m2", "official_area_m2"])
        for layer in ["wasserschutzgebiete", "gewaesser", "raumordnung"] {
            for suffix in ["_m2", "_pct", "_contact"] { #expect(table.header.contains(layer + suffix)) }
        }
        #expect(table.header.count == 4 + 3 * 10 + 1)
        #expect(table.header.last == "status" && Set(table.column("status")) == ["ok"])
        #expect(Set(table.column("flurstueckskennzeichen")).count == expected, "one row per parcel")

        let small = try cli.ogrCount("SELECT COUNT(*) AS n FROM flurstuecke WHERE \(village)")
        #expect(small > 0)
        let json = cli.scratch.appendingPathComponent("out.json")
        run = try cli.run(["batch", "--where", village, "--out", json.path] + cli.catalogArguments)
        try #require(run.status == 0, "stderr: \(run.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [[String: Any]])
        #expect(rows.count == small)
        #expect(rows.first?["flurstueckskennzeichen"] is String)
        #expect(rows.first?["wasserschutzgebiete_m2"] is NSNumber)

        let gpkg = cli.scratch.appendingPathComponent("out.gpkg")
        run = try cli.run(["batch", "--where", village, "--out", gpkg.path] + cli.catalogArguments)
        try #require(run.status == 0, "stderr: \(run.stderr)")
        #expect(try cli.ogrCount("SELECT COUNT(*) AS n FROM parcelcheck", in: gpkg.path) == small)
    }
}
