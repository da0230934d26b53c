/// One cell of an OD matrix: vehicles from zone `origin` to zone `destination`.
public struct ODEntry: Sendable, Hashable {
    public var origin: String
    public var destination: String
    public var vehicles: Double
    /// Optional per-cell window overriding the matrix window.
    public var begin: Double?
    public var end: Double?

    public init(origin: String, destination: String, vehicles: Double, begin: Double? = nil, end: Double? = nil) {
        self.origin = origin
        self.destination = destination
        self.vehicles = vehicles
        self.begin = begin
        self.end = end
    }
}

/// Zone-to-zone demand over a time window; each zone is a list of links where its trips start or end.
///
/// Cells are values here; reading them from files is not the core's business.
///
/// Trip generation (`trips(seed:stream:)`): each cell's (scaled) count is rounded stochastically (integer
/// part plus one with probability equal to the fraction), so totals are unbiased; `.uniform` spaces the
/// departures evenly over the window (midpoints of equal slots) and cycles through the zone links in order,
/// `.poisson` draws departure times uniformly at random in the window (a Poisson process conditioned on the
/// count) and links uniformly at random. Intrazonal cells (origin zone = destination zone) are skipped: they
/// do not use the modelled links.
///
/// A zone's links serve both ends of its trips. Given the network, trips start only on zone links that have
/// an outgoing movement and end only on links with an incoming movement (so a zone may simply list its
/// entry and exit links); a zone with no such link keeps its full list and its trips are reported as
/// unroutable by the simulation.
public struct ODMatrix: Sendable, Hashable {
    public var id: String
    public var zones: [String: [LinkID]]
    public var entries: [ODEntry]
    public var begin: Double
    public var end: Double
    public var distribution: DepartureDistribution
    /// Factor on every cell (e.g. a peak-hour share or growth scenario).
    public var scale: Double

    public init(
        id: String, zones: [String: [LinkID]], entries: [ODEntry], begin: Double, end: Double,
        distribution: DepartureDistribution = .poisson, scale: Double = 1
    ) {
        self.id = id
        self.zones = zones
        self.entries = entries
        self.begin = begin
        self.end = end
        self.distribution = distribution
        self.scale = scale
    }

    /// Trips for every cell, deterministic for a given `seed` and `stream`.
    ///
    /// - Parameter network: when given, origin links are limited to links with an outgoing movement and
    ///   destination links to links with an incoming movement (see the type's documentation).
    public func trips(seed: UInt64, stream: UInt64, network: Network? = nil) throws(DemandError) -> [Trip] {
        var generator = Xoshiro256StarStar(seed: seed, stream: stream)
        var trips: [Trip] = []
        func usable(_ links: [LinkID], _ keep: (LinkID) -> Bool) -> [LinkID] {
            let filtered = links.filter(keep)
            return filtered.isEmpty ? links : filtered
        }
        for (cell, entry) in entries.enumerated() where entry.origin != entry.destination {
            guard let originZone = zones[entry.origin] else { throw .unknownZone(entry.origin, matrix: id) }
            guard let destinationZone = zones[entry.destination] else {
                throw .unknownZone(entry.destination, matrix: id)
            }
            guard !originZone.isEmpty else { throw .emptyZone(entry.origin, matrix: id) }
            guard !destinationZone.isEmpty else { throw .emptyZone(entry.destination, matrix: id) }
            var origins = originZone
            var destinations = destinationZone
            if let network {
                let count = network.links.count
                origins = usable(originZone) { $0.index < count && !network.movements(from: $0).isEmpty }
                destinations = usable(destinationZone) { $0.index < count && !network.movements(into: $0).isEmpty }
            }
            let windowBegin = entry.begin ?? begin
            let windowEnd = entry.end ?? end
            guard windowEnd > windowBegin else {
                throw .invalidFlow(id: "\(id):\(entry.origin)→\(entry.destination)", reason: "empty time window")
            }
            let expected = entry.vehicles * scale
            let whole = expected.rounded(.down)
            let count = Int(whole) + (generator.uniform() < expected - whole ? 1 : 0)
            let span = windowEnd - windowBegin
            for k in 0..<count {
                let departure: Double
                let o: LinkID
                let d: LinkID
                switch distribution {
                case .uniform:
                    departure = windowBegin + (Double(k) + 0.5) * span / Double(count)
                    o = origins[k % origins.count]
                    d = destinations[k % destinations.count]
                case .poisson:
                    departure = windowBegin + generator.uniform() * span
                    o = origins[generator.index(below: origins.count)]
                    d = destinations[generator.index(below: destinations.count)]
                }
                trips.append(Trip(id: "\(id).\(cell).\(k)", origin: o, destination: d, departure: departure))
            }
        }
        return trips
    }
}
