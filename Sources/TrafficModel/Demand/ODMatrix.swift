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
/// CSV formats read by `parseCSV(_:source:)`:
/// - long: a header with `origin,destination,vehicles` (aliases `from`/`to`, `count`/`trips`/`demand`) and
///   optional `begin_s,end_s` columns; one row per cell.
/// - square: header `,Z1,Z2,…` (first cell empty or `od`), then rows `Z1,0,12.5,…`.
/// Fields may be separated by `;` instead of `,`; `#` lines are comments.
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

    /// Reads OD cells from CSV text (long or square form, see the type's documentation).
    public static func parseCSV(_ text: String, source: String = "OD matrix") throws(DemandError) -> [ODEntry] {
        let table = try CSVTable(text: text, source: source)
        func number(_ field: String, line: Int, what: String) throws(DemandError) -> Double {
            guard let value = Double(field), value.isFinite else {
                throw .invalidCSV(source: source, line: line, message: "\(what) '\(field)' is not a number")
            }
            return value
        }
        if let o = table.column(["origin", "from", "o"]), let d = table.column(["destination", "to", "d"]),
            let v = table.column(["vehicles", "count", "trips", "demand"])
        {
            let b = table.column(["begin_s", "begin"])
            let e = table.column(["end_s", "end"])
            var entries: [ODEntry] = []
            for row in table.rows {
                let needed = [o, d, v, b ?? 0, e ?? 0].max()!
                guard row.fields.count > needed else {
                    throw .invalidCSV(source: source, line: row.line, message: "expected \(needed + 1) fields")
                }
                let vehicles = try number(row.fields[v], line: row.line, what: "vehicles")
                guard vehicles >= 0 else {
                    throw .invalidCSV(source: source, line: row.line, message: "negative vehicles \(vehicles)")
                }
                var begin: Double? = nil
                var end: Double? = nil
                if let b, !row.fields[b].isEmpty { begin = try number(row.fields[b], line: row.line, what: "begin") }
                if let e, !row.fields[e].isEmpty { end = try number(row.fields[e], line: row.line, what: "end") }
                entries.append(
                    ODEntry(
                        origin: row.fields[o], destination: row.fields[d], vehicles: vehicles, begin: begin, end: end))
            }
            return entries
        }
        let corner = table.header.first?.lowercased() ?? ""
        guard table.header.count >= 2, corner.isEmpty || corner == "od" || corner.contains("\\") else {
            throw .invalidCSV(
                source: source, line: table.headerLine,
                message: "header needs origin,destination,vehicles columns or a square matrix header ',Z1,Z2,…'")
        }
        let destinations = Array(table.header.dropFirst())
        var entries: [ODEntry] = []
        for row in table.rows {
            guard row.fields.count == table.header.count else {
                throw .invalidCSV(
                    source: source, line: row.line,
                    message: "expected \(table.header.count) fields, found \(row.fields.count)")
            }
            for (j, destination) in destinations.enumerated() {
                let field = row.fields[j + 1]
                if field.isEmpty { continue }
                let vehicles = try number(field, line: row.line, what: "vehicles")
                guard vehicles >= 0 else {
                    throw .invalidCSV(source: source, line: row.line, message: "negative vehicles \(vehicles)")
                }
                if vehicles > 0 {
                    entries.append(ODEntry(origin: row.fields[0], destination: destination, vehicles: vehicles))
                }
            }
        }
        return entries
    }

    /// The cells as long-form CSV (`origin,destination,vehicles,begin_s,end_s`), exact numbers.
    public func csvText() -> String {
        var text = "origin,destination,vehicles,begin_s,end_s\n"
        for e in entries {
            text += "\(e.origin),\(e.destination),\(exactText(e.vehicles)),"
            text += "\(e.begin.map(exactText) ?? ""),\(e.end.map(exactText) ?? "")\n"
        }
        return text
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
