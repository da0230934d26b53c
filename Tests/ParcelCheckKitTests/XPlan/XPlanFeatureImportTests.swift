import Foundation
import GeoCore
import ParcelCheckKit
import Testing

/// The three fixtures imported: areas against hand-computed values, every attribute, arcs linearised, other CRSs
/// reprojected, srsName forms and axis orders.
@Suite struct XPlanFeatureImportTests {
    // MARK: Fixture (a): XPlanGML 5.4, rectangles

    @Test func rectanglesFrom54HaveHandComputedAreasAndAllAttributes() throws {
        let result = try XPlanImporter.read(XPlanFixtures.fixture("bplan_54_rechtecke.gml"))
        #expect(result.version.name == "5.4")
        #expect(result.plans == [
            XPlanPlan(
                gmlID: "GT_PLAN_901", name: "Nr. 901 Am Testfeld", nummer: "901", rechtsstand: "in Kraft",
                inkrafttreten: "2021-03-15", kind: .bp, rechtsstandCode: 4000, status: .inForce)
        ])
        #expect(result.notes.isEmpty)
        // The plan's and the Bereich's Geltungsbereich, then the two Teilflächen, numbered in that order.
        #expect(result.features.map(\.fid) == [1, 2, 3, 4])
        #expect(result.features.map { $0["gml_id"] } == ["GT_PLAN_901", "GT_BEREICH_901_0", "GT_TF_901_WA", "GT_TF_901_MI"])
        #expect(result.features.map { $0["objekt"] } == ["Geltungsbereich", "Geltungsbereich", "Baugebietsteilfläche", "Baugebietsteilfläche"])
        #expect(result.areaCounts == ["BP_BaugebietsTeilFlaeche": 2])
        let geltungsbereich = try XPlanFixtures.feature(result.features, "GT_PLAN_901")
        #expect(geltungsbereich["objekt_klasse"] == "BP_Plan")
        #expect(geltungsbereich["plan_status"] == "in_kraft")
        #expect(geltungsbereich["grz"] == .null)

        let wa = try XPlanFixtures.feature(result.features, "GT_TF_901_WA")
        #expect(try XPlanFixtures.area(wa.geometry) == 20_000)  // 100 m × 200 m, gml:Polygon
        #expect(wa.geometry?.envelope == Envelope(minX: 593_900, minY: 5_900_500, maxX: 594_000, maxY: 5_900_700))
        #expect(wa.fieldOrder == XPlanImporter.schema.map(\.name))
        #expect(wa["plan_name"] == "Nr. 901 Am Testfeld")
        #expect(wa["plan_nummer"] == "901")  // text, not the integer GDAL's GML driver would guess
        #expect(wa["rechtsstand"] == "in Kraft")
        #expect(wa["inkrafttreten"] == .date("2021-03-15"))
        #expect(wa["besondere_art_der_baul_nutzung"] == 1200)
        #expect(wa["nutzung_kuerzel"] == "WA")
        #expect(wa["allg_art_der_baul_nutzung"] == 1000)
        #expect(wa["grz"] == 0.4)
        #expect(wa["gfz"] == 0.8)
        #expect(wa["z"] == 2)
        #expect(wa["xplan_version"] == "5.4")
        #expect(wa["plan_art"] == "BP")
        #expect(wa["plan_id"] == "GT_PLAN_901")
        #expect(wa["rechtsstand_code"] == 4000)
        #expect(wa["plan_status"] == "in_kraft")
        #expect(wa["objekt_klasse"] == "BP_BaugebietsTeilFlaeche")
        #expect(wa["bereich_id"] == "GT_BEREICH_901_0")
        #expect(wa["quelle"] == "bplan_54_rechtecke.gml")
        #expect(wa["grz_min"] == .null && wa["grz_max"] == .null && wa["gr"] == .null && wa["bmz"] == .null)

        let mi = try XPlanFixtures.feature(result.features, "GT_TF_901_MI")
        #expect(try XPlanFixtures.area(mi.geometry) == 15_000)  // 100 m × 150 m, gml:Surface with a PolygonPatch
        #expect(mi["nutzung_kuerzel"] == "MI")
        #expect(mi["besondere_art_der_baul_nutzung"] == 1500)
        #expect(mi["allg_art_der_baul_nutzung"] == 2000)
        #expect(mi["grz"] == 0.6)
        #expect(mi["gfz"] == 1.2)
        #expect(mi["z"] == 3)
        #expect(mi["plan_name"] == "Nr. 901 Am Testfeld")
    }

    // MARK: Fixture (b): XPlanGML 6.0, arcs and a hole

    /// Exterior: 100 m square plus a circular segment (chord 100 m, height 20 m, r = 72.5 m) made by a gml:Arc;
    /// hole: a circle of r = 20 m from one gml:ArcString. Linearising an arc of angle θ into chords of at most
    /// δ changes the area by n·r²/2·(δ − sin δ) ≤ r²θ/2 · δ²/6, which bounds the difference here.
    @Test func arcsIn60AreLinearisedCloseToTheAnalyticArea() throws {
        let path = try XPlanFixtures.fixture("bplan_60_bogen.gml")
        let r1 = 72.5, h = 20.0, r2 = 20.0
        let theta1 = 2 * acos((r1 - h) / r1)
        let segment = r1 * r1 * acos((r1 - h) / r1) - (r1 - h) * (2 * r1 * h - h * h).squareRoot()
        let analytic = 10_000 + segment - Double.pi * r2 * r2
        #expect(abs(analytic - 10_118.4362) < 1e-4)

        for step in [1.0, 4.0] {
            let result = try XPlanImporter.read(path, options: .init(maxAngleStepDegrees: step))
            #expect(result.version.name == "6.0")
            let wr = try XPlanFixtures.feature(result.features, "GT_TF_902_WR")
            guard case .polygon(let polygon)? = wr.geometry else {
                Issue.record("expected one polygon, got \(String(describing: wr.geometry))")
                return
            }
            #expect(polygon.holes.count == 1)
            let delta = step * .pi / 180
            let bound = (r1 * r1 * theta1 + r2 * r2 * 2 * .pi) / 2 * delta * delta / 6
            let area = try XPlanFixtures.area(wr.geometry)
            #expect(abs(area - analytic) <= bound, "step \(step)°: area \(area), analytic \(analytic), bound \(bound)")
            // Every vertex of the linearised arc lies on its circle (within float noise).
            let onArc = polygon.exterior.filter { $0.y > 5_900_600 }
            #expect(onArc.count >= Int(theta1 / delta) - 1)
            #expect(onArc.allSatisfy { abs(hypot($0.x - 594_250, $0.y - 5_900_547.5) - r1) < 1e-6 })
        }

        let wr = try XPlanFixtures.feature(try XPlanImporter.importFile(path), "GT_TF_902_WR")
        #expect(wr["plan_name"] == "Nr. 902 Bogenweg")
        #expect(wr["plan_nummer"] == "902-A")
        #expect(wr["rechtsstand"] == "Satzung")
        #expect(wr["inkrafttreten"] == .null)
        #expect(wr["nutzung_kuerzel"] == "WR")
        #expect(wr["grz"] == 0.3)
        #expect(wr["gfz"] == 0.6)
        #expect(wr["z"] == 2)
        #expect(wr["xplan_version"] == "6.0")
    }

    @Test func gaussKruegerIsReprojectedWithinACentimetreOfCs2cs() throws {
        let result = try XPlanImporter.read(XPlanFixtures.fixture("bplan_51_gauss_krueger.gml"))
        #expect(result.version.name == "5.1")
        #expect(result.notes.isEmpty)
        let ge = try XPlanFixtures.feature(result.features, "GT_TF_903_GE")
        try XPlanFixtures.expectMatchesGKReference(ge)
        #expect(ge["nutzung_kuerzel"] == "GE")
        #expect(ge["allg_art_der_baul_nutzung"] == 3000)
        #expect(ge["grz"] == 0.8)
        #expect(ge["gfz"] == 1.6)
        #expect(ge["z"] == .null)
        #expect(ge["rechtsstand"] == "Entwurf")
        #expect(ge["inkrafttreten"] == .null)
        #expect(ge["plan_name"] == "Nr. 903 Gewerbe Altes Feld")
    }

    /// URN and OGC-URI srsNames follow the EPSG axis order (northing first for 31467); a file that writes
    /// easting first under such a name is recognised by the coordinate ranges, swapped and noted.
    @Test func srsNameFormsAndAxisOrder() throws {
        let dir = try XPlanFixtures.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let eastingFirst = "3593600 5902200 3593700 5902200 3593700 5902300 3593600 5902300 3593600 5902200"
        let northingFirst = "5902200 3593600 5902200 3593700 5902300 3593700 5902300 3593600 5902200 3593600"
        let cases: [(srsName: String, posList: String, swapNote: Bool)] = [
            ("EPSG:31467", eastingFirst, false),
            ("urn:ogc:def:crs:EPSG::31467", northingFirst, false),
            ("http://www.opengis.net/def/crs/EPSG/0/31467", northingFirst, false),
            ("urn:ogc:def:crs:EPSG::31467", eastingFirst, true),
            ("EPSG:31467", northingFirst, true),
            ("urn:adv:crs:DE_DHDN_3GK3", eastingFirst, false),
        ]
        for (i, c) in cases.enumerated() {
            let text = XPlanFixtures.document(members: [XPlanFixtures.teilflaeche("TF_\(i)", geometry: XPlanFixtures.polygon(srsName: c.srsName, c.posList))])
            let result = try XPlanImporter.read(try XPlanFixtures.write(text, in: dir, name: "srs\(i).gml"))
            try XPlanFixtures.expectMatchesGKReference(try XPlanFixtures.feature(result.features, "TF_\(i)"))
            #expect(result.notes.contains { $0.contains("axis order") } == c.swapNote, "\(c.srsName): \(result.notes)")
        }
        // No srsName on the geometry: the document's or the feature's envelope gives it.
        let inherited = XPlanFixtures.document(members: [
            XPlanFixtures.teilflaeche(
                "TF_ENV", geometry: XPlanFixtures.polygon(srsName: nil, eastingFirst),
                extra: "<gml:boundedBy><gml:Envelope srsName=\"EPSG:31467\"><gml:lowerCorner>3593600 5902200</gml:lowerCorner>"
                    + "<gml:upperCorner>3593700 5902300</gml:upperCorner></gml:Envelope></gml:boundedBy>")
        ])
        try XPlanFixtures.expectMatchesGKReference(
            try XPlanFixtures.feature(try XPlanImporter.importFile(try XPlanFixtures.write(inherited, in: dir)), "TF_ENV"))
    }
}
