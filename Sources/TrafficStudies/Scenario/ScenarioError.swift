import TrafficCore

/// A scenario file that cannot be loaded; names the file and, where known, the element.
public enum ScenarioError: Error, Sendable, CustomStringConvertible {
    case cannotRead(path: String, reason: String)
    case network(path: String, NetworkError)
    case signals(path: String, SignalPlanError)
    case demand(DemandError)
    /// A SUMO, GIS or OpenStreetMap network or a SUMO route file named by the scenario (the error names the
    /// file and element).
    case imported(ImportError)
    case invalid(field: String, message: String)
    /// A measure (scenario field `measures`, or a measures file at `path`) that cannot be used.
    case invalidMeasure(path: String?, measure: String, message: String)

    public var description: String {
        switch self {
        case .cannotRead(let path, let reason): "cannot read \(path): \(reason)"
        case .network(let path, let error): "\(path): \(error)"
        case .signals(let path, let error): "\(path): \(error)"
        case .demand(let error): "demand: \(error)"
        case .imported(let error): "\(error)"
        case .invalid(let field, let message): "scenario field '\(field)': \(message)"
        case .invalidMeasure(let path, let measure, let message):
            (path.map { "\($0): " } ?? "scenario field 'measures': ") + "\(measure): \(message)"
        }
    }
}
