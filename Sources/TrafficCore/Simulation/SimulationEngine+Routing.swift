// Demand release (routing at departure) and periodic en-route re-routing.

extension SimulationEngine {
    /// Routes every vehicle whose departure time falls before `t1` and puts it in its origin queue.
    /// Unroutable trips are counted and listed, never simulated.
    mutating func releaseDepartures(before t1: Double) {
        while insertion.nextRelease < vehicles.count && vehicles.scheduledDeparture[insertion.nextRelease] < t1 {
            let v = insertion.nextRelease
            insertion.nextRelease += 1
            let given = vehicles.givenRouteStart[v]
            // A given route into a closure or a detour in force is replaced by one that avoids it.
            let keepsGiven = given >= 0 && !(measures.redirecting && routeAhead(from: Int(given), isAffectedAt: t1, skippingFirstLink: true))
            guard let start = keepsGiven ? given : routes.start(from: vehicles.origin[v], to: vehicles.destination[v])
            else {
                vehicles.state[v] = .unroutable
                status.unroutableIDs.append(vehicles.tripIDs[v])
                continue
            }
            vehicles.routePosition[v] = start
            vehicles.state[v] = .waiting
            status.waiting += 1
            let origin = Int(vehicles.origin[v])
            _ = queues.enqueue(Int32(v), network.originQueue(of: origin))
            if !insertion.originActive[origin] {
                insertion.originActive[origin] = true
                insertion.activeOrigins.append(Int32(origin))
            }
        }
    }

    /// Routes, on `routingWorkers` threads, the (origin, destination) pairs of every vehicle whose departure
    /// falls before the first re-routing (all vehicles without re-routing) and the end of the run, under
    /// free-flow costs, into `routes.freeFlowRoutes`. `RouteStore.start` copies them from there when the
    /// vehicles are released, in release order, so route storage, trip records and outputs are the same as
    /// when each vehicle is routed at its release. Call before the first step; does nothing with one worker.
    mutating func precomputeFreeFlowRoutes() {
        guard routes.freeFlowRoutes == nil, routes.workers > 1, insertion.nextRelease == 0 else { return }
        // Routes change where measures change routing, and a detour decides per vehicle.
        let cutoff = !routes.detourOfLink.isEmpty
            ? 0 : min(endTime, routes.nextReroute, measures.changesRouting ? measures.nextBoundary : .infinity)
        var count = 0
        while count < vehicles.count && vehicles.scheduledDeparture[count] < cutoff { count += 1 }
        // Vehicles with a given route need none.
        let routed = (0..<count).filter { vehicles.givenRouteStart[$0] < 0 }
        if routed.count < 2 { return }
        routes.freeFlowRoutes = RouteTable(
            router: routes.router, origins: routed.map { vehicles.origin[$0] },
            destinations: routed.map { vehicles.destination[$0] }, workers: routes.workers)
    }

    /// Updates link costs to max(free-flow time, recently measured time) and re-routes vehicles.
    ///
    /// Measured time of a link = mean traversal time of the vehicles that left it since the last update,
    /// raised to the age of its oldest waiting vehicle when a queue is stuck — both without the time through the
    /// junction into it, which the router counts with the movement. Vehicles on the network keep
    /// their next movement (they are already in its queue) and may change the rest of the route; vehicles
    /// still in an origin queue may change the whole route.
    mutating func reroute(at time: Double) {
        var cost = network.linkFreeFlowTime
        for l in 0..<network.linkCount where routes.exitsSinceReroute[l] > 0 {
            cost[l] = max(cost[l], routes.travelTimeSinceReroute[l] / Double(routes.exitsSinceReroute[l]))
        }
        for q in 0..<(network.movementCount + network.linkCount) {
            let v = queues.head[q]
            if v < 0 { continue }
            let l = q < network.movementCount ? Int(network.movementFrom[q]) : q - network.movementCount
            cost[l] = max(cost[l], time - vehicles.entryTime[Int(v)] - vehicles.entryPassage[Int(v)])
        }
        for l in 0..<network.linkCount {
            routes.exitsSinceReroute[l] = 0
            routes.travelTimeSinceReroute[l] = 0
        }
        routes.updateCosts(cost)
        routes.freeFlowRoutes = nil
        routes.cache.removeAll(keepingCapacity: true)

        // Vehicles keep a route they were given (`Trip.route`).
        for v in 0..<insertion.nextRelease where vehicles.givenRouteStart[v] < 0 {
            switch vehicles.state[v] {
            case .onNetwork:
                rerouteAhead(vehicle: v)
            case .waiting:
                if let start = routes.start(from: vehicles.origin[v], to: vehicles.destination[v]),
                    !routes.sameSteps(Int(vehicles.routePosition[v]), Int(start))
                {
                    vehicles.routePosition[v] = start
                    vehicles.rerouteCount[v] += 1
                }
            default:
                continue
            }
        }
    }

    /// Vehicle `v`, on the network, keeps its next movement (it is already in that movement's queue) and takes the
    /// current shortest route from the movement's to-link on, if that differs from the rest of its route.
    mutating func rerouteAhead(vehicle v: Int) {
        let position = Int(vehicles.routePosition[v])
        let movement = routes.movements[position]
        if movement < 0 { return }
        let next = network.movementTo[Int(movement)]
        let destination = vehicles.destination[v]
        if next == destination { return }
        let mark = routes.links.count
        routes.links.append(routes.links[position])
        routes.movements.append(movement)
        guard routes.append(from: next, to: destination), !routes.sameSteps(position + 1, mark + 1) else {
            routes.links.removeSubrange(mark...)
            routes.movements.removeSubrange(mark...)
            return
        }
        vehicles.routePosition[v] = Int32(mark)
        vehicles.rerouteCount[v] += 1
    }
}
