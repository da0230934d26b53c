/// A constant-rate vehicle flow from one link to another over a time window.
public struct Flow: Sendable, Hashable {
    public var id: String
    public var origin: LinkID
    public var destination: LinkID
    /// Window start in simulation seconds (inclusive).
    public var begin: Double
    /// Window end in simulation seconds (exclusive).
    public var end: Double
    public var vehiclesPerHour: Double
    public var distribution: DepartureDistribution
    /// Every vehicle's type (`Trip.vehicleType`) and departure lane (`Trip.departLane`), as SUMO's `<flow type
    /// departLane>` give them.
    public var vehicleType: String?
    public var departLane: DepartLane

    public init(
        id: String, origin: LinkID, destination: LinkID, begin: Double, end: Double, vehiclesPerHour: Double,
        distribution: DepartureDistribution = .uniform, vehicleType: String? = nil, departLane: DepartLane = .best
    ) {
        self.vehicleType = vehicleType
        self.departLane = departLane
        self.id = id
        self.origin = origin
        self.destination = destination
        self.begin = begin
        self.end = end
        self.vehiclesPerHour = vehiclesPerHour
        self.distribution = distribution
    }

    /// Departure times in [begin, end).
    ///
    /// - `.uniform`: begin + k·h for k = 0, 1, … with headway h = 3600 / vehiclesPerHour (the first vehicle
    ///   leaves at `begin`; a 1 h window at 600 veh/h gives exactly 600 departures).
    /// - `.poisson`: exponential headways with mean h drawn from `generator`.
    public func departureTimes(using generator: inout Xoshiro256StarStar) -> [Double] {
        guard vehiclesPerHour > 0, end > begin else { return [] }
        var times: [Double] = []
        switch distribution {
        case .uniform:
            let headway = 3600 / vehiclesPerHour
            var k = 0.0
            while true {
                let t = begin + k * headway
                if t >= end { break }
                times.append(t)
                k += 1
            }
        case .poisson:
            let rate = vehiclesPerHour / 3600
            var t = begin + generator.exponential(rate: rate)
            while t < end {
                times.append(t)
                t += generator.exponential(rate: rate)
            }
        }
        return times
    }

    package func validate() throws(DemandError) {
        guard vehiclesPerHour >= 0, vehiclesPerHour.isFinite else {
            throw .invalidFlow(id: id, reason: "vehicles per hour \(vehiclesPerHour) must be ≥ 0")
        }
        guard begin.isFinite, end.isFinite, end >= begin else {
            throw .invalidFlow(id: id, reason: "window [\(begin), \(end)) is empty or reversed")
        }
        guard begin >= 0, end <= Demand.latestTime else {
            throw .invalidFlow(
                id: id, reason: "window [\(begin), \(end)) s must lie within 0 and \(Int(Demand.latestTime)) s")
        }
        let expected = vehiclesPerHour * (end - begin) / 3600
        guard expected <= Double(Demand.maximumTrips) else {
            throw .invalidFlow(
                id: id,
                reason: "\(vehiclesPerHour) veh/h over \(end - begin) s are \(expected) vehicles, more than "
                    + "\(Demand.maximumTrips) (the engine's limit)")
        }
    }
}
