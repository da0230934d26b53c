/// One stage change of a controller-run node: the running stage turns red at `time`, the next stage turns
/// green at `greenStart` (= `time` + intergreen).
public struct StageSwitch: Sendable, Hashable {
    /// Why the controller switched.
    public enum Reason: String, Sendable, Hashable, CaseIterable {
        /// Actuated: the running stage was no longer called.
        case gapOut = "gap-out"
        /// Actuated: the running stage reached its maximum green.
        case maxOut = "max-out"
        /// Max-pressure: another stage had a higher pressure.
        case pressure
        /// A priority vehicle waits for the next stage.
        case priority
        /// A fixed plan, followed stage by stage, reached the end of the stage's green.
        case plan
    }

    /// External node ID.
    public var node: String
    /// Red start of the ended stage (a controller decision time), in seconds.
    public var time: Double
    /// The ended stage: its group IDs joined with "+" (e.g. "EW" or "N+S").
    public var from: String
    public var to: String
    /// Green start of the new stage; `greenStart − time` is the intergreen.
    public var greenStart: Double
    /// How long the ended stage was green (seconds).
    public var endedGreen: Double
    public var reason: Reason

    public init(
        node: String, time: Double, from: String, to: String, greenStart: Double, endedGreen: Double, reason: Reason
    ) {
        self.node = node
        self.time = time
        self.from = from
        self.to = to
        self.greenStart = greenStart
        self.endedGreen = endedGreen
        self.reason = reason
    }
}

/// What the signal controllers did in a run (present when any node was controller-run).
public struct SignalControlReport: Sendable, Hashable {
    /// Every stage change in time order.
    public var stageSwitches: [StageSwitch]
    /// Arrived priority vehicles, in order of arrival.
    public var priorityTrips: [TripRecord]

    public init(stageSwitches: [StageSwitch], priorityTrips: [TripRecord]) {
        self.stageSwitches = stageSwitches
        self.priorityTrips = priorityTrips
    }

    /// Total delay (time loss) of the arrived priority vehicles in seconds.
    public var priorityDelay: Double { priorityTrips.reduce(0) { $0 + $1.timeLoss } }
}
