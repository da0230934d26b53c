/// Vehicle counts at one recording time (every output interval, and t = 0).
///
/// `enRoute` is counted independently (sum of link occupancies), so `departed == arrived + enRoute`
/// is a real conservation check, not a tautology.
public struct NetworkSnapshot: Sendable, Hashable, Codable {
    public var time: Double
    public var departed: Int
    public var arrived: Int
    public var enRoute: Int
    public var waitingToDepart: Int

    public init(time: Double, departed: Int, arrived: Int, enRoute: Int, waitingToDepart: Int) {
        self.time = time
        self.departed = departed
        self.arrived = arrived
        self.enRoute = enRoute
        self.waitingToDepart = waitingToDepart
    }
}

/// Why the run ended early, if it did.
public enum SimulationStatus: Sendable, Hashable {
    case completed
    /// Nothing moved for the gridlock timeout and every waiting vehicle was blocked by a full link.
    case gridlock(GridlockReport)
}

/// A detected gridlock; vehicles were left where they stood (no teleporting).
public struct GridlockReport: Sendable, Hashable, Codable {
    public var time: Double
    public var lastMovement: Double
    /// Vehicles on the network plus vehicles waiting to depart.
    public var stuckVehicles: Int
    public var blockedLinks: [String]

    public init(time: Double, lastMovement: Double, stuckVehicles: Int, blockedLinks: [String]) {
        self.time = time
        self.lastMovement = lastMovement
        self.stuckVehicles = stuckVehicles
        self.blockedLinks = blockedLinks
    }
}
