/// Everything a run produces, as values (TrafficStudies writes them as CSV, JSON, map layers and SVG plots).
public struct SimulationResult: Sendable {
    public var summary: SimulationSummary
    public var status: SimulationStatus
    /// Arrived vehicles, in order of arrival.
    public var trips: [TripRecord]
    /// IDs of trips without a path from origin to destination (not simulated), in departure order.
    public var unroutableTripIDs: [String]
    /// Counts at t = 0 and at the end of every output interval (and at the end of the run).
    public var snapshots: [NetworkSnapshot]
    public var linkSeries: LinkTimeSeries
    /// Stop-line statistics per movement, indexed by `MovementID` (see `MovementStatistics`).
    public var movementStatistics: [MovementStatistics] = []
    /// Stage switches and priority-vehicle trips when signals were controller-run (`SignalControl`), else nil.
    public var signalControl: SignalControlReport? = nil

    /// Network-wide state per output interval (see `LinkTimeSeries.network`).
    public var networkSeries: [NetworkInterval] { linkSeries.network }

    public var gridlock: GridlockReport? {
        if case .gridlock(let report) = status { return report }
        return nil
    }
}
