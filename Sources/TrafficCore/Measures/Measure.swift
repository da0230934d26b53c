/// A traffic measure in force during a time window of the run: what the traffic centre decides on (road works,
/// closures, Tempo 30, turn bans, signal programmes, signposted detours).
///
/// A measure takes effect at the first simulation step that starts at or after `begin` and ends at the first step
/// that starts at or after `end` (steps are the engine's decision points). Overlapping measures combine: capacity
/// factors multiply, the lowest speed limit holds, a link or movement is closed while any closure names it.
///
/// What each does in the engine (`SimulationEngine`):
/// - `closure`: no vehicle enters the links through a movement; vehicles already queued for such a movement
///   choose another way when there is one (else wait at the stop line until the closure ends); routing avoids the
///   links (a penalty of `Measure.closedPenalty`, so trips that have no other way still route and wait). Vehicles
///   departing on a closed link still leave it.
/// - `capacity`: the saturation flow of the links' stop lines and their in- and outflow capacity scale by
///   `factor`, their storage by `storageFactor` (a lane closure on a 2-lane link: 0.5 and 0.5). Vehicles already
///   stored beyond a reduced storage stay; no new one enters until there is room.
/// - `speedLimit`: the links' free-flow speed becomes at most `speed` (m/s): free-flow time, backward wave and
///   delay reference follow (a vehicle's time loss is measured against the speed in force, as SUMO does).
///   Vehicles already on a link keep the time they were given when they entered it.
/// - `turnBan`: like a closure, for single movements.
/// - `signalPlans`: the nodes run these fixed-time plans instead of their own, switched at once at the window's
///   start and back at its end (like a SUMO programme switch without a transition procedure). The plans are
///   checked against the nodes' signal groups like any plan; nodes run by a controller cannot be given one.
/// - `detour`: a vehicle that would drive over one of `links` — by its route as the driver would choose it with
///   no measure in force — is sent via `via` in order (signposted detour, Umleitungsbeschilderung); from the last
///   `via` link on it takes its own way. Applies to vehicles routed during the window (departures, re-routing)
///   and, at the window's start, to vehicles waiting to depart and to those on the network whose route ahead
///   still has such a link.
public struct Measure: Sendable, Hashable {
    public enum Action: Sendable, Hashable {
        case closure(links: [LinkID])
        case capacity(links: [LinkID], factor: Double, storageFactor: Double)
        case speedLimit(links: [LinkID], speed: Double)
        case turnBan(movements: [MovementID])
        case signalPlans([NodeID: SignalPlan])
        case detour(links: [LinkID], via: [LinkID])

        /// The kind's name as scenario files spell it.
        public var kind: String {
            switch self {
            case .closure: "closure"
            case .capacity: "capacity"
            case .speedLimit: "speed_limit"
            case .turnBan: "turn_ban"
            case .signalPlans: "signal_plan"
            case .detour: "detour"
            }
        }
    }

    /// The measure's name in outputs and errors.
    public var id: String
    /// Window [begin, end) in seconds of simulated time.
    public var begin: Double
    public var end: Double
    public var action: Action

    /// Routing cost (seconds) added for a closed link or banned movement: high enough that any open way wins,
    /// finite so that a trip with no other way still has a route (it waits until the closure ends).
    public static let closedPenalty = 1.0e7

    public init(id: String, begin: Double = 0, end: Double = .infinity, action: Action) {
        self.id = id
        self.begin = begin
        self.end = end
        self.action = action
    }

    /// Whether the measure is in force at `time`.
    public func isActive(at time: Double) -> Bool { begin <= time && time < end }

    /// Checks the window, the parameters and that every link, movement and node is in `network`.
    /// - Throws: `SimulationError.invalidMeasure` naming the measure and what is wrong.
    public func validate(in network: Network) throws(SimulationError) {
        func fail(_ message: String) -> SimulationError { .invalidMeasure(id: id, message) }
        guard begin.isFinite, begin >= 0 else { throw fail("begin \(begin) s must be a finite time ≥ 0") }
        guard end > begin else { throw fail("end \(end) s must be after begin \(begin) s") }
        func check(_ links: [LinkID], _ what: String) throws(SimulationError) {
            guard !links.isEmpty else { throw fail("names no \(what)") }
            for l in links where l.index < 0 || l.index >= network.links.count {
                throw fail("\(what) index \(l.index) is not in the network")
            }
        }
        switch action {
        case .closure(let links):
            try check(links, "link")
        case .capacity(let links, let factor, let storageFactor):
            try check(links, "link")
            guard factor > 0, factor.isFinite else { throw fail("capacity factor \(factor) must be > 0") }
            guard storageFactor > 0, storageFactor <= 1 else {
                throw fail("storage factor \(storageFactor) must be in (0, 1]")
            }
        case .speedLimit(let links, let speed):
            try check(links, "link")
            guard speed > 0, speed.isFinite else { throw fail("speed \(speed) m/s must be > 0") }
        case .turnBan(let movements):
            guard !movements.isEmpty else { throw fail("names no movement") }
            for m in movements where m.index < 0 || m.index >= network.movements.count {
                throw fail("movement index \(m.index) is not in the network")
            }
        case .signalPlans(let plans):
            guard !plans.isEmpty else { throw fail("names no node") }
            for node in plans.keys where node.index < 0 || node.index >= network.nodes.count {
                throw fail("node index \(node.index) is not in the network")
            }
        case .detour(let links, let via):
            try check(links, "link")
            try check(via, "via link")
            if let shared = via.first(where: links.contains) {
                throw fail("via link '\(network[shared].id)' is one of the links detoured around")
            }
        }
    }
}
