/// A network that cannot be built, naming the offending element by its external ID.
public enum NetworkError: Error, Equatable, Sendable, CustomStringConvertible {
    case emptyIdentifier(kind: String)
    case duplicateNode(String)
    case duplicateLink(String)
    case duplicateMovement(from: String, to: String)
    /// A link (or movement) refers to a node ID that was never added.
    case unknownNode(String, referencedBy: String)
    /// A movement (or trip, zone) refers to a link ID that was never added.
    case unknownLink(String, referencedBy: String)
    case selfLoop(link: String)
    case invalidLength(link: String, length: Double)
    case invalidLanes(element: String, lanes: Int)
    case invalidSpeed(link: String, speed: Double)
    case invalidCapacity(link: String, capacity: Double)
    /// Jam density at or below the critical density q_max / v_f leaves no congested branch (w would be ≤ 0).
    case invalidJamDensity(link: String, jamDensity: Double, criticalDensity: Double)
    /// The movement's from-link does not end where its to-link starts.
    case disconnectedMovement(from: String, to: String)
    /// A movement told to yield to itself or to a movement at another node.
    case invalidYield(minor: String, major: String, reason: String)
    /// A junction passage with a negative or non-finite length or time.
    case invalidPassage(movement: String, length: Double, time: Double)
    /// Lane connections of a movement that name no lane, a lane its link does not have, or a malformed pair.
    case invalidLaneConnection(movement: String, reason: String)

    public var description: String {
        switch self {
        case .emptyIdentifier(let kind): "\(kind) with an empty id"
        case .duplicateNode(let id): "duplicate node id '\(id)'"
        case .duplicateLink(let id): "duplicate link id '\(id)'"
        case .duplicateMovement(let from, let to): "duplicate movement '\(from)' → '\(to)'"
        case .unknownNode(let id, let by): "unknown node '\(id)' referenced by \(by)"
        case .unknownLink(let id, let by): "unknown link '\(id)' referenced by \(by)"
        case .selfLoop(let link): "link '\(link)' starts and ends at the same node"
        case .invalidLength(let link, let length):
            "link '\(link)' has length \(length) m; it must be > 0 and at most \(Int(NetworkBuilder.longestLink)) m"
        case .invalidLanes(let element, let lanes):
            "\(element) has \(lanes) lanes; it must be ≥ 1 and at most \(NetworkBuilder.mostLanes)"
        case .invalidSpeed(let link, let speed):
            "link '\(link)' has free-flow speed \(speed) m/s; it must be > 0 and at most \(Int(NetworkBuilder.fastestSpeed)) m/s"
        case .invalidCapacity(let link, let capacity): "link '\(link)' has capacity \(capacity) veh/h; it must be > 0"
        case .invalidJamDensity(let link, let jam, let critical):
            "link '\(link)' has jam density \(jam) veh/km/lane, at or below its critical density \(critical) veh/km"
        case .disconnectedMovement(let from, let to):
            "movement '\(from)' → '\(to)': '\(from)' does not end where '\(to)' starts"
        case .invalidYield(let minor, let major, let reason):
            "movement \(minor) cannot yield to \(major): \(reason)"
        case .invalidPassage(let movement, let length, let time):
            "movement \(movement) has a junction passage of \(length) m in \(time) s; both must be finite and ≥ 0"
        case .invalidLaneConnection(let movement, let reason):
            "movement \(movement): lane connections \(reason)"
        }
    }
}
