/// Demand that cannot be generated or read; names the flow, zone, trip or CSV line.
public enum DemandError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidFlow(id: String, reason: String)
    case invalidTrip(id: String, reason: String)
    case unknownZone(String, matrix: String)
    case emptyZone(String, matrix: String)
    case unknownLink(String, referencedBy: String)
    case invalidCSV(source: String, line: Int, message: String)
    /// The demand would expand to more trips than the engine takes.
    case tooManyTrips(Int, limit: Int)

    public var description: String {
        switch self {
        case .invalidFlow(let id, let reason): "flow '\(id)': \(reason)"
        case .invalidTrip(let id, let reason): "trip '\(id)': \(reason)"
        case .unknownZone(let zone, let matrix): "OD matrix '\(matrix)': zone '\(zone)' has no link list"
        case .emptyZone(let zone, let matrix): "OD matrix '\(matrix)': zone '\(zone)' lists no links"
        case .unknownLink(let id, let by): "unknown link '\(id)' referenced by \(by)"
        case .invalidCSV(let source, let line, let message): "\(source), line \(line): \(message)"
        case .tooManyTrips(let count, let limit):
            "the demand expands to \(count) trips, more than the engine's limit of \(limit): check flow rates and windows"
        }
    }
}
