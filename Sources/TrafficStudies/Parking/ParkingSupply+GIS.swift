import Foundation
import GeoCore
import TrafficCore

extension ParkingSupply {
    /// Reads parking supply from GIS layers (anything GDAL reads, `path` or `path:layer`) and matches it to
    /// the links of `network`, whose coordinates are in `crs`.
    ///
    /// On-street layer (lines or points), one feature per segment: `id`; spaces per category in columns
    /// named like `ParkingCategory` (`general`, `residents`, `disabled`, `delivery`, `taxi`, `bus_lorry`,
    /// `bicycle`, `e_charging`; missing or null = 0); the street link by `link` (a network link ID), else
    /// by `street_id` (the street feature's ID in a `GISNetworkImporter` layer: the link along the
    /// geometry, `<street_id>`, else the one against it, `-<street_id>`), else the link nearest to the
    /// segment's middle vertex.
    /// Car park layer (points): `id`, `capacity`, optional `opens`/`closes` (`HH:MM`), `price_per_hour`,
    /// `park_and_ride` (1/yes/true), and the entrance by `entrance` (link ID), else the nearest link.
    /// Nearest-link matches farther than `maxMatchDistance` metres are errors naming the feature.
    public static func load(
        onStreetLayer: String?, carParkLayer: String?, network: Network, crs: CoordinateReferenceSystem,
        maxMatchDistance: Double = 50
    ) throws(ParkingError) -> ParkingSupply {
        var supply = ParkingSupply()
        if let onStreetLayer {
            for (feature, point) in try features(onStreetLayer, crs: crs) {
                let id = feature["id"].flatMap(\.stringValue) ?? "fid\(feature.fid)"
                let by = "on-street parking '\(id)' in \(onStreetLayer)"
                let link = try matchLink(
                    named: text(feature, "link"), street: text(feature, "street_id"), near: point, network: network,
                    within: maxMatchDistance, for: by)
                var capacity: [ParkingCategory: Int] = [:]
                for category in ParkingCategory.allCases {
                    guard let value = feature[category.rawValue], !value.isNull else { continue }
                    guard let spaces = value.doubleValue ?? value.stringValue.flatMap(Double.init),
                        spaces >= 0, spaces == spaces.rounded()
                    else { throw .invalidSupply(id: id, reason: "\(category.rawValue) is not a count of spaces") }
                    if spaces > 0 { capacity[category] = Int(spaces) }
                }
                supply.onStreet.append(OnStreetParking(id: id, link: link, capacity: capacity))
            }
        }
        if let carParkLayer {
            for (feature, point) in try features(carParkLayer, crs: crs) {
                let id = feature["id"].flatMap(\.stringValue) ?? "fid\(feature.fid)"
                let by = "car park '\(id)' in \(carParkLayer)"
                let entrance = try matchLink(
                    named: text(feature, "entrance"), street: nil, near: point, network: network,
                    within: maxMatchDistance, for: by)
                guard let capacity = feature["capacity"]?.doubleValue, capacity >= 0 else {
                    throw .invalidSupply(id: id, reason: "capacity missing or negative")
                }
                var hours: Range<Double>? = nil
                if text(feature, "opens") != nil || text(feature, "closes") != nil {
                    let opens = try ParkingDocument.secondsOfDay(
                        text(feature, "opens") ?? "00:00", field: "\(by) opens")
                    let closes = try ParkingDocument.secondsOfDay(
                        text(feature, "closes") ?? "24:00", field: "\(by) closes")
                    guard opens < closes else { throw .invalidSupply(id: id, reason: "closes is not after opens") }
                    hours = opens..<closes
                }
                let parkAndRide = text(feature, "park_and_ride").map {
                    ["1", "yes", "true", "1.0"].contains($0.lowercased())
                }
                supply.carParks.append(
                    CarPark(
                        id: id, entrance: entrance, capacity: Int(capacity), openingHours: hours,
                        pricePerHour: feature["price_per_hour"]?.doubleValue ?? 0, isParkAndRide: parkAndRide ?? false))
            }
        }
        try supply.validate(network: network)
        return supply
    }

    /// The link `name`, else the link along street `street` (`<street>`, else `-<street>`), else the link
    /// nearest to `point`.
    private static func matchLink(
        named name: String?, street: String?, near point: Coordinate, network: Network, within limit: Double,
        for by: String
    ) throws(ParkingError) -> LinkID {
        if let name {
            guard let link = network.link(named: name) else { throw .unknownLink(name, referencedBy: by) }
            return link
        }
        if let street {
            guard let link = network.link(named: street) ?? network.link(named: "-" + street) else {
                throw .unknownLink(street, referencedBy: by)
            }
            return link
        }
        return try nearestLink(to: point, in: network, within: limit, for: by)
    }

    private static func text(_ feature: Feature, _ name: String) -> String? {
        guard let value = feature[name], !value.isNull, let text = value.stringValue, !text.isEmpty else { return nil }
        return text
    }

    /// Features of `location` with a representative point (a point's own; the point halfway along a line)
    /// in `crs`.
    private static func features(_ location: String, crs: CoordinateReferenceSystem) throws(ParkingError)
        -> [(Feature, Coordinate)]
    {
        do {
            let layer = try VectorDataset.openLayer(location)
            guard let layerCRS = layer.crs else {
                throw ParkingError.invalidConfiguration("\(location) declares no coordinate reference system")
            }
            let transformer = try CoordinateTransformer(from: layerCRS, to: crs)
            var result: [(Feature, Coordinate)] = []
            for feature in try layer.features() {
                let vertices: [Coordinate]
                switch feature.geometry {
                case .point(let p)?: vertices = [p.coordinate]
                case .lineString(let l)?: vertices = l.coordinates
                case .multiLineString(let m)? where !m.lineStrings.isEmpty: vertices = m.lineStrings[0].coordinates
                default:
                    throw ParkingError.invalidSupply(
                        id: feature["id"].flatMap(\.stringValue) ?? "fid\(feature.fid)",
                        reason: "\(location): geometry must be a point or a line")
                }
                guard !vertices.isEmpty else { continue }
                result.append((feature, ParkingFacilities.midpoint(of: try transformer.transform(vertices))))
            }
            return result
        } catch let error as ParkingError {
            throw error
        } catch {
            throw .invalidConfiguration("cannot read \(location): \(error)")
        }
    }

    /// The link whose polyline passes closest to `point` (ties: lower index), within `limit` metres, among
    /// the links `isCandidate` accepts.
    static func nearestLink(
        to point: Coordinate, in network: Network, within limit: Double, for by: String,
        where isCandidate: (Int) -> Bool = { _ in true }
    ) throws(ParkingError) -> LinkID {
        var best = -1
        var bestDistance = Double.infinity
        for (i, link) in network.links.enumerated() where isCandidate(i) {
            let line = link.geometry
            for k in 1..<max(1, line.count) {
                let d = segmentDistance(point, line[k - 1], line[k])
                if d < bestDistance {
                    bestDistance = d
                    best = i
                }
            }
        }
        guard best >= 0, bestDistance <= limit else {
            throw .invalidSupply(
                id: by,
                reason:
                    "no link within \(Int(limit)) m (nearest \(bestDistance.isFinite ? "\(Int(bestDistance)) m" : "none"))"
            )
        }
        return LinkID(best)
    }

    static func segmentDistance(_ p: Coordinate, _ a: Coordinate, _ b: Coordinate) -> Double {
        let dx = b.x - a.x
        let dy = b.y - a.y
        let length2 = dx * dx + dy * dy
        let t = length2 > 0 ? max(0, min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2)) : 0
        let x = a.x + t * dx - p.x
        let y = a.y + t * dy - p.y
        return (x * x + y * y).squareRoot()
    }
}
