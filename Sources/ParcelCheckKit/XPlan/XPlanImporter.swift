import GeoCore

/// Imports development plans from XPlanGML 5.0–5.4 and 6.0 files into a theme layer: one feature per
/// `BP_BaugebietsTeilFlaeche`, with the land use and density it fixes and the plan it belongs to.
///
/// ```swift
/// let features = try XPlanImporter.importFile("bplan.gml")        // EPSG:25832, valid polygons
/// try XPlanImporter.write(features, to: "plans.gpkg")              // layer bebauungsplaene_xplan
/// ```
/// Catalog entry for `parcelcheck`:
/// ```yaml
/// - name: xplan
///   theme: Bebauungsplan (XPlanGML)
///   source: plans.gpkg:bebauungsplaene_xplan
///   label_field: plan_name
///   attributes: [plan_name, plan_nummer, nutzung_kuerzel, grz, gfz, z, rechtsstand, inkrafttreten]
/// ```
///
/// The XML is streamed with Foundation's `XMLParser` (see `XPlanDocumentReader` for why not GDAL's GML
/// driver); each geometry is built by GDAL from its GML text, arcs included, linearised, reprojected from its
/// `srsName` (`EPSG:31467`, `urn:ogc:def:crs:EPSG::31467`, `http://www.opengis.net/def/crs/EPSG/0/31467`, …;
/// axis order as described at `GMLSRSName`) and repaired with GEOS make-valid when invalid (with a note).
///
/// A Teilfläche finds its plan through `gehoertZuBereich` → `BP_Bereich.gehoertZuPlan` (or the reverse
/// links `planinhalt` and `bereich`); when the file has exactly one `BP_Plan`, that one is used without links.
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

        public init(workingCRS: CoordinateReferenceSystem = .etrs89UTM32, maxAngleStepDegrees: Double = 1) {
            self.workingCRS = workingCRS
            self.maxAngleStepDegrees = maxAngleStepDegrees
        }
    }

    /// The columns of the theme layer, in order. Codes are the XPlanung enumeration values; `grz`, `gfz`, `z`
    /// are `GRZ`, `GFZ`, `Z` of the Teilfläche, or the upper bound `GRZmax`, `GFZmax`, `Zmax` when the plan
    /// fixes a range only.
    public static let schema: [FieldDefinition] = [
        FieldDefinition("plan_name", .string),
        FieldDefinition("plan_nummer", .string),
        FieldDefinition("rechtsstand", .string),
        FieldDefinition("inkrafttreten", .date),
        FieldDefinition("besondere_art_der_baul_nutzung", .integer),
        FieldDefinition("nutzung_kuerzel", .string),
        FieldDefinition("allg_art_der_baul_nutzung", .integer),
        FieldDefinition("grz", .real),
        FieldDefinition("gfz", .real),
        FieldDefinition("z", .integer),
        FieldDefinition("xplan_version", .string),
        FieldDefinition("gml_id", .string),
    ]

    /// The feature types read from the file; all others are skipped while parsing.
    static let featureTypes: Set<String> = ["BP_Plan", "BP_Bereich", "BP_BaugebietsTeilFlaeche"]

    // MARK: Reading

    /// The Teilflächen of the file at `path` as theme-layer features (see `XPlanImport.features`).
    /// - Throws: `XPlanError` (see `read`).
    public static func importFile(_ path: String, options: Options = Options()) throws(XPlanError) -> [Feature] {
        try read(path, options: options).features
    }

    /// Reads the file at `path`: plans, Teilflächen and notes.
    ///
    /// - Throws: `XPlanError.unreadable`, `.notXML`, `.notXPlanGML`, `.unsupportedVersion`, `.missingGeometry`
    ///   (a Teilfläche without `position`), `.unknownSRSName`, `.brokenGeometry`, `.invalidValue` (a number,
    ///   code or date that does not parse). The first problem stops the import: a plan is imported whole or not.
    public static func read(_ path: String, options: Options = Options()) throws(XPlanError) -> XPlanImport {
        let document = try XPlanDocumentReader.read(path: path, featureTypes: featureTypes)
        let values = ValueReader(path: path)
        let plans = try document.features.filter { $0.type == "BP_Plan" }.map { raw throws(XPlanError) in
            try values.plan(raw)
        }
        let links = PlanLinks(document.features, plans: plans)
        let builder = XPlanGeometryBuilder(
            path: path, workingCRS: options.workingCRS, maxAngleStepDegrees: options.maxAngleStepDegrees)

        var features: [Feature] = []
        var notes: [String] = []
        for raw in document.features where raw.type == "BP_BaugebietsTeilFlaeche" {
            guard let snippet = raw.geometries["position"] else {
                throw .missingGeometry(
                    path: path, gmlID: raw.gmlID, featureType: raw.type, property: "position", line: raw.line)
            }
            let built = try builder.build(
                snippet, gmlID: raw.gmlID, fallbackSRSName: raw.envelopeSRSName ?? document.envelopeSRSName)
            notes += built.notes
            let plan = links.plan(of: raw)
            if plan == nil {
                notes.append(
                    "\(raw.gmlID) (line \(raw.line)): no BP_Plan found through gehoertZuBereich/gehoertZuPlan; "
                        + "plan fields left empty")
            }
            let besondere = try values.integer(raw, "besondereArtDerBaulNutzung")
            let allgemein = try values.integer(raw, "allgArtDerBaulNutzung")
            // `??` takes an untyped-throwing autoclosure, so each value is read on its own.
            let grz = try values.real(raw, "GRZ"), grzMax = try values.real(raw, "GRZmax")
            let gfz = try values.real(raw, "GFZ"), gfzMax = try values.real(raw, "GFZmax")
            let z = try values.integer(raw, "Z"), zMax = try values.integer(raw, "Zmax")
            let attributes: [(String, AttributeValue)] = [
                ("plan_name", plan?.name.map(AttributeValue.string) ?? .null),
                ("plan_nummer", plan?.nummer.map(AttributeValue.string) ?? .null),
                ("rechtsstand", plan?.rechtsstand.map(AttributeValue.string) ?? .null),
                ("inkrafttreten", plan?.inkrafttreten.map(AttributeValue.date) ?? .null),
                ("besondere_art_der_baul_nutzung", besondere.map { .integer(Int64($0)) } ?? .null),
                (
                    "nutzung_kuerzel",
                    XPlanCodeList.nutzungKuerzel(besondere: besondere, allgemein: allgemein).map(AttributeValue.string)
                        ?? .null
                ),
                ("allg_art_der_baul_nutzung", allgemein.map { .integer(Int64($0)) } ?? .null),
                ("grz", (grz ?? grzMax).map(AttributeValue.real) ?? .null),
                ("gfz", (gfz ?? gfzMax).map(AttributeValue.real) ?? .null),
                ("z", (z ?? zMax).map { .integer(Int64($0)) } ?? .null),
                ("xplan_version", .string(document.version.name)),
                ("gml_id", .string(raw.gmlID)),
            ]
            features.append(
                Feature(fid: Int64(features.count + 1), geometry: built.geometry, orderedAttributes: attributes))
        }
        return XPlanImport(path: path, version: document.version, plans: plans, features: features, notes: notes)
    }

    // MARK: Writing

    /// Writes `features` (from `importFile`/`read`) as layer `layerName` of a new file at `path` through
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

// MARK: - Interpreting values

/// Turns property texts into typed values, with `XPlanError.invalidValue` for text that does not parse.
private struct ValueReader {
    let path: String

    func plan(_ raw: XPlanRawFeature) throws(XPlanError) -> XPlanPlan {
        XPlanPlan(
            gmlID: raw.gmlID, name: raw.text("name")?.text, nummer: raw.text("nummer")?.text,
            rechtsstand: try integer(raw, "rechtsstand").map(XPlanCodeList.rechtsstand),
            inkrafttreten: try date(raw, "inkrafttretensDatum"))
    }

    func integer(_ raw: XPlanRawFeature, _ property: String) throws(XPlanError) -> Int? {
        guard let (text, line) = raw.text(property) else { return nil }
        guard let value = Int(text) else { throw invalid(raw, property, text, line) }
        return value
    }

    func real(_ raw: XPlanRawFeature, _ property: String) throws(XPlanError) -> Double? {
        guard let (text, line) = raw.text(property) else { return nil }
        guard let value = Double(text), value.isFinite else { throw invalid(raw, property, text, line) }
        return value
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
        else { throw invalid(raw, property, text, line) }
        return String(chars[0..<10])
    }

    private func invalid(_ raw: XPlanRawFeature, _ property: String, _ text: String, _ line: Int) -> XPlanError {
        .invalidValue(path: path, gmlID: raw.gmlID, property: property, value: text, line: line)
    }
}

/// The links between Teilflächen, Bereiche and plans, followed in both directions.
private struct PlanLinks {
    var plans: [String: XPlanPlan] = [:]
    var onlyPlan: XPlanPlan?
    /// Bereich id → plan id.
    var planOfBereich: [String: String] = [:]
    /// Teilfläche id → Bereich id, from `BP_Bereich.planinhalt`.
    var bereichOfContent: [String: String] = [:]

    init(_ features: [XPlanRawFeature], plans: [XPlanPlan]) {
        for plan in plans { self.plans[plan.gmlID] = plan }
        onlyPlan = plans.count == 1 ? plans[0] : nil
        for raw in features {
            switch raw.type {
            case "BP_Plan":
                for bereich in raw.references["bereich"] ?? [] where planOfBereich[bereich] == nil {
                    planOfBereich[bereich] = raw.gmlID
                }
            case "BP_Bereich":
                if let plan = raw.references["gehoertZuPlan"]?.first { planOfBereich[raw.gmlID] = plan }
                for content in raw.references["planinhalt"] ?? [] { bereichOfContent[content] = raw.gmlID }
            default:
                break
            }
        }
    }

    func plan(of teilflaeche: XPlanRawFeature) -> XPlanPlan? {
        let bereich = teilflaeche.references["gehoertZuBereich"]?.first ?? bereichOfContent[teilflaeche.gmlID]
        if let bereich, let id = planOfBereich[bereich], let plan = plans[id] { return plan }
        return onlyPlan
    }
}
