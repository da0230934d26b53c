/// One vehicle trip from the upstream end of `origin` to the downstream end of `destination`.
///
/// The vehicle travels the whole origin link and the whole destination link (route length counts both).
public struct Trip: Sendable, Hashable {
    public var id: String
    public var origin: LinkID
    public var destination: LinkID
    /// Scheduled departure in simulation seconds.
    public var departure: Double

    public init(id: String, origin: LinkID, destination: LinkID, departure: Double) {
        self.id = id
        self.origin = origin
        self.destination = destination
        self.departure = departure
    }
}

/// How a flow or OD cell spreads its vehicles over its time window.
public enum DepartureDistribution: String, Codable, Sendable, Hashable, CaseIterable {
    /// Evenly spaced (deterministic arrivals).
    case uniform
    /// A Poisson process (exponential headways) from the scenario's seeded generator.
    case poisson
}
