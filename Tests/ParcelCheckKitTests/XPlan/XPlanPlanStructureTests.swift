import Foundation
import GeoCore
import ParcelCheckKit
import Testing

/// How Teilflächen find their plan, what is repaired or skipped, and that large files are streamed.
@Suite struct XPlanPlanStructureTests {
    @Test func teilflaechenFindTheirPlanThroughBereichLinks() throws {
        let dir = try XPlanFixtures.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let square = XPlanFixtures.polygon("593900 5900500 594000 5900500 594000 5900600 593900 5900600 593900 5900500")
        let text = XPlanFixtures.document(members: [
            XPlanFixtures.plan("P1", name: "Plan eins", bereich: "B1"),
            XPlanFixtures.plan("P2", name: "Plan zwei"),
            // B1 is linked from its plan only; B2 links to its plan and lists its content (planinhalt).
            "<xplan:BP_Bereich gml:id=\"B1\"><xplan:nummer>0</xplan:nummer></xplan:BP_Bereich>",
            "<xplan:BP_Bereich gml:id=\"B2\"><xplan:planinhalt xlink:href=\"#T2\"/><xplan:gehoertZuPlan xlink:href=\"#P2\"/></xplan:BP_Bereich>",
            XPlanFixtures.teilflaeche("T1", geometry: square, extra: "<xplan:gehoertZuBereich xlink:href=\"#B1\"/>"),
            XPlanFixtures.teilflaeche("T2", geometry: square),
            XPlanFixtures.teilflaeche("T3", geometry: square),
        ])
        let result = try XPlanImporter.read(try XPlanFixtures.write(text, in: dir))
        #expect(try XPlanFixtures.feature(result.features, "T1")["plan_name"] == "Plan eins")
        #expect(try XPlanFixtures.feature(result.features, "T2")["plan_name"] == "Plan zwei")
        #expect(try XPlanFixtures.feature(result.features, "T3")["plan_name"] == .null)
        #expect(result.notes.filter { $0.contains("T3") }.count == 1)
        #expect(result.notes.contains { $0.contains("T3") && $0.contains("no plan found") })
        // Neither plan has a raeumlicherGeltungsbereich (mandatory in XPlanGML): each gets a note.
        #expect(result.notes.filter { $0.contains("raeumlicherGeltungsbereich") }.count == 2)
    }

    @Test func rangesStayRangesAndBowTiesAreRepairedWithANote() throws {
        let dir = try XPlanFixtures.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Bow tie: two triangles with base 100 m (x = 593 900 and x = 594 000) and apex (593 950, 5 900 550),
        // 100 × 50 / 2 = 2 500 m² each.
        let bowTie = XPlanFixtures.polygon("593900 5900500 594000 5900600 594000 5900500 593900 5900600 593900 5900500")
        let text = XPlanFixtures.document(members: [
            XPlanFixtures.teilflaeche(
                "BOW", geometry: bowTie,
                extra: "<xplan:GRZmin>0.2</xplan:GRZmin><xplan:GRZmax>0.4</xplan:GRZmax><xplan:GFZmax>0.8</xplan:GFZmax>"
                    + "<xplan:Zmin>1</xplan:Zmin><xplan:Zmax>3</xplan:Zmax>")
        ])
        let result = try XPlanImporter.read(try XPlanFixtures.write(text, in: dir))
        let bow = try #require(result.features.first)
        #expect(abs(try XPlanFixtures.area(bow.geometry) - 5_000) < 1e-6)
        #expect(try GeometryContext().handle(try #require(bow.geometry)).isValid())
        #expect(result.notes.contains { $0.contains("BOW") && $0.contains("make-valid") })
        // As stored: a range is two columns, a value not given stays empty (never the maximum in its place).
        #expect(bow["grz"] == .null && bow["grz_min"] == 0.2 && bow["grz_max"] == 0.4)
        #expect(bow["gfz"] == .null && bow["gfz_min"] == .null && bow["gfz_max"] == 0.8)
        #expect(bow["z"] == .null && bow["z_min"] == 1 && bow["z_max"] == 3)
        #expect(bow["plan_name"] == .null)
    }

    /// Over 10 MB: `XMLParser(data:)` on Linux fails such files with libxml2 error 1; the reader streams.
    /// Presentation objects (here 1 300 `XP_FPO` with an area) are skipped without being stored.
    @Test func filesOverTenMegabytesAreStreamed() throws {
        let dir = try XPlanFixtures.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let square = XPlanFixtures.polygon("593900 5900500 594000 5900500 594000 5900600 593900 5900600 593900 5900500")
        var members = [XPlanFixtures.teilflaeche("BIG_TF", geometry: square)]
        // Each skipped feature carries a ring of 361 vertices (about 9 KB), so 1 300 of them make 11 MB.
        let ring = (0...360).map { i in
            let a = Double(i % 360) * .pi / 180
            return String(format: "%.3f %.3f", 593_950 + 40 * cos(a), 5_900_550 + 40 * sin(a))
        }.joined(separator: " ")
        for i in 0..<1_300 {
            members.append(
                "    <xplan:XP_FPO gml:id=\"G\(i)\"><xplan:position><gml:Polygon srsName=\"EPSG:25832\">"
                    + "<gml:exterior><gml:LinearRing><gml:posList>\(ring)</gml:posList></gml:LinearRing></gml:exterior>"
                    + "</gml:Polygon></xplan:position></xplan:XP_FPO>")
        }
        let path = try XPlanFixtures.write(XPlanFixtures.document(members: members), in: dir)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(size > 10_500_000)
        let features = try XPlanImporter.importFile(path)
        #expect(features.map { $0["gml_id"] } == ["BIG_TF"])
        #expect(try XPlanFixtures.area(features[0].geometry) == 10_000)
    }
}
