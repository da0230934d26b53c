/// A turning movement at a node: from an incoming link to an outgoing link.
///
/// A route is a sequence of links in which each consecutive pair is connected by a movement.
public struct Movement: Sendable, Hashable {
    public var from: LinkID
    public var to: LinkID
    /// Lanes serving the movement; its saturation flow is lanes × (from-link capacity per lane).
    public var lanes: Int
    /// The signal group controlling the movement at a signalised node, or `nil` when unsignalised.
    public var signalGroup: String?
    /// Movements of the same node this one yields to (its priority foes): a minor road to the major road, a
    /// permitted left turn to the opposing through traffic that is green at the same time, right before left.
    /// The simulation lets a vehicle of this movement go only through a gap in each of them
    /// (`SimulationConfiguration.GapAcceptance`); from SUMO's `<request response>` or `NetworkBuilder.addYield`.
    public var yieldsTo: [MovementID]
    /// Per entry of `yieldsTo`: how many of the major movement's lanes the conflict involves (a right turn
    /// merging into the kerb lane meets one lane of a three-lane straight movement). A vehicle of the major
    /// movement is put on one of its lanes (evenly, by vehicle) and blocks only from a conflicting one.
    public var yieldLanes: [Int]
    /// The way through the junction, beyond the two links' lengths: metres driven and seconds at free flow
    /// (SUMO's internal lanes: their lengths and speeds, lower for turns). A vehicle reaches the next stop line
    /// that much later, and its route is that much longer. Zero where the links meet at a point (the default).
    public var passageLength: Double
    public var passageTime: Double
    /// The lanes of the from-link the movement leaves from, as positions among the link's lanes (0 = the
    /// rightmost; SUMO's connections' `fromLane` counted over the lanes open to the vehicle class); nil: any lane.
    /// A vehicle waits on the lanes of its next movement, so they bound the queue of that movement: it gets their
    /// storage, not the whole link's (`SimulationEngine.entryLane`). Set with `NetworkBuilder.setLaneUse`.
    public var fromLanes: [Int]?
    /// Per entry of `fromLanes`: the to-link lanes that lane leads onto (SUMO's lane-to-lane connections). A
    /// vehicle bound for a turn beyond the to-link waits on the from-lanes that lead onto that turn's lanes.
    public var laneConnections: [[Int]]?

    /// A stop sign (StVO Zeichen 206; SUMO's link state `s` at a `priority_stop` junction, `w` at an
    /// `allway_stop`): every vehicle of the movement comes to a full stop at the stop line, whatever the traffic,
    /// and loses the time of braking and starting (`SimulationConfiguration.StopAndGo`); its queue leaves at the
    /// follow-up headway (`GapAcceptance.followUp`). Junction control like `yieldsTo`: ignored when gap acceptance
    /// is off, and on a signalised movement. Set with `NetworkBuilder.setStopSign`.
    public var stopSign = false

    /// The lanes of the to-link the movement leads onto (all of `laneConnections`); nil: any lane.
    public var toLanes: [Int]? { laneConnections.map { Array(Set($0.joined())).sorted() } }

    public init(
        from: LinkID, to: LinkID, lanes: Int, signalGroup: String? = nil, yieldsTo: [MovementID] = [],
        yieldLanes: [Int]? = nil, passageLength: Double = 0, passageTime: Double = 0
    ) {
        self.from = from
        self.to = to
        self.lanes = lanes
        self.signalGroup = signalGroup
        self.yieldsTo = yieldsTo
        self.yieldLanes = yieldLanes ?? Array(repeating: Int.max, count: yieldsTo.count)
        self.passageLength = passageLength
        self.passageTime = passageTime
    }
}
