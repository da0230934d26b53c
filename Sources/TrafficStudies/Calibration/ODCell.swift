import TrafficCore

/// The demand of one origin–destination pair (links) in one departure slice, and how it is routed.
public struct ODCell: Sendable, Hashable {
    public var origin: LinkID
    public var destination: LinkID
    /// The departure slice [begin, end), seconds.
    public var begin: Double
    public var end: Double
    /// Vehicles of the prior demand departing in the slice.
    public var prior: Double
    /// Vehicles after calibration (fractional; `ODCalibration.trips` rounds them per pair).
    public var vehicles: Double
    /// The routes found so far (origin first, destination last) and the share of the cell's vehicles on each;
    /// empty when the destination cannot be reached.
    public var routes: [[LinkID]]
    public var shares: [Double]
    /// The prior's trips of the cell (ids, departure times, routes), reused as long as the cell keeps their number.
    var priorTrips: [Trip]
    /// Whether `routes` and `shares` are still the prior trips' own (`routePriorTrips`): until the first route
    /// shift each prior trip keeps its route, so a route file the calibration wrote is simulated as written.
    var keepsPriorRoutes = false
    /// How many times the cell moved vehicles to a fastest route (`ODCalibration.nextDemand`).
    var searches = 0

    /// The cell's representative departure time, the middle of the slice (where route costs are measured).
    var departure: Double { (begin + end) / 2 }
}

extension ODCell {
    /// Groups `trips` by (origin, destination, departure slice of length `interval` from t = 0), cells ordered
    /// by origin, destination and slice, each with its trips in departure order and no route yet.
    static func cells(of trips: [Trip], interval: Double) -> [ODCell] {
        struct Key: Hashable, Comparable {
            var origin: Int32
            var destination: Int32
            var slice: Int
            static func < (a: Key, b: Key) -> Bool {
                (a.origin, a.destination, a.slice) < (b.origin, b.destination, b.slice)
            }
        }
        var groups: [Key: [Trip]] = [:]
        for trip in trips {
            let key = Key(
                origin: trip.origin.rawValue, destination: trip.destination.rawValue,
                slice: Int((trip.departure / interval).rounded(.down)))
            groups[key, default: []].append(trip)
        }
        return groups.keys.sorted().map { key in
            let members = groups[key]!.sorted { $0.departure < $1.departure }
            return ODCell(
                origin: LinkID(rawValue: key.origin), destination: LinkID(rawValue: key.destination),
                begin: Double(key.slice) * interval, end: Double(key.slice + 1) * interval,
                prior: Double(members.count), vehicles: Double(members.count), routes: [], shares: [],
                priorTrips: members)
        }
    }

    /// Routes the prior: each prior trip keeps the route it carries (a SUMO route file's `<route edges>`), one
    /// without gets `freeFlow` (nil: unreachable); the cell's route set is the trips' routes in order of first
    /// use, each with the share of the trips on it.
    mutating func routePriorTrips(freeFlow: [LinkID]?) {
        routes = []
        var counts: [Int] = []
        for i in priorTrips.indices {
            if priorTrips[i].route == nil { priorTrips[i].route = freeFlow }
            guard let route = priorTrips[i].route else { continue }
            if let r = routes.firstIndex(of: route) {
                counts[r] += 1
            } else {
                routes.append(route)
                counts.append(1)
            }
        }
        let routed = counts.reduce(0, +)
        shares = counts.map { Double($0) / Double(routed) }
        keepsPriorRoutes = true
    }

    /// Moves `step` of the vehicles of the routes marked in `leaving` (parallel to `routes`) to `route` (added to
    /// the route set when new); nothing changes when no route is marked. The bounded-rational form of `shift(_:to:)`
    /// (`CalibrationSettings.indifference`).
    mutating func shift(_ step: Double, to route: [LinkID], from leaving: [Bool]) {
        var moved = 0.0
        for i in shares.indices where leaving[i] {
            moved += shares[i] * step
            shares[i] *= 1 - step
        }
        guard moved > 0 else { return }
        keepsPriorRoutes = false
        if let i = routes.firstIndex(of: route) {
            shares[i] += moved
        } else {
            routes.append(route)
            shares.append(moved)
        }
    }

    /// Multiplies the shares of the first `factors.count` routes by `factors` and renormalises (routes added
    /// since, by a route shift, keep theirs relative to the rest); nothing changes when every factor is 1.
    mutating func reweight(_ factors: [Double]) {
        guard factors.contains(where: { $0 != 1 }) else { return }
        let before = shares.reduce(0, +)
        for (i, f) in factors.enumerated() where i < shares.count { shares[i] *= f }
        let after = shares.reduce(0, +)
        guard after > 0 else { return }
        for i in shares.indices { shares[i] *= before / after }
        keepsPriorRoutes = false
    }

    /// Moves `step` of the cell's vehicles to `route` (added to the route set when new): the method of
    /// successive averages' update, s ← (1 − step)·s + step·[route].
    mutating func shift(_ step: Double, to route: [LinkID]) {
        keepsPriorRoutes = false
        for i in shares.indices { shares[i] *= 1 - step }
        if let i = routes.firstIndex(of: route) {
            shares[i] += step
        } else {
            routes.append(route)
            shares.append(step)
        }
    }
}

extension ODCalibration {
    /// Whole trips for `cells`: per OD pair, the cells' vehicles are rounded cumulatively over the slices
    /// (n_k = round(Σ_{j≤k} x_j) − round(Σ_{j<k} x_j)), so a pair keeps its total to within half a vehicle and
    /// no small cell is lost to rounding; deterministic. A cell that keeps the number of its prior trips keeps
    /// those trips (ids, departure times), and while its routes are the prior's (`keepsPriorRoutes`) each its
    /// own route; otherwise its vehicles depart evenly spread over the slice, named `cal<cell>.<i>`, the i-th
    /// with the vehicle type and departure lane of the prior's (i mod prior trips)-th trip of the cell. Each
    /// vehicle in departure order takes the route furthest behind its share (share · vehicles so far − vehicles
    /// given it), so the routes are used in proportion to their shares and interleave over the slice. Cells
    /// without a route keep their trips without one (the simulation reports them as unroutable). Departures
    /// are in whole hundredths of a second, as `routesXML` writes them: the trips simulated are the trips
    /// written, and reading the file back gives them again.
    static func trips(of cells: [ODCell]) -> [Trip] {
        var trips: [Trip] = []
        var pairTotal = 0.0
        var pairRounded = 0.0
        for (c, cell) in cells.enumerated() {
            if c == 0 || cells[c - 1].origin != cell.origin || cells[c - 1].destination != cell.destination {
                pairTotal = 0
                pairRounded = 0
            }
            pairTotal += cell.vehicles
            let rounded = pairTotal.rounded()
            let n = max(0, Int(rounded - pairRounded))
            pairRounded = rounded
            let sum = cell.shares.reduce(0, +)
            var assigned = [Double](repeating: 0, count: cell.routes.count)
            // The prior's trips with the prior's route set: each keeps its own route.
            let ownRoutes = n == cell.priorTrips.count && cell.keepsPriorRoutes
            for i in 0..<n {
                var trip: Trip
                if n == cell.priorTrips.count {
                    trip = cell.priorTrips[i]
                } else {
                    // The prior's vehicle types and departure lanes in turn, so the cell keeps its mix of cars,
                    // trucks and buses.
                    let model = cell.priorTrips.isEmpty ? nil : cell.priorTrips[i % cell.priorTrips.count]
                    trip = Trip(
                        id: "cal\(c).\(i)", origin: cell.origin, destination: cell.destination,
                        departure: cell.begin + (Double(i) + 0.5) * (cell.end - cell.begin) / Double(n),
                        vehicleType: model?.vehicleType, departLane: model?.departLane ?? .best)
                }
                trip.departure = ODCalibrationResult.writtenDeparture(trip.departure)
                if cell.routes.isEmpty {
                    trip.route = nil
                } else if !ownRoutes {
                    // The route furthest behind its share so far: routes interleave over the slice.
                    var r = 0
                    var deficit = -Double.infinity
                    for (j, share) in cell.shares.enumerated() {
                        let behind = share / sum * Double(i + 1) - assigned[j]
                        if behind > deficit {
                            deficit = behind
                            r = j
                        }
                    }
                    assigned[r] += 1
                    trip.route = cell.routes[r]
                }
                trips.append(trip)
            }
        }
        return trips.sorted { $0.departure != $1.departure ? $0.departure < $1.departure : $0.id < $1.id }
    }
}
