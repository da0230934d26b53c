import Foundation
import Testing

/// Checks `parcelcheck` areas against an independent computation with shapely/pyproj
/// (`bench/reference_areas.py` → `Resources/reference-areas.json`, ~430 sample parcels × 10 layers).
///
/// Tolerance: 1e-6 relative, or 1e-6 m² absolute for values below 1 m², for every layer — also the
/// reprojected ones (landschaftsschutzgebiete in EPSG:31467, raumordnung in EPSG:4326). That holds only because
/// the generator makes pyproj use the BETA2007 grid from Debian's proj-data, as the system PROJ does: the
/// pyproj wheel ships no grids and would otherwise fall back to a Helmert transformation about 0.3 m away
/// (up to 5 % on the partial overlaps of landschaftsschutzgebiete).
/// Measured agreement when the fixture was made: bit-identical, except one B-plan union at 3e-12 relative.
///
/// The fixture is read from a path relative to this file (Package.swift excludes `Resources` from the target).
@Suite struct ReferenceAreasTests {
    static let relativeTolerance = 1e-6
    static let absoluteTolerance = 1e-6  // m², for values below 1 m²

    struct Fixture: Decodable {
        struct Header: Decodable {
            var generator: String
            var layers: [String]
        }
        var header: Header
        var fid: [String: Int64]
        var parcelAreaM2: [String: Double]
        var areas: [String: [String: Double]]
        var contacts: [String: [String: String]]

        enum CodingKeys: String, CodingKey {
            case header, fid
            case parcelAreaM2 = "parcel_area_m2"
            case areas, contacts
        }

        static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Resources/reference-areas.json")

        static func load() throws -> Fixture {
            let data = try #require(
                try? Data(contentsOf: url), "missing fixture \(url.path): run `python3 bench/reference_areas.py`")
            return try JSONDecoder().decode(Fixture.self, from: data)
        }

        /// `fid IN (…)` for `--where`.
        var whereClause: String { "fid IN (" + fid.values.sorted().map(String.init).joined(separator: ",") + ")" }
    }

    static func agrees(_ value: Double, _ reference: Double) -> Bool {
        abs(value - reference) <= max(relativeTolerance * abs(reference), absoluteTolerance)
    }

    /// Every area of the fixture, from `parcelcheck batch` with the sample catalog.
    @Test func batchMatchesReferenceAreas() throws {
        let cli = try Parcelcheck()
        let fixture = try Fixture.load()
        try #require(fixture.areas.count >= 300, "the fixture should hold some hundred parcels")
        let out = cli.scratch.appendingPathComponent("reference.csv")
        let run = try cli.run(["batch", "--where", fixture.whereClause, "--out", out.path] + cli.catalogArguments)
        try #require(run.status == 0, "parcelcheck batch failed (\(run.status)): \(run.stderr)")
        let rows = try CSVTable(contentsOf: out).keyed(by: "flurstueckskennzeichen")
        #expect(rows.count == fixture.areas.count, "one row per fixture parcel")

        var checked = 0
        for (id, layers) in fixture.areas.sorted(by: { $0.key < $1.key }) {
            guard let row = rows[id] else {
                Issue.record("parcel \(id) (fid \(fixture.fid[id] ?? -1)) is missing from the batch output")
                continue
            }
            if let reference = fixture.parcelAreaM2[id] {
                let area = Double(row["area_m2"] ?? "") ?? .nan
                #expect(Self.agrees(area, reference), "\(id): area_m2 \(area) vs reference \(reference)")
            }
            for layer in fixture.header.layers {
                guard let reference = layers[layer] else { continue }
                let value = Double(row["\(layer)_m2"] ?? "") ?? .nan
                #expect(
                    Self.agrees(value, reference),
                    "\(id) \(layer): parcelcheck \(value) m² vs reference \(reference) m² (Δ \(value - reference))")
                if let contact = fixture.contacts[id]?[layer] {
                    #expect(
                        row["\(layer)_contact"] == contact,
                        "\(id) \(layer): contact \(row["\(layer)_contact"] ?? "-") vs reference \(contact)")
                }
                checked += 1
            }
        }
        #expect(checked == fixture.areas.count * fixture.header.layers.count)
    }

    /// The single check reads layers around the parcel and measures with the parcel prepared (another code path
    /// than the batch); spot-check it on fixture parcels with partial overlaps, reprojected layers included.
    @Test func singleCheckMatchesReferenceAreas() throws {
        let cli = try Parcelcheck()
        let fixture = try Fixture.load()
        var picked: [String] = ["032718012000450003__"]
        for layer in [
            "landschaftsschutzgebiete", "raumordnung", "gewaesser", "biotope", "bebauungsplaene", "wasserschutzgebiete",
        ] {
            let partial = fixture.contacts.filter { $0.value[layer] == "overlap" }.keys.sorted()
            picked += partial.prefix(2)
        }
        for id in Set(picked).sorted() {
            guard let reference = fixture.areas[id] else { continue }
            let run = try cli.run(["--flurstueck", id, "--format", "json"] + cli.catalogArguments)
            #expect(run.status == 0, "\(id): exit \(run.status), \(run.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let layers = json["layers"] as? [[String: Any]] ?? []
            for layer in layers {
                guard let name = layer["layer"] as? String, let expected = reference[name] else { continue }
                let value = (layer["overlap_area_m2"] as? NSNumber)?.doubleValue ?? .nan
                #expect(
                    Self.agrees(value, expected), "\(id) \(name): single check \(value) m² vs reference \(expected) m²")
            }
        }
    }

    /// Ad-hoc `--parcels`/`--layer` (default thresholds 1 m² / 0.1 %) gives the catalog's numbers for a
    /// layer in the working CRS and for the layer stored in EPSG:31467.
    @Test func adHocLayersMatchReferenceAreas() throws {
        let cli = try Parcelcheck()
        let fixture = try Fixture.load()
        let gpkg = cli.sampleData.path
        let out = cli.scratch.appendingPathComponent("adhoc.csv")
        let run = try cli.run([
            "batch", "--parcels", "\(gpkg):flurstuecke", "--layer", "wsg=\(gpkg):wasserschutzgebiete",
            "--layer", "lsg=\(gpkg):landschaftsschutzgebiete", "--where", fixture.whereClause, "--out", out.path,
        ])
        try #require(run.status == 0, "parcelcheck batch failed (\(run.status)): \(run.stderr)")
        let rows = try CSVTable(contentsOf: out).keyed(by: "flurstueckskennzeichen")
        #expect(rows.count == fixture.areas.count)
        for (id, layers) in fixture.areas {
            for (column, layer) in [("wsg", "wasserschutzgebiete"), ("lsg", "landschaftsschutzgebiete")] {
                guard let reference = layers[layer], let text = rows[id]?["\(column)_m2"], let value = Double(text)
                else {
                    Issue.record("\(id): no \(column)_m2 in the ad-hoc batch output")
                    continue
                }
                #expect(Self.agrees(value, reference), "\(id) \(layer) (ad hoc): \(value) vs \(reference)")
            }
        }
    }
}
