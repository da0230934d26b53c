import TrafficCore

/// Green-wave offsets along a corridor.
///
/// Platoon model (for the objective and the time-space diagram): in each direction, vehicles leave a
/// corridor node's stop line uniformly during the green of its through group, drive to the next node at
/// free-flow speed, and wait there for the next green of that node's through group; queue discharge and
/// platoon dispersion are ignored. The objective is the flow-weighted mean of that wait over all links and
/// directions driven.
///
/// - One-way (`twoWay == false`): closed form. The first node keeps its offset; node i + 1's through green
///   starts τ_i after node i's (τ_i = free-flow time between them):
///   offset_{i+1} = offset_i + s_i + τ_i − s_{i+1} (mod C), s = green start of the through group in the
///   cycle. With equal spacing L, speed v and greens starting at 0: offset_i = i·L/v mod C.
/// - Two-way: coordinate descent over every node's offset but the first in 1 s steps (from the one-way
///   solution and from the existing offsets; the better result wins) on the objective of both directions.
public enum OffsetOptimizer {
    public struct Result: Sendable, Hashable {
        public var corridor: Corridor
        /// Plans with the new offsets (greens unchanged), for the corridor's nodes.
        public var plans: [NodeID: SignalPlan]
        public var cycle: Double
        /// Platoon-model mean wait per vehicle and signal passed (s), with the old and the new offsets.
        public var delayBefore: Double
        public var delayAfter: Double
    }

    /// The through signal groups of the corridor: at node i, the group of the movement a vehicle travelling
    /// forward (or backward) passes there. Nil entries where the direction does not exist (one-way road).
    struct Direction {
        /// Node indices in driving order.
        var order: [Int]
        /// Group ID passed at each node in `order`.
        var groups: [String]
        /// Free-flow time from order[k] to order[k + 1].
        var travelTimes: [Double]
        /// Weight of the direction (veh/h through its groups, or 1).
        var weight: Double
    }

    public static func optimise(
        corridor: Corridor, plans: [NodeID: SignalPlan], network: Network, twoWay: Bool,
        flows: MovementFlows? = nil
    ) throws(CorridorError) -> Result {
        var cycles: [String: Double] = [:]
        for node in corridor.nodes { cycles[network[node].id] = plans[node]!.cycle }
        let cycle = plans[corridor.nodes[0]]!.cycle
        // Programs are written to 0.01 s: cycles within a thousandth of a second are one cycle.
        guard cycles.values.allSatisfy({ abs($0 - cycle) < 1e-3 }) else { throw .differentCycles(cycles) }
        let forward = try direction(corridor, backward: false, network: network, flows: flows)!
        let backward = twoWay ? try direction(corridor, backward: true, network: network, flows: flows) : nil
        let directions = [forward] + (backward.map { [$0] } ?? [])
        let nodePlans = corridor.nodes.map { plans[$0]! }
        let before = nodePlans.map(\.offset)

        // One-way closed form along the forward direction.
        var oneWay = before
        for k in 0..<(forward.order.count - 1) {
            let i = forward.order[k]
            let j = forward.order[k + 1]
            let si = greenWindow(nodePlans[i], forward.groups[k]).start
            let sj = greenWindow(nodePlans[j], forward.groups[k + 1]).start
            oneWay[j] = positive(oneWay[i] + si + forward.travelTimes[k] - sj, cycle)
        }
        var best = oneWay
        if twoWay {
            var candidates = [descend(from: oneWay, plans: nodePlans, directions: directions, cycle: cycle)]
            candidates.append(descend(from: before, plans: nodePlans, directions: directions, cycle: cycle))
            best = candidates.min { objective($0, nodePlans, directions, cycle) < objective($1, nodePlans, directions, cycle) }!
        }
        var result: [NodeID: SignalPlan] = [:]
        for (i, node) in corridor.nodes.enumerated() {
            var plan = nodePlans[i]
            plan.offset = best[i]
            plan.actuation = nil  // a coordinated plan is fixed time: an actuated node's offset means nothing
            result[node] = plan
        }
        return Result(
            corridor: corridor, plans: result, cycle: cycle,
            delayBefore: objective(before, nodePlans, directions, cycle),
            delayAfter: objective(best, nodePlans, directions, cycle))
    }

    /// Mean platoon wait (s) over the corridor for these offsets, forward only or both directions.
    public static func platoonDelay(
        corridor: Corridor, plans: [NodeID: SignalPlan], network: Network, twoWay: Bool
    ) throws(CorridorError) -> Double {
        let nodePlans = corridor.nodes.map { plans[$0]! }
        let forward = try direction(corridor, backward: false, network: network, flows: nil)!
        let backward = twoWay ? try direction(corridor, backward: true, network: network, flows: nil) : nil
        return objective(nodePlans.map(\.offset), nodePlans, [forward] + (backward.map { [$0] } ?? []), nodePlans[0].cycle)
    }

    static func direction(
        _ corridor: Corridor, backward: Bool, network: Network, flows: MovementFlows?
    ) throws(CorridorError) -> Direction? {
        let n = corridor.nodes.count
        let paths: [[LinkID]] = backward ? corridor.backward.reversed() : corridor.forward
        if paths.contains(where: \.isEmpty) { return nil }
        let order = backward ? Array((0..<n).reversed()) : Array(0..<n)
        var groups: [String] = []
        var weight = 0.0
        for (k, i) in order.enumerated() {
            let movement: MovementID?
            if k == 0 {
                movement = Corridor.straightestMovement(into: paths[0][0], network: network)
            } else if k < n - 1 {
                movement = network.movement(from: paths[k - 1].last!, to: paths[k][0])
            } else {
                movement = Corridor.straightestMovement(from: paths[k - 1].last!, network: network)
            }
            guard let m = movement, let group = network[m].signalGroup else {
                throw .noThroughGroup(node: network[corridor.nodes[i]].id)
            }
            groups.append(group)
            if let flows, m.index < flows.vehiclesPerHour.count { weight += flows.vehiclesPerHour[m.index] }
        }
        let times = paths.map { $0.reduce(0) { $0 + network[$1].freeFlowTime } }
        return Direction(order: order, groups: groups, travelTimes: times, weight: flows == nil ? 1 : max(weight, 1e-9))
    }

    /// The longest green window of `group` (start in the cycle, duration).
    static func greenWindow(_ plan: SignalPlan, _ group: String) -> (start: Double, duration: Double) {
        let windows = plan.group(group)?.greenIntervals ?? []
        guard let longest = windows.max(by: { $0.duration(cycle: plan.cycle) < $1.duration(cycle: plan.cycle) })
        else { return (0, 0) }
        return (longest.start, longest.duration(cycle: plan.cycle))
    }

    /// Flow-weighted mean wait of platoons (sampled every second of the releasing green).
    static func objective(_ offsets: [Double], _ plans: [SignalPlan], _ directions: [Direction], _ cycle: Double) -> Double {
        var total = 0.0
        var weights = 0.0
        for d in directions {
            for k in 0..<(d.order.count - 1) {
                let i = d.order[k]
                let j = d.order[k + 1]
                var up = plans[i]
                up.offset = offsets[i]
                var down = plans[j]
                down.offset = offsets[j]
                let window = greenWindow(up, d.groups[k])
                guard window.duration > 0 else { continue }
                let samples = max(1, Int(window.duration.rounded(.down)))
                var wait = 0.0
                for s in 0..<samples {
                    let arrival = up.offset + window.start + (Double(s) + 0.5) * window.duration / Double(samples)
                        + d.travelTimes[k]
                    wait += waitForGreen(down, group: d.groups[k + 1], at: arrival)
                }
                total += d.weight * wait / Double(samples)
                weights += d.weight
            }
        }
        return weights > 0 ? total / weights : 0
    }

    /// Seconds from `time` to the next green of `group` (0 when green). - Complexity: O(green windows).
    static func waitForGreen(_ plan: SignalPlan, group: String, at time: Double) -> Double {
        let windows = GreenInterval.normalised(plan.group(group)?.greenIntervals ?? [], cycle: plan.cycle)
        guard let first = windows.first else { return .infinity }
        let phase = positive(time - plan.offset, plan.cycle)
        for w in windows where phase < w.end { return max(0, w.start - phase) }
        return plan.cycle - phase + first.start
    }

    static func descend(from start: [Double], plans: [SignalPlan], directions: [Direction], cycle: Double) -> [Double] {
        var offsets = start
        var best = objective(offsets, plans, directions, cycle)
        let steps = max(1, Int(cycle.rounded(.down)))
        for _ in 0..<20 {
            var improved = false
            for i in 1..<offsets.count {
                var bestOffset = offsets[i]
                for s in 0..<steps {
                    var trial = offsets
                    trial[i] = Double(s)
                    let value = objective(trial, plans, directions, cycle)
                    if value < best - 1e-9 {
                        best = value
                        bestOffset = Double(s)
                        improved = true
                    }
                }
                offsets[i] = bestOffset
            }
            if !improved { break }
        }
        return offsets
    }

    static func positive(_ value: Double, _ cycle: Double) -> Double {
        var r = value.truncatingRemainder(dividingBy: cycle)
        if r < 0 { r += cycle }
        return r
    }
}
