import Foundation
import GeoCore
import ParcelCheckKit
import Testing

/// Odd but legal inputs and their clear outcomes: XPlanArchiv files, compound CRS names, 4.1 with curves, and
/// plans no longer in force next to binding ones in a check and in a batch.
@Suite struct XPlanOddInputTests {
    // MARK: XPlanArchiv

    @Test func anArchiveIsReadWhereverItsXplanGmlLies() throws {
        let dir = try XPlanFixtures.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let gml = try Data(contentsOf: URL(fileURLWithPath: try XPlanFixtures.fixture("bplan_54_rechtecke.gml")))
        let archive = dir.appendingPathComponent("Plan 901.zip")
        try XPlanFixtures.storedZip([
            ("liesmich.txt", Data("Begründung folgt".utf8)), ("Plan_901/xplan.gml", gml), ("Plan_901/plan.png", Data([0x89, 0x50])),
        ]).write(to: archive)
        #expect(ZipArchive.isZip(archive.path))
        let fromArchive = try XPlanImporter.read(archive.path)
        let direct = try XPlanImporter.read(try XPlanFixtures.fixture("bplan_54_rechtecke.gml"))
        #expect(fromArchive.path == archive.path)
        #expect(fromArchive.plans == direct.plans)
        #expect(fromArchive.features.count == direct.features.count)
        for (a, b) in zip(fromArchive.features, direct.features) {
            #expect(a.geometry == b.geometry)
            #expect(a["quelle"] == "Plan 901.zip" && b["quelle"] == "bplan_54_rechtecke.gml")
            for field in XPlanImporter.schema.map(\.name) where field != "quelle" { #expect(a[field] == b[field]) }
        }
        // The name decides nothing: an archive named .gml is still an archive, a plan named .zip still a plan.
        let misnamed = dir.appendingPathComponent("plan.gml")
        try FileManager.default.copyItem(at: archive, to: misnamed)
        #expect(try XPlanImporter.read(misnamed.path).features.count == direct.features.count)
    }

    @Test func anArchiveWithoutXplanGmlIsRefusedNamingWhatItHolds() throws {
        let dir = try XPlanFixtures.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let archive = dir.appendingPathComponent("bplan.zip").path
        let gml = try Data(contentsOf: URL(fileURLWithPath: try XPlanFixtures.fixture("bplan_54_rechtecke.gml")))
        try XPlanFixtures.storedZip([("bplan_901.gml", gml), ("legende.pdf", Data("%PDF".utf8))]).write(to: URL(fileURLWithPath: archive))
        let error = XPlanFixtures.importError(archive)
        #expect(error == .archiveWithoutPlan(path: archive, entries: ["bplan_901.gml", "legende.pdf"]))
        #expect(error?.description.contains("without 'xplan.gml'") == true)
        #expect(error?.description.contains("bplan_901.gml, legende.pdf") == true)
        // A damaged archive (cut in half: no central directory) cannot be read.
        let whole = try Data(contentsOf: URL(fileURLWithPath: archive))
        let cut = dir.appendingPathComponent("cut.zip").path
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: cut))
        guard case .unreadable(let path, _)? = XPlanFixtures.importError(cut) else {
            Issue.record("a cut archive should be .unreadable, got \(String(describing: XPlanFixtures.importError(cut)))")
            return
        }
        #expect(path == cut)
    }

    // MARK: Compound CRS and old versions

    /// AdV compound names (horizontal * height) stand for their horizontal CRS: the same polygon as with the
    /// plain name.
    @Test func compoundCRSNamesAreReadAsTheirHorizontalCRS() throws {
        #expect(GMLSRSName("EPSG:25832*DE_DHHN2016_NH")?.epsgCode == 25832)
        #expect(GMLSRSName("urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH")?.epsgCode == 25832)
        #expect(GMLSRSName("urn:adv:crs:ETRS89_UTM33*DE_DHHN92_NH")?.epsgCode == 25833)
        #expect(GMLSRSName("urn:adv:crs:DE_DHDN_3GK3*DE_DHHN92_NH")?.epsgCode == 31467)
        #expect(GMLSRSName("*DE_DHHN2016_NH") == nil)
        #expect(GMLSRSName("urn:adv:crs:DE_DHDN_3GK3_NI100") == nil)  // regional realisation: not guessed

        let dir = try XPlanFixtures.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let ring = "593900 5900500 594000 5900500 594000 5900600 593900 5900600 593900 5900500"
        var geometries: [Geometry?] = []
        for (i, name) in ["EPSG:25832", "EPSG:25832*DE_DHHN2016_NH", "urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH"].enumerated() {
            let text = XPlanFixtures.document(members: [XPlanFixtures.teilflaeche("C\(i)", geometry: XPlanFixtures.polygon(srsName: name, ring))])
            let result = try XPlanImporter.read(try XPlanFixtures.write(text, in: dir, name: "c\(i).gml"))
            #expect(!result.notes.contains { $0.contains("axis") || $0.contains("repaired") })
            geometries.append(try XPlanFixtures.feature(result.features, "C\(i)").geometry)
        }
        #expect(try XPlanFixtures.area(geometries[0]) == 10_000)
        #expect(geometries[1] == geometries[0] && geometries[2] == geometries[0])
        // Gauss-Krüger with a height system: reprojected as plain EPSG:31467.
        let gk = "3593600 5902200 3593700 5902200 3593700 5902300 3593600 5902300 3593600 5902200"
        let text = XPlanFixtures.document(
            members: [XPlanFixtures.teilflaeche("GK", geometry: XPlanFixtures.polygon(srsName: "urn:adv:crs:DE_DHDN_3GK3*DE_DHHN92_NH", gk))])
        try XPlanFixtures.expectMatchesGKReference(
            try XPlanFixtures.feature(try XPlanImporter.read(try XPlanFixtures.write(text, in: dir, name: "gk.gml")).features, "GK"))
    }

    /// The arcs of fixture (b) in a 4.1 document: the same linearised area as in 6.0.
    @Test func xplan41WithCurvesGivesTheSameAreasAs60() throws {
        let dir = try XPlanFixtures.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let v60 = try String(contentsOfFile: try XPlanFixtures.fixture("bplan_60_bogen.gml"), encoding: .utf8)
        #expect(v60.contains("http://www.xplanung.de/xplangml/6/0"))
        let v41 = v60.replacingOccurrences(of: "http://www.xplanung.de/xplangml/6/0", with: "http://www.xplanung.de/xplangml/4/1")
        let a = try XPlanImporter.read(try XPlanFixtures.fixture("bplan_60_bogen.gml"))
        let b = try XPlanImporter.read(try XPlanFixtures.write(v41, in: dir))
        #expect(b.version.name == "4.1")
        #expect(b.features.count == a.features.count)
        for (x, y) in zip(a.features, b.features) {
            #expect(x.geometry == y.geometry)
            #expect(abs(try XPlanFixtures.area(x.geometry) - XPlanFixtures.area(y.geometry)) < 1e-9)
        }
    }

    // MARK: Plans no longer in force

    /// P_OLD (aufgehoben since 2020-05-01) covers x 593 900–594 000, P_NEW (in Kraft) x 593 950–594 100; both
    /// y 5 900 500–5 900 600. P_NEW has a Teilfläche (WA) on x 594 050–594 100.
    static func twoPlans(in dir: URL) throws -> String {
        func box(_ x0: Int, _ x1: Int) -> String {
            XPlanFixtures.polygon("\(x0) 5900500 \(x1) 5900500 \(x1) 5900600 \(x0) 5900600 \(x0) 5900500")
        }
        let text = XPlanFixtures.document(members: [
            """
                <xplan:BP_Plan gml:id="P_OLD"><xplan:name>Altplan</xplan:name><xplan:nummer>12</xplan:nummer>
                  <xplan:raeumlicherGeltungsbereich>\(box(593_900, 594_000))</xplan:raeumlicherGeltungsbereich>
                  <xplan:planArt>1000</xplan:planArt><xplan:rechtsstand>50000</xplan:rechtsstand>
                  <xplan:inkrafttretensDatum>1975-01-10</xplan:inkrafttretensDatum>
                  <xplan:untergangsDatum>2020-05-01</xplan:untergangsDatum>
                </xplan:BP_Plan>
            """,
            """
                <xplan:BP_Plan gml:id="P_NEW"><xplan:name>Neuplan</xplan:name><xplan:nummer>12-1</xplan:nummer>
                  <xplan:raeumlicherGeltungsbereich>\(box(593_950, 594_100))</xplan:raeumlicherGeltungsbereich>
                  <xplan:planArt>1000</xplan:planArt><xplan:rechtsstand>4000</xplan:rechtsstand>
                  <xplan:inkrafttretensDatum>2020-05-01</xplan:inkrafttretensDatum>
                  <xplan:bereich xlink:href="#B_NEW"/>
                </xplan:BP_Plan>
            """,
            "<xplan:BP_Bereich gml:id=\"B_NEW\"><xplan:nummer>0</xplan:nummer><xplan:gehoertZuPlan xlink:href=\"#P_NEW\"/></xplan:BP_Bereich>",
            XPlanFixtures.teilflaeche("TF_NEW", geometry: box(594_050, 594_100), extra: "<xplan:GRZ>0.4</xplan:GRZ><xplan:gehoertZuBereich xlink:href=\"#B_NEW\"/>"),
        ])
        let imported = try XPlanImporter.read(try XPlanFixtures.write(text, in: dir))
        #expect(imported.plans.map(\.status) == [.noLongerInForce, .inForce])
        #expect(imported.plans[0].untergang == "2020-05-01")
        let gpkg = dir.appendingPathComponent("plans.gpkg").path
        try XPlanImporter.write(imported.features, to: gpkg)
        return gpkg
    }

    static func catalog(plans gpkg: String, parcels: String) -> Catalog {
        Catalog(
            parcels: .init(source: parcels),
            layers: [.init(name: "xplan", theme: "Bauleitplanung", source: gpkg + ":bebauungsplaene_xplan", labelField: "objekt")])
    }

    static func square(_ x: Double) -> Polygon {
        Polygon(exterior: [
            Coordinate(x, 5_900_540), Coordinate(x + 20, 5_900_540), Coordinate(x + 20, 5_900_560), Coordinate(x, 5_900_560),
            Coordinate(x, 5_900_540),
        ])
    }

    @Test func aPlanNoLongerInForceIsListedWithItsDateButDoesNotAffect() throws {
        let dir = try XPlanFixtures.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let gpkg = try Self.twoPlans(in: dir)
        let checker = try ParcelChecker(catalog: Self.catalog(plans: gpkg, parcels: dir.appendingPathComponent("none.gpkg").path))

        // Under the old plan only: not affected, the old plan listed and noted with its date.
        let old = try checker.check(geometry: .polygon(Self.square(593_910)), crs: .etrs89UTM32).report
        let oldLayer = try #require(old.layers.first)
        #expect(oldLayer.affected == false && oldLayer.contact == Contact.none && oldLayer.features.isEmpty)
        #expect(oldLayer.plans?.map(\.planID) == ["P_OLD"])
        #expect(oldLayer.plans?.first?.binding == false)
        #expect(oldLayer.plans?.first?.summary == "B-Plan Nr. 12 „Altplan“ (aufgehoben seit 2020-05-01): 100 % im Geltungsbereich; keine Planfläche darauf")
        #expect(old.notes.contains(
            "xplan: B-Plan Nr. 12 „Altplan“ is no longer in force (aufgehoben seit 2020-05-01) and lies on 100 % of the area; not counted as affecting it"))
        #expect(old.table().contains("nein"))

        // Under both: affected through the new plan; the old one listed after it, not among the features.
        let both = try checker.check(geometry: .polygon(Self.square(593_960)), crs: .etrs89UTM32).report
        let bothLayer = try #require(both.layers.first)
        #expect(bothLayer.affected == true && bothLayer.overlapPercent == 100)
        #expect(bothLayer.plans?.map(\.planID) == ["P_NEW", "P_OLD"])
        #expect(bothLayer.features.map(\.label) == ["Geltungsbereich"])  // P_NEW's (B_NEW has none of its own)
        #expect(bothLayer.plans?.first?.summary == "B-Plan Nr. 12-1 „Neuplan“ (in Kraft seit 2020-05-01): 100 % im Geltungsbereich; keine Planfläche darauf")

        // Half on the Teilfläche (x 594 040–594 060): 50 % Baugebietsteilfläche.
        let half = try checker.check(geometry: .polygon(Self.square(594_040)), crs: .etrs89UTM32).report
        let plan = try #require(half.layers.first?.plans?.first)
        #expect(plan.objects == [PlanObjectShare(objekt: "Baugebietsteilfläche", areaM2: 200, percent: 50, count: 1)])
        #expect(plan.summary.hasSuffix("100 % im Geltungsbereich; davon 50 % Baugebietsteilfläche"))
        let json = try JSONSerialization.jsonObject(with: half.jsonData()) as? [String: Any]
        let layers = json?["layers"] as? [[String: Any]]
        let plans = layers?.first?["plans"] as? [[String: Any]]
        #expect(plans?.first?["plan_id"] as? String == "P_NEW")
        #expect(plans?.first?["geltungsbereich_percent"] as? Double == 100)
        #expect(plans?.first?["untergang"] is NSNull)
    }

    @Test func aBatchLeavesPlansNoLongerInForceOutWithANote() async throws {
        let dir = try XPlanFixtures.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let gpkg = try Self.twoPlans(in: dir)
        let parcels = dir.appendingPathComponent("parcels.gpkg").path
        try writeVectorLayer(
            [593_910.0, 593_960, 594_060].enumerated().map { i, x in
                Feature(geometry: .polygon(Self.square(x)), attributes: ["flurstueckskennzeichen": .string("03271801200000\(i + 1)0000__")])
            }, to: parcels, layerName: "flurstuecke", crs: .etrs89UTM32)
        let batch = try await BatchCheck.run(catalog: Self.catalog(plans: gpkg, parcels: parcels + ":flurstuecke"), jobs: 1)
        #expect(batch.rows.map { $0.overlapM2[0] } == [0, 400, 400])
        #expect(batch.rows.map { $0.contacts[0] } == [Contact.none, .covers, .covers])
        #expect(batch.notes.contains("xplan: 1 features of plans no longer in force left out (they do not bind): B-Plan Nr. 12 „Altplan“"))
    }
}
