import GeoCore

/// Why an XPlanGML file could not be imported. Every case names the file; cases about one feature name its
/// `gml:id` and the line of the element in the file, so a planner can find the spot in an editor.
public enum XPlanError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be read at all (missing, a directory, no permission).
    case unreadable(path: String, message: String)
    /// The file is not well-formed XML; `line` and `column` are where the XML parser stopped.
    case notXML(path: String, line: Int, column: Int, message: String)
    /// Well-formed XML, but no element in an XPlanGML namespace (`http://www.xplanung.de/xplangml/…`);
    /// `root` is the qualified name of the root element, `namespace` its namespace.
    case notXPlanGML(path: String, root: String, namespace: String?)
    /// An XPlanGML namespace of a version this importer does not read (see `XPlanVersion.supported`).
    case unsupportedVersion(path: String, namespace: String, line: Int)
    /// A feature that needs a geometry has none (e.g. a `BP_BaugebietsTeilFlaeche` without `position`).
    case missingGeometry(path: String, gmlID: String, featureType: String, property: String, line: Int)
    /// The `srsName` of a geometry (or of the envelope it inherits from) is not a CRS PROJ knows, or there is
    /// none at all (`srsName == nil`).
    case unknownSRSName(path: String, srsName: String?, gmlID: String, line: Int)
    /// GDAL could not build the geometry (`OGR_G_CreateFromGML`), the coordinates are not numbers, a ring is
    /// not closed, the geometry is empty or not an area, or it could not be reprojected.
    case brokenGeometry(path: String, gmlID: String, line: Int, message: String)
    /// A `.zip` file without an `xplan.gml` (an XPlanArchiv holds the plan under that name); `entries` lists
    /// what it holds.
    case archiveWithoutPlan(path: String, entries: [String])
    /// A value that must be a number, code or date is not (e.g. `<xplan:GRZ>0,4</xplan:GRZ>`).
    case invalidValue(path: String, gmlID: String, property: String, value: String, line: Int)

    public var description: String {
        switch self {
        case .unreadable(let path, let message):
            "cannot read '\(path)': \(message)"
        case .notXML(let path, let line, let column, let message):
            "'\(path)' is not well-formed XML (line \(line), column \(column)): \(message)"
        case .notXPlanGML(let path, let root, let namespace):
            "'\(path)' is not XPlanGML: root element <\(root)> in namespace \(namespace.map { "'\($0)'" } ?? "(none)"); "
                + "supported: \(Self.supportedList)"
        case .unsupportedVersion(let path, let namespace, let line):
            if let name = XPlanVersion.name(ofNamespace: namespace), name.hasPrefix("3") {
                "'\(path)' line \(line): XPlanGML \(name) (namespace '\(namespace)', GML 3.1) is not read; the plan "
                    + "needs converting to XPlanGML 4.0 or newer; supported: " + Self.supportedList
            } else {
                "'\(path)' line \(line): XPlanGML namespace '\(namespace)' is not supported; supported: \(Self.supportedList)"
            }
        case .missingGeometry(let path, let gmlID, let featureType, let property, let line):
            "'\(path)' line \(line): \(featureType) '\(gmlID)' has no geometry (\(property))"
        case .unknownSRSName(let path, let srsName, let gmlID, let line):
            if let srsName {
                "'\(path)' line \(line): unknown srsName '\(srsName)' on the geometry of '\(gmlID)'"
            } else {
                "'\(path)' line \(line): the geometry of '\(gmlID)' has no srsName (nor its feature or the document)"
            }
        case .brokenGeometry(let path, let gmlID, let line, let message):
            "'\(path)' line \(line): broken geometry of '\(gmlID)': \(message)"
        case .archiveWithoutPlan(let path, let entries):
            "'\(path)' is a zip archive without 'xplan.gml' (an XPlanArchiv holds the plan under that name); it holds "
                + (entries.isEmpty ? "nothing" : entries.prefix(10).joined(separator: ", ") + (entries.count > 10 ? ", …" : ""))
        case .invalidValue(let path, let gmlID, let property, let value, let line):
            "'\(path)' line \(line): '\(gmlID)' has an invalid \(property) '\(value)'"
        }
    }

    private static var supportedList: String {
        XPlanVersion.supported.map { "\($0.name) (\($0.namespace))" }.joined(separator: ", ")
    }
}
