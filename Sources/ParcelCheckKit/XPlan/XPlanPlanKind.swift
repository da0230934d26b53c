/// The kinds of plan XPlanGML describes, by the prefix of their classes (`BP_Plan`, `FP_Gruen`, …).
public enum XPlanPlanKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// Bebauungsplan (BauGB §§ 8–10).
    case bp = "BP"
    /// Flächennutzungsplan (BauGB § 5).
    case fp = "FP"
    /// Raumordnungsplan: Regionalplan, Regionales Raumordnungsprogramm (ROG).
    case rp = "RP"
    /// Landschaftsplan (BNatSchG § 11).
    case lp = "LP"
    /// Sonstiger Plan: Satzungen nach BauGB und sonstigem Recht (Erhaltungssatzung, Sanierungsgebiet, …).
    case so = "SO"

    /// The kind a class name belongs to (`BP_BaugebietsTeilFlaeche` → `.bp`); `nil` for `XP_…` and others.
    public init?(className: String) {
        guard let prefix = className.split(separator: "_", maxSplits: 1).first, className.contains("_") else {
            return nil
        }
        self.init(rawValue: String(prefix))
    }

    /// German name, as used in reports ("Bebauungsplan").
    public var label: String {
        switch self {
        case .bp: "Bebauungsplan"
        case .fp: "Flächennutzungsplan"
        case .rp: "Raumordnungsplan"
        case .lp: "Landschaftsplan"
        case .so: "sonstiger Plan"
        }
    }

    /// Short German name ("B-Plan").
    public var shortLabel: String {
        switch self {
        case .bp: "B-Plan"
        case .fp: "F-Plan"
        case .rp: "Raumordnungsplan"
        case .lp: "Landschaftsplan"
        case .so: "Plan"
        }
    }

    /// The plan property with the date from which the plan has legal effect (XPlanGML 6.0: `BP_Plan`,
    /// `FP_Plan`, `LP_Plan`, `RP_Plan`; `SO_Plan` has none, its `genehmigungsDatum` is used).
    public var inForceDateProperty: String {
        switch self {
        case .bp: "inkrafttretensDatum"
        case .fp: "wirksamkeitsDatum"
        case .lp: "inkrafttretenDatum"
        case .rp: "datumDesInkrafttretens"
        case .so: "genehmigungsDatum"
        }
    }
}

/// Whether a plan binds, from its Rechtsstand.
public enum XPlanPlanStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// In force (BP "in Kraft", FP/LP "wirksam", RP "in Kraft"; LP also "in Fortschreibung").
    case inForce = "in_kraft"
    /// In force except for parts (teilweise untergegangen, aufgehoben or außer Kraft).
    case partlyInForce = "teilweise_in_kraft"
    /// Still in the procedure (Aufstellungsbeschluss … Satzung/Plan): not yet binding, but a planner must know it.
    case inProcedure = "im_verfahren"
    /// No longer in force (untergegangen, aufgehoben, außer Kraft, ungültig; an abandoned RP draft): it does not
    /// make a parcel affected; a check lists it under notes.
    case noLongerInForce = "nicht_mehr_in_kraft"
    /// The file gives no Rechtsstand (or a code the lists do not know): reported as such, counted as binding.
    case unknown = "unbekannt"

    /// Whether a parcel under a plan of this status is affected by it.
    public var binds: Bool { self != .noLongerInForce }

    /// German label for reports.
    public var label: String {
        switch self {
        case .inForce: "in Kraft"
        case .partlyInForce: "teilweise in Kraft"
        case .inProcedure: "im Verfahren"
        case .noLongerInForce: "nicht mehr in Kraft"
        case .unknown: "Rechtsstand unbekannt"
        }
    }
}

extension XPlanCodeList {
    /// German label and status of a plan's `rechtsstand` code for its kind. The code lists differ per kind
    /// (values from the XPlanGML 6.0 schema enumerations `BP_Rechtsstand`, `FP_Rechtsstand`, `RP_Rechtsstand`,
    /// `LP_Rechtsstand`; 5.3 added 50000 aufgehoben and 50001 außer Kraft to BP and FP, 6.0 45000/45001 to BP;
    /// earlier versions use subsets of the same codes). An unknown code keeps its number: "Rechtsstand 1234".
    public static func rechtsstand(_ code: Int, kind: XPlanPlanKind) -> (label: String, status: XPlanPlanStatus) {
        let procedure: [Int: String] = [
            1000: "Aufstellungsbeschluss", 2000: "Entwurf", 2100: "frühzeitige Behördenbeteiligung",
            2200: "frühzeitige Öffentlichkeitsbeteiligung", 2250: "Entwurfsbeschluss", 2300: "Behördenbeteiligung",
            2400: "öffentliche Auslegung",
        ]
        switch kind {
        case .bp:
            switch code {
            case 3000: return ("Satzung", .inProcedure)
            case 4000: return ("in Kraft", .inForce)
            case 4500: return ("teilweise untergegangen", .partlyInForce)
            case 45000: return ("teilweise aufgehoben", .partlyInForce)
            case 45001: return ("teilweise außer Kraft", .partlyInForce)
            case 5000: return ("untergegangen", .noLongerInForce)
            case 50000: return ("aufgehoben", .noLongerInForce)
            case 50001: return ("außer Kraft", .noLongerInForce)
            default: break
            }
        case .fp:
            switch code {
            case 3000: return ("Plan beschlossen", .inProcedure)
            case 4000: return ("wirksam", .inForce)
            case 5000: return ("untergegangen", .noLongerInForce)
            case 50000: return ("aufgehoben", .noLongerInForce)
            case 50001: return ("außer Kraft", .noLongerInForce)
            default: break
            }
        case .lp:
            switch code {
            case 1000: return ("Aufstellungsbeschluss", .inProcedure)
            case 2000: return ("Entwurf", .inProcedure)
            case 3000: return ("Plan beschlossen", .inProcedure)
            case 4000: return ("wirksam", .inForce)
            case 5000: return ("untergegangen", .noLongerInForce)
            case 6000: return ("in Fortschreibung", .inForce)
            default: return ("Rechtsstand \(code)", .unknown)
            }
        case .rp:
            switch code {
            case 1000: return ("Aufstellungsbeschluss", .inProcedure)
            case 2000: return ("Entwurf", .inProcedure)
            case 2001: return ("Entwurf genehmigt", .inProcedure)
            case 2002: return ("Entwurf geändert", .inProcedure)
            case 2003: return ("Entwurf aufgegeben", .noLongerInForce)
            case 2004: return ("Entwurf ruht", .inProcedure)
            case 3000: return ("Plan beschlossen", .inProcedure)
            case 4000: return ("in Kraft", .inForce)
            case 5000: return ("allgemeine Planungsabsicht", .inProcedure)
            case 5500: return ("teilweise außer Kraft", .partlyInForce)
            case 6000: return ("außer Kraft", .noLongerInForce)
            case 7000: return ("Plan ungültig", .noLongerInForce)
            default: return ("Rechtsstand \(code)", .unknown)
            }
        case .so:
            return ("Rechtsstand \(code)", .unknown)
        }
        if let label = procedure[code] { return (label, .inProcedure) }
        return ("Rechtsstand \(code)", .unknown)
    }
}
