// Measures in force (`Measure`): applied at the step starts where the set in force changes.

extension SimulationEngine {
    /// Applies the measures when a boundary of their windows is due at step start `t0`.
    mutating func applyMeasuresIfDue(at t0: Double) {
        guard t0 >= measures.nextBoundary else { return }
        while t0 >= measures.nextBoundary { measures.next += 1 }
        applyMeasures(at: t0)
    }

    /// Puts the measures in force at `time` into effect, from the network's own values: link capacities, storage
    /// and speeds, closed movements (for transfers and routing), signal plans and detours; then moves vehicles
    /// whose way ahead runs into a closure or a detour onto another route.
    mutating func applyMeasures(at time: Double) {
        let active = measures.active(at: time)
        applyLinkParameters(active)
        var blocked = [Double](repeating: -.infinity, count: network.movementCount)
        var detours: [(links: [Int32], via: [Int32])] = []
        for measure in active {
            switch measure.action {
            case .closure(let closed):
                for link in closed {
                    for m in measures.network.movements(into: link) { blocked[m.index] = max(blocked[m.index], measure.end) }
                }
            case .turnBan(let banned):
                for m in banned { blocked[m.index] = max(blocked[m.index], measure.end) }
            case .detour(let around, let via):
                detours.append((around.map(\.rawValue), via.map(\.rawValue)))
            default:
                continue
            }
        }
        measures.blockedUntil = blocked
        applySignalPlans(at: time)
        guard measures.changesRouting else { return }
        let anyBlocked = blocked.contains { $0 > time }
        measures.redirecting = anyBlocked || !detours.isEmpty
        routes.setMeasures(
            movementPenalty: anyBlocked ? blocked.map { $0 > time ? Measure.closedPenalty : 0 } : [],
            detours: detours)
        var cost = routes.router.cost
        for l in measures.changedLinks.map(Int.init) {
            cost[l] = reroutingInterval == nil ? network.linkFreeFlowTime[l] : max(network.linkFreeFlowTime[l], cost[l])
        }
        routes.updateCosts(cost)
        if anyBlocked || !detours.isEmpty { redirectVehicles(at: time) }
    }

    /// Capacity, storage and speed of every link some measure changes: the network's values, scaled by the
    /// capacity factors in force and limited by the speed limits in force.
    private mutating func applyLinkParameters(_ active: [Measure]) {
        guard !measures.changedLinks.isEmpty else { return }
        var index = [Int32: Int]()
        for (i, l) in measures.changedLinks.enumerated() { index[l] = i }
        var links = measures.baseLinks
        var factor = [Double](repeating: 1, count: links.count)
        for measure in active {
            switch measure.action {
            case .capacity(let changed, let capacity, let storage):
                for l in changed {
                    let i = index[l.rawValue]!
                    factor[i] *= capacity
                    links[i].jamDensity *= storage
                }
            case .speedLimit(let changed, let speed):
                for l in changed {
                    let i = index[l.rawValue]!
                    links[i].freeFlowSpeed = min(links[i].freeFlowSpeed, speed)
                }
            default:
                continue
            }
        }
        for (i, link) in links.enumerated() {
            let l = Int(measures.changedLinks[i])
            var changed = link
            changed.capacity *= factor[i]
            network.setParameters(ofLink: l, to: changed, in: measures.network)
            self.links.storage[l] = Int32(clamping: changed.storageCapacity)
        }
    }

    /// Switches the fixed-time table when the signal-plan measures in force change, and wakes their nodes so that
    /// waiting vehicles see the new greens at once.
    private mutating func applySignalPlans(at time: Double) {
        let now = measures.measures.indices.filter {
            if case .signalPlans = measures.measures[$0].action { return measures.measures[$0].isActive(at: time) }
            return false
        }
        guard now != measures.activeSignalMeasures else { return }
        var plans = measures.basePlans
        var nodes = Set<NodeID>()
        for i in measures.activeSignalMeasures + now {
            guard case .signalPlans(let replaced) = measures.measures[i].action else { continue }
            nodes.formUnion(replaced.keys)
        }
        for i in now {
            guard case .signalPlans(let replaced) = measures.measures[i].action else { continue }
            plans.merge(replaced) { _, new in new }
        }
        measures.activeSignalMeasures = now
        // Each measure's plans were checked with the network's when the simulation was set up; plans of
        // different nodes do not interact, so the combination compiles too.
        guard let table = try? SignalTable(network: measures.network, plans: plans) else {
            assertionFailure("signal plans of measures in force do not compile")
            return
        }
        signals.replaceFixed(table)
        for node in nodes { schedule.schedule(node: node.index, at: time) }
    }

    /// Vehicles whose way ahead takes a closed movement or (routed before the detour) a link a detour leads
    /// around: a vehicle waiting to depart gets a new route; one queued for a closed movement changes queue when
    /// another way exists (else it waits at the stop line); one further upstream keeps its next movement and
    /// changes the rest, as in en-route re-routing.
    private mutating func redirectVehicles(at time: Double) {
        for v in 0..<insertion.nextRelease {
            switch vehicles.state[v] {
            case .waiting:
                let position = Int(vehicles.routePosition[v])
                guard routeAhead(from: position, isAffectedAt: time, skippingFirstLink: true),
                    let start = routes.start(from: vehicles.origin[v], to: vehicles.destination[v]),
                    !routes.sameSteps(position, Int(start))
                else { continue }
                vehicles.routePosition[v] = start
                vehicles.rerouteCount[v] += 1
            case .onNetwork:
                redirectOnNetwork(vehicle: v, at: time)
            default:
                continue
            }
        }
    }

    private mutating func redirectOnNetwork(vehicle v: Int, at time: Double) {
        let position = Int(vehicles.routePosition[v])
        let movement = Int(routes.movements[position])
        if movement < 0 { return }  // on its destination link
        let link = routes.links[position]
        let destination = vehicles.destination[v]
        if measures.blockedUntil[movement] > time {
            // Queued for a closed movement: another way from here, if one exists.
            let mark = routes.links.count
            guard routes.append(from: link, to: destination), routes.movements[mark] >= 0,
                measures.blockedUntil[Int(routes.movements[mark])] <= time
            else {
                routes.links.removeSubrange(mark...)
                routes.movements.removeSubrange(mark...)
                return
            }
            queues.remove(Int32(v), from: movement)
            vehicles.routePosition[v] = Int32(mark)
            vehicles.rerouteCount[v] += 1
            if queues.enqueue(Int32(v), Int(routes.movements[mark])) {
                schedule.schedule(node: Int(network.linkToNode[Int(link)]), at: max(time, vehicles.readyTime[v]))
            }
            return
        }
        if routeAhead(from: position + 1, isAffectedAt: time, skippingFirstLink: true) { rerouteAhead(vehicle: v) }
    }

    /// Whether the route from flat position `position` on takes a movement closed at `time` or drives over a link
    /// a detour in force leads around (its first link excepted when `skippingFirstLink`).
    func routeAhead(from position: Int, isAffectedAt time: Double, skippingFirstLink: Bool) -> Bool {
        var i = position
        while true {
            let link = Int(routes.links[i])
            if !routes.detourOfLink.isEmpty, routes.detourOfLink[link] >= 0, !(skippingFirstLink && i == position) {
                return true
            }
            let m = Int(routes.movements[i])
            if m < 0 { return false }
            if measures.blockedUntil[m] > time { return true }
            i += 1
        }
    }
}
