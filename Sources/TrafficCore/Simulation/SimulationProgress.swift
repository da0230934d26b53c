/// A progress report of a running simulation (for progress indicators on long runs).
public struct SimulationProgress: Sendable, Hashable {
    /// Simulated seconds so far.
    public var simulatedTime: Double
    /// Simulated seconds at the end of the run.
    public var duration: Double
    public var vehiclesDeparted: Int
    public var vehiclesArrived: Int
    /// Vehicles whose departure time has passed but that could not enter their first link yet.
    public var vehiclesWaiting: Int

    /// Vehicles on links now.
    public var vehiclesOnNetwork: Int { vehiclesDeparted - vehiclesArrived }
    /// Share of the simulated time done, 0…1.
    public var fraction: Double { duration > 0 ? min(1, simulatedTime / duration) : 1 }
}

/// Receives progress reports; called synchronously on the simulating thread, so keep it cheap.
public typealias SimulationProgressHandler = (SimulationProgress) -> Void
