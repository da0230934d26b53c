import Foundation
import GeoCore

/// The answer to "what lies on this parcel, and how much": one entry per catalog layer, plus the sources
/// read, so a decision can be traced. Encodes to the documented JSON shape (snake_case keys).
public struct CheckReport: Sendable, Codable, Equatable {
    public var parcel: SubjectInfo
    public var layers: [LayerResult]
    public var sources: [SourceInfo]
    /// Repairs and other remarks (e.g. "feature 12 of biotope was invalid …; repaired with make-valid").
    public var notes: [String]
    /// ISO 8601 time of the check.
    public var checkedAt: String
    public var tool: String

    enum CodingKeys: String, CodingKey {
        case parcel, layers, sources, notes, checkedAt = "checked_at", tool
    }

    /// True when every layer could be read.
    public var isComplete: Bool { layers.allSatisfy { $0.status == .ok } }

    /// The layers that could not be read.
    public var unavailableLayers: [LayerResult] { layers.filter { $0.status != .ok } }
}

/// The checked area: a parcel (with identifier and official area) or any geometry.
public struct SubjectInfo: Sendable, Codable, Equatable {
    /// The 20-character Flurstückskennzeichen, `nil` for a free geometry.
    public var id: String?
    /// Human form, e.g. "Gemarkung Lüneburg, Flur 12, Flurstück 45/3".
    public var label: String?
    /// Geometric area in the working CRS (m²).
    public var areaM2: Double
    /// `amtlicheflaeche` from the cadastre, where known.
    public var officialAreaM2: Double?
    /// The working CRS.
    public var crs: String
    /// Extra parcel attributes (Gemarkung, Flur, use …) as read.
    public var attributes: [String: AttributeValue]
    /// Set when the parcel geometry was invalid and repaired.
    public var repaired: Bool

    enum CodingKeys: String, CodingKey {
        case id, label, areaM2 = "area_m2", officialAreaM2 = "official_area_m2", crs, attributes, repaired
    }

    public init(
        id: String?, label: String?, areaM2: Double, officialAreaM2: Double?, crs: String,
        attributes: [String: AttributeValue], repaired: Bool
    ) {
        self.id = id
        self.label = label
        self.areaM2 = areaM2
        self.officialAreaM2 = officialAreaM2
        self.crs = crs
        self.attributes = attributes
        self.repaired = repaired
    }

    /// Every key is written, unknown values as `null` (the README calls the keys stable).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(label, forKey: .label)
        try c.encode(areaM2, forKey: .areaM2)
        try c.encode(officialAreaM2, forKey: .officialAreaM2)
        try c.encode(crs, forKey: .crs)
        try c.encode(attributes, forKey: .attributes)
        try c.encode(repaired, forKey: .repaired)
    }
}

/// How a layer or a feature relates to the parcel.
public enum Contact: String, Sendable, Codable, Equatable {
    /// The parcel lies completely inside (covered-by shortcut: overlap = parcel area).
    case covers
    /// A real overlap.
    case overlap
    /// An overlap below the sliver thresholds: reported as boundary contact, not as affected area.
    case sliver
    /// The shapes touch along the boundary (or a line crosses) without area in common.
    case boundary
    /// No contact.
    case none
}

/// Result for one catalog layer.
public struct LayerResult: Sendable, Codable, Equatable {
    public enum Status: String, Sendable, Codable {
        case ok
        /// The source could not be read: nothing may be concluded about this layer.
        case unavailable
    }

    public var layer: String
    public var theme: String
    public var status: Status
    /// `nil` when the layer could not be read — never "not affected" for an unread source.
    public var affected: Bool?
    public var contact: Contact?
    /// Area of the union of the layer's features within the parcel (overlaps counted once), m².
    public var overlapAreaM2: Double?
    public var overlapPercent: Double?
    public var bufferM: Double?
    public var features: [FeatureResult]
    /// Why the layer is unavailable.
    public var error: String?
    /// For a development-plan layer (`PlanLayerFields`): each plan in contact, binding ones first; `nil` (and
    /// no key in the JSON) for other layers.
    public var plans: [PlanResult]? = nil
    /// True for a layer the catalog marks restricted (not for exports); `nil` (no key in the JSON) otherwise.
    public var restricted: Bool? = nil

    enum CodingKeys: String, CodingKey {
        case layer, theme, status, affected, contact, overlapAreaM2 = "overlap_area_m2"
        case overlapPercent = "overlap_percent", bufferM = "buffer_m", features, error, plans, restricted
    }
}

/// One feature of a layer in contact with the parcel.
public struct FeatureResult: Sendable, Codable, Equatable {
    public var fid: Int64
    public var label: String?
    public var contact: Contact
    public var overlapAreaM2: Double
    public var overlapPercent: Double
    public var attributes: [String: AttributeValue]
    /// Attribute names in the order of the catalog (or the source), for tables.
    public var attributeOrder: [String]

    enum CodingKeys: String, CodingKey {
        case fid, label, contact, overlapAreaM2 = "overlap_area_m2", overlapPercent = "overlap_percent"
        case attributes, attributeOrder = "attribute_order"
    }
}

/// Provenance of one source: where it is, its CRS, how many features, when it last changed.
public struct SourceInfo: Sendable, Codable, Equatable {
    public var layer: String
    public var path: String
    public var crs: String?
    public var featureCount: Int?
    /// File modification time (ISO 8601), or `nil` for connections.
    public var modified: String?
    public var error: String?

    enum CodingKeys: String, CodingKey {
        case layer, path, crs, featureCount = "feature_count", modified, error
    }
}

extension CheckReport {
    /// Pretty, key-sorted JSON (stable for scripts and diffs).
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
