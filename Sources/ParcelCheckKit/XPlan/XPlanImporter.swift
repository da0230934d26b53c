import Foundation
import GeoCore
import Support

/// Imports development plans from XPlanGML 4.0, 4.1, 5.0–5.4 and 6.0 files and XPlanArchiv `.zip` files into a
/// theme layer: one feature per Geltungsbereich and per plan object with an area, of every plan kind (BP, FP, RP,
/// LP, SO), with the plan it belongs to, its legal state, and its use and density values as stored.
///
/// ```swift
/// let plans = try XPlanImporter.readAll(["bplan.gml", "fnp.zip"])    // EPSG:25832, valid polygons
/// try XPlanImporter.write(plans.features, to: "plans.gpkg")          // layer bebauungsplaene_xplan
/// ```
/// Catalog entry for `parcelcheck` (the check recognises the layer by its `plan_id`, `plan_status` and `objekt`
/// fields and reports per plan: share in the Geltungsbereich and the plan objects on the parcel; plans no longer in
/// force are listed under notes and do not make the parcel affected):
/// ```yaml
/// - name: xplan
///   theme: Bauleitplanung (XPlanGML)
///   source: plans.gpkg:bebauungsplaene_xplan
///   label_field: objekt
///   attributes: [plan_art, plan_nummer, plan_name, rechtsstand, objekt, nutzung_kuerzel, grz, gfz, z]
/// ```
///
/// The XML is streamed with Foundation's `XMLParser` (see `XPlanDocumentReader` for why not GDAL's GML
/// driver); each geometry is built by GDAL from its GML text, arcs included, linearised, reprojected from its
/// `srsName` (`EPSG:31467`, `urn:ogc:def:crs:EPSG::31467`, compound names such as `EPSG:25832*DE_DHHN2016_NH`,
/// …; axis order as described at `GMLSRSName`) and repaired with GEOS make-valid when invalid (with a note).
///
/// An object finds its plan through its Bereich (`gehoertZuBereich`, 4.x `gehoertZuBP_Bereich`, …, or the
/// Bereich's `planinhalt`/`inhaltBPlan` list) and the Bereich's `gehoertZuPlan` (or the plan's `bereich` list);
/// when the file has exactly one plan, that one is used without links. Objects whose geometry is a line or a point
/// (Baugrenzen, Nutzungsgrenzen, presentation objects …) are counted and left out: a parcel check measures areas.
public enum XPlanImporter {
    /// The layer name `write` uses unless told otherwise.
    public static let defaultLayerName = "bebauungsplaene_xplan"

    /// How to import.
    public struct Options: Sendable, Hashable {
        /// The CRS of the output geometries. Default EPSG:25832.
        public var workingCRS: CoordinateReferenceSystem
        /// Largest angle (degrees) between vertices when arcs are linearised (`OGR_G_GetLinearGeometry`).
        /// 1° keeps the chord within r·(1 − cos 0.5°) ≈ 3.8·10⁻⁵·r of the arc: 4 mm for r = 100 m.
        /// GDAL's own default, 4°, would leave 6 cm there.
        public var maxAngleStepDegrees: Double
        /// With `false` (the default) a number, code, flag or date that does not parse is left empty and named in
        /// a note, and the import goes on: such a value changes a column, never which area a plan object covers.
        /// With `true` the first one stops the import (`XPlanError.invalidValue`), for pipelines that must not
        /// publish a plan with a gap.
        public var strictValues: Bool

        public init(
            workingCRS: CoordinateReferenceSystem = .etrs89UTM32, maxAngleStepDegrees: Double = 1,
            strictValues: Bool = false
        ) {
            self.workingCRS = workingCRS
            self.maxAngleStepDegrees = maxAngleStepDegrees
            self.strictValues = strictValues
        }
    }

    /// The columns of the theme layer, in order.
    ///
    /// Plan: `plan_id` (its gml:id), `plan_art` (BP, FP, RP, LP, SO), `plan_name`, `plan_nummer`, `rechtsstand` (in
    /// words for the plan kind), `rechtsstand_code`, `plan_status` (`XPlanPlanStatus`: in_kraft, teilweise_in_kraft,
    /// im_verfahren, nicht_mehr_in_kraft, unbekannt), `inkrafttreten` (date of legal effect), `untergang`
    /// (`untergangsDatum`). Object: `objekt_klasse` (the XPlanGML class; the plan's or Bereich's class for a
    /// Geltungsbereich), `objekt` (German name, "Geltungsbereich" for those), `flaechenschluss` (1/0 as stored),
    /// `rechtscharakter` (code: 1000 Festsetzung, 2000 nachrichtliche Übernahme, 3000 Hinweis, …),
    /// `nutzungsform` (1000 privat, 2000 öffentlich; also in `objekt`: "private Grünfläche"),
    /// the use codes with `nutzung_kuerzel` (WA, MI, …) and `zweckbestimmung` (codes, comma-separated), and every
    /// density value as stored — GRZ, GR, GFZ, GF, BMZ, BM, Z, ZU each with its `_min`/`_max` bound and its
    /// exception value `_ausn`, and `z_zwingend`/`zu_zwingend`; a range is two columns, never collapsed into one
    /// value — `bauweise`,
    /// `dachform` (codes). Provenance: `bereich_id`, `xplan_version`, `gml_id`, `quelle` (file name).
    public static let schema: [FieldDefinition] =
        [
            FieldDefinition("plan_id", .string), FieldDefinition("plan_art", .string),
            FieldDefinition("plan_name", .string), FieldDefinition("plan_nummer", .string),
            FieldDefinition("rechtsstand", .string), FieldDefinition("rechtsstand_code", .integer),
            FieldDefinition("plan_status", .string), FieldDefinition("inkrafttreten", .date),
            FieldDefinition("untergang", .date), FieldDefinition("objekt_klasse", .string),
            FieldDefinition("objekt", .string), FieldDefinition("flaechenschluss", .integer),
            FieldDefinition("rechtscharakter", .integer), FieldDefinition("nutzungsform", .integer),
            FieldDefinition("besondere_art_der_baul_nutzung", .integer), FieldDefinition("nutzung_kuerzel", .string),
            FieldDefinition("allg_art_der_baul_nutzung", .integer), FieldDefinition("zweckbestimmung", .string),
        ]
        + DensityValue.all.map { FieldDefinition($0.column, $0.isInteger ? .integer : .real) }
        + [
            FieldDefinition("bauweise", .integer), FieldDefinition("dachform", .string),
            FieldDefinition("bereich_id", .string), FieldDefinition("xplan_version", .string),
            FieldDefinition("gml_id", .string), FieldDefinition("quelle", .string),
        ]

    /// A density value (Maß der baulichen Nutzung): the XPlanGML property and the column it goes to.
    struct DensityValue: Sendable {
        var property: String
        var column: String
        var isInteger: Bool

        /// GRZ, GR, GFZ, GF, BMZ, BM (ratios and absolute m²/m³) and Z, ZU (storeys), each with min and max and
        /// the value allowed by exception (`_Ausn`), plus Zzwingend and ZUzwingend (XPlanGML 4.0–6.0
        /// `BP_BaugebietsTeilFlaeche` and siblings). Columns: lower case, `grz_min`, `grz_max`, `grz_ausn`, …
        static let all: [DensityValue] =
            ["GRZ", "GR", "GFZ", "GF", "BMZ", "BM"].flatMap { name in
                [("", ""), ("min", "_min"), ("max", "_max"), ("_Ausn", "_ausn")].map {
                    DensityValue(property: name + $0.0, column: name.lowercased() + $0.1, isInteger: false)
                }
            }
            + ["Z", "ZU"].flatMap { name in
                [("", ""), ("min", "_min"), ("max", "_max"), ("zwingend", "_zwingend"), ("_Ausn", "_ausn")].map {
                    DensityValue(property: name + $0.0, column: name.lowercased() + $0.1, isInteger: true)
                }
            }
    }

    /// Plan kinds whose classes are read; `XP_` presentation objects and everything else are skipped.
    static func isPlanClass(_ type: String) -> Bool { XPlanPlanKind(className: type) != nil }

    /// GML root elements of line and point geometries: such objects (Baugrenzen, Nutzungsgrenzen, …) are counted
    /// and left out. Any other element goes to `XPlanGeometryBuilder`, which accepts areas and refuses the rest.
    static let lineOrPointElements: Set<String> = [
        "Point", "MultiPoint", "LineString", "Curve", "MultiCurve", "CompositeCurve", "OrientableCurve",
        "MultiLineString",
    ]

    /// Classes whose objects are always areas (Flächenschlussobjekte of every version): a line or point there is
    /// a broken plan, not an object to skip.
    static let areaOnlyClasses: Set<String> = ["BP_BaugebietsTeilFlaeche"]

    // MARK: Reading

    /// The features of the file at `path` (see `XPlanImport.features`).
    /// - Throws: `XPlanError` (see `read`).
    public static func importFile(_ path: String, options: Options = Options()) throws(XPlanError) -> [Feature] {
        try read(path, options: options).features
    }

    /// Reads the XPlanGML file or XPlanArchiv (`.zip` with `xplan.gml`) at `path`: plans, features and notes.
    ///
    /// - Throws: `XPlanError.unreadable`, `.notXML`, `.notXPlanGML`, `.unsupportedVersion` (3.x and others),
    ///   `.archiveWithoutPlan`, `.missingGeometry` (a Baugebietsteilfläche without `position`),
    ///   `.unknownSRSName`, `.brokenGeometry`, and with `options.strictValues` `.invalidValue` (a number, code,
    ///   flag or date that does not parse; otherwise the value is left empty with a note). A geometry problem
    ///   stops the import: leaving out an area would turn "in the plan" into "not in the plan", so a plan's
    ///   areas are imported whole or not at all.
    public static func read(_ path: String, options: Options = Options()) throws(XPlanError) -> XPlanImport {
        let document = try readDocument(path)
        let values = ValueReader(path: path, strict: options.strictValues)
        let builder = XPlanGeometryBuilder(
            path: path, workingCRS: options.workingCRS, maxAngleStepDegrees: options.maxAngleStepDegrees)
        let source = URL(fileURLWithPath: path).lastPathComponent
        let fallbackSRS = document.envelopeSRSName

        var plans: [XPlanPlan] = []
        var planFeatures: [String: XPlanRawFeature] = [:]
        for raw in document.features where raw.type.hasSuffix("_Plan") {
            guard let kind = XPlanPlanKind(className: raw.type) else { continue }
            plans.append(try values.plan(raw, kind: kind))
            planFeatures[raw.gmlID] = raw
        }
        let links = PlanLinks(document.features, plans: plans)

        var features: [Feature] = []
        var notes: [String] = []
        var nonArea: [String: Int] = [:]
        var areaCounts: [String: Int] = [:]
        var withoutGeometry: [String: Int] = [:]

        func append(
            _ raw: XPlanRawFeature, snippet: GMLSnippet, plan: XPlanPlan?, bereich: String?, objekt: String,
            objectValues: [(String, AttributeValue)]
        ) throws(XPlanError) {
            let built = try builder.build(
                snippet, gmlID: raw.gmlID, fallbackSRSName: raw.envelopeSRSName ?? fallbackSRS)
            notes += built.notes
            var attributes = planColumns(plan)
            attributes += [("objekt_klasse", .string(raw.type)), ("objekt", .string(objekt))]
            attributes += objectValues
            attributes += [
                ("bereich_id", bereich.map(AttributeValue.string) ?? .null),
                ("xplan_version", .string(document.version.name)), ("gml_id", .string(raw.gmlID)),
                ("quelle", .string(source)),
            ]
            features.append(Feature(fid: Int64(features.count + 1), geometry: built.geometry, orderedAttributes: attributes))
        }

        // Geltungsbereiche: each plan's, then each Bereich's that has one.
        for plan in plans {
            guard let raw = planFeatures[plan.gmlID] else { continue }
            guard let snippet = raw.geometries["raeumlicherGeltungsbereich"] else {
                notes.append(
                    "\(raw.gmlID) (line \(raw.line)): \(raw.type) has no raeumlicherGeltungsbereich; its area is "
                        + "known only through its objects")
                continue
            }
            try append(raw, snippet: snippet, plan: plan, bereich: nil, objekt: XPlanObjectClass.geltungsbereich, objectValues: emptyObjectValues)
        }
        for raw in document.features where raw.type.hasSuffix("_Bereich") && isPlanClass(raw.type) {
            guard let snippet = raw.geometries["geltungsbereich"] else { continue }
            try append(
                raw, snippet: snippet, plan: links.plan(ofBereich: raw.gmlID), bereich: raw.gmlID,
                objekt: XPlanObjectClass.geltungsbereich, objectValues: emptyObjectValues)
        }

        // Plan objects.
        for raw in document.features where !raw.type.hasSuffix("_Plan") && !raw.type.hasSuffix("_Bereich") {
            guard let snippet = raw.geometries["position"] else {
                if raw.type == "BP_BaugebietsTeilFlaeche" {
                    throw .missingGeometry(
                        path: path, gmlID: raw.gmlID, featureType: raw.type, property: "position", line: raw.line)
                }
                withoutGeometry[raw.type, default: 0] += 1
                continue
            }
            if Self.lineOrPointElements.contains(snippet.rootElement), !Self.areaOnlyClasses.contains(raw.type) {
                nonArea[raw.type, default: 0] += 1
                continue
            }
            let bereich = links.bereich(of: raw)
            let plan = links.plan(of: raw, bereich: bereich)
            if plan == nil {
                notes.append(
                    "\(raw.gmlID) (line \(raw.line)): no plan found through its Bereich; plan fields left empty")
            }
            areaCounts[raw.type, default: 0] += 1
            try append(
                raw, snippet: snippet, plan: plan, bereich: bereich,
                objekt: XPlanObjectClass.label(raw.type, nutzungsform: try values.integer(raw, "nutzungsform")),
                objectValues: try values.objectColumns(raw))
        }
        if !nonArea.isEmpty {
            let total = nonArea.values.reduce(0, +)
            notes.append(
                "\(total) line or point objects not imported (a check measures areas): "
                    + nonArea.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        for plan in plans where plan.status == .noLongerInForce {
            notes.append(
                "\(plan.title) is \(plan.rechtsstand ?? plan.status.label)"
                    + (plan.untergang.map { " since \($0)" } ?? "")
                    + ": imported, but a check does not count it as binding")
        }
        _ = withoutGeometry  // objects without geometry (text sections, rasters) carry nothing to measure
        notes += values.problems
        return XPlanImport(
            path: path, version: document.version, plans: plans, features: features, notes: notes,
            nonAreaCounts: nonArea, areaCounts: areaCounts)
    }

    /// Reads several files, keeping each plan once.
    ///
    /// A plan that appears in several files — the same `gml:id`, or the same kind, number and name — is kept once:
    /// from the file with the newer XPlanGML version, or the first file when the versions are the same; a note
    /// says which copy was kept. Features are numbered anew from 1.
    /// - Throws: the first `XPlanError` of any file.
    public static func readAll(_ paths: [String], options: Options = Options()) throws(XPlanError) -> XPlanImportSet {
        var imports: [XPlanImport] = []
        for path in paths { imports.append(try read(path, options: options)) }
        return XPlanImportSet(imports)
    }

    /// The document of a `.gml` file or of the `xplan.gml` in a `.zip` archive.
    static func readDocument(_ path: String) throws(XPlanError) -> XPlanRawDocument {
        guard ZipArchive.isZip(path) else { return try XPlanDocumentReader.read(path: path, wanted: isPlanClass) }
        let archive = ZipArchive(path: path)
        let entries: [String]
        do {
            entries = try archive.entries()
        } catch {
            throw .unreadable(path: path, message: "\(error)")
        }
        guard let entry = entries.first(where: { ($0 as NSString).lastPathComponent.lowercased() == "xplan.gml" }) else {
            throw .archiveWithoutPlan(path: path, entries: entries)
        }
        let data: Data
        do {
            data = try archive.contents(of: entry)
        } catch {
            throw .unreadable(path: path, message: "\(error)")
        }
        return try XPlanDocumentReader.read(data: data, path: "\(path) (\(entry))", wanted: isPlanClass)
    }

    /// The plan columns for a feature of `plan` (empty values when the plan is unknown).
    static func planColumns(_ plan: XPlanPlan?) -> [(String, AttributeValue)] {
        [
            ("plan_id", plan.map { .string($0.gmlID) } ?? .null),
            ("plan_art", plan.map { .string($0.kind.rawValue) } ?? .null),
            ("plan_name", plan?.name.map(AttributeValue.string) ?? .null),
            ("plan_nummer", plan?.nummer.map(AttributeValue.string) ?? .null),
            ("rechtsstand", plan?.rechtsstand.map(AttributeValue.string) ?? .null),
            ("rechtsstand_code", plan?.rechtsstandCode.map { .integer(Int64($0)) } ?? .null),
            ("plan_status", plan.map { .string($0.status.rawValue) } ?? .null),
            ("inkrafttreten", plan?.inkrafttreten.map(AttributeValue.date) ?? .null),
            ("untergang", plan?.untergang.map(AttributeValue.date) ?? .null),
        ]
    }

    /// The object columns of a Geltungsbereich (it fixes no use or density).
    static let emptyObjectValues: [(String, AttributeValue)] =
        [
            ("flaechenschluss", .null), ("rechtscharakter", .null), ("nutzungsform", .null),
            ("besondere_art_der_baul_nutzung", .null),
            ("nutzung_kuerzel", .null),
            ("allg_art_der_baul_nutzung", .null), ("zweckbestimmung", .null),
        ] + DensityValue.all.map { ($0.column, .null) } + [("bauweise", .null), ("dachform", .null)]

    // MARK: Writing

    /// Writes `features` (from `importFile`/`read`/`readAll`) as layer `layerName` of a new file at `path` through
    /// `VectorWriter` (temporary file + rename): columns `schema`, geometry type MultiPolygon (single polygons
    /// are wrapped), CRS `crs`. The format follows the extension (`.gpkg`, `.geojson`, `.fgb`).
    /// - Throws: `GDALError.unsupportedFormat` or `.writeFailed`; an existing file at `path` is left as it was.
    public static func write(
        _ features: [Feature], to path: String, layerName: String = defaultLayerName,
        crs: CoordinateReferenceSystem = .etrs89UTM32
    ) throws(GDALError) {
        let multi = features.map { feature in
            var copy = feature
            if case .polygon(let polygon) = feature.geometry { copy.geometry = .multiPolygon(MultiPolygon([polygon])) }
            return copy
        }
        let writer = try VectorWriter(path: path)
        try writer.addLayer(layerName, features: multi, schema: schema, crs: crs, geometryType: .multiPolygon)
        try writer.commit()
    }
}

/// Several imported files with each plan kept once (see `XPlanImporter.readAll`).
public struct XPlanImportSet: Sendable {
    /// The files as read, in the order given.
    public var imports: [XPlanImport]
    /// The features of the plans kept (and of objects without a plan), numbered from 1.
    public var features: [Feature]
    /// The plans kept.
    public var plans: [XPlanPlan]
    /// The notes of every file, then one per duplicate plan left out.
    public var notes: [String]

    /// Which file (index into `imports`) holds the copy kept, per plan key (`keys(_:)`).
    private var keptFile: [String: Int]

    /// Whether the copy of `plan` in `imports[file]` is the one kept.
    public func isKept(_ plan: XPlanPlan, inFile file: Int) -> Bool {
        Self.keys(plan).contains { keptFile[$0] == file }
    }

    /// Keys under which two copies count as the same plan: the gml:id, and kind, number and name when both
    /// are given.
    static func keys(_ plan: XPlanPlan) -> [String] {
        var keys = ["id:" + plan.gmlID]
        if let nummer = plan.nummer, let name = plan.name {
            keys.append("plan:\(plan.kind.rawValue)|\(nummer)|\(name)")
        }
        return keys
    }

    init(_ imports: [XPlanImport]) {
        self.imports = imports
        let keys = Self.keys
        func rank(_ version: XPlanVersion) -> Int { XPlanVersion.supported.firstIndex(of: version) ?? -1 }
        // Which file holds the copy kept, per plan key.
        var keptFile: [String: Int] = [:]
        var duplicateNotes: [String] = []
        for (f, imported) in imports.enumerated() {
            for plan in imported.plans {
                let known = keys(plan).compactMap { keptFile[$0] }.first
                guard let earlier = known else {
                    for key in keys(plan) { keptFile[key] = f }
                    continue
                }
                let newer = rank(imported.version) > rank(imports[earlier].version)
                let kept = newer ? f : earlier
                let dropped = newer ? earlier : f
                for key in keys(plan) { keptFile[key] = kept }
                let reason =
                    imports[kept].version == imports[dropped].version
                    ? "the same plan, kept once"
                    : "the newer version \(imports[kept].version.name) kept, \(imports[dropped].version.name) left out"
                duplicateNotes.append(
                    "\(plan.title) (gml:id \(plan.gmlID)) is in \(imports[earlier].path) and \(imported.path): "
                        + "\(reason); imported from \(imports[kept].path)")
            }
        }
        var features: [Feature] = []
        var plans: [XPlanPlan] = []
        for (f, imported) in imports.enumerated() {
            let keptHere = Set(imported.plans.filter { keys($0).contains { keptFile[$0] == f } }.map(\.gmlID))
            plans += imported.plans.filter { keptHere.contains($0.gmlID) }
            for var feature in imported.features {
                if let plan = feature["plan_id"]?.stringValue, !keptHere.contains(plan) { continue }
                feature.fid = Int64(features.count + 1)
                features.append(feature)
            }
        }
        self.features = features
        self.plans = plans
        self.keptFile = keptFile
        // With several files, each file's notes say which file they are about.
        notes =
            imports.flatMap { imported in
                imports.count == 1
                    ? imported.notes
                    : imported.notes.map { "\(URL(fileURLWithPath: imported.path).lastPathComponent): \($0)" }
            } + duplicateNotes
    }
}

// MARK: - Interpreting values

/// Turns property texts into typed values. Text that does not parse gives `nil` and a line in `problems`, or
/// with `strict` throws `XPlanError.invalidValue`.
private final class ValueReader {
    let path: String
    let strict: Bool
    /// One note per value left empty, naming object, line, property and text.
    private(set) var problems: [String] = []

    init(path: String, strict: Bool) {
        self.path = path
        self.strict = strict
    }

    func plan(_ raw: XPlanRawFeature, kind: XPlanPlanKind) throws(XPlanError) -> XPlanPlan {
        let code = try integer(raw, "rechtsstand")
        let rechtsstand = code.map { XPlanCodeList.rechtsstand($0, kind: kind) }
        return XPlanPlan(
            gmlID: raw.gmlID, name: raw.text("name")?.text, nummer: raw.text("nummer")?.text,
            rechtsstand: rechtsstand?.label, inkrafttreten: try date(raw, kind.inForceDateProperty), kind: kind,
            rechtsstandCode: code, status: rechtsstand?.status ?? .unknown, untergang: try date(raw, "untergangsDatum"))
    }

    /// Use, purpose and density columns of a plan object, as stored.
    func objectColumns(_ raw: XPlanRawFeature) throws(XPlanError) -> [(String, AttributeValue)] {
        let besondere = try integer(raw, "besondereArtDerBaulNutzung")
        let allgemein = try integer(raw, "allgArtDerBaulNutzung")
        var columns: [(String, AttributeValue)] = [
            ("flaechenschluss", try boolean(raw, "flaechenschluss").map { .integer($0 ? 1 : 0) } ?? .null),
            ("rechtscharakter", try integer(raw, "rechtscharakter").map { .integer(Int64($0)) } ?? .null),
            ("nutzungsform", try integer(raw, "nutzungsform").map { .integer(Int64($0)) } ?? .null),
            ("besondere_art_der_baul_nutzung", besondere.map { .integer(Int64($0)) } ?? .null),
            (
                "nutzung_kuerzel",
                XPlanCodeList.nutzungKuerzel(besondere: besondere, allgemein: allgemein).map(AttributeValue.string)
                    ?? .null
            ),
            ("allg_art_der_baul_nutzung", allgemein.map { .integer(Int64($0)) } ?? .null),
            ("zweckbestimmung", codes(raw, "zweckbestimmung", leaf: "allgemein").map(AttributeValue.string) ?? .null),
        ]
        for value in XPlanImporter.DensityValue.all {
            if value.isInteger {
                columns.append((value.column, try integer(raw, value.property).map { .integer(Int64($0)) } ?? .null))
            } else {
                columns.append((value.column, try real(raw, value.property).map(AttributeValue.real) ?? .null))
            }
        }
        columns.append(("bauweise", try integer(raw, "bauweise").map { .integer(Int64($0)) } ?? .null))
        let dachform = codes(raw, "dachform", leaf: nil) ?? codes(raw, "dachgestaltung", leaf: "dachform")
        columns.append(("dachform", dachform.map(AttributeValue.string) ?? .null))
        return columns
    }

    /// Every text of `property` (and of `property/leaf` inside its data types), comma-separated; nil when none.
    func codes(_ raw: XPlanRawFeature, _ property: String, leaf: String?) -> String? {
        let texts = raw.allTexts(property, leaf: leaf).map(\.text)
        return texts.isEmpty ? nil : texts.joined(separator: ",")
    }

    func integer(_ raw: XPlanRawFeature, _ property: String) throws(XPlanError) -> Int? {
        guard let (text, line) = raw.text(property) else { return nil }
        guard let value = Int(text) else { return try invalid(raw, property, text, line, expected: "a whole-number code") }
        return value
    }

    func real(_ raw: XPlanRawFeature, _ property: String) throws(XPlanError) -> Double? {
        guard let (text, line) = raw.text(property) else { return nil }
        guard let value = Double(text), value.isFinite else {
            return try invalid(raw, property, text, line, expected: "a number with a decimal point")
        }
        return value
    }

    func boolean(_ raw: XPlanRawFeature, _ property: String) throws(XPlanError) -> Bool? {
        guard let (text, line) = raw.text(property) else { return nil }
        switch text {
        case "true", "1": return true
        case "false", "0": return false
        default: return try invalid(raw, property, text, line, expected: "true or false")
        }
    }

    /// An `xs:date` (`YYYY-MM-DD`, optionally with a time zone, which is dropped) as `YYYY-MM-DD`.
    func date(_ raw: XPlanRawFeature, _ property: String) throws(XPlanError) -> String? {
        guard let (text, line) = raw.text(property) else { return nil }
        let chars = Array(text)
        func number(_ range: Range<Int>) -> Int? {
            range.upperBound <= chars.count ? Int(String(chars[range])) : nil
        }
        let zone = chars.count > 10 ? String(chars[10...]) : ""
        let zoneOK = zone.isEmpty || zone == "Z" || (zone.count == 6 && (zone.first == "+" || zone.first == "-"))
        guard chars.count >= 10, chars[4] == "-", chars[7] == "-", number(0..<4) != nil,
            let month = number(5..<7), (1...12).contains(month), let day = number(8..<10), (1...31).contains(day),
            zoneOK
        else { return try invalid(raw, property, text, line, expected: "a date YYYY-MM-DD") }
        return String(chars[0..<10])
    }

    /// Throws when strict, else records the problem and gives `nil`.
    private func invalid<T>(
        _ raw: XPlanRawFeature, _ property: String, _ text: String, _ line: Int, expected: String
    ) throws(XPlanError) -> T? {
        if strict { throw .invalidValue(path: path, gmlID: raw.gmlID, property: property, value: text, line: line) }
        let shown = MessageText.safe(text.count > 60 ? text.prefix(60) + "…" : text)
        problems.append("\(raw.gmlID) (line \(line)): \(property) '\(shown)' is not \(expected); left empty")
        return nil
    }
}

/// The links between objects, Bereiche and plans, followed in both directions.
private struct PlanLinks {
    var plans: [String: XPlanPlan] = [:]
    var onlyPlan: XPlanPlan?
    /// Bereich id → plan id.
    var planOfBereich: [String: String] = [:]
    /// Object id → Bereich id, from the Bereich's content lists (`planinhalt`, 4.x `inhaltBPlan`, …).
    var bereichOfContent: [String: String] = [:]

    init(_ features: [XPlanRawFeature], plans: [XPlanPlan]) {
        for plan in plans { self.plans[plan.gmlID] = plan }
        onlyPlan = plans.count == 1 ? plans[0] : nil
        for raw in features {
            if raw.type.hasSuffix("_Plan") {
                for bereich in raw.references["bereich"] ?? [] where planOfBereich[bereich] == nil {
                    planOfBereich[bereich] = raw.gmlID
                }
            } else if raw.type.hasSuffix("_Bereich") {
                if let plan = raw.references["gehoertZuPlan"]?.first { planOfBereich[raw.gmlID] = plan }
                for (property, targets) in raw.references
                where property == "planinhalt" || property.hasPrefix("inhalt") || property == "nachrichtlich" {
                    for content in targets { bereichOfContent[content] = raw.gmlID }
                }
            }
        }
    }

    /// The object's Bereich: `gehoertZuBereich` and its 4.x forms (`gehoertZuBP_Bereich`, …), the nachrichtlich
    /// kind, or the Bereich that lists the object.
    func bereich(of object: XPlanRawFeature) -> String? {
        for (property, targets) in object.references.sorted(by: { $0.key < $1.key })
        where property.hasPrefix("gehoert") && property.hasSuffix("Bereich") {
            if let first = targets.first { return first }
        }
        return bereichOfContent[object.gmlID]
    }

    func plan(ofBereich bereich: String) -> XPlanPlan? {
        if let id = planOfBereich[bereich], let plan = plans[id] { return plan }
        return onlyPlan
    }

    func plan(of object: XPlanRawFeature, bereich: String?) -> XPlanPlan? {
        if let bereich { return plan(ofBereich: bereich) }
        return onlyPlan
    }
}
