/// What the simulation measured at the stop line of one turning movement (index = `MovementID`).
///
/// Definitions (mesoscopic: vehicles wait in one FIFO queue per movement at the link end):
/// - *served*: vehicles that crossed the stop line during the run;
/// - *stop-line delay* of a vehicle: the time it waited at the link end beyond its free-flow arrival there
///   (departure − (link entry + free-flow time)); queued vehicles still waiting at the end are not included;
/// - *stops*: served vehicles that waited at least `MovementStatistics.stopThreshold` (1 s): a vehicle that
///   only waits out a fraction of a discharge headway behind a moving platoon does not count as stopped;
/// - *max queue*: the largest number of vehicles standing at the stop line (free-flow arrival reached, not yet
///   departed), sampled at each departure — the queue peaks at green start, which is a departure time;
/// - *mean queue*: time-averaged standing vehicles over the simulated time, by Little's law = total delay ÷
///   simulated seconds.
public struct MovementStatistics: Sendable, Hashable, Codable {
    /// A served vehicle counts as stopped when it waited at least this long (seconds).
    public static let stopThreshold = 1.0

    public var served: Int
    /// Total stop-line delay in vehicle-seconds.
    public var totalDelay: Double
    public var stops: Int
    public var maxQueue: Int
    public var meanQueue: Double

    public init(served: Int, totalDelay: Double, stops: Int, maxQueue: Int, meanQueue: Double) {
        self.served = served
        self.totalDelay = totalDelay
        self.stops = stops
        self.maxQueue = maxQueue
        self.meanQueue = meanQueue
    }

    /// Mean stop-line delay per served vehicle (s); 0 when none was served.
    public var meanDelay: Double { served > 0 ? totalDelay / Double(served) : 0 }

    /// Sums several movements (e.g. the movements of one signal group); max queues add up, as the movements
    /// queue side by side.
    public static func combined(_ parts: some Sequence<MovementStatistics>) -> MovementStatistics {
        var total = MovementStatistics(served: 0, totalDelay: 0, stops: 0, maxQueue: 0, meanQueue: 0)
        for p in parts {
            total.served += p.served
            total.totalDelay += p.totalDelay
            total.stops += p.stops
            total.maxQueue += p.maxQueue
            total.meanQueue += p.meanQueue
        }
        return total
    }
}
