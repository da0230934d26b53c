import Foundation
import GeoCore

/// The plan fields of a development-plan layer (as `XPlanImporter` writes it, or any layer with the same
/// fields), under the names the source gives them.
///
/// A layer is a plan layer when it has `plan_id`, `plan_status` and `objekt` (in any case). A check then
/// counts only the features of binding plans (`XPlanPlanStatus.binds`: not aufgehoben, außer Kraft or
/// untergegangen) for "affected", lists the others under notes with their date, and reports per plan the share
/// of the parcel in the Geltungsbereich and the plan objects on it (`PlanResult`).
public struct PlanLayerFields: Sendable, Hashable {
    public var planID: String
    public var status: String
    public var objekt: String
    public var art: String?
    public var name: String?
    public var nummer: String?
    public var rechtsstand: String?
    public var inkrafttreten: String?
    public var untergang: String?

    /// The plan fields of `layer`, `nil` when it is not a plan layer.
    /// - Throws: `GDALError.ambiguousField` when two fields differ only in case.
    public init?(_ layer: VectorLayer) throws(GDALError) {
        guard let planID = try layer.fieldName(matching: "plan_id"),
            let status = try layer.fieldName(matching: "plan_status"),
            let objekt = try layer.fieldName(matching: "objekt")
        else { return nil }
        self.planID = planID
        self.status = status
        self.objekt = objekt
        art = try layer.fieldName(matching: "plan_art")
        name = try layer.fieldName(matching: "plan_name")
        nummer = try layer.fieldName(matching: "plan_nummer")
        rechtsstand = try layer.fieldName(matching: "rechtsstand")
        inkrafttreten = try layer.fieldName(matching: "inkrafttreten")
        untergang = try layer.fieldName(matching: "untergang")
    }

    /// The plan `feature` belongs to, `nil` when its `plan_id` is empty.
    public func plan(of feature: Feature) -> XPlanPlan? {
        guard let id = feature[planID]?.stringValue, !id.isEmpty else { return nil }
        func text(_ field: String?) -> String? { field.flatMap { feature[$0]?.stringValue }.flatMap { $0.isEmpty ? nil : $0 } }
        return XPlanPlan(
            gmlID: id, name: text(name), nummer: text(nummer), rechtsstand: text(rechtsstand),
            inkrafttreten: text(inkrafttreten), kind: text(art).flatMap(XPlanPlanKind.init(rawValue:)) ?? .bp,
            status: text(status).flatMap(XPlanPlanStatus.init(rawValue:)) ?? .unknown, untergang: text(untergang))
    }

    /// Whether `feature` belongs to a binding plan (or to none: an object without a plan counts).
    public func binds(_ feature: Feature) -> Bool {
        feature[status]?.stringValue.flatMap(XPlanPlanStatus.init(rawValue:))?.binds ?? true
    }

    /// Whether `feature` is a Geltungsbereich (of a plan or a Bereich).
    public func isGeltungsbereich(_ feature: Feature) -> Bool {
        feature[objekt]?.stringValue == XPlanObjectClass.geltungsbereich
    }
}

/// One plan in contact with the checked area: its identity and legal state, how much of the area lies in its
/// Geltungsbereich, and which of its objects lie on the area and how much. Percentages are of the checked
/// area; objects may overlap one another (an überbaubare Grundstücksfläche lies on a Baugebietsteilfläche),
/// so they need not add up.
public struct PlanResult: Sendable, Codable, Equatable {
    /// The plan's gml:id.
    public var planID: String
    /// BP, FP, RP, LP or SO.
    public var art: String
    /// "B-Plan Nr. 1251 „Am Markt“".
    public var title: String
    public var name: String?
    public var nummer: String?
    /// In words, e.g. "in Kraft", "außer Kraft".
    public var rechtsstand: String?
    /// `XPlanPlanStatus` raw value.
    public var status: String
    /// False for a plan no longer in force: listed, but not counted for "affected".
    public var binding: Bool
    public var inkrafttreten: String?
    public var untergang: String?
    /// Area of the checked area inside the plan's Geltungsbereich (its own or its Bereiche's), m²; `nil` when
    /// the layer holds no Geltungsbereich of the plan there.
    public var geltungsbereichAreaM2: Double?
    public var geltungsbereichPercent: Double?
    /// The plan objects on the area by German name, largest first.
    public var objects: [PlanObjectShare]
    /// The German summary line of the report.
    public var summary: String

    enum CodingKeys: String, CodingKey {
        case planID = "plan_id", art, title, name, nummer, rechtsstand, status, binding, inkrafttreten, untergang
        case geltungsbereichAreaM2 = "geltungsbereich_area_m2", geltungsbereichPercent = "geltungsbereich_percent"
        case objects, summary
    }

    /// Every key is written, unknown values as `null`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(planID, forKey: .planID)
        try c.encode(art, forKey: .art)
        try c.encode(title, forKey: .title)
        try c.encode(name, forKey: .name)
        try c.encode(nummer, forKey: .nummer)
        try c.encode(rechtsstand, forKey: .rechtsstand)
        try c.encode(status, forKey: .status)
        try c.encode(binding, forKey: .binding)
        try c.encode(inkrafttreten, forKey: .inkrafttreten)
        try c.encode(untergang, forKey: .untergang)
        try c.encode(geltungsbereichAreaM2, forKey: .geltungsbereichAreaM2)
        try c.encode(geltungsbereichPercent, forKey: .geltungsbereichPercent)
        try c.encode(objects, forKey: .objects)
        try c.encode(summary, forKey: .summary)
    }
}

/// The plan objects of one kind (German name) on the checked area: the area of their union on it.
public struct PlanObjectShare: Sendable, Codable, Equatable {
    /// German name, e.g. "überbaubare Grundstücksfläche".
    public var objekt: String
    public var areaM2: Double
    public var percent: Double
    /// How many features of this kind lie on the area.
    public var count: Int

    enum CodingKeys: String, CodingKey {
        case objekt, areaM2 = "area_m2", percent, count
    }

    public init(objekt: String, areaM2: Double, percent: Double, count: Int) {
        self.objekt = objekt
        self.areaM2 = areaM2
        self.percent = percent
        self.count = count
    }
}

extension PlanResult {
    /// Groups the hits of a plan layer by plan and measures each plan's Geltungsbereich and objects.
    ///
    /// Only real overlaps count (covers/overlap; slivers and boundary contacts do not make a plan apply).
    /// Areas of several features of one kind are their union on the subject (`OverlayMeasure`), never a sum.
    /// - Parameter hits: indices into `features`/`handles`.
    static func plans(
        hits: [OverlayMeasure.Hit], features: [Feature], handles: [GeometryHandle], fields: PlanLayerFields,
        subject: GeometryHandle, area: Double, thresholds: Catalog.Thresholds
    ) throws(GEOSError) -> [PlanResult] {
        var order: [String] = []
        var byPlan: [String: [OverlayMeasure.Hit]] = [:]
        for hit in hits where hit.contact == .covers || hit.contact == .overlap {
            guard let id = fields.plan(of: features[hit.index])?.gmlID else { continue }
            if byPlan[id] == nil { order.append(id) }
            byPlan[id, default: []].append(hit)
        }
        func unionArea(_ group: [OverlayMeasure.Hit]) throws(GEOSError) -> Double {
            if group.contains(where: { $0.contact == .covers }) { return area }
            if group.count == 1 { return group[0].area }
            return try OverlayMeasure.measure(
                subject: subject, subjectArea: area, subjectPrepared: nil, candidates: group.map { handles[$0.index] },
                thresholds: thresholds
            ).layerArea
        }
        var results: [PlanResult] = []
        for id in order {
            let group = byPlan[id]!
            let plan = fields.plan(of: features[group[0].index])!
            let inArea = group.filter { fields.isGeltungsbereich(features[$0.index]) }
            let geltungsbereich: Double? = inArea.isEmpty ? nil : try unionArea(inArea)
            var kinds: [String] = []
            var byKind: [String: [OverlayMeasure.Hit]] = [:]
            for hit in group where !fields.isGeltungsbereich(features[hit.index]) {
                let kind = features[hit.index][fields.objekt]?.stringValue ?? "Objekt"
                if byKind[kind] == nil { kinds.append(kind) }
                byKind[kind, default: []].append(hit)
            }
            var objects: [PlanObjectShare] = []
            for kind in kinds {
                let members = byKind[kind]!
                let a = try unionArea(members)
                objects.append(PlanObjectShare(objekt: kind, areaM2: a, percent: a / area * 100, count: members.count))
            }
            objects.sort { $0.areaM2 != $1.areaM2 ? $0.areaM2 > $1.areaM2 : $0.objekt < $1.objekt }
            results.append(
                PlanResult(
                    planID: id, art: plan.kind.rawValue, title: plan.title, name: plan.name, nummer: plan.nummer,
                    rechtsstand: plan.rechtsstand, status: plan.status.rawValue, binding: plan.status.binds,
                    inkrafttreten: plan.inkrafttreten, untergang: plan.untergang,
                    geltungsbereichAreaM2: geltungsbereich, geltungsbereichPercent: geltungsbereich.map { $0 / area * 100 },
                    objects: objects, summary: summary(plan, geltungsbereich: geltungsbereich.map { $0 / area * 100 }, objects: objects)))
        }
        return results
    }

    /// "B-Plan Nr. 1251 „Am Markt“ (in Kraft seit 2019-12-30): 100 % im Geltungsbereich; davon 57 % überbaubare
    /// Grundstücksfläche, 43 % Grünfläche".
    static func summary(_ plan: XPlanPlan, geltungsbereich: Double?, objects: [PlanObjectShare]) -> String {
        var text = plan.title + " (" + stateText(plan) + "): "
        let list = objects.map { "\(percentText($0.percent)) % \($0.objekt)" }.joined(separator: ", ")
        if let geltungsbereich {
            text += "\(percentText(geltungsbereich)) % im Geltungsbereich"
            text += list.isEmpty ? "; keine Planfläche darauf" : "; davon \(list)"
        } else {
            text += "Geltungsbereich nicht in der Ebene; Planflächen: \(list)"
        }
        return text
    }

    /// The plan as an `XPlanPlan` (for `stateText`).
    var asPlan: XPlanPlan {
        XPlanPlan(
            gmlID: planID, name: name, nummer: nummer, rechtsstand: rechtsstand, inkrafttreten: inkrafttreten,
            kind: XPlanPlanKind(rawValue: art) ?? .bp, status: XPlanPlanStatus(rawValue: status) ?? .unknown,
            untergang: untergang)
    }

    /// "in Kraft seit 2019-12-30", "außer Kraft seit 2023-01-01", "Entwurf", "Rechtsstand unbekannt".
    static func stateText(_ plan: XPlanPlan) -> String {
        let words = plan.rechtsstand ?? plan.status.label
        switch plan.status {
        case .inForce, .partlyInForce:
            return plan.inkrafttreten.map { "\(words) seit \($0)" } ?? words
        case .noLongerInForce:
            return plan.untergang.map { "\(words) seit \($0)" } ?? words
        case .inProcedure:
            return "im Verfahren: \(words)"
        case .unknown:
            return words
        }
    }

    /// A percentage with at most one decimal and no trailing ".0" ("57", "12.5", "0.3"); above 0 never "0", below
    /// 100 never "100".
    static func percentText(_ value: Double) -> String {
        if value > 0, value < 0.05 { return "< 0.1" }
        let rounded = (value * 10).rounded() / 10
        if rounded == 100, value < 100 { return "99.9" }  // not all of it: never "100"
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }
}
