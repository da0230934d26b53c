/// Vehicle actuation carried by a node's plan: the plan's stages run in their order, each green for at least
/// its `minGreen` and at most its `maxGreen` seconds, extended while vehicles keep arriving (a SUMO
/// `tlLogic type="actuated"` program; see `SUMONetworkImporter`).
///
/// The plan's green intervals stay the program's *initial* timing (SUMO's phase `duration`s): fixed-time
/// analyses and optimisers read them as before, and `SignalControl.fixedTime` runs the node as actuated.
///
/// How the engine runs it — the gap control of SUMO's `MSActuatedTrafficLightLogic` (SUMO docs "Traffic
/// Lights", section "Actuated Traffic Lights"; `trySwitch`, `gapControl`): after `minGreen` the running stage
/// ends as soon as no vehicle of its movements has passed the stop line within the last `gap` seconds and no
/// queue's first vehicle reaches (or reached) the stop line within `gap` of now (gap-out) — the stop line plays
/// SUMO's induction loop, so a queue that stands without moving does not hold the green — at the latest after
/// `maxGreen` (max-out); the next stage in sequence follows after the stage's intergreen. Unlike
/// `ActuatedControl` no stage is skipped and no stage rests in green: a stage without demand still shows its
/// minimum green, as SUMO's programs without `next` do.
public struct SignalActuation: Sendable, Hashable {
    /// The limits of one stage, named by the groups green in it.
    public struct Stage: Sendable, Hashable {
        /// IDs of the groups green during the stage, sorted: the key by which the engine finds the stage among
        /// those it derives from the plan's green intervals (`SignalPlan.stages`).
        public var groups: [String]
        /// Shortest green of the stage in seconds.
        public var minGreen: Double
        /// Longest green of the stage in seconds (≥ `minGreen`).
        public var maxGreen: Double
        /// Time from the end of this stage's green to the next stage's green when actuated, in seconds; nil:
        /// the plan's gap. Shorter than the plan's gap where that gap holds phases that are themselves
        /// actuated and serve no movement of the plan (e.g. a bicycle or pedestrian green), which run at
        /// their minimum.
        public var intergreen: Double?

        public init(groups: [String], minGreen: Double, maxGreen: Double, intergreen: Double? = nil) {
            self.groups = groups.sorted()
            self.minGreen = minGreen
            self.maxGreen = maxGreen
            self.intergreen = intergreen
        }
    }

    /// Per stage of the plan, in cycle order. A stage whose green set occurs twice in the cycle has two
    /// entries; the engine takes them in order.
    public var stages: [Stage]
    /// Allowed gap in seconds: the running stage is extended while one of its vehicles reaches the stop line
    /// within this time (SUMO's `max-gap`, default 3 s).
    public var gap: Double
    /// The controller that runs the node when it runs several: nodes whose actuation names the same controller
    /// (one SUMO traffic light over several junctions) are run as one, stage by stage over the groups of all
    /// of them — their plans share cycle and offset, and each carries the same actuation, whose stages name
    /// the groups of all of them. nil: the node has a controller of its own.
    public var controller: String?

    public init(stages: [Stage], gap: Double = 3, controller: String? = nil) {
        self.stages = stages
        self.gap = gap
        self.controller = controller
    }

    /// The limits of the stage whose green groups are `groups` (any order), the `occurrence`-th such stage
    /// (0-based; the last one when there are fewer), or nil when no stage has these groups.
    public func stage(groups: [String], occurrence: Int = 0) -> Stage? {
        let key = groups.sorted()
        let matching = stages.filter { $0.groups == key }
        return matching.isEmpty ? nil : matching[min(occurrence, matching.count - 1)]
    }
}
