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
    /// A local gridlock: a ring of full links, each waiting for the next, that let no vehicle out for the
    /// gridlock timeout while vehicles elsewhere still moved (`lastMovement` is then the ring's last exit).
    /// Nothing in the ring moves again (flowsim does not teleport), so the run's figures are not a steady state.
    public var local: Bool

    public init(time: Double, lastMovement: Double, stuckVehicles: Int, blockedLinks: [String], local: Bool = false) {
        self.time = time
        self.lastMovement = lastMovement
        self.stuckVehicles = stuckVehicles
        self.blockedLinks = blockedLinks
        self.local = local
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        time = try c.decode(Double.self, forKey: .time)
        lastMovement = try c.decode(Double.self, forKey: .lastMovement)
        stuckVehicles = try c.decode(Int.self, forKey: .stuckVehicles)
        blockedLinks = try c.decode([String].self, forKey: .blockedLinks)
        local = try c.decodeIfPresent(Bool.self, forKey: .local) ?? false
    }
}

extension GridlockReport: CustomStringConvertible {
    /// One line for messages: when it was noticed, since when nothing moved, how many vehicles, which links
    /// (the first ten; the full list is in summary.json).
    public var description: String {
        let shown = blockedLinks.prefix(10).joined(separator: ", ")
        let more = blockedLinks.count > 10 ? " and \(blockedLinks.count - 10) more" : ""
        let links = blockedLinks.isEmpty ? "" : "; blocked links: \(shown)\(more)"
        if local {
            return "at t = \(Int(time.rounded())) s a ring of \(blockedLinks.count) full links had let no vehicle out "
                + "since t = \(Int(lastMovement.rounded())) s (local gridlock; the rest of the network still moved); "
                + "\(stuckVehicles) vehicle\(stuckVehicles == 1 ? "" : "s") stuck in it\(links)"
        }
        return "at t = \(Int(time.rounded())) s nothing had moved since t = \(Int(lastMovement.rounded())) s; "
            + "\(stuckVehicles) vehicle\(stuckVehicles == 1 ? "" : "s") stuck\(links)"
    }
}
