import Foundation
import GeoCore
import ParcelCheckKit
import TestSupport
import Testing

/// The public XPlanGML reference plans (`Resources/xplan-reference`, from the xplanbox project, versions 3.0–6.0,
/// BP/FP/RP/LP/SO) imported and compared with `expected.json`: what an independent reader of the same files
/// (`bench/xplan_reference.py`: lxml, shapely, pyproj; no GDAL) found in them. Per file: the version, every plan
/// with its Rechtsstand and dates, the Geltungsbereiche of plans and Bereiche, the number of area and of
/// line/point objects per class, and per object its class, Bereich, plan, area and use/density attributes.
@Suite struct XPlanReferencePlanTests {
    // MARK: The independent reading

    struct Expected: Decodable {
        var files: [String: File]
    }

    struct File: Decodable {
        var version: String
        var supported: Bool
        var sha256: String
        var plans: [Plan]?
        var bereiche: [Bereich]?
        var objects: [Object]?
        var counts: [String: Int]?
        var nonAreaCounts: [String: Int]?

        enum CodingKeys: String, CodingKey {
            case version, supported, sha256, plans, bereiche, objects, counts, nonAreaCounts = "non_area_counts"
        }
    }

    struct Area: Decodable {
        var areaM2: Double
        var repaired: Bool
        var arcError: Double?

        enum CodingKeys: String, CodingKey {
            case areaM2 = "area_m2", repaired, arcError = "arc_linearisation_error_m2"
        }
    }

    struct Plan: Decodable {
        var gmlID: String
        var className: String
        var name: String?
        var nummer: JSONScalar?
        var rechtsstand: Int?
        var dates: [String: String]
        var geltungsbereich: Area?

        enum CodingKeys: String, CodingKey {
            case gmlID = "gml_id", className = "class", name, nummer, rechtsstand, dates, geltungsbereich
        }
    }

    struct Bereich: Decodable {
        var gmlID: String
        var plan: String?
        var geltungsbereich: Area?

        enum CodingKeys: String, CodingKey {
            case gmlID = "gml_id", plan, geltungsbereich
        }
    }

    struct Object: Decodable {
        var gmlID: String
        var className: String
        var areaM2: Double
        var arcError: Double?
        var repaired: Bool
        var flaechenschluss: Bool?
        var bereiche: [String]
        var attributes: [String: JSONScalar]

        enum CodingKeys: String, CodingKey {
            case gmlID = "gml_id", className = "class", areaM2 = "area_m2", arcError = "arc_linearisation_error_m2"
            case repaired, flaechenschluss, bereiche, attributes
        }
    }

    /// A number, a string or a list of them, as the reader writes attribute values.
    indirect enum JSONScalar: Decodable, Equatable {
        case number(Double)
        case text(String)
        case list([JSONScalar])

        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let n = try? c.decode(Double.self) {
                self = .number(n)
            } else if let s = try? c.decode(String.self) {
                self = .text(s)
            } else {
                self = .list(try c.decode([JSONScalar].self))
            }
        }

        /// As the importer stores it: a number as a value, a code list comma-separated.
        var attribute: AttributeValue {
            switch self {
            case .number(let n): n == n.rounded() && abs(n) < 1e15 ? .integer(Int64(n)) : .real(n)
            case .text(let s): .string(s)
            case .list(let l): .string(l.map(\.text).joined(separator: ","))
            }
        }

        var text: String {
            switch self {
            case .number(let n): n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n)
            case .text(let s): s
            case .list(let l): l.map(\.text).joined(separator: ",")
            }
        }
    }

    static let directory: String = {
        let resources = Bundle.module.url(forResource: "Resources", withExtension: nil)!
        return resources.appendingPathComponent("xplan-reference").path
    }()

    static func loadExpected() throws -> Expected {
        let data = try Data(contentsOf: URL(fileURLWithPath: directory + "/expected.json"))
        return try JSONDecoder().decode(Expected.self, from: data)
    }

    /// The files the reference marks as supported (read without decoding the rest, for the test arguments).
    static let supportedFiles: [String] = {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: directory + "/expected.json")),
            let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let files = json["files"] as? [String: [String: Any]]
        else { return [] }
        return files.filter { $0.value["supported"] as? Bool == true }.keys.sorted()
    }()

    /// The XPlanGML property behind each attribute column the reference reads.
    static let attributeColumns: [String: String] = [
        "GRZ": "grz", "GRZmin": "grz_min", "GRZmax": "grz_max", "GRZ_Ausn": "grz_ausn",
        "GR": "gr", "GRmin": "gr_min", "GRmax": "gr_max", "GR_Ausn": "gr_ausn",
        "GFZ": "gfz", "GFZmin": "gfz_min", "GFZmax": "gfz_max", "GFZ_Ausn": "gfz_ausn",
        "GF": "gf", "GFmin": "gf_min", "GFmax": "gf_max", "GF_Ausn": "gf_ausn",
        "BMZ": "bmz", "BMZmin": "bmz_min", "BMZmax": "bmz_max", "BMZ_Ausn": "bmz_ausn",
        "BM": "bm", "BMmin": "bm_min", "BMmax": "bm_max", "BM_Ausn": "bm_ausn",
        "Z": "z", "Zmin": "z_min", "Zmax": "z_max", "Zzwingend": "z_zwingend", "Z_Ausn": "z_ausn",
        "ZU": "zu", "ZUmin": "zu_min", "ZUmax": "zu_max", "ZUzwingend": "zu_zwingend", "ZU_Ausn": "zu_ausn",
        "besondereArtDerBaulNutzung": "besondere_art_der_baul_nutzung",
        "allgArtDerBaulNutzung": "allg_art_der_baul_nutzung", "bauweise": "bauweise",
        "rechtscharakter": "rechtscharakter", "nutzungsform": "nutzungsform", "zweckbestimmung": "zweckbestimmung", "dachform": "dachform",
    ]

    /// Area agreement: the reference linearises arcs its own way (1° steps from the arc's start), GDAL from
    /// its own start point; both stay within `arc_linearisation_error_m2` of the exact arc area, so their
    /// difference does too. Without arcs the areas agree to the reference's rounding (6 decimals) and float noise.
    static func expectArea(_ geometry: Geometry?, _ expected: Double, arcError: Double?, _ what: String) throws {
        let area = try XPlanFixtures.area(geometry)
        let tolerance = (arcError ?? 0) + 1e-9 * expected + 1e-5
        #expect(abs(area - expected) <= tolerance, "\(what): \(area) m², reference \(expected) m²")
    }

    // MARK: Tests

    @Test func theFixturesAreTheFilesTheReferenceRead() throws {
        let expected = try Self.loadExpected()
        #expect(expected.files.count == 14)
        #expect(Self.supportedFiles.count == 13)
        let names = expected.files.keys.sorted()
        let run = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/sha256sum"), names, in: URL(fileURLWithPath: Self.directory))
        #expect(run.status == 0, "\(run.stderr)")
        let sums = run.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        #expect(sums.count == names.count)
        for line in sums where line.count == 2 {
            #expect(expected.files[String(line[1])]?.sha256 == String(line[0]), "\(line[1]) is not the file the reference read")
        }
    }

    @Test(arguments: supportedFiles)
    func importMatchesTheIndependentReading(_ name: String) throws {
        let file = try #require(try Self.loadExpected().files[name])
        let result = try XPlanImporter.read(Self.directory + "/" + name)
        #expect(result.version.name == file.version)

        // Counts per class: area objects imported, line and point objects counted.
        #expect(result.areaCounts == (file.counts ?? [:]), "\(name)")
        #expect(result.nonAreaCounts == (file.nonAreaCounts ?? [:]), "\(name)")
        let geltungsbereiche = result.features.filter { $0["objekt"] == "Geltungsbereich" }
        #expect(result.features.count - geltungsbereiche.count == (file.counts ?? [:]).values.reduce(0, +))

        // Plans: identity, kind, Rechtsstand, dates, Geltungsbereich.
        let plans = file.plans ?? []
        #expect(Set(result.plans.map(\.gmlID)) == Set(plans.map(\.gmlID)))
        for expected in plans {
            let plan = try #require(result.plans.first { $0.gmlID == expected.gmlID })
            #expect(plan.kind.rawValue + "_Plan" == expected.className)
            #expect(plan.name == expected.name)
            #expect(plan.nummer == expected.nummer?.text)
            #expect(plan.rechtsstandCode == expected.rechtsstand)
            #expect(plan.inkrafttreten == expected.dates[plan.kind.inForceDateProperty])
            #expect(plan.untergang == expected.dates["untergangsDatum"])
            if let code = expected.rechtsstand {
                #expect(plan.rechtsstand == XPlanCodeList.rechtsstand(code, kind: plan.kind).label)
            } else {
                #expect(plan.rechtsstand == nil && plan.status == .unknown)
            }
            if let area = expected.geltungsbereich {
                let feature = try #require(
                    geltungsbereiche.first { $0["gml_id"] == .string(expected.gmlID) }, "\(name): no Geltungsbereich of \(expected.gmlID)")
                #expect(feature["objekt_klasse"] == .string(expected.className))
                #expect(feature["plan_id"] == .string(expected.gmlID))
                try Self.expectArea(feature.geometry, area.areaM2, arcError: area.arcError, "\(name) \(expected.gmlID)")
            }
        }

        // Bereiche with a Geltungsbereich of their own.
        let planOfBereich = Dictionary(
            (file.bereiche ?? []).compactMap { b in b.plan.map { (b.gmlID, $0) } }, uniquingKeysWith: { a, _ in a })
        for bereich in file.bereiche ?? [] {
            let feature = geltungsbereiche.first { $0["gml_id"] == .string(bereich.gmlID) }
            guard let area = bereich.geltungsbereich else {
                #expect(feature == nil, "\(name): Bereich \(bereich.gmlID) has no Geltungsbereich")
                continue
            }
            let found = try #require(feature, "\(name): no Geltungsbereich of Bereich \(bereich.gmlID)")
            #expect(found["plan_id"] == (bereich.plan.map(AttributeValue.string) ?? .null))
            try Self.expectArea(found.geometry, area.areaM2, arcError: area.arcError, "\(name) \(bereich.gmlID)")
        }

        // Objects: class, Bereich, plan, area, attributes.
        let onlyPlan = plans.count == 1 ? plans[0].gmlID : nil
        for object in file.objects ?? [] {
            let feature = try #require(
                result.features.first { $0["gml_id"] == .string(object.gmlID) }, "\(name): \(object.gmlID) not imported")
            #expect(feature["objekt_klasse"] == .string(object.className))
            let nutzungsform: Int? =
                if case .number(let n)? = object.attributes["nutzungsform"] { Int(n) } else { nil }
            #expect(feature["objekt"] == .string(XPlanObjectClass.label(object.className, nutzungsform: nutzungsform)))
            #expect(feature["bereich_id"] == (object.bereiche.first.map(AttributeValue.string) ?? .null), "\(object.gmlID)")
            let plan = object.bereiche.first.flatMap { planOfBereich[$0] } ?? onlyPlan
            #expect(feature["plan_id"] == (plan.map(AttributeValue.string) ?? .null), "\(name): plan of \(object.gmlID)")
            #expect(feature["flaechenschluss"] == (object.flaechenschluss.map { .integer($0 ? 1 : 0) } ?? .null))
            try Self.expectArea(feature.geometry, object.areaM2, arcError: object.arcError, "\(name) \(object.gmlID)")
            for (property, value) in object.attributes {
                let column = try #require(Self.attributeColumns[property], "no column for \(property)")
                let stored = feature[column]
                switch (stored, value.attribute) {
                case (.real(let a), .integer(let b)): #expect(a == Double(b), "\(object.gmlID) \(property)")
                default: #expect(stored == value.attribute, "\(object.gmlID) \(property)")
                }
            }
            // Nothing is stored that the file does not hold.
            let given = Set(object.attributes.keys.compactMap { Self.attributeColumns[$0] })
            for column in Set(Self.attributeColumns.values).subtracting(given) where column != "zweckbestimmung" {
                #expect(feature[column] == .null, "\(name) \(object.gmlID): \(column) is \(String(describing: feature[column]))")
            }
            #expect(try GeometryContext().handle(try #require(feature.geometry)).isValid())
        }
        if (file.objects ?? []).contains(where: \.repaired) {
            #expect(result.notes.contains { $0.contains("make-valid") })
        }
    }

    @Test func xplan30IsRefusedWithTheReason() throws {
        let path = Self.directory + "/xplan30_Plessa.gml"
        guard case .unsupportedVersion(_, let namespace, _)? = XPlanFixtures.importError(path) else {
            Issue.record("3.0 must be refused")
            return
        }
        #expect(namespace == "http://www.xplanung.de/xplangml/3/0")
        #expect(XPlanFixtures.importError(path)?.description.contains("converting to XPlanGML 4.0 or newer") == true)
    }

    /// 5.3 BP with rechtsstand 50001 and the 6.0 FNP with 50000: imported, shown as no longer in force.
    @Test func plansNoLongerInForceAreRecognised() throws {
        let bp = try XPlanImporter.read(Self.directory + "/xplan53_BP_5.3.gml")
        #expect(bp.plans.map(\.rechtsstand) == ["außer Kraft"])
        #expect(bp.plans.map(\.status) == [.noLongerInForce])
        #expect(bp.features.allSatisfy { $0["plan_status"] == "nicht_mehr_in_kraft" && $0["rechtsstand_code"] == 50001 })
        #expect(bp.notes.contains { $0.contains("außer Kraft") && $0.contains("not count it as binding") })
        let fp = try XPlanImporter.read(Self.directory + "/xplan60_FNP_Test_60.zip")
        #expect(fp.plans.map(\.kind) == [.fp])
        #expect(fp.plans.map(\.rechtsstand) == ["aufgehoben"])
        #expect(fp.plans.map(\.status) == [.noLongerInForce])
        // Codes the lists know per kind, and the binding rule.
        #expect(XPlanCodeList.rechtsstand(4000, kind: .bp) == ("in Kraft", .inForce))
        #expect(XPlanCodeList.rechtsstand(4000, kind: .fp) == ("wirksam", .inForce))
        #expect(XPlanCodeList.rechtsstand(5000, kind: .rp) == ("allgemeine Planungsabsicht", .inProcedure))
        #expect(XPlanCodeList.rechtsstand(6000, kind: .rp) == ("außer Kraft", .noLongerInForce))
        #expect(XPlanCodeList.rechtsstand(45000, kind: .bp) == ("teilweise aufgehoben", .partlyInForce))
        #expect(XPlanCodeList.rechtsstand(1234, kind: .bp) == ("Rechtsstand 1234", .unknown))
        #expect(XPlanPlanStatus.allCases.filter(\.binds) == [.inForce, .partlyInForce, .inProcedure, .unknown])
    }

    /// The same plan (same gml:ids) as 4.0 archive and as 6.0 file: kept once, from 6.0, with a note; given the
    /// other way round, the same. The same file twice: kept once.
    @Test func duplicatePlansAreKeptOnceFromTheNewerVersion() throws {
        let v40 = Self.directory + "/xplan40_BPlan004_4-0.zip"
        let v60 = Self.directory + "/xplan60_BPlan004_6-0.gml"
        let single = try XPlanImporter.read(v60)
        for order in [[v40, v60], [v60, v40]] {
            let set = try XPlanImporter.readAll(order)
            #expect(set.plans.count == 1)
            #expect(set.features.count == single.features.count)
            #expect(set.features.allSatisfy { $0["xplan_version"] == "6.0" })
            #expect(set.features.map(\.fid) == Array(1...Int64(set.features.count)))
            #expect(set.notes.contains { $0.contains("newer version 6.0 kept, 4.0 left out") })
        }
        let twice = try XPlanImporter.readAll([v60, v60])
        #expect(twice.plans.count == 1 && twice.features.count == single.features.count)
        #expect(twice.notes.contains { $0.contains("the same plan, kept once") })
        // Different plans are all kept.
        let both = try XPlanImporter.readAll([v60, Self.directory + "/xplan41_Eidelstedt_4_V4.zip"])
        #expect(both.plans.count == 2)
    }

    /// The check a planner makes: a parcel inside a plan's Geltungsbereich but outside every
    /// Baugebietsteilfläche. Every plan of every reference file is affected (plans in force or in the procedure)
    /// or listed as no longer in force with a note; the report names the plan with 100 % in its Geltungsbereich.
    @Test(arguments: supportedFiles)
    func aParcelInsideTheGeltungsbereichOutsideEveryTeilflaecheReportsThePlan(_ name: String) throws {
        let dir = try XPlanFixtures.makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let imported = try XPlanImporter.read(Self.directory + "/" + name)
        let gpkg = dir.appendingPathComponent("plans.gpkg").path
        try XPlanImporter.write(imported.features, to: gpkg)
        let checker = try ParcelChecker(
            catalog: Catalog(
                parcels: .init(source: dir.appendingPathComponent("none.gpkg").path),
                layers: [
                    .init(
                        name: "xplan", theme: "Bauleitplanung", source: gpkg + ":" + XPlanImporter.defaultLayerName,
                        labelField: "objekt", attributes: ["plan_art", "nutzung_kuerzel", "grz", "gfz"])
                ]))
        let context = GeometryContext()
        var checked = 0
        var fullyCovered = 0
        for plan in imported.plans {
            guard let gb = imported.features.first(where: { $0["gml_id"] == .string(plan.gmlID) && $0["objekt"] == "Geltungsbereich" }),
                let area = gb.geometry
            else { continue }
            let teilflaechen = try imported.features.filter {
                $0["plan_id"] == .string(plan.gmlID) && $0["objekt_klasse"] == "BP_BaugebietsTeilFlaeche"
            }.compactMap(\.geometry).map { try context.handle($0) }
            var free = try context.handle(area)
            if !teilflaechen.isEmpty { free = try free.difference(try context.union(of: teilflaechen)) }
            // 1 m away from every edge, so the 1 m² square lies clearly inside.
            let inner = try free.buffer(-1.0)
            guard !inner.isEmpty else {
                // Teilflächen fill the whole Geltungsbereich (xplan60_BP_6-0_true_PolygonPatch…): nothing to test.
                let freeArea = try free.area()
                #expect(freeArea < 1, "\(name) \(plan.title): free area \(freeArea) m² but no inner point")
                fullyCovered += 1
                continue
            }
            guard let point = try inner.pointOnSurface().geometry().coordinates.first else { continue }
            let square = Geometry.polygon(
                Polygon(exterior: [
                    Coordinate(point.x - 0.5, point.y - 0.5), Coordinate(point.x + 0.5, point.y - 0.5),
                    Coordinate(point.x + 0.5, point.y + 0.5), Coordinate(point.x - 0.5, point.y + 0.5),
                    Coordinate(point.x - 0.5, point.y - 0.5),
                ]))
            let report = try checker.check(geometry: square, crs: .etrs89UTM32).report
            let layer = try #require(report.layers.first)
            let result = try #require(layer.plans?.first { $0.planID == plan.gmlID }, "\(name): \(plan.title) not reported")
            #expect(result.geltungsbereichPercent == 100, "\(name) \(plan.title)")
            #expect(!result.objects.contains { $0.objekt == "Baugebietsteilfläche" })
            #expect(result.binding == plan.status.binds)
            #expect(result.summary.hasPrefix(plan.title + " ("))
            #expect(result.summary.contains("100 % im Geltungsbereich"))
            if plan.status.binds {
                #expect(layer.affected == true, "\(name) \(plan.title)")
                #expect(report.table().contains("  xplan: " + result.summary))
            } else {
                #expect(report.notes.contains { $0.contains(plan.title) && $0.contains("no longer in force") })
                #expect(report.table().contains("nicht berücksichtigt, nicht mehr in Kraft: " + result.summary))
                // Only binding plans make it affected: here, no other plan of the file lies there.
                if layer.plans?.allSatisfy({ !$0.binding }) == true { #expect(layer.affected == false) }
            }
            checked += 1
        }
        #expect(checked + fullyCovered >= 1, "\(name): no plan with a Geltungsbereich")
        #expect(checked >= 1 || name == "xplan60_BP_6-0_true_PolygonPatch_Flaechenschlussobjekt.gml", "\(name): nothing checked")
    }
}
