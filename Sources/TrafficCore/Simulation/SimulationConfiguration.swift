/// Run parameters of a simulation.
public struct SimulationConfiguration: Sendable, Hashable {
    /// What to do with trips that have no path from origin to destination.
    public enum UnroutablePolicy: String, Sendable, Hashable, Codable {
        /// Skip them, count them and list their IDs in the result (the default).
        case report
        /// Refuse to run: `Simulation.init` throws `SimulationError.unroutableTrips`.
        case fail
    }

    /// Simulated time in seconds, from t = 0.
    public var duration: Double
    /// Node-transfer step in seconds (1 s or 0.5 s are typical). Transfer times within a step are
    /// continuous; the step bounds how soon a blocked vehicle retries and the recording resolution.
    public var step: Double
    /// Seed of the demand generator (Poisson flows, OD sampling).
    public var seed: UInt64
    /// Interval of the per-link and network time series in seconds.
    public var outputInterval: Double
    /// En-route re-routing period in seconds (`nil`: routes are fixed at departure).
    public var reroutingInterval: Double?
    /// No vehicle moved for this long while every waiting vehicle is blocked by a full downstream link →
    /// gridlock (seconds).
    public var gridlockTimeout: Double
    /// Stop the run when gridlock is detected (nothing would move again without teleporting).
    public var stopOnGridlock: Bool
    public var unroutablePolicy: UnroutablePolicy
    /// How signalised nodes are run (default: their fixed plans); see `SignalControl`.
    public var signalControl: SignalControl
    /// Priority (emergency) vehicles served first at signals (`nil`: none).
    public var signalPriority: SignalPriority?
    /// Pedestrian demand mode: crossing-time minimum greens (`nil`: off).
    public var pedestrianDemand: PedestrianDemand?

    public init(
        duration: Double, step: Double = 1, seed: UInt64 = 1, outputInterval: Double = 300,
        reroutingInterval: Double? = nil, gridlockTimeout: Double = 300, stopOnGridlock: Bool = true,
        unroutablePolicy: UnroutablePolicy = .report, signalControl: SignalControl = .fixedTime,
        signalPriority: SignalPriority? = nil, pedestrianDemand: PedestrianDemand? = nil
    ) {
        self.duration = duration
        self.step = step
        self.seed = seed
        self.outputInterval = outputInterval
        self.reroutingInterval = reroutingInterval
        self.gridlockTimeout = gridlockTimeout
        self.stopOnGridlock = stopOnGridlock
        self.unroutablePolicy = unroutablePolicy
        self.signalControl = signalControl
        self.signalPriority = signalPriority
        self.pedestrianDemand = pedestrianDemand
    }

    func validate() throws(SimulationError) {
        func positive(_ value: Double, _ name: String) throws(SimulationError) {
            guard value > 0, value.isFinite else { throw .invalidConfiguration("\(name) must be > 0, is \(value)") }
        }
        try positive(duration, "duration")
        try positive(step, "step")
        try positive(outputInterval, "output interval")
        try positive(gridlockTimeout, "gridlock timeout")
        if let reroutingInterval { try positive(reroutingInterval, "re-routing interval") }
        // Ranges that keep a run finite in time and memory (each bound far beyond any study).
        guard duration <= Self.longestDuration else {
            throw .invalidConfiguration(
                "duration \(duration) s is longer than \(Int(Self.longestDuration)) s (about 3 years)")
        }
        guard step >= Self.shortestStep, step <= 60 else {
            throw .invalidConfiguration("step \(step) s must lie within \(Self.shortestStep) and 60 s")
        }
        guard duration / step <= Self.mostSteps else {
            throw .invalidConfiguration(
                "duration \(duration) s at step \(step) s is \(Int(duration / step)) steps, more than "
                    + "\(Int(Self.mostSteps)): use a longer step")
        }
        guard outputInterval >= step else {
            throw .invalidConfiguration("output interval \(outputInterval) s is shorter than the step \(step) s")
        }
        guard duration / outputInterval <= Self.mostOutputIntervals else {
            throw .invalidConfiguration(
                "duration \(duration) s at output interval \(outputInterval) s is \(Int(duration / outputInterval)) "
                    + "intervals, more than \(Int(Self.mostOutputIntervals)): use a longer output interval")
        }
    }

    /// Longest run (s): 100 million s, about 3 years.
    public static let longestDuration = 100_000_000.0
    /// Shortest step (s).
    public static let shortestStep = 0.01
    /// Most steps a run may take (a day at 0.01 s is 8.6 million).
    public static let mostSteps = 100_000_000.0
    /// Most output intervals (the time series hold one row per link and interval).
    public static let mostOutputIntervals = 100_000.0
}
