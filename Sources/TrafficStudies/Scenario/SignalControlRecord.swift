import TrafficCore

/// The scenario file's `signal_control` object: how the signalised nodes are run (`SignalControl`), priority
/// vehicles (`SignalPriority`) and pedestrian demand (`PedestrianDemand`).
///
/// ```json
/// "signal_control": {
///   "method": "actuated", "min_green_s": 5, "max_green_s": 60, "gap_s": 3, "decision_interval_s": 1,
///   "priority_trips": ["ambulance-1"], "priority_min_green_s": 5,
///   "walking_speed_mps": 1.0, "pedestrian_crossings": [ { "node": "n_1_1", "group": "NS", "length_m": 14 } ]
/// }
/// ```
/// `method`: `fixed` (default plans), `actuated` or `maxpressure`. Absent fields take the defaults of
/// `ActuatedControl`, `MaxPressureControl`, `SignalPriority` and `PedestrianDemand`. Fields that do not apply
/// to the method (e.g. `gap_s` with `maxpressure`) are rejected, so a typo in the method cannot pass silently.
public struct SignalControlRecord: Codable, Sendable, Hashable {
    public enum Method: String, Codable, Sendable, Hashable, CaseIterable {
        case fixed, actuated, maxpressure
    }

    public var method: Method
    public var minGreen: Double?
    public var maxGreen: Double?
    public var gap: Double?
    public var decisionInterval: Double?
    public var priorityTrips: [String]?
    public var priorityMinGreen: Double?
    public var walkingSpeed: Double?
    public var pedestrianCrossings: [PedestrianCrossing]?

    enum CodingKeys: String, CodingKey {
        case method
        case gap = "gap_s"
        case minGreen = "min_green_s"
        case maxGreen = "max_green_s"
        case decisionInterval = "decision_interval_s"
        case priorityTrips = "priority_trips"
        case priorityMinGreen = "priority_min_green_s"
        case walkingSpeed = "walking_speed_mps"
        case pedestrianCrossings = "pedestrian_crossings"
    }

    public init(
        method: Method, minGreen: Double? = nil, maxGreen: Double? = nil, gap: Double? = nil,
        decisionInterval: Double? = nil, priorityTrips: [String]? = nil, priorityMinGreen: Double? = nil,
        walkingSpeed: Double? = nil, pedestrianCrossings: [PedestrianCrossing]? = nil
    ) {
        self.method = method
        self.minGreen = minGreen
        self.maxGreen = maxGreen
        self.gap = gap
        self.decisionInterval = decisionInterval
        self.priorityTrips = priorityTrips
        self.priorityMinGreen = priorityMinGreen
        self.walkingSpeed = walkingSpeed
        self.pedestrianCrossings = pedestrianCrossings
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            method: try c.decode(Method.self, forKey: .method),
            minGreen: try c.decodeIfPresent(Double.self, forKey: .minGreen),
            maxGreen: try c.decodeIfPresent(Double.self, forKey: .maxGreen),
            gap: try c.decodeIfPresent(Double.self, forKey: .gap),
            decisionInterval: try c.decodeIfPresent(Double.self, forKey: .decisionInterval),
            priorityTrips: try c.decodeIfPresent([String].self, forKey: .priorityTrips),
            priorityMinGreen: try c.decodeIfPresent(Double.self, forKey: .priorityMinGreen),
            walkingSpeed: try c.decodeIfPresent(Double.self, forKey: .walkingSpeed),
            pedestrianCrossings: try c.decodeIfPresent([PedestrianCrossing].self, forKey: .pedestrianCrossings))
        let misplaced: [(CodingKeys, Bool)] =
            switch method {
            case .fixed:
                [
                    (.minGreen, minGreen != nil), (.maxGreen, maxGreen != nil), (.gap, gap != nil),
                    (.decisionInterval, decisionInterval != nil),
                ]
            case .actuated: []
            case .maxpressure: [(.maxGreen, maxGreen != nil), (.gap, gap != nil)]
            }
        if let key = misplaced.first(where: \.1)?.0 {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: c, debugDescription: "'\(key.rawValue)' does not apply to method '\(method.rawValue)'")
        }
    }

    /// The record describing `configuration`'s signal settings, or nil when it runs plain fixed plans.
    public init?(configuration c: SimulationConfiguration) {
        switch c.signalControl {
        case .fixedTime:
            guard c.signalPriority != nil || c.pedestrianDemand != nil else { return nil }
            self.init(method: .fixed)
        case .actuated(let p):
            self.init(
                method: .actuated, minGreen: p.minGreen, maxGreen: p.maxGreen, gap: p.gap,
                decisionInterval: p.decisionInterval)
        case .maxPressure(let p):
            self.init(method: .maxpressure, minGreen: p.minGreen, decisionInterval: p.decisionInterval)
        }
        if let priority = c.signalPriority {
            priorityTrips = priority.tripIDs.sorted()
            priorityMinGreen = priority.minGreen
        }
        if let pedestrians = c.pedestrianDemand {
            walkingSpeed = pedestrians.walkingSpeed
            pedestrianCrossings = pedestrians.crossings
        }
    }

    /// Sets signal control, priority and pedestrian demand of `configuration` (defaults for absent fields).
    public func apply(to configuration: inout SimulationConfiguration) {
        switch method {
        case .fixed:
            configuration.signalControl = .fixedTime
        case .actuated:
            let d = ActuatedControl()
            configuration.signalControl = .actuated(
                ActuatedControl(
                    minGreen: minGreen ?? d.minGreen, maxGreen: maxGreen ?? d.maxGreen, gap: gap ?? d.gap,
                    decisionInterval: decisionInterval ?? d.decisionInterval))
        case .maxpressure:
            let d = MaxPressureControl()
            configuration.signalControl = .maxPressure(
                MaxPressureControl(
                    minGreen: minGreen ?? d.minGreen, decisionInterval: decisionInterval ?? d.decisionInterval))
        }
        if let priorityTrips {
            var priority = SignalPriority(tripIDs: Set(priorityTrips))
            if let priorityMinGreen { priority.minGreen = priorityMinGreen }
            configuration.signalPriority = priority
        }
        if let pedestrianCrossings {
            var pedestrians = PedestrianDemand(crossings: pedestrianCrossings)
            if let walkingSpeed { pedestrians.walkingSpeed = walkingSpeed }
            configuration.pedestrianDemand = pedestrians
        }
    }
}
