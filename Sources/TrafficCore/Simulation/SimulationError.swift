/// Why a simulation could not be set up.
public enum SimulationError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidConfiguration(String)
    case signalPlan(SignalPlanError)
    case demand(DemandError)
    /// A trip names a link outside the network.
    case invalidTrip(id: String, reason: String)
    /// With `UnroutablePolicy.fail`: trips without a path, by ID.
    case unroutableTrips([String])
    /// A measure (`Measure`) with a bad window, parameter or reference.
    case invalidMeasure(id: String, String)

    public var description: String {
        switch self {
        case .invalidConfiguration(let message): "invalid configuration: \(message)"
        case .signalPlan(let error): error.description
        case .demand(let error): error.description
        case .invalidTrip(let id, let reason): "trip '\(id)': \(reason)"
        case .unroutableTrips(let ids):
            "\(ids.count) trip(s) have no route: "
                + ids.prefix(10).joined(separator: ", ") + (ids.count > 10 ? ", …" : "")
        case .invalidMeasure(let id, let message): "measure '\(id)': \(message)"
        }
    }
}
