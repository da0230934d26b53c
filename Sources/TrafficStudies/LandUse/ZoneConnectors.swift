import GeoCore
import TrafficCore

/// Zone connectors for zones known only by a point (e.g. the area-weighted parcel centroid of a land-use
/// zone): the zone's trips start on the nearest link that leads on (has an outgoing movement) and end on the
/// nearest link that can be entered (has an incoming movement).
///
/// Zones whose point lies within `maxDistance` of the network are *internal*; the others are *external*: the
/// network does not reach them, and their nearest links serve as gateways where their trips enter and leave
/// the modelled area (the usual cordon treatment of external zones).
public struct ZoneConnection: Sendable, Hashable {
    /// Zone → its links (one or two), usable as `ODMatrix.zones`; every zone when the network has links.
    public var zones: [String: [LinkID]]
    /// Zones within `maxDistance` of their origin and destination links.
    public var internalZones: Set<String>
    /// Zone → distance in metres from its point to its origin link.
    public var distance: [String: Double]

    /// Connects every zone point to the network (`points` and the network in the same planar CRS).
    ///
    /// Distances are GEOS distances between the point and the link polyline. Ties go to the lower link
    /// index, so the result does not depend on dictionary order.
    /// - Throws: `ZoneError.unreadable` when GEOS rejects a link geometry.
    public init(points: [(zone: String, at: Coordinate)], network: Network, maxDistance: Double) throws(ZoneError) {
        let context = GeometryContext()
        var zones: [String: [LinkID]] = [:]
        var internalZones = Set<String>()
        var distances: [String: Double] = [:]
        do {
            let lines = try network.links.map { (l: Link) throws(GEOSError) -> GeometryHandle in
                try context.handle(.lineString(LineString(l.geometry)))
            }
            let canLeave = network.links.indices.map { !network.movements(from: LinkID($0)).isEmpty }
            let canEnter = network.links.indices.map { !network.movements(into: LinkID($0)).isEmpty }
            for (zone, at) in points {
                let point = try context.handle(.point(Point(at)))
                var bestOrigin: (Int, Double)?
                var bestDestination: (Int, Double)?
                for (i, line) in lines.enumerated() {
                    let d = try point.distance(to: line)
                    if canLeave[i], d < bestOrigin?.1 ?? .infinity { bestOrigin = (i, d) }
                    if canEnter[i], d < bestDestination?.1 ?? .infinity { bestDestination = (i, d) }
                }
                guard let origin = bestOrigin, let destination = bestDestination else { continue }
                if origin.1 <= maxDistance && destination.1 <= maxDistance { internalZones.insert(zone) }
                zones[zone] =
                    origin.0 == destination.0 ? [LinkID(origin.0)] : [LinkID(origin.0), LinkID(destination.0)]
                distances[zone] = origin.1
            }
        } catch {
            throw .unreadable(layer: "network links", message: "\(error)")
        }
        self.zones = zones
        self.internalZones = internalZones
        self.distance = distances
    }
}
