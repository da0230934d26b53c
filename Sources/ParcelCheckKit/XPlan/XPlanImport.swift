import GeoCore

/// What `XPlanImporter.read` found in one XPlanGML file.
public struct XPlanImport: Sendable {
    /// The file read.
    public var path: String
    public var version: XPlanVersion
    /// The `BP_Plan` features of the file, in document order.
    public var plans: [XPlanPlan]
    /// One feature per `BP_BaugebietsTeilFlaeche`, with the fields of `XPlanImporter.schema`, geometry in the
    /// working CRS, valid, polygonal; `fid` numbers them from 1 in document order.
    public var features: [Feature]
    /// Repairs, axis-order corrections and unresolved plan references, one sentence each, naming the `gml:id`.
    public var notes: [String]
}

/// A development plan (`BP_Plan`) as reported with each of its areas.
public struct XPlanPlan: Sendable, Hashable {
    public var gmlID: String
    /// `xplan:name`, e.g. "Nr. 901 Am Testfeld".
    public var name: String?
    /// `xplan:nummer`, kept as text ("901", "902-A").
    public var nummer: String?
    /// `xplan:rechtsstand` in words (`XPlanCodeList.rechtsstand`), e.g. "in Kraft".
    public var rechtsstand: String?
    /// `xplan:inkrafttretensDatum` as `YYYY-MM-DD`.
    public var inkrafttreten: String?

    public init(gmlID: String, name: String? = nil, nummer: String? = nil, rechtsstand: String? = nil, inkrafttreten: String? = nil) {
        self.gmlID = gmlID
        self.name = name
        self.nummer = nummer
        self.rechtsstand = rechtsstand
        self.inkrafttreten = inkrafttreten
    }
}
