import TrafficCore

/// Why a parking study could not be set up; names the element at fault.
public enum ParkingError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidSupply(id: String, reason: String)
    case invalidDemand(id: String, reason: String)
    case invalidConfiguration(String)
    /// A supply element, demand entry or sensor series names a link that is not in the network.
    case unknownLink(String, referencedBy: String)
    /// Sensor data or initial occupancy names a facility that is not in the supply.
    case unknownFacility(String, referencedBy: String)
    case duplicateTrip(String)
    case simulation(SimulationError)

    public var description: String {
        switch self {
        case .invalidSupply(let id, let reason): "parking supply '\(id)': \(reason)"
        case .invalidDemand(let id, let reason): "parking demand '\(id)': \(reason)"
        case .invalidConfiguration(let message): "parking configuration: \(message)"
        case .unknownLink(let link, let by): "unknown link '\(link)' referenced by \(by)"
        case .unknownFacility(let id, let by): "unknown parking facility '\(id)' referenced by \(by)"
        case .duplicateTrip(let id): "trip ID '\(id)' is used twice; parking trips need unique IDs"
        case .simulation(let error): error.description
        }
    }
}
