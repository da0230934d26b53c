internal import CGDAL
import Foundation

/// What a WFS capabilities document says that GDAL's WFS driver does not act on by itself: which CRSs each
/// feature type offers (WFS 2.0 `DefaultCRS` and `OtherCRS`, WFS 1.1 `DefaultSRS` and `OtherSRS`) and the
/// service's `updateSequence`.
///
/// GDAL 3.6 asks for a feature type in its `DefaultCRS` unless the URL carries `SRSNAME`; a client that works in
/// EPSG:25832 should ask the server for that when it is offered, so the server transforms from its own data
/// (one transformation, with the server's full precision) instead of the client undoing the server's default.
package struct WFSCapabilities: Sendable, Equatable {
    /// The capabilities' `updateSequence` attribute, when the server sets one (often a time stamp).
    package var updateSequence: String?
    /// EPSG codes offered per feature type name (with its namespace prefix, as GDAL names the layer), the
    /// default first.
    package var crsByFeatureType: [String: [Int]]

    /// Parses a capabilities document (`CPLParseXMLString`, namespaces stripped with `CPLStripXMLNamespace`);
    /// `nil` when it is not XML or has no `WFS_Capabilities` element.
    init?(xml: String) {
        guard let root = CPLParseXMLString(xml) else { return nil }
        defer { CPLDestroyXMLNode(root) }
        CPLStripXMLNamespace(root, nil, 1)
        guard let capabilities = CPLSearchXMLNode(root, "=WFS_Capabilities") else { return nil }
        updateSequence = GDALRuntime.string(CPLGetXMLValue(capabilities, "updateSequence", nil))
        var crsByFeatureType: [String: [Int]] = [:]
        let list = CPLGetXMLNode(capabilities, "FeatureTypeList")
        var node = list?.pointee.psChild
        while let current = node {
            defer { node = current.pointee.psNext }
            guard current.pointee.eType == CXT_Element, GDALRuntime.string(current.pointee.pszValue) == "FeatureType",
                let name = GDALRuntime.string(CPLGetXMLValue(current, "Name", nil))
            else { continue }
            var codes: [Int] = []
            for element in ["DefaultCRS", "DefaultSRS", "OtherCRS", "OtherSRS"] {
                var child = current.pointee.psChild
                while let item = child {
                    defer { child = item.pointee.psNext }
                    guard item.pointee.eType == CXT_Element, GDALRuntime.string(item.pointee.pszValue) == element,
                        let text = GDALRuntime.string(CPLGetXMLValue(item, nil, nil)),
                        let code = GMLSRSName(text)?.epsgCode, !codes.contains(code)
                    else { continue }
                    codes.append(code)
                }
            }
            crsByFeatureType[name] = codes
        }
        self.crsByFeatureType = crsByFeatureType
    }

    /// `updateSequence` when it reads as an ISO 8601 date or date-time (what provenance can show as the
    /// server's time stamp), else `nil`: servers also use plain counters.
    package var timestamp: String? {
        guard let updateSequence else { return nil }
        let text = updateSequence.trimmingCharacters(in: .whitespaces)
        let full = Date.ISO8601FormatStyle()
        let day = Date.ISO8601FormatStyle().year().month().day()
        return (try? full.parse(text)) != nil || (try? day.parse(text)) != nil ? text : nil
    }
}

extension VectorDataset {
    /// Parses the capabilities of a dataset opened by GDAL's WFS driver (its `xml:capabilities` metadata), `nil`
    /// for other drivers or when they cannot be read. Use the cached `wfsCapabilities`.
    func readWFSCapabilities() -> WFSCapabilities? {
        guard driverName == "WFS", let list = GDALGetMetadata(handle, "xml:capabilities"),
            let xml = GDALRuntime.string(list.pointee)
        else { return nil }
        return WFSCapabilities(xml: xml)
    }
}

extension VectorDataset {
    /// For a WFS: the capabilities' `updateSequence` when it is an ISO 8601 date or date-time (the server's time
    /// stamp of its data); `nil` for other drivers, counters and services without one.
    public var serviceTimestamp: String? { wfsCapabilities?.timestamp }
}

extension VectorLayer {
    /// For a WFS feature type delivered in another CRS than `crs` but offering it: the location that asks the
    /// server for `crs` (`SRSNAME=urn:ogc:def:crs:EPSG::n` added to the URL); `nil` otherwise, also when the URL
    /// already names an `SRSNAME` (the catalog's choice stands).
    public func wfsLocation(requesting crs: CoordinateReferenceSystem) -> VectorSourceLocation? {
        guard let code = crs.epsgCode, self.crs?.epsgCode != code,
            let offered = dataset.wfsCapabilities?.crsByFeatureType[name], offered.contains(code)
        else { return nil }
        // The dataset's location names the layer it was first opened for; this layer may be another one.
        var location = dataset.location
        location.layer = name
        let url = location.source
        guard !url.uppercased().contains("SRSNAME=") else { return nil }
        let separator = !url.contains("?") ? "?" : (url.hasSuffix("?") || url.hasSuffix("&") ? "" : "&")
        location.source = url + separator + "SRSNAME=urn:ogc:def:crs:EPSG::\(code)"
        return location
    }
}
