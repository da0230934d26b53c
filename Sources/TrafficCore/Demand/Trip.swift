/// One vehicle trip from the upstream end of `origin` to the downstream end of `destination`.
///
/// The vehicle travels the whole origin link and the whole destination link (route length counts both).
public struct Trip: Sendable, Hashable {
    public var id: String
    public var origin: LinkID
    public var destination: LinkID
    /// Scheduled departure in simulation seconds.
    public var departure: Double
    /// The links the vehicle drives, origin first and destination last, each joined to the next by a movement;
    /// nil to let the simulation route it (shortest path at departure, re-routed when the run re-routes). A
    /// given route is kept for the whole trip: route choice made outside the run (an assignment, a calibration)
    /// is what the vehicle drives.
    public var route: [LinkID]?
    /// The SUMO vehicle type (`type` of a `<vehicle>` or `<trip>`), nil for the default. The engine does not
    /// read it per vehicle (a SUMO demand's types set the saturation flow for the whole run,
    /// `SUMOVehicleTypes`); it is carried so that a demand written back (`flowsim calibrate`'s
    /// `calibrated.rou.xml`) keeps its trucks and buses.
    public var vehicleType: String?
    /// The lane of the origin link the vehicle starts on (SUMO's `departLane`).
    public var departLane: DepartLane

    public init(
        id: String, origin: LinkID, destination: LinkID, departure: Double, route: [LinkID]? = nil,
        vehicleType: String? = nil, departLane: DepartLane = .best
    ) {
        self.vehicleType = vehicleType
        self.departLane = departLane
        self.id = id
        self.origin = origin
        self.destination = destination
        self.departure = departure
        self.route = route
    }
}

/// How a flow or OD cell spreads its vehicles over its time window.
public enum DepartureDistribution: String, Codable, Sendable, Hashable, CaseIterable {
    /// Evenly spaced (deterministic arrivals).
    case uniform
    /// A Poisson process (exponential headways) from the scenario's seeded generator.
    case poisson
}

/// Which lane of its origin link a vehicle starts on (SUMO's `departLane`).
public enum DepartLane: String, Sendable, Hashable, CaseIterable {
    /// The emptiest of the lanes that lead on along its route (SUMO's `best`; what a driver does).
    case best
    /// The emptiest lane, wherever the route goes on (SUMO's `free`, also taken for `random` and `allowed`): a
    /// vehicle that needs another lane has to change lanes on the way.
    case free
    /// The rightmost lane (SUMO's `first`).
    case first
}
