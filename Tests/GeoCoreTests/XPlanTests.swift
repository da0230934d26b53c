import Foundation
import Testing
@testable import GeoCore
@testable import ParcelCheckKit

/// XPlanGML import on fixtures written for the project (Resources/xplan, see the comment at the top of each
/// file for the shapes). Every expected area is worked out by hand from rectangles and circle arcs; the
/// Gauss-Krüger reference corners come from `cs2cs` (PROJ 9.1.1, BETA2007 grid).
@Suite struct XPlanTests {
    // MARK: Fixtures and helpers

    static func fixture(_ name: String) throws -> String {
        let resources = try #require(Bundle.module.url(forResource: "Resources", withExtension: nil))
        return resources.appendingPathComponent("xplan/\(name)").path
    }

    static func makeDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("xplan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func write(_ text: String, in dir: URL, name: String = "plan.gml") throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static let ns54 = "http://www.xplanung.de/xplangml/5/4"

    /// A minimal XPlanGML document around `members` (the text inside `<gml:featureMember>` elements).
    static func document(namespace: String = ns54, members: [String]) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <xplan:XPlanAuszug xmlns:xplan="\(namespace)" xmlns:gml="http://www.opengis.net/gml/3.2"
            xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="T_AUSZUG">
        \(members.map { "  <gml:featureMember>\n\($0)\n  </gml:featureMember>" }.joined(separator: "\n"))
        </xplan:XPlanAuszug>
        """
    }

    /// A `BP_Plan` without geometry details that matter here.
    static func plan(_ id: String, name: String, bereich: String? = nil) -> String {
        """
            <xplan:BP_Plan gml:id="\(id)">
              <xplan:name>\(name)</xplan:name>
              <xplan:planArt>1000</xplan:planArt>
              <xplan:rechtsstand>4000</xplan:rechtsstand>
              \(bereich.map { "<xplan:bereich xlink:href=\"#\($0)\"/>" } ?? "")
            </xplan:BP_Plan>
        """
    }

    /// A `BP_BaugebietsTeilFlaeche` with `geometry` (GML text) as `position`, `nil` for none.
    static func teilflaeche(_ id: String, geometry: String?, extra: String = "<xplan:GRZ>0.4</xplan:GRZ>") -> String {
        """
            <xplan:BP_BaugebietsTeilFlaeche gml:id="\(id)">
              \(geometry.map { "<xplan:position>\n\($0)\n      </xplan:position>" } ?? "")
              \(extra)
              <xplan:besondereArtDerBaulNutzung>1200</xplan:besondereArtDerBaulNutzung>
            </xplan:BP_BaugebietsTeilFlaeche>
        """
    }

    /// A `gml:Polygon` with one ring.
    static func polygon(srsName: String? = "EPSG:25832", _ posList: String) -> String {
        let srs = srsName.map { " srsName=\"\($0)\"" } ?? ""
        return """
                    <gml:Polygon\(srs) gml:id="G1"><gml:exterior><gml:LinearRing>
                      <gml:posList>\(posList)</gml:posList>
                    </gml:LinearRing></gml:exterior></gml:Polygon>
            """
    }

    /// The error `read` throws for `path`, `nil` when it succeeds.
    static func importError(_ path: String) -> XPlanError? {
        do {
            _ = try XPlanImporter.read(path)
            return nil
        } catch {
            return error
        }
    }

    static func area(_ geometry: Geometry?) throws -> Double {
        let g = try #require(geometry)
        return try GeometryContext().handle(g).area()
    }

    static func feature(_ features: [Feature], _ gmlID: String) throws -> Feature {
        try #require(features.first { $0["gml_id"] == .string(gmlID) })
    }

    // MARK: Fixture (a): XPlanGML 5.4, rectangles

    @Test func rectanglesFrom54HaveHandComputedAreasAndAllAttributes() throws {
        let result = try XPlanImporter.read(Self.fixture("bplan_54_rechtecke.gml"))
        #expect(result.version.name == "5.4")
        #expect(result.plans == [
            XPlanPlan(gmlID: "GT_PLAN_901", name: "Nr. 901 Am Testfeld", nummer: "901", rechtsstand: "in Kraft", inkrafttreten: "2021-03-15")
        ])
        #expect(result.notes.isEmpty)
        #expect(result.features.map(\.fid) == [1, 2])

        let wa = try Self.feature(result.features, "GT_TF_901_WA")
        #expect(try Self.area(wa.geometry) == 20_000)  // 100 m × 200 m, gml:Polygon
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

        let mi = try Self.feature(result.features, "GT_TF_901_MI")
        #expect(try Self.area(mi.geometry) == 15_000)  // 100 m × 150 m, gml:Surface with a PolygonPatch
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
        let path = try Self.fixture("bplan_60_bogen.gml")
        let r1 = 72.5, h = 20.0, r2 = 20.0
        let theta1 = 2 * acos((r1 - h) / r1)
        let segment = r1 * r1 * acos((r1 - h) / r1) - (r1 - h) * (2 * r1 * h - h * h).squareRoot()
        let analytic = 10_000 + segment - Double.pi * r2 * r2
        #expect(abs(analytic - 10_118.4362) < 1e-4)

        for step in [1.0, 4.0] {
            let result = try XPlanImporter.read(path, options: .init(maxAngleStepDegrees: step))
            #expect(result.version.name == "6.0")
            let wr = try #require(result.features.first)
            guard case .polygon(let polygon)? = wr.geometry else {
                Issue.record("expected one polygon, got \(String(describing: wr.geometry))")
                return
            }
            #expect(polygon.holes.count == 1)
            let delta = step * .pi / 180
            let bound = (r1 * r1 * theta1 + r2 * r2 * 2 * .pi) / 2 * delta * delta / 6
            let area = try Self.area(wr.geometry)
            #expect(abs(area - analytic) <= bound, "step \(step)°: area \(area), analytic \(analytic), bound \(bound)")
            // Every vertex of the linearised arc lies on its circle (within float noise).
            let onArc = polygon.exterior.filter { $0.y > 5_900_600 }
            #expect(onArc.count >= Int(theta1 / delta) - 1)
            #expect(onArc.allSatisfy { abs(hypot($0.x - 594_250, $0.y - 5_900_547.5) - r1) < 1e-6 })
        }

        let wr = try #require(try XPlanImporter.importFile(path).first)
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

    // MARK: Fixture (c): Gauss-Krüger

    /// The GK rectangle's corners after import, against `cs2cs EPSG:31467 EPSG:25832` (see the fixture).
    static let gkReference = [
        Coordinate(593_491.8438, 5_900_278.1626), Coordinate(593_591.8041, 5_900_278.1609),
        Coordinate(593_591.8054, 5_900_378.1210), Coordinate(593_491.8452, 5_900_378.1226),
    ]

    static func expectMatchesGKReference(_ feature: Feature) throws {
        guard case .polygon(let polygon)? = feature.geometry else {
            Issue.record("expected a polygon, got \(String(describing: feature.geometry))")
            return
        }
        #expect(polygon.exterior.count == 5)
        for (vertex, reference) in zip(polygon.exterior, gkReference) {
            #expect(abs(vertex.x - reference.x) < 0.01 && abs(vertex.y - reference.y) < 0.01, "\(vertex) vs \(reference)")
        }
        // Shoelace area of the reference corners: 99.96 m × 99.96 m ≈ 9 992.07 m² (UTM scale 0.9996 vs GK 1.0).
        let ring = gkReference + [gkReference[0]]
        let shoelace = abs(zip(ring, ring.dropFirst()).reduce(0) { $0 + $1.0.x * $1.1.y - $1.1.x * $1.0.y }) / 2
        #expect(abs(try area(feature.geometry) - shoelace) < 0.1)  // corners rounded to 0.1 mm: ≤ 0.04 m²
    }

    @Test func gaussKruegerIsReprojectedWithinACentimetreOfCs2cs() throws {
        let result = try XPlanImporter.read(Self.fixture("bplan_51_gauss_krueger.gml"))
        #expect(result.version.name == "5.1")
        #expect(result.notes.isEmpty)
        let ge = try #require(result.features.first)
        try Self.expectMatchesGKReference(ge)
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
        let dir = try Self.makeDirectory()
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
            let text = Self.document(members: [Self.teilflaeche("TF_\(i)", geometry: Self.polygon(srsName: c.srsName, c.posList))])
            let result = try XPlanImporter.read(try Self.write(text, in: dir, name: "srs\(i).gml"))
            try Self.expectMatchesGKReference(try #require(result.features.first))
            #expect(result.notes.contains { $0.contains("axis order") } == c.swapNote, "\(c.srsName): \(result.notes)")
        }
        // No srsName on the geometry: the document's or the feature's envelope gives it.
        let inherited = Self.document(members: [
            Self.teilflaeche(
                "TF_ENV", geometry: Self.polygon(srsName: nil, eastingFirst),
                extra: "<gml:boundedBy><gml:Envelope srsName=\"EPSG:31467\"><gml:lowerCorner>3593600 5902200</gml:lowerCorner>"
                    + "<gml:upperCorner>3593700 5902300</gml:upperCorner></gml:Envelope></gml:boundedBy>")
        ])
        try Self.expectMatchesGKReference(try #require(try XPlanImporter.importFile(try Self.write(inherited, in: dir)).first))
    }

    // MARK: Plans, repairs

    @Test func teilflaechenFindTheirPlanThroughBereichLinks() throws {
        let dir = try Self.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let square = Self.polygon("593900 5900500 594000 5900500 594000 5900600 593900 5900600 593900 5900500")
        let text = Self.document(members: [
            Self.plan("P1", name: "Plan eins", bereich: "B1"),
            Self.plan("P2", name: "Plan zwei"),
            // B1 is linked from its plan only; B2 links to its plan and lists its content (planinhalt).
            "<xplan:BP_Bereich gml:id=\"B1\"><xplan:nummer>0</xplan:nummer></xplan:BP_Bereich>",
            "<xplan:BP_Bereich gml:id=\"B2\"><xplan:planinhalt xlink:href=\"#T2\"/><xplan:gehoertZuPlan xlink:href=\"#P2\"/></xplan:BP_Bereich>",
            Self.teilflaeche("T1", geometry: square, extra: "<xplan:gehoertZuBereich xlink:href=\"#B1\"/>"),
            Self.teilflaeche("T2", geometry: square),
            Self.teilflaeche("T3", geometry: square),
        ])
        let result = try XPlanImporter.read(try Self.write(text, in: dir))
        #expect(try Self.feature(result.features, "T1")["plan_name"] == "Plan eins")
        #expect(try Self.feature(result.features, "T2")["plan_name"] == "Plan zwei")
        #expect(try Self.feature(result.features, "T3")["plan_name"] == .null)
        #expect(result.notes.count == 1 && result.notes[0].contains("T3"))
    }

    @Test func rangesGiveTheUpperBoundAndBowTiesAreRepairedWithANote() throws {
        let dir = try Self.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Bow tie: two triangles with base 100 m (x = 593 900 and x = 594 000) and apex (593 950, 5 900 550),
        // 100 × 50 / 2 = 2 500 m² each.
        let bowTie = Self.polygon("593900 5900500 594000 5900600 594000 5900500 593900 5900600 593900 5900500")
        let text = Self.document(members: [
            Self.teilflaeche(
                "BOW", geometry: bowTie,
                extra: "<xplan:GRZmin>0.2</xplan:GRZmin><xplan:GRZmax>0.4</xplan:GRZmax><xplan:GFZmax>0.8</xplan:GFZmax>"
                    + "<xplan:Zmin>1</xplan:Zmin><xplan:Zmax>3</xplan:Zmax>")
        ])
        let result = try XPlanImporter.read(try Self.write(text, in: dir))
        let bow = try #require(result.features.first)
        #expect(abs(try Self.area(bow.geometry) - 5_000) < 1e-6)
        #expect(try GeometryContext().handle(try #require(bow.geometry)).isValid())
        #expect(result.notes.contains { $0.contains("BOW") && $0.contains("make-valid") })
        #expect(bow["grz"] == 0.4)
        #expect(bow["gfz"] == 0.8)
        #expect(bow["z"] == 3)
        #expect(bow["plan_name"] == .null)
    }

    /// Over 10 MB: `XMLParser(data:)` on Linux fails such files with libxml2 error 1; the reader streams.
    /// Other feature types (here 1 300 `BP_GruenFlaeche`) are skipped without being stored.
    @Test func filesOverTenMegabytesAreStreamed() throws {
        let dir = try Self.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let square = Self.polygon("593900 5900500 594000 5900500 594000 5900600 593900 5900600 593900 5900500")
        var members = [Self.teilflaeche("BIG_TF", geometry: square)]
        // Each skipped feature carries a ring of 361 vertices (about 9 KB), so 1 300 of them make 11 MB.
        let ring = (0...360).map { i in
            let a = Double(i % 360) * .pi / 180
            return String(format: "%.3f %.3f", 593_950 + 40 * cos(a), 5_900_550 + 40 * sin(a))
        }.joined(separator: " ")
        for i in 0..<1_300 {
            members.append(
                "    <xplan:BP_GruenFlaeche gml:id=\"G\(i)\"><xplan:position><gml:Polygon srsName=\"EPSG:25832\">"
                    + "<gml:exterior><gml:LinearRing><gml:posList>\(ring)</gml:posList></gml:LinearRing></gml:exterior>"
                    + "</gml:Polygon></xplan:position></xplan:BP_GruenFlaeche>")
        }
        let path = try Self.write(Self.document(members: members), in: dir)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(size > 10_500_000)
        let features = try XPlanImporter.importFile(path)
        #expect(features.map { $0["gml_id"] } == ["BIG_TF"])
        #expect(try Self.area(features[0].geometry) == 10_000)
    }

    // MARK: Errors

    @Test func notXMLIsTypedWithTheLine() throws {
        let dir = try Self.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        guard case .notXML(_, let line, _, _)? = Self.importError(try Self.write("hello world", in: dir)) else {
            Issue.record("plain text should be .notXML")
            return
        }
        #expect(line == 1)
        // A file cut off in the middle: XMLParser on Linux reports nothing, the open elements give it away.
        let full = try String(contentsOfFile: try Self.fixture("bplan_54_rechtecke.gml"), encoding: .utf8)
        let lines = full.split(separator: "\n", omittingEmptySubsequences: false)
        let cut = lines.prefix { !$0.contains("<xplan:Z>2</xplan:Z>") }.joined(separator: "\n")
        guard case .notXML(_, _, _, let message)? = Self.importError(try Self.write(cut, in: dir, name: "cut.gml")) else {
            Issue.record("a file cut after a complete line should be .notXML")
            return
        }
        #expect(message.contains("premature end"), "\(message)")
        #expect(message.contains("xplan:BP_BaugebietsTeilFlaeche"), "\(message)")
        // Cut in the middle of a tag: libxml2 itself complains.
        let midTag = String(full.prefix(full.count / 2))
        guard case .notXML? = Self.importError(try Self.write(midTag, in: dir, name: "midtag.gml")) else {
            Issue.record("a file cut inside a tag should be .notXML")
            return
        }
        guard case .notXML(_, let mismatchLine, _, _)? = Self.importError(
            try Self.write("<a>\n<b>\n</a>\n", in: dir, name: "mismatch.xml"))
        else {
            Issue.record("mismatched tags should be .notXML")
            return
        }
        #expect(mismatchLine == 3)
        #expect(Self.importError("/nonexistent/plan.gml") == .unreadable(path: "/nonexistent/plan.gml", message: "no such file"))
    }

    @Test func otherNamespacesAndVersionsAreRefusedListingTheSupportedOnes() throws {
        let dir = try Self.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let ogr = """
            <?xml version="1.0"?>
            <ogr:FeatureCollection xmlns:ogr="http://ogr.maptools.org/" xmlns:gml="http://www.opengis.net/gml/3.2">
              <ogr:featureMember><ogr:x gml:id="x.1"><ogr:name>a</ogr:name></ogr:x></ogr:featureMember>
            </ogr:FeatureCollection>
            """
        let path = try Self.write(ogr, in: dir, name: "ogr.gml")
        let error = Self.importError(path)
        #expect(error == .notXPlanGML(path: path, root: "ogr:FeatureCollection", namespace: "http://ogr.maptools.org/"))
        #expect(error?.description.contains("5.4 (http://www.xplanung.de/xplangml/5/4)") == true)

        let old = Self.document(namespace: "http://www.xplanung.de/xplangml/4/1", members: [])
        let oldPath = try Self.write(old, in: dir, name: "v41.gml")
        let oldError = Self.importError(oldPath)
        #expect(oldError == .unsupportedVersion(path: oldPath, namespace: "http://www.xplanung.de/xplangml/4/1", line: 3))
        #expect(oldError?.description.contains("6.0 (http://www.xplanung.de/xplangml/6/0)") == true)
        #expect(XPlanVersion.supported.map(\.name) == ["5.0", "5.1", "5.2", "5.3", "5.4", "6.0"])
    }

    @Test func missingGeometryNamesTheFeatureAndLine() throws {
        let dir = try Self.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try Self.write(Self.document(members: [Self.teilflaeche("NOGEO", geometry: nil)]), in: dir)
        #expect(Self.importError(path) == .missingGeometry(
            path: path, gmlID: "NOGEO", featureType: "BP_BaugebietsTeilFlaeche", property: "position", line: 5))
        // An empty polygon element counts as broken, not as missing.
        let empty = try Self.write(
            Self.document(members: [Self.teilflaeche("EMPTY", geometry: "<gml:Polygon srsName=\"EPSG:25832\"/>")]), in: dir,
            name: "empty.gml")
        guard case .brokenGeometry(_, "EMPTY", _, let message)? = Self.importError(empty) else {
            Issue.record("an empty polygon should be .brokenGeometry")
            return
        }
        #expect(message.contains("empty"))
    }

    @Test func unknownSRSNamesAreTyped() throws {
        let dir = try Self.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let ring = "593900 5900500 594000 5900500 594000 5900600 593900 5900500"
        for (i, srsName) in ["EPSG:999999", "urn:ogc:def:crs:OGC:1.3:CRS84x", "Gauss-Krueger 3"].enumerated() {
            let path = try Self.write(
                Self.document(members: [Self.teilflaeche("SRS\(i)", geometry: Self.polygon(srsName: srsName, ring))]), in: dir,
                name: "srs\(i).gml")
            #expect(Self.importError(path) == .unknownSRSName(path: path, srsName: srsName, gmlID: "SRS\(i)", line: 7))
        }
        let none = try Self.write(
            Self.document(members: [Self.teilflaeche("NOSRS", geometry: Self.polygon(srsName: nil, ring))]), in: dir,
            name: "nosrs.gml")
        #expect(Self.importError(none) == .unknownSRSName(path: none, srsName: nil, gmlID: "NOSRS", line: 7))
    }

    @Test func brokenGeometriesAreTypedWithTheLine() throws {
        let dir = try Self.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let cases: [(String, String, String)] = [
            // GDAL would read "x" as 0 and carry on.
            ("LETTER", Self.polygon("593900 5900500 594000 x 594000 5900600 593900 5900500"), "not a number"),
            ("ODD", Self.polygon("593900 5900500 594000 5900500 594000"), "not a multiple of srsDimension 2"),
            ("OPEN", Self.polygon("593900 5900500 594000 5900500 594000 5900600 593900 5900600"), "Non closed ring"),
            (
                "LINE", "<gml:LineString srsName=\"EPSG:25832\"><gml:posList>593900 5900500 594000 5900500</gml:posList></gml:LineString>",
                "not an area"
            ),
            ("NOTGML", "<gml:Banana srsName=\"EPSG:25832\"/>", "Unrecognized geometry type"),
        ]
        for (id, geometry, expected) in cases {
            let path = try Self.write(Self.document(members: [Self.teilflaeche(id, geometry: geometry)]), in: dir, name: "\(id).gml")
            guard case .brokenGeometry(let errorPath, let gmlID, let line, let message)? = Self.importError(path) else {
                Issue.record("\(id) should be .brokenGeometry, got \(String(describing: Self.importError(path)))")
                continue
            }
            #expect(errorPath == path && gmlID == id)
            #expect(line > 5)
            #expect(message.contains(expected), "\(id): \(message)")
        }
    }

    @Test func invalidValuesAreTyped() throws {
        let dir = try Self.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let square = Self.polygon("593900 5900500 594000 5900500 594000 5900600 593900 5900600 593900 5900500")
        let path = try Self.write(
            Self.document(members: [Self.teilflaeche("COMMA", geometry: square, extra: "<xplan:GRZ>0,4</xplan:GRZ>")]), in: dir)
        #expect(Self.importError(path) == .invalidValue(path: path, gmlID: "COMMA", property: "GRZ", value: "0,4", line: 11))
        let date = try Self.write(
            Self.document(members: [
                "<xplan:BP_Plan gml:id=\"PD\"><xplan:name>x</xplan:name><xplan:inkrafttretensDatum>15.03.2021</xplan:inkrafttretensDatum></xplan:BP_Plan>"
            ]), in: dir, name: "date.gml")
        #expect(Self.importError(date) == .invalidValue(
            path: date, gmlID: "PD", property: "inkrafttretensDatum", value: "15.03.2021", line: 5))
    }

    // MARK: Writing and the parcel check

    @Test func writtenLayerReadsBackWithItsSchema() throws {
        let dir = try Self.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let features = try XPlanImporter.importFile(Self.fixture("bplan_54_rechtecke.gml"))
            + XPlanImporter.importFile(Self.fixture("bplan_60_bogen.gml"))
        let gpkg = dir.appendingPathComponent("plans.gpkg").path
        try XPlanImporter.write(features, to: gpkg)
        let layer = try VectorDataset.openLayer(gpkg + ":" + XPlanImporter.defaultLayerName)
        #expect(layer.fields == XPlanImporter.schema)
        #expect(layer.crs == .etrs89UTM32)
        #expect(layer.geometryType == .multiPolygon)
        let read = try layer.features()
        #expect(read.count == 3)
        let wa = try Self.feature(read, "GT_TF_901_WA")
        #expect(wa["inkrafttreten"] == .date("2021-03-15"))
        #expect(wa["grz"] == 0.4 && wa["z"] == 2 && wa["nutzung_kuerzel"] == "WA")
        #expect(try Self.area(wa.geometry) == 20_000)
    }

    /// Checks a parcel inside the WA area of fixture (a) against the imported plan layer.
    static func expectParcelReportsPlan(parcels: String, gemarkungen: String?, parcel: String) throws {
        let dir = try makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let gpkg = dir.appendingPathComponent("plans.gpkg").path
        try XPlanImporter.write(try XPlanImporter.importFile(fixture("bplan_54_rechtecke.gml")), to: gpkg)
        let catalog = Catalog(
            parcels: .init(source: parcels, gemarkungen: gemarkungen),
            layers: [
                .init(
                    name: "xplan", theme: "Bebauungsplan (XPlanGML)", source: gpkg + ":bebauungsplaene_xplan",
                    labelField: "plan_name",
                    attributes: ["plan_name", "plan_nummer", "nutzung_kuerzel", "grz", "gfz", "z", "rechtsstand", "inkrafttreten"])
            ])
        let report = try ParcelChecker(catalog: catalog).check(parcel: parcel).report
        let xplan = try #require(report.layers.first { $0.layer == "xplan" })
        #expect(xplan.status == .ok)
        #expect(xplan.affected == true)
        #expect(xplan.contact == .covers)
        #expect(abs((xplan.overlapPercent ?? 0) - 100) < 1e-9)
        #expect(xplan.features.count == 1)
        let feature = try #require(xplan.features.first)
        #expect(feature.label == "Nr. 901 Am Testfeld")
        #expect(feature.attributes["nutzung_kuerzel"] == "WA")
        #expect(feature.attributes["grz"] == 0.4)
        #expect(feature.attributes["gfz"] == 0.8)
        #expect(feature.attributes["z"] == 2)
        #expect(feature.attributes["rechtsstand"] == "in Kraft")
        #expect(feature.attributes["inkrafttreten"] == .date("2021-03-15"))
        #expect(report.table().contains("Nr. 901 Am Testfeld"))
    }

    static let sampleData = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("sample-data/lueneburg.gpkg").path

    /// With the sample data (`make sample-data`): "Lüneburg 12 45/3" lies inside the WA area of fixture (a).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: sampleData), "needs sample-data/lueneburg.gpkg"))
    func sampleParcelReportsPlanUseAndDensity() throws {
        let parcels = try VectorDataset.openLayer(Self.sampleData + ":flurstuecke")
            .features(where: "flurstueckskennzeichen = '032718012000450003__'")
        let envelope = try #require(parcels.first?.geometry?.envelope)
        #expect(envelope.minX > 593_900 && envelope.maxX < 594_000 && envelope.minY > 5_900_500 && envelope.maxY < 5_900_700)
        try Self.expectParcelReportsPlan(
            parcels: Self.sampleData + ":flurstuecke", gemarkungen: Self.sampleData + ":gemarkungen",
            parcel: "Lüneburg 12 45/3")
    }

    /// The same check without the sample data: the parcel's outline (as the sample generator makes it) in a
    /// GeoPackage written for the test.
    @Test func parcelInsideTheWAAreaReportsPlanUseAndDensity() throws {
        let dir = try Self.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let outline = Polygon(exterior: [
            Coordinate(593_939.21, 5_900_554.72), Coordinate(593_966.91, 5_900_554.92), Coordinate(593_968.03, 5_900_590.26),
            Coordinate(593_941.25, 5_900_588.59), Coordinate(593_939.21, 5_900_554.72),
        ])
        let parcels = dir.appendingPathComponent("parcels.gpkg").path
        try writeVectorLayer(
            [Feature(geometry: .polygon(outline), attributes: ["flurstueckskennzeichen": "032718012000450003__", "amtlicheflaeche": 943.0])],
            to: parcels, layerName: "flurstuecke", crs: .etrs89UTM32)
        try Self.expectParcelReportsPlan(parcels: parcels + ":flurstuecke", gemarkungen: nil, parcel: "032718012000450003__")
    }
}
