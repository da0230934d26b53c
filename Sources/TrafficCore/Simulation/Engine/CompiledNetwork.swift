/// The network as the engine reads it: flat arrays indexed by link, movement and node, built once per run
/// (`Network` holds the same facts as values with names). Only measures in force (`Measure`) change it, and only
/// speeds, free-flow times, headways and wave delays (`SimulationEngine.applyMeasures(at:)`).
///
/// Queue numbering, shared by every part: movement queue m is `m`, the arrival queue of link l is `M + l`, the
/// origin queue of link l is `M + L + l` (M movements, L links).
package struct CompiledNetwork: Sendable {
    package let linkCount: Int
    package let movementCount: Int
    package let nodeCount: Int
    package let linkNames: [String]
    package let linkToNode: [Int32]
    package let linkFromNode: [Int32]
    package let linkLength: [Double]
    package internal(set) var linkSpeed: [Double]
    package internal(set) var linkFreeFlowTime: [Double]
    /// 3600 / q_max of the link: the inflow and outflow headways.
    package internal(set) var linkInHeadway: [Double]
    package internal(set) var linkOutHeadway: [Double]
    /// L / w: how long freed space takes to reach the upstream end (backward kinematic wave).
    package internal(set) var linkWaveDelay: [Double]
    /// ⌊L · n · k_jam⌋ vehicles.
    package let linkStorage: [Int32]
    package let movementFrom: [Int32]
    package let movementTo: [Int32]
    /// 3600 / (movement lanes × capacity per lane of the from-link).
    package internal(set) var movementHeadway: [Double]
    /// `Movement.passageTime` and `passageLength`: the way through the junction.
    package let movementPassageTime: [Double]
    package let movementPassageLength: [Double]
    /// `Movement.stopSign` of an unsignalised movement, when gap acceptance is on (all false when it is off: stop
    /// signs are junction control like the yields).
    package let movementStopSign: [Bool]
    /// CSR per movement: the movements it yields to (`Movement.yieldsTo`); empty when gap acceptance is off.
    package let yieldStart: [Int32]
    package let yieldMajors: [Int32]
    /// Per yield: the lane slots of the major movement that conflict (its first `yieldSlots` of
    /// `movementSlots`); a major vehicle's slot is `laneSlot(vehicle:movement:)`.
    package let yieldSlots: [Int32]
    /// Lane slots per movement: its lanes, at most `maximumSlots`.
    package let movementSlots: [Int32]
    package static let maximumSlots = 4
    /// CSR per link: its movements, when all of them share one lane (a single-lane link with more than one
    /// movement: a vehicle waiting for its gap holds up the vehicles behind it, whatever their movement);
    /// empty for other links, whose movements queue apart.
    package let sharedLaneStart: [Int32]
    package let sharedLaneMovements: [Int32]
    /// Lanes per link (at most 32 are told apart), the mask of all of them, and what each holds when jammed:
    /// ⌊L · k_jam⌋, at least 1.
    package let linkLanes: [Int32]
    package let linkAllLanes: [UInt32]
    package let laneStorage: [Int32]
    /// Per movement: bit i set when it leaves from lane i of its from-link (`Movement.fromLanes`); every lane's
    /// bit when the network does not say.
    package let movementFromLanes: [UInt32]
    /// Per movement, `maximumLanes` entries: the to-link lanes from-lane i leads onto (every lane of the to-link
    /// where the network does not say).
    package let movementLaneFeeds: [UInt32]
    static let maximumLanes = 32
    /// CSR per link: the movements out of it (a vehicle ending its trip at the link's end queues behind them:
    /// `SimulationEngine.arrivalHeld(link:ready:)`).
    package let linkMovementStart: [Int32]
    package let linkMovements: [Int32]
    /// CSR per node: the queues served there (movement queues of incoming links, arrival queues).
    package let nodeQueueStart: [Int32]
    package let nodeQueues: [Int32]

    init(network: Network, yielding: Bool = true) {
        let links = network.links
        linkCount = links.count
        movementCount = network.movements.count
        nodeCount = network.nodes.count
        linkNames = links.map(\.id)
        linkToNode = links.map { $0.to.rawValue }
        linkFromNode = links.map { $0.from.rawValue }
        linkLength = links.map(\.length)
        linkSpeed = links.map(\.freeFlowSpeed)
        linkFreeFlowTime = links.map(\.freeFlowTime)
        linkInHeadway = links.map(Self.headway)
        linkOutHeadway = links.map(Self.headway)
        linkWaveDelay = links.map(Self.waveDelay)
        linkStorage = links.map { Int32(clamping: $0.storageCapacity) }
        movementFrom = network.movements.map { $0.from.rawValue }
        movementTo = network.movements.map { $0.to.rawValue }
        movementPassageTime = network.movements.map(\.passageTime)
        movementPassageLength = network.movements.map(\.passageLength)
        movementStopSign = network.movements.map { yielding && $0.stopSign && $0.signalGroup == nil }
        movementHeadway = network.movements.map { Self.movementHeadway(lanes: $0.lanes, from: links[$0.from.index]) }
        let slots = network.movements.map { Int32(min($0.lanes, Self.maximumSlots)) }
        var start: [Int32] = [0]
        var majors: [Int32] = []
        var conflicting: [Int32] = []
        for m in network.movements {
            if yielding {
                majors.append(contentsOf: m.yieldsTo.map(\.rawValue))
                for (y, lanes) in zip(m.yieldsTo, m.yieldLanes) {
                    // Conflicting lanes scaled to the slots, at least one.
                    let total = network.movements[y.index].lanes
                    let share = Double(min(lanes, total)) / Double(total)
                    conflicting.append(max(1, Int32((share * Double(slots[y.index])).rounded(.up))))
                }
            }
            start.append(Int32(majors.count))
        }
        yieldStart = start
        yieldMajors = majors
        yieldSlots = conflicting
        movementSlots = slots
        var sharedStart: [Int32] = [0]
        var shared: [Int32] = []
        for (l, link) in links.enumerated() {
            let out = network.movements(from: LinkID(l))
            if link.lanes == 1 && out.count > 1 { shared.append(contentsOf: out.map(\.rawValue)) }
            sharedStart.append(Int32(shared.count))
        }
        sharedLaneStart = sharedStart
        sharedLaneMovements = shared
        let laneCounts = links.map { Int32(min($0.lanes, Self.maximumLanes)) }
        linkLanes = laneCounts
        let allLanes = laneCounts.map { $0 >= 32 ? UInt32.max : (1 << UInt32($0)) - 1 }
        linkAllLanes = allLanes
        laneStorage = links.indices.map { l in
            Int32(clamping: max(1, links[l].storageCapacity / links[l].lanes))
        }
        func mask(_ lanes: [Int]?, link: LinkID) -> UInt32 {
            let all = allLanes[link.index]
            guard let lanes else { return all }
            let bits = lanes.reduce(UInt32(0)) { $0 | ($1 < 32 ? 1 << UInt32($1) : 0) }
            return bits & all == 0 ? all : bits & all
        }
        movementFromLanes = network.movements.map { mask($0.fromLanes, link: $0.from) }
        var feeds = [UInt32](repeating: 0, count: network.movements.count * Self.maximumLanes)
        for (k, m) in network.movements.enumerated() {
            for i in 0..<Self.maximumLanes { feeds[k * Self.maximumLanes + i] = allLanes[m.to.index] }
            guard let from = m.fromLanes, let connections = m.laneConnections else { continue }
            for (lane, to) in zip(from, connections) where lane < Self.maximumLanes {
                feeds[k * Self.maximumLanes + lane] = mask(to, link: m.to)
            }
        }
        movementLaneFeeds = feeds
        var outStart: [Int32] = [0]
        var out: [Int32] = []
        for l in links.indices {
            out.append(contentsOf: network.movements(from: LinkID(l)).map(\.rawValue))
            outStart.append(Int32(out.count))
        }
        linkMovementStart = outStart
        linkMovements = out
        var queueStart: [Int32] = [0]
        var queues: [Int32] = []
        for n in 0..<network.nodes.count {
            for l in network.incomingLinks(of: NodeID(n)) {
                for m in network.movements(from: l) { queues.append(m.rawValue) }
                queues.append(Int32(network.movements.count) + l.rawValue)
            }
            queueStart.append(Int32(queues.count))
        }
        nodeQueueStart = queueStart
        nodeQueues = queues
    }

    /// 3600 / q_max: the inflow and outflow headway of `link`.
    static func headway(_ link: Link) -> Double { 3600 / link.capacity }

    /// L / w: how long space freed at the end of `link` takes to reach its upstream end.
    static func waveDelay(_ link: Link) -> Double { link.length / link.backwardWaveSpeed }

    /// 3600 / (movement lanes × capacity per lane of the from-link).
    static func movementHeadway(lanes: Int, from link: Link) -> Double {
        3600 / (Double(lanes) * link.capacity / Double(link.lanes))
    }

    /// Gives link `l` and the movements out of it the values of `link` (the network's link with the measures in
    /// force: `SimulationEngine.applyMeasures(at:)`), computed as `init` computes them.
    mutating func setParameters(ofLink l: Int, to link: Link, in network: Network) {
        linkSpeed[l] = link.freeFlowSpeed
        linkFreeFlowTime[l] = link.freeFlowTime
        linkInHeadway[l] = Self.headway(link)
        linkOutHeadway[l] = Self.headway(link)
        linkWaveDelay[l] = Self.waveDelay(link)
        for m in network.movements(from: LinkID(l)) {
            movementHeadway[m.index] = Self.movementHeadway(lanes: network[m].lanes, from: link)
        }
    }

    /// The lane slot of vehicle `v` on movement `m`: vehicles spread evenly (by a hash of the vehicle index)
    /// over the movement's slots.
    @inline(__always)
    package func laneSlot(vehicle v: Int, movement m: Int) -> Int {
        let slots = Int(movementSlots[m])
        if slots <= 1 { return 0 }
        return Int((UInt64(truncatingIfNeeded: v) &* 0x9E37_79B9_7F4A_7C15) >> 40) % slots
    }

    /// Number of queues: one per movement, one arrival and one origin queue per link.
    var queueCount: Int { movementCount + 2 * linkCount }

    @inline(__always)
    package func arrivalQueue(of link: Int) -> Int { movementCount + link }

    @inline(__always)
    package func originQueue(of link: Int) -> Int { movementCount + linkCount + link }
}
