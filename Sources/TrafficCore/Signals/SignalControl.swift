/// How the simulation runs the signalised nodes.
///
/// Adaptive controllers derive their *stages* from each node's fixed plan: groups green at the same time form
/// a stage, the plan's order is the stage sequence, and the all-red gap between two greens is the intergreen
/// between those stages (a jump to a stage that is not the next one uses the node's longest gap). Controllers
/// decide at every decision interval from simulated detectors (queue heads and counts per movement).
public enum SignalControl: Sendable, Hashable {
    /// The fixed plans as given (the default).
    case fixedTime
    /// Vehicle-actuated control: min/max green, gap-out, stages without demand skipped.
    case actuated(ActuatedControl)
    /// Max-pressure control (Varaiya 2013) on queue counts.
    case maxPressure(MaxPressureControl)
}

/// Parameters of vehicle-actuated control (all times in seconds).
///
/// Detectors sit `gap` seconds of free-flow travel upstream of the stop line: a stage is *called* when a
/// vehicle on one of its movements is standing at the stop line or reaches it within `gap`; the running stage
/// is extended while it is called (a standing queue keeps it called until it has discharged). After
/// `minGreen`, the stage ends when it is no longer called (gap-out) or when it has been green for `maxGreen`
/// (max-out) — but only if a later stage in the sequence is called; stages without a call are skipped and
/// with no call anywhere the current stage rests in green.
public struct ActuatedControl: Sendable, Hashable {
    /// Shortest green of a stage (default 5 s).
    public var minGreen: Double
    /// Longest green of a stage while another stage is called (default 60 s).
    public var maxGreen: Double
    /// Passage time / allowed gap between vehicles (default 3 s).
    public var gap: Double
    /// Time between controller decisions (default 1 s; rounded to whole simulation steps, at least one).
    public var decisionInterval: Double

    public init(minGreen: Double = 5, maxGreen: Double = 60, gap: Double = 3, decisionInterval: Double = 1) {
        self.minGreen = minGreen
        self.maxGreen = maxGreen
        self.gap = gap
        self.decisionInterval = decisionInterval
    }
}

/// Parameters of max-pressure control (Varaiya 2013, "Max pressure control of a network of signalized
/// intersections", Transportation Research C 36).
///
/// Pressure of a stage = Σ over its movements of saturation flow × (vehicles standing in the movement's queue
/// − the downstream link's standing queues weighted by turn ratios, estimated from where that link's vehicles
/// are headed). After `minGreen`, at each decision the controller
/// switches (through the intergreen) to the stage with the highest pressure when it is strictly higher than
/// the running stage's.
public struct MaxPressureControl: Sendable, Hashable {
    /// Shortest green of a stage (default 5 s).
    public var minGreen: Double
    /// Time between controller decisions (default 1 s; rounded to whole simulation steps, at least one).
    public var decisionInterval: Double

    public init(minGreen: Double = 5, decisionInterval: Double = 1) {
        self.minGreen = minGreen
        self.decisionInterval = decisionInterval
    }
}

/// Priority (e.g. emergency) vehicles: while one is on the approach link of a signalised node (driving or
/// queued), the node serves the stage that contains its movement next — after the running stage's minimum
/// green and the intergreen — and holds it until the vehicle has passed (beyond max green if need be).
///
/// Applies to every signalised node: adaptive nodes preempt inside their controller; under `.fixedTime` the
/// nodes follow their plan stage by stage (plan durations, decided every simulation step, so plans in whole
/// seconds with 1 s steps run exactly as fixed) and are preempted the same way; after a preemption the plan
/// continues with the next stage (its offset is not restored).
public struct SignalPriority: Sendable, Hashable {
    /// Trip IDs of the priority vehicles.
    public var tripIDs: Set<String>
    /// Minimum green of a stage interrupted at a fixed-time node (default 5 s); adaptive nodes use their
    /// controller's minimum green.
    public var minGreen: Double

    public init(tripIDs: Set<String>, minGreen: Double = 5) {
        self.tripIDs = tripIDs
        self.minGreen = minGreen
    }
}

/// Pedestrian demand mode (barrier-free crossing): every stage that contains a group with a pedestrian
/// crossing stays green at least crossing length / walking speed. Under `.fixedTime` the listed nodes follow
/// their plan stage by stage with stage greens extended to that minimum.
public struct PedestrianDemand: Sendable, Hashable {
    /// Walking speed in m/s (default 1.0 m/s, a slow walker; RiLSA design speeds for barrier-free crossings
    /// lie around 1.0 m/s instead of the usual 1.2 m/s).
    public var walkingSpeed: Double
    public var crossings: [PedestrianCrossing]

    public init(walkingSpeed: Double = 1.0, crossings: [PedestrianCrossing]) {
        self.walkingSpeed = walkingSpeed
        self.crossings = crossings
    }
}

/// A pedestrian crossing that walks with signal group `group` at node `node` (external IDs).
public struct PedestrianCrossing: Sendable, Hashable, Codable {
    public var node: String
    public var group: String
    /// Crossing length in metres.
    public var length: Double

    public init(node: String, group: String, length: Double) {
        self.node = node
        self.group = group
        self.length = length
    }

    enum CodingKeys: String, CodingKey {
        case node, group
        case length = "length_m"
    }
}
