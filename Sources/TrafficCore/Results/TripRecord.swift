/// One arrived vehicle, after SUMO's tripinfo output (names and meanings match where SUMO has the field).
public struct TripRecord: Sendable, Hashable, Codable {
    public var id: String
    /// Time the vehicle entered its origin link (s).
    public var depart: Double
    /// Actual minus scheduled departure: time spent in the origin queue because the origin link was full or
    /// at capacity (s).
    public var departDelay: Double
    /// Time the vehicle reached the downstream end of its destination link (s).
    public var arrival: Double
    /// arrival − depart (s).
    public var duration: Double
    /// Length of the links driven (m), origin and destination link included.
    public var routeLength: Double
    /// Time spent standing (speed 0), i.e. queued at link ends after the free-flow traversal (s).
    public var waitingTime: Double
    /// duration − free-flow travel time of the links driven (s): the vehicle's delay.
    public var timeLoss: Double
    /// How often en-route re-routing changed the route.
    public var rerouteCount: Int

    public init(
        id: String, depart: Double, departDelay: Double, arrival: Double, duration: Double, routeLength: Double,
        waitingTime: Double, timeLoss: Double, rerouteCount: Int
    ) {
        self.id = id
        self.depart = depart
        self.departDelay = departDelay
        self.arrival = arrival
        self.duration = duration
        self.routeLength = routeLength
        self.waitingTime = waitingTime
        self.timeLoss = timeLoss
        self.rerouteCount = rerouteCount
    }
}
