import Foundation
import TestSupport
import Testing

/// `parcelcheck import-xplan` on the public reference plans (Tests/ParcelCheckKitTests/Resources/xplan-reference):
/// exit codes, the summary on standard error, and the written layer as GDAL's `ogrinfo` reads it.
@Suite struct ParcelcheckImportXPlanCLITests {
    static let fixtures = Repository.root.appendingPathComponent("Tests/ParcelCheckKitTests/Resources/xplan-reference")

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    @Test func severalFilesAndArchivesGoIntoOneLayerWithEachPlanOnce() throws {
        let cli = try Parcelcheck()
        let out = cli.scratch.appendingPathComponent("plans.gpkg").path
        let run = try cli.run([
            "import-xplan", Self.fixture("xplan40_BPlan004_4-0.zip"), Self.fixture("xplan60_BPlan004_6-0.gml"),
            Self.fixture("xplan53_SO_5.3.gml"), Self.fixture("xplan60_LP-Test_60.zip"), "--out", out,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        // BPlan004 (once, from 6.0: 2 Geltungsbereiche + 14 objects), SO (2 + 0), LP (2 + 14).
        #expect(run.stderr.hasPrefix(
            "parcelcheck import-xplan: 3 plan(s), 6 Geltungsbereich(e), 28 plan objects from 4 file(s) → \(out):bebauungsplaene_xplan\n"))
        #expect(run.stderr.contains("B-Plan „BPlan004_4-0“: Satzung (duplicate, left out)"))
        #expect(run.stderr.contains("the newer version 6.0 kept, 4.0 left out"))
        #expect(run.stderr.contains("Plan „StErhVO_Eppendorf_Hoheluft-Ost_SoapUI-XPlanManagerAPI“: Rechtsstand unbekannt"))
        #expect(run.stderr.contains("no plan object with an area: only the Geltungsbereich counts in a check"))
        #expect(try cli.ogrCount("SELECT COUNT(*) AS n FROM bebauungsplaene_xplan", in: out) == 34)
        #expect(try cli.ogrCount("SELECT COUNT(*) AS n FROM bebauungsplaene_xplan WHERE xplan_version = '4.0'", in: out) == 0)
        #expect(try cli.ogrCount("SELECT COUNT(*) AS n FROM bebauungsplaene_xplan WHERE plan_art = 'LP'", in: out) == 16)
        #expect(try cli.ogrCount("SELECT COUNT(*) AS n FROM bebauungsplaene_xplan WHERE objekt = 'Geltungsbereich'", in: out) == 6)
    }

    @Test func unusableInputIsExit5AndLeavesTheOutputAlone() throws {
        let cli = try Parcelcheck()
        let out = cli.scratch.appendingPathComponent("plans.gpkg")
        try Data("keep me".utf8).write(to: out)
        let old = try cli.run(["import-xplan", Self.fixture("xplan30_Plessa.gml"), "--out", out.path])
        #expect(old.status == 5)
        #expect(old.stderr.contains("XPlanGML 3.0"))
        #expect(old.stderr.contains("converting to XPlanGML 4.0 or newer"))
        let archive = cli.scratch.appendingPathComponent("empty.zip")
        // An empty zip archive: just the end-of-central-directory record.
        try Data([0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18)).write(to: archive)
        let empty = try cli.run(["import-xplan", archive.path, "--out", out.path])
        #expect(empty.status == 5, "\(empty.stderr)")
        #expect(try String(contentsOf: out, encoding: .utf8) == "keep me")
        // One bad file among good ones: nothing is written.
        let mixed = try cli.run(["import-xplan", Self.fixture("xplan60_BPlan004_6-0.gml"), Self.fixture("xplan30_Plessa.gml"), "--out", out.path])
        #expect(mixed.status == 5)
        #expect(try String(contentsOf: out, encoding: .utf8) == "keep me")
    }

    @Test func helpTeachesVersionsKindsAndTheCatalogEntry() throws {
        let cli = try Parcelcheck()
        let help = try cli.run(["import-xplan", "--help"])
        #expect(help.status == 0)
        for phrase in ["4.0–6.0", "XPlanArchiv", "Flächennutzungspläne", "Geltungsbereich", "gfz_max", "label_field: objekt",
                       "EPSG:25832*DE_DHHN2016_NH", "3.0 is refused"] {
            #expect(help.stdout.contains(phrase), "--help lacks '\(phrase)'")
        }
    }

    /// The README's real-plan check, run as written there (in the repository root, so its relative paths hold),
    /// and the lines the README shows.
    @Test func theReadmeRealPlanCheckGivesWhatTheReadmeShows() throws {
        let cli = try Parcelcheck()
        let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
        let planLine =
            "  xplan: B-Plan „BPlan004_6-0“ (im Verfahren: Satzung): 100 % im Geltungsbereich; davon 47.9 % "
            + "Baugebietsteilfläche, 46.8 % überbaubare Grundstücksfläche, 44.3 % Fläche mit textlicher Festsetzung, "
            + "26.5 % öffentliche Grünfläche, 25.6 % öffentliche Straßenverkehrsfläche, 3.2 % unverbindliche Vormerkung"
        #expect(readme.contains(planLine + "\n"))
        let plans = cli.scratch.appendingPathComponent("plans.gpkg").path
        let imported = try cli.run([
            "import-xplan", Self.fixture("xplan60_BPlan004_6-0.gml"), Self.fixture("xplan53_BP_5.3.gml"), "--out", plans,
        ])
        #expect(imported.status == 0, "\(imported.stderr)")
        let catalog = cli.scratch.appendingPathComponent("plans.yaml")
        try """
            parcels:
              source: \(cli.sampleData.path):flurstuecke
            layers:
              - name: xplan
                theme: Bauleitplanung (XPlanGML)
                source: \(plans):bebauungsplaene_xplan
                label_field: objekt
                attributes: [plan_art, plan_nummer, plan_name, rechtsstand, nutzung_kuerzel, grz, gfz, z]
            """.write(to: catalog, atomically: true, encoding: .utf8)
        let square = "POLYGON((567425 5937628,567455 5937628,567455 5937658,567425 5937658,567425 5937628))"
        #expect(readme.contains(square))
        let check = try cli.run(["check", "--catalog", catalog.path, "--geometry", square])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("Bauleitplanung (XPlanGML)           ja               900.0   100.00  Geltungsbereich, "))
        #expect(check.stdout.contains("\nPläne\n" + planLine + "\n"))
        let lapsed = "POLYGON((557280 5936940,557300 5936940,557300 5936960,557280 5936960,557280 5936940))"
        #expect(readme.contains(lapsed))
        let old = try cli.run(["check", "--catalog", catalog.path, "--geometry", lapsed])
        #expect(old.status == 0)
        #expect(old.stdout.contains("Bauleitplanung (XPlanGML)           nein"))
        #expect(old.stdout.contains("  xplan: nicht berücksichtigt, nicht mehr in Kraft: B-Plan „BPlan002_5-3_1_SoapUI-XPlanManagerAPI“ (außer Kraft): 100 % im Geltungsbereich"))
        #expect(old.stdout.contains("is no longer in force (außer Kraft)"))
    }
}
