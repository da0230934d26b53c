import Foundation

/// A GML `srsName` as XPlanGML, NAS and WFS documents write it, reduced to an EPSG code and the axis order of
/// the coordinates.
///
/// Axis order, decided as GDAL's GML reader does and as XPlanGML producers write:
/// - `EPSG:31467` (short form), `http://www.opengis.net/gml/srs/epsg.xml#31467` and the AdV names
///   (`urn:adv:crs:ETRS89_UTM32`, `urn:adv:crs:DE_DHDN_3GK3`, …) carry x/y: easting (Rechtswert) first.
/// - `urn:ogc:def:crs:EPSG::31467` and `http://www.opengis.net/def/crs/EPSG/0/31467` follow the EPSG axis
///   order, which for Gauss-Krüger (and geographic systems) is northing/latitude first; whether a code is such
///   a system is asked from GDAL (`OSREPSGTreatsAsNorthingEasting`, `OSREPSGTreatsAsLatLong`).
/// Files that get this wrong need a check of their own against the coordinate ranges of the system (the XPlanGML
/// import does one for German projected systems).
public struct GMLSRSName: Sendable, Hashable {
    /// The text as written in the file.
    public var text: String
    public var epsgCode: Int
    /// True for the URN and OGC URI forms, whose coordinates follow the axis order of the EPSG definition.
    public var usesAuthorityAxisOrder: Bool

    public var crs: CoordinateReferenceSystem { CoordinateReferenceSystem(unchecked: "EPSG:\(epsgCode)") }

    /// AdV CRS names (GeoInfoDok) that appear in older XPlanGML and NAS files, easting first.
    static let advNames: [String: Int] = [
        "ETRS89_UTM32": 25832, "ETRS89_UTM33": 25833,
        "DE_DHDN_3GK2": 31466, "DE_DHDN_3GK3": 31467, "DE_DHDN_3GK4": 31468,
    ]

    /// Parses the forms listed above (case-insensitive); `nil` for anything else. A compound name — horizontal
    /// system `*` height system, as the AdV writes them (`EPSG:25832*DE_DHHN2016_NH`,
    /// `urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH`) — stands for its horizontal part: areas are measured in the plane.
    public init?(_ text: String) {
        let horizontal = text.split(separator: "*", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let trimmed = horizontal.trimmingCharacters(in: .whitespaces)
        let lower = trimmed.lowercased()
        func code(after prefix: String) -> Int? {
            guard lower.hasPrefix(prefix) else { return nil }
            return Int(lower.dropFirst(prefix.count))
        }
        self.text = text
        if let code = code(after: "epsg:") ?? code(after: "http://www.opengis.net/gml/srs/epsg.xml#") {
            epsgCode = code
            usesAuthorityAxisOrder = false
        } else if let code = code(after: "http://www.opengis.net/def/crs/epsg/0/")
            ?? code(after: "https://www.opengis.net/def/crs/epsg/0/")
        {
            epsgCode = code
            usesAuthorityAxisOrder = true
        } else if lower.hasPrefix("urn:ogc:def:crs:epsg:") || lower.hasPrefix("urn:x-ogc:def:crs:epsg:") {
            // urn:ogc:def:crs:EPSG::31467 or with a version, urn:ogc:def:crs:EPSG:6.6:31467: the code is last.
            guard let last = lower.split(separator: ":", omittingEmptySubsequences: false).last,
                let code = Int(last)
            else { return nil }
            epsgCode = code
            usesAuthorityAxisOrder = true
        } else if lower.hasPrefix("urn:adv:crs:") {
            let name = String(trimmed.dropFirst("urn:adv:crs:".count)).uppercased()
            guard let code = Self.advNames[name] else { return nil }
            epsgCode = code
            usesAuthorityAxisOrder = false
        } else {
            return nil
        }
        guard epsgCode > 0 else { return nil }
    }
}
