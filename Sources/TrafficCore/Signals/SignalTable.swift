/// Signal plans compiled for the simulation: one entry per (node, group) used by a movement, with its green
/// intervals normalised to sorted, non-wrapping, merged windows in [0, cycle).
struct SignalTable: Sendable {
    /// Compiled group of each movement, −1 when unsignalised.
    let movementGroup: [Int32]
    let cycle: [Double]
    let offset: [Double]
    let intervalStart: [Int32]  // CSR into `greenStart` / `greenEnd`, count + 1 entries
    let greenStart: [Double]
    let greenEnd: [Double]

    var groupCount: Int { cycle.count }

    init(network: Network, plans: [NodeID: SignalPlan]) throws(SignalPlanError) {
        var movementGroup = [Int32](repeating: -1, count: network.movements.count)
        var cycle: [Double] = []
        var offset: [Double] = []
        var intervalStart: [Int32] = [0]
        var greenStart: [Double] = []
        var greenEnd: [Double] = []

        for node in plans.keys.sorted() {  // sorted: the first error reported is deterministic
            let plan = plans[node]!
            let name = network[node].id
            guard plan.cycle > 0, plan.cycle.isFinite else { throw .invalidCycle(node: name, cycle: plan.cycle) }
            var seen = Set<String>()
            for g in plan.groups {
                guard seen.insert(g.id).inserted else { throw .duplicateGroup(node: name, group: g.id) }
                for i in g.greenIntervals {
                    guard i.start >= 0, i.end >= 0, i.start <= plan.cycle, i.end <= plan.cycle, i.start != i.end
                    else { throw .intervalOutsideCycle(node: name, group: g.id, start: i.start, end: i.end) }
                }
            }
        }

        // Compile in movement order so group indices are deterministic.
        var compiled: [String: Int32] = [:]  // "node\u{0}group" → index; set-up only
        for (m, movement) in network.movements.enumerated() {
            guard let groupID = movement.signalGroup else { continue }
            let node = network.node(of: MovementID(m))
            let nodeName = network[node].id
            guard let plan = plans[node] else { throw .missingPlan(node: nodeName) }
            let key = nodeName + "\u{0}" + groupID
            if let index = compiled[key] {
                movementGroup[m] = index
                continue
            }
            guard let group = plan.group(groupID) else { throw .missingGroup(node: nodeName, group: groupID) }
            let index = Int32(cycle.count)
            compiled[key] = index
            movementGroup[m] = index
            cycle.append(plan.cycle)
            offset.append(plan.offset)
            for window in GreenInterval.normalised(group.greenIntervals, cycle: plan.cycle) {
                greenStart.append(window.start)
                greenEnd.append(window.end)
            }
            intervalStart.append(Int32(greenStart.count))
        }
        self.movementGroup = movementGroup
        self.cycle = cycle
        self.offset = offset
        self.intervalStart = intervalStart
        self.greenStart = greenStart
        self.greenEnd = greenEnd
    }

    /// The earliest time ≥ `time` at which `group` is green (`time` itself when green now), or +∞ if never.
    /// - Complexity: O(green windows of the group), typically 1–2.
    @inline(__always)
    func nextGreen(_ group: Int, atOrAfter time: Double) -> Double {
        let lower = Int(intervalStart[group])
        let upper = Int(intervalStart[group + 1])
        if lower == upper { return .infinity }
        let c = cycle[group]
        var phase = (time - offset[group]).truncatingRemainder(dividingBy: c)
        if phase < 0 { phase += c }
        for i in lower..<upper where phase < greenEnd[i] {
            return greenStart[i] <= phase ? time : time + (greenStart[i] - phase)
        }
        return time + (c - phase) + greenStart[lower]
    }

    @inline(__always)
    func isGreen(_ group: Int, at time: Double) -> Bool { nextGreen(group, atOrAfter: time) == time }
}
