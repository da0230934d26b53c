import Foundation
import GeoCore
import TrafficCore

/// Errors building OD zones or land-use demand from GIS layers.
public enum ZoneError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The layer could not be read (message from GDAL/GEOS/PROJ).
    case unreadable(layer: String, message: String)
    /// A feature has no value in the ID field.
    case missingID(layer: String, fid: Int64)
    /// A feature has no polygonal geometry.
    case notPolygonal(layer: String, zone: String)
    /// No link midpoint lies inside the zone polygon.
    case zoneWithoutLinks(zone: String)
    /// The sample GeoPackage (or another input file) is missing.
    case missingInput(path: String, hint: String)

    public var description: String {
        switch self {
        case .unreadable(let layer, let message): "cannot read zone layer '\(layer)': \(message)"
        case .missingID(let layer, let fid): "\(layer): feature \(fid) has no zone id"
        case .notPolygonal(let layer, let zone): "\(layer): zone '\(zone)' has no polygon geometry"
        case .zoneWithoutLinks(let zone): "zone '\(zone)' contains no link midpoint"
        case .missingInput(let path, let hint): "\(path) not found (\(hint))"
        }
    }
}

/// OD zones from polygons: a zone holds the links whose midpoint (half-way along the polyline) lies within
/// (GEOS `covers`, i.e. boundary included) the zone polygon.
public enum ZoneSet {
    /// The point half-way along `link`'s polyline.
    public static func midpoint(of link: Link) -> Coordinate {
        let g = link.geometry
        guard g.count > 1 else { return g.first ?? Coordinate(0, 0) }
        var total = 0.0
        for i in 1..<g.count { total += hypot(g[i].x - g[i - 1].x, g[i].y - g[i - 1].y) }
        var remaining = total / 2
        for i in 1..<g.count {
            let d = hypot(g[i].x - g[i - 1].x, g[i].y - g[i - 1].y)
            if d >= remaining && d > 0 {
                let t = remaining / d
                return Coordinate(g[i - 1].x + t * (g[i].x - g[i - 1].x), g[i - 1].y + t * (g[i].y - g[i - 1].y))
            }
            remaining -= d
        }
        return g[g.count - 1]
    }

    /// Assigns links to zone polygons given in the network's CRS. Links in no zone are ignored; a link in
    /// overlapping zones belongs to each. Zone order of `zones` does not matter (result is a dictionary).
    /// - Throws: `ZoneError.zoneWithoutLinks` naming the first zone (in input order) without a link.
    public static func assign(zones: [(id: String, polygon: Geometry)], network: Network) throws(ZoneError)
        -> [String: [LinkID]]
    {
        let context = GeometryContext()
        do {
            let points = try network.links.map { (l: Link) throws(GEOSError) -> GeometryHandle in
                try context.handle(.point(Point(midpoint(of: l))))
            }
            var result: [String: [LinkID]] = [:]
            for zone in zones {
                let prepared = try context.handle(zone.polygon).prepared()
                var links: [LinkID] = []
                for (i, p) in points.enumerated() where try prepared.covers(p) { links.append(LinkID(i)) }
                guard !links.isEmpty else { throw ZoneError.zoneWithoutLinks(zone: zone.id) }
                result[zone.id, default: []] += links
            }
            return result
        } catch let error as ZoneError {
            throw error
        } catch {
            throw .unreadable(layer: "zones", message: "\(error)")
        }
    }

    /// Reads zone polygons from `layer` (`path`, `path:layer` or a connection string, see
    /// `VectorDataset.openLayer`), zone IDs from `idField`, transforms them into `crs` (the network's CRS) when
    /// the layer declares another CRS, and assigns links (`assign(zones:network:)`).
    /// The result is usable as `ODMatrix.zones`.
    public static func fromPolygons(
        layer: String, idField: String, network: Network, crs: CoordinateReferenceSystem?
    ) throws(ZoneError) -> [String: [LinkID]] {
        var zones: [(id: String, polygon: Geometry)] = []
        do {
            let source = try VectorDataset.openLayer(layer)
            let transformer: CoordinateTransformer? =
                if let crs, let layerCRS = source.crs, layerCRS != crs {
                    try CoordinateTransformer(from: layerCRS, to: crs)
                } else { nil }
            for feature in try source.features() {
                guard let id = feature.attributes[idField]?.stringValue, !id.isEmpty else {
                    throw ZoneError.missingID(layer: layer, fid: feature.fid)
                }
                guard var geometry = feature.geometry, geometry.isPolygonal else {
                    throw ZoneError.notPolygonal(layer: layer, zone: id)
                }
                if let transformer { geometry = try transformer.transform(geometry) }
                zones.append((id, geometry))
            }
        } catch let error as ZoneError {
            throw error
        } catch {
            throw .unreadable(layer: layer, message: "\(error)")
        }
        return try assign(zones: zones, network: network)
    }
}
