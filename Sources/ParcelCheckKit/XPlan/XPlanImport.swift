import GeoCore

/// What `XPlanImporter.read` found in one XPlanGML file (or XPlanArchiv).
public struct XPlanImport: Sendable {
    /// The file read (for an archive, the archive).
    public var path: String
    public var version: XPlanVersion
    /// The plans of the file (`BP_Plan`, `FP_Plan`, `RP_Plan`, `LP_Plan`, `SO_Plan`), in document order.
    public var plans: [XPlanPlan]
    /// One feature per Geltungsbereich (of each plan and each Bereich that has one) and per plan object with an
    /// area, with the fields of `XPlanImporter.schema`, geometry in the working CRS, valid, polygonal; `fid`
    /// numbers them from 1 in document order, Geltungsbereiche of a plan first.
    public var features: [Feature]
    /// Repairs, axis-order corrections, unresolved plan references, objects without an area, one sentence each.
    public var notes: [String]
    /// Plan objects whose geometry is a line or a point (not measured against parcels), by class.
    public var nonAreaCounts: [String: Int] = [:]
    /// Area objects by class (Geltungsbereiche not counted).
    public var areaCounts: [String: Int] = [:]

    public init(
        path: String, version: XPlanVersion, plans: [XPlanPlan], features: [Feature], notes: [String],
        nonAreaCounts: [String: Int] = [:], areaCounts: [String: Int] = [:]
    ) {
        self.path = path
        self.version = version
        self.plans = plans
        self.features = features
        self.notes = notes
        self.nonAreaCounts = nonAreaCounts
        self.areaCounts = areaCounts
    }
}

/// A plan of any kind as reported with each of its objects.
public struct XPlanPlan: Sendable, Hashable {
    public var gmlID: String
    /// `xplan:name`, e.g. "Nr. 901 Am Testfeld".
    public var name: String?
    /// `xplan:nummer`, kept as text ("901", "902-A").
    public var nummer: String?
    /// `xplan:rechtsstand` in words for the plan's kind (`XPlanCodeList.rechtsstand(_:kind:)`), e.g. "in Kraft".
    public var rechtsstand: String?
    /// The date from which the plan has legal effect, `YYYY-MM-DD` (`XPlanPlanKind.inForceDateProperty`:
    /// BP `inkrafttretensDatum`, FP `wirksamkeitsDatum`, …).
    public var inkrafttreten: String?
    /// BP, FP, RP, LP or SO.
    public var kind: XPlanPlanKind
    /// The `rechtsstand` code as stored.
    public var rechtsstandCode: Int?
    /// Whether the plan binds (from the Rechtsstand).
    public var status: XPlanPlanStatus
    /// `untergangsDatum`: since when the plan is no longer in force, where the file says.
    public var untergang: String?

    public init(
        gmlID: String, name: String? = nil, nummer: String? = nil, rechtsstand: String? = nil,
        inkrafttreten: String? = nil, kind: XPlanPlanKind = .bp, rechtsstandCode: Int? = nil,
        status: XPlanPlanStatus = .unknown, untergang: String? = nil
    ) {
        self.gmlID = gmlID
        self.name = name
        self.nummer = nummer
        self.rechtsstand = rechtsstand
        self.inkrafttreten = inkrafttreten
        self.kind = kind
        self.rechtsstandCode = rechtsstandCode
        self.status = status
        self.untergang = untergang
    }

    /// "B-Plan Nr. 901 „Am Testfeld“" style title: kind, number and name as far as the file gives them (the
    /// number once, also when the name already starts with it: "B-Plan „Nr. 901 Am Testfeld“").
    public var title: String {
        var text = kind.shortLabel
        let named = name.flatMap { $0.isEmpty ? nil : $0 }
        if let nummer, !nummer.isEmpty,
            !(named.map { $0 == nummer || $0.hasPrefix(nummer + " ") || $0.hasPrefix("Nr. " + nummer) } ?? false)
        {
            text += " Nr. \(nummer)"
        }
        if let named { text += " „\(named)“" }
        return text
    }
}
