import Support

/// Run parameters of a simulation.
public struct SimulationConfiguration: Sendable, Hashable {
    /// What to do with trips that have no path from origin to destination.
    public enum UnroutablePolicy: String, Sendable, Hashable, Codable {
        /// Skip them, count them and list their IDs in the result (the default).
        case report
        /// Refuse to run: `Simulation.init` throws `SimulationError.unroutableTrips`.
        case fail
    }

    /// How a vehicle of a movement that yields (`Movement.yieldsTo`) finds its gap in the traffic it yields to.
    ///
    /// A vehicle of the minor movement may go at time t when, for every major movement it yields to, the last
    /// major vehicle passed at least the gap *after* before t, and the next major vehicle that could pass (the
    /// head of its queue, with its own green and space downstream) would not reach the stop line before t + the
    /// gap *before*. Their sum is the critical gap. Crossing the major path and merging into the major's link
    /// differ: behind a merging vehicle the minor one may follow closely. Vehicles following a yielding vehicle go
    /// at the follow-up headway, unless every movement they yield to is held at red: then the movement runs as a
    /// protected one, at its saturation headway. A major vehicle that cannot move (red, no space downstream) does not block.
    /// After `maximumWait` s at the stop line (counted from when it got there, not from the back of the queue) a
    /// minor vehicle goes at the next moment its own movement allows: drivers force their way, and
    /// right-before-left deadlocks with every arm occupied end.
    ///
    /// Defaults (critical gap 7 s crossing, 5.5 s merging, follow-up 3.5 s) lie in the ranges of the German
    /// capacity manual for unsignalised junctions (HBS; critical gaps of about 5–7 s, follow-up times of about
    /// 2.5–3.5 s) and were chosen against SUMO on a priority T-junction at eight demand levels
    /// (bench/junctions, bench/RESULTS.md "Junction conflicts"). `maximumWait` 30 s: with 60 s a busy city net
    /// (Berlin-Adlershof, 3600 random trips in the hour) jammed from short minor approaches whose drivers waited
    /// a minute each, while SUMO ran it freely (half the trips arrived, GEH < 5 on 66 % of the edges' hourly flows
    /// against SUMO); with 30 s all but 3 arrive and 84.9 % of the edges meet GEH < 5, the T-junction cases within a
    /// factor 2 of SUMO's delay go from 5 to 6 of 8, and the signal verdicts SUMO confirms stay 45 of 48
    /// (bench/RESULTS.md "Measures and the closure test").
    public struct GapAcceptance: Sendable, Hashable {
        /// Crossing conflict: the next major vehicle must be at least this far (s) from the stop line.
        public var crossingBefore: Double
        /// Crossing conflict: time (s) after the last major vehicle passed.
        public var crossingAfter: Double
        /// Merging conflict (both movements lead onto the same link): the next major vehicle's distance (s).
        public var mergeBefore: Double
        /// Merging conflict: time (s) after the last major vehicle passed.
        public var mergeAfter: Double
        /// Headway (s) of a yielding movement, when longer than its saturation headway.
        public var followUp: Double
        /// Longest wait (s) at the stop line before a minor vehicle forces its way.
        public var maximumWait: Double

        public init(
            crossingBefore: Double = 4, crossingAfter: Double = 3, mergeBefore: Double = 4, mergeAfter: Double = 1.5,
            followUp: Double = 3.5, maximumWait: Double = 30
        ) {
            self.crossingBefore = crossingBefore
            self.crossingAfter = crossingAfter
            self.mergeBefore = mergeBefore
            self.mergeAfter = mergeAfter
            self.followUp = followUp
            self.maximumWait = maximumWait
        }
    }

    /// The time a vehicle loses by braking to a stop at a stop line and accelerating away again, on top of the
    /// time it stands: v_in / (2 · deceleration) + v_out / (2 · acceleration) with the free-flow speeds of the
    /// link it leaves and the link it enters (a constant-rate stop and start; SUMO's defaults for passenger
    /// cars, acceleration 2.6 m/s² and deceleration 4.5 m/s², give 1.5 s + 2.7 s at 50 km/h). A vehicle that
    /// waited w s at the stop line loses min(w, that loss) more: a short wait is absorbed by slowing down, a
    /// long one means a full stop. The point-queue links have no speed profile; without this, every stop would
    /// cost only its standing time.
    ///
    /// With `startUpLoss` a queue that stood at a signal also starts slowly: its first vehicles accelerate from
    /// rest, so the next vehicles cross the stop line later than the saturation headway says — HCM's start-up
    /// lost time (2 s by default). flowsim lets the vehicle after one that stood at a signalised stop line (for at
    /// least 1 s, not just behind the vehicle in front) follow `startUpLoss(approachSpeed:)` later. The loss grows
    /// with the speed the queue accelerates to; measured in SUMO 1.28 (its default car; a queue of 60 on a
    /// single-lane approach, crossing time of the 9th–16th vehicle after the green minus that many steady
    /// headways, 10 seeds, no teleports; the third table of bench/signals/saturation.py):
    ///
    /// | approach speed limit (km/h) | ≤ 20 | 30 | 40 | 50 | 60 | 70 | 80 |
    /// |---|---:|---:|---:|---:|---:|---:|---:|
    /// | start-up loss (s) | 0 | 0.43 | 1.34 | 1.79 | 2.43 | 3.00 | 3.59 |
    ///
    /// linear between them, in proportion above 80 km/h. At 50 km/h that is about one vehicle less per lane and
    /// green than the saturation flow alone would pass.
    ///
    /// A turn slower than the roads it joins costs time even without a stop (`turnLoss(approach:passage:exit:)`):
    /// the vehicle brakes from the approach speed v_in to the speed through the junction v_j (its internal lanes,
    /// `Movement.passageLength / passageTime`, which netconvert lowers by the turn's radius) and accelerates to the
    /// exit speed v_out again: (v_in − v_j)² / (2 · v_in · deceleration) + (v_out − v_j)² / (2 · v_out ·
    /// acceleration) beyond the time at those speeds. A vehicle loses the larger of that and its stop's loss. In
    /// SUMO 1.28 (default car, `sigma` 0, a lone vehicle through bench/junctions' T-junction, 5 runs each,
    /// bench/junctions/lone.py) right turns at 6.5 m/s from and onto 50 km/h roads lose 1.28 s (priority road) and
    /// 1.97 s (giving way), left turns at 8.0 m/s 1.07 s and 1.24 s, straight on 0 s; this formula gives 1.19 s and
    /// 0.76 s. At a stop sign (`Movement.stopSign`) every vehicle loses the full stop: SUMO 4.0–4.5 s, 4.21 s here.
    public struct StopAndGo: Sendable, Hashable {
        public var acceleration: Double
        public var deceleration: Double
        /// Queues at signals start slowly (`startUpLoss(approachSpeed:)`).
        public var startUpLoss: Bool

        public init(acceleration: Double = 2.6, deceleration: Double = 4.5, startUpLoss: Bool = true) {
            self.acceleration = acceleration
            self.deceleration = deceleration
            self.startUpLoss = startUpLoss
        }

        /// The measured losses above: (x: speed limit in m/s as netconvert writes it, y: seconds).
        static let startUpLosses: [(x: Double, y: Double)] = [
            (5.56, 0), (8.33, 0.43), (11.11, 1.34), (13.89, 1.79), (16.67, 2.43), (19.44, 3.00), (22.22, 3.59),
        ]

        /// Seconds a full stop costs beyond standing, braking from `approach` and accelerating to `exit` (m/s).
        public func stopLoss(approach: Double, exit: Double) -> Double {
            approach / (2 * deceleration) + exit / (2 * acceleration)
        }

        /// Seconds a vehicle loses braking from `approach` to `passage` through the junction and accelerating to
        /// `exit` again (all m/s), beyond the time at those speeds; 0 where the passage is not slower.
        public func turnLoss(approach: Double, passage: Double, exit: Double) -> Double {
            guard passage > 0 else { return 0 }
            let braking = approach > passage ? (approach - passage) * (approach - passage) / (2 * approach * deceleration) : 0
            let starting = exit > passage ? (exit - passage) * (exit - passage) / (2 * exit * acceleration) : 0
            return braking + starting
        }

        /// Seconds the vehicle after the first of a standing queue follows later than the saturation headway, on
        /// an approach of free-flow speed `speed` (m/s).
        public static func startUpLoss(approachSpeed speed: Double) -> Double {
            speed > startUpLosses[0].x ? measuredCurve(startUpLosses, at: speed) : 0
        }
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
    /// Gap acceptance of yielding movements (`nil`: every movement flows at its saturation headway, conflicts
    /// ignored, as before the network carried conflicts).
    public var gapAcceptance: GapAcceptance?
    /// Time lost braking and accelerating at a stop (`nil`: none, the point-queue model as before).
    public var stopAndGo: StopAndGo?
    /// SUMO's `--time-to-teleport`: a vehicle that has stood at its stop line this long (s) because the next link
    /// of its route is full moves onto it all the same, squeezing in beyond its storage (SUMO moves it to the next
    /// edge with space). Counted in the summary (`teleports`). `nil` (the default): never — a jam that does not
    /// clear is reported as a gridlock. For comparisons with SUMO runs that teleport (SUMO's default is 300 s).
    public var teleportAfter: Double?

    public init(
        duration: Double, step: Double = 1, seed: UInt64 = 1, outputInterval: Double = 300,
        reroutingInterval: Double? = nil, gridlockTimeout: Double = 300, stopOnGridlock: Bool = true,
        unroutablePolicy: UnroutablePolicy = .report, signalControl: SignalControl = .fixedTime,
        signalPriority: SignalPriority? = nil, pedestrianDemand: PedestrianDemand? = nil,
        gapAcceptance: GapAcceptance? = GapAcceptance(), stopAndGo: StopAndGo? = StopAndGo()
    ) {
        self.stopAndGo = stopAndGo
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
        self.gapAcceptance = gapAcceptance
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
        if let teleportAfter { try positive(teleportAfter, "time to teleport") }
        if let gap = gapAcceptance {
            let values = [
                (gap.crossingBefore, "crossing gap before"), (gap.crossingAfter, "crossing gap after"),
                (gap.mergeBefore, "merge gap before"), (gap.mergeAfter, "merge gap after"), (gap.followUp, "follow-up"),
            ]
            for (value, name) in values {
                guard value >= 0, value <= 60 else {
                    throw .invalidConfiguration("gap acceptance: \(name) must lie within 0 and 60 s, is \(value)")
                }
            }
            try positive(gap.maximumWait, "gap acceptance maximum wait")
        }
        if let stopAndGo {
            try positive(stopAndGo.acceleration, "stop-and-go acceleration")
            try positive(stopAndGo.deceleration, "stop-and-go deceleration")
        }
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
