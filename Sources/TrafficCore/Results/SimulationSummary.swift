/// A queue that did not discharge: its head waited at the stop line for the gridlock timeout or longer while
/// nothing left its link (a warning; the run goes on, and it is no gridlock unless it is part of one).
public struct StalledQueue: Codable, Sendable, Hashable {
    /// The link whose queue stalled.
    public var link: String
    /// When it was noticed (s): at least the gridlock timeout after its head reached the stop line.
    public var since: Double
    /// Why its head stands at that moment: `red` (its signal, e.g. a phase longer than the run), `no space` on
    /// the next link, or `giving way` to the movements it yields to.
    public var reason: String
    /// Vehicles on the link when it was noticed.
    public var vehicles: Int

    enum CodingKeys: String, CodingKey {
        case link, reason, vehicles
        case since = "since_s"
    }

    public init(link: String, since: Double, reason: String, vehicles: Int) {
        self.link = link
        self.since = since
        self.reason = reason
        self.vehicles = vehicles
    }
}

/// Gridlock information in the summary; `detected == false` and null fields when the run completed.
public struct GridlockSummary: Codable, Sendable, Hashable {
    public var detected: Bool
    /// Simulation time at which gridlock was declared (s).
    public var time: Double?
    /// Last time any vehicle moved (s).
    public var lastMovement: Double?
    public var stuckVehicles: Int
    /// IDs of full links that block the heads of queues (at most 50).
    public var blockedLinks: [String]
    /// A ring of full links stuck while the rest moved (`GridlockReport.local`).
    public var local: Bool
    /// Queues that did not discharge for the gridlock timeout (at most 50, in the order noticed): a warning even
    /// when the run completed.
    public var stalledQueues: [StalledQueue] = []

    enum CodingKeys: String, CodingKey {
        case detected, local
        case stalledQueues = "stalled_queues"
        case time = "time_s"
        case lastMovement = "last_movement_s"
        case stuckVehicles = "stuck_vehicles"
        case blockedLinks = "blocked_links"
    }

    public init(_ report: GridlockReport?) {
        detected = report != nil
        time = report?.time
        lastMovement = report?.lastMovement
        stuckVehicles = report?.stuckVehicles ?? 0
        blockedLinks = report?.blockedLinks ?? []
        local = report?.local ?? false
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        detected = try c.decode(Bool.self, forKey: .detected)
        time = try c.decodeIfPresent(Double.self, forKey: .time)
        lastMovement = try c.decodeIfPresent(Double.self, forKey: .lastMovement)
        stuckVehicles = try c.decode(Int.self, forKey: .stuckVehicles)
        blockedLinks = try c.decode([String].self, forKey: .blockedLinks)
        local = try c.decodeIfPresent(Bool.self, forKey: .local) ?? false
        stalledQueues = try c.decodeIfPresent([StalledQueue].self, forKey: .stalledQueues) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(detected, forKey: .detected)
        if let time { try c.encode(time, forKey: .time) } else { try c.encodeNil(forKey: .time) }
        if let lastMovement {
            try c.encode(lastMovement, forKey: .lastMovement)
        } else {
            try c.encodeNil(forKey: .lastMovement)
        }
        try c.encode(stuckVehicles, forKey: .stuckVehicles)
        try c.encode(blockedLinks, forKey: .blockedLinks)
        try c.encode(local, forKey: .local)
        try c.encode(stalledQueues, forKey: .stalledQueues)
    }
}

/// A measure that was part of the run (`Measure`), as the summary lists it.
public struct AppliedMeasure: Codable, Sendable, Hashable {
    public var id: String
    /// `Measure.Action.kind`: closure, capacity, speed_limit, turn_ban, signal_plan, detour.
    public var kind: String
    public var begin: Double
    /// nil: until the end of the run.
    public var end: Double?

    enum CodingKeys: String, CodingKey {
        case id, kind
        case begin = "begin_s"
        case end = "end_s"
    }

    public init(_ measure: Measure) {
        id = measure.id
        kind = measure.action.kind
        begin = measure.begin
        end = measure.end.isFinite ? measure.end : nil
    }
}

/// Key figures of a run, encoded with the JSON keys below (snake case, units in the name).
///
/// Definitions: a vehicle is *departed* once it has entered its origin link; vehicles whose departure time
/// has come but whose origin link is full (or at inflow capacity) wait in an origin queue and count as
/// `vehicles_waiting_to_depart`, not as departed. `vehicles_unfinished` = departed − arrived (on the
/// network at the end). `trips_total` = departed + waiting + unroutable + `vehicles_scheduled_after_end`.
/// Travel time = arrival − departure (origin-queue time excluded, as SUMO's `duration`); delay = travel time
/// − free-flow travel time of the links driven; both over arrived vehicles. `vehicle_seconds_simulated` sums
/// the time every departed vehicle spent on the network up to its arrival or the end of the run.
public struct SimulationSummary: Codable, Sendable, Hashable {
    public var tripsTotal: Int
    public var vehiclesDeparted: Int
    public var vehiclesArrived: Int
    public var vehiclesUnfinished: Int
    public var vehiclesWaitingToDepart: Int
    public var vehiclesUnroutable: Int
    /// Trips whose departure lies at or after the end of the run (never simulated), so that
    /// departed + waiting + unroutable + scheduled after the end = trips total.
    public var vehiclesScheduledAfterEnd: Int = 0
    public var meanTravelTime: Double
    public var totalDelay: Double
    public var totalDepartDelay: Double
    public var vehicleSecondsSimulated: Double
    public var simulatedTime: Double
    public var wallTime: Double
    public var gridlock: GridlockSummary
    /// The measures of the run (`Measure`); nil (absent in JSON) when it had none.
    public var measures: [AppliedMeasure]? = nil
    /// Vehicles moved onto a full link after standing `SimulationConfiguration.teleportAfter` s; nil (absent in
    /// JSON) when teleporting is off.
    public var teleports: Int? = nil

    enum CodingKeys: String, CodingKey {
        case tripsTotal = "trips_total"
        case vehiclesDeparted = "vehicles_departed"
        case vehiclesArrived = "vehicles_arrived"
        case vehiclesUnfinished = "vehicles_unfinished"
        case vehiclesWaitingToDepart = "vehicles_waiting_to_depart"
        case vehiclesUnroutable = "vehicles_unroutable"
        case vehiclesScheduledAfterEnd = "vehicles_scheduled_after_end"
        case meanTravelTime = "mean_travel_time_s"
        case totalDelay = "total_delay_veh_s"
        case totalDepartDelay = "total_depart_delay_veh_s"
        case vehicleSecondsSimulated = "vehicle_seconds_simulated"
        case simulatedTime = "simulated_time_s"
        case wallTime = "wall_time_s"
        case gridlock, measures, teleports
    }

    /// Vehicle-seconds simulated per second of wall-clock time (the throughput figure for benchmarks).
    public var vehicleSecondsPerWallSecond: Double { wallTime > 0 ? vehicleSecondsSimulated / wallTime : 0 }
}
