import GeoCore

/// An XPlanGML version, identified by its XML namespace `http://www.xplanung.de/xplangml/<major>/<minor>`.
public struct XPlanVersion: Sendable, Hashable, CustomStringConvertible {
    /// `"5.4"`, `"6.0"`.
    public let name: String
    /// `"http://www.xplanung.de/xplangml/5/4"`.
    public let namespace: String

    /// The prefix every XPlanGML namespace starts with.
    public static let namespacePrefix = "http://www.xplanung.de/xplangml/"

    /// The versions `XPlanImporter` reads: 4.0, 4.1, 5.0 to 5.4 and 6.0, which share the GML 3.2 encoding and
    /// the structure read here (`*_Plan`, `*_Bereich`, area objects with `position`, density as direct
    /// properties; 6.0 nests `zweckbestimmung` and `dachform` in data types, which the reader follows).
    /// 3.0 uses GML 3.1 and another structure and is refused with `XPlanError.unsupportedVersion`.
    public static let supported: [XPlanVersion] = ["4/0", "4/1", "5/0", "5/1", "5/2", "5/3", "5/4", "6/0"].map {
        XPlanVersion(name: $0.replacing("/", with: "."), namespace: namespacePrefix + $0)
    }

    /// The supported version with this namespace, `nil` for any other (trailing `/` tolerated).
    public init?(namespace: String) {
        let trimmed = namespace.hasSuffix("/") ? String(namespace.dropLast()) : namespace
        guard let known = Self.supported.first(where: { $0.namespace == trimmed }) else { return nil }
        self = known
    }

    /// The version name of any XPlanGML namespace, supported or not (`"3.0"` for `…/xplangml/3/0`).
    public static func name(ofNamespace namespace: String) -> String? {
        guard namespace.hasPrefix(namespacePrefix) else { return nil }
        let rest = namespace.dropFirst(namespacePrefix.count).split(separator: "/").filter { !$0.isEmpty }
        return rest.isEmpty ? nil : rest.joined(separator: ".")
    }

    private init(name: String, namespace: String) {
        self.name = name
        self.namespace = namespace
    }

    public var description: String { "XPlanGML \(name)" }
}
