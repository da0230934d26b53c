// Demand release (routing at departure) and periodic en-route re-routing.

extension SimulationEngine {
    /// Routes every vehicle whose departure time falls before `t1` and puts it in its origin queue.
    /// Unroutable trips are counted and listed, never simulated.
    mutating func releaseDepartures(before t1: Double) {
        while nextRelease < vehicleCount && scheduledDeparture[nextRelease] < t1 {
            let v = nextRelease
            nextRelease += 1
            guard let start = routeStart(from: vehicleOrigin[v], to: vehicleDestination[v]) else {
                state[v] = .unroutable
                unroutableIDs.append(tripIDs[v])
                continue
            }
            routePosition[v] = start
            state[v] = .waiting
            waitingCount += 1
            let origin = Int(vehicleOrigin[v])
            _ = enqueue(Int32(v), movementCount + linkCount + origin)
            if !originActive[origin] {
                originActive[origin] = true
                activeOrigins.append(Int32(origin))
            }
        }
    }

    /// Routes, on `routingWorkers` threads, the (origin, destination) pairs of every vehicle whose departure
    /// falls before the first re-routing (all vehicles without re-routing) and the end of the run, under
    /// free-flow costs, into `freeFlowRoutes`. `routeStart` copies them from there when the vehicles are
    /// released, in release order, so route storage, trip records and outputs are the same as when each
    /// vehicle is routed at its release. Call before the first step; does nothing with one worker.
    mutating func precomputeFreeFlowRoutes() {
        guard freeFlowRoutes == nil, routingWorkers > 1, nextRelease == 0 else { return }
        let cutoff = min(endTime, nextReroute)
        var count = 0
        while count < vehicleCount && scheduledDeparture[count] < cutoff { count += 1 }
        if count < 2 { return }
        freeFlowRoutes = RouteTable(
            router: router, origins: Array(vehicleOrigin[..<count]), destinations: Array(vehicleDestination[..<count]),
            workers: routingWorkers)
    }

    /// Start of a (shared) route segment from `origin` to `destination` under current costs, or nil.
    mutating func routeStart(from origin: Int32, to destination: Int32) -> Int32? {
        let key = Int64(origin) * Int64(linkCount) + Int64(destination)
        if let cached = routeCache[key] { return cached >= 0 ? cached : nil }
        let start = Int32(routeLinks.count)
        let found: Bool
        if let precomputed = freeFlowRoutes?.appendRoute(
            from: origin, to: destination, links: &routeLinks, movements: &routeMovements)
        {
            found = precomputed
        } else {
            found = router.appendRoute(from: origin, to: destination, links: &routeLinks, movements: &routeMovements)
        }
        routeCache[key] = found ? start : -1
        return found ? start : nil
    }

    /// Updates link costs to max(free-flow time, recently measured time) and re-routes vehicles.
    ///
    /// Measured time of a link = mean traversal time of the vehicles that left it since the last update,
    /// raised to the age of its oldest waiting vehicle when a queue is stuck. Vehicles on the network keep
    /// their next movement (they are already in its queue) and may change the rest of the route; vehicles
    /// still in an origin queue may change the whole route.
    mutating func reroute(at time: Double) {
        var cost = linkFreeFlowTime
        for l in 0..<linkCount where exitCountSinceReroute[l] > 0 {
            cost[l] = max(cost[l], travelTimeSinceReroute[l] / Double(exitCountSinceReroute[l]))
        }
        for q in 0..<(movementCount + linkCount) {
            let v = queueHead[q]
            if v < 0 { continue }
            let l = q < movementCount ? Int(movementFrom[q]) : q - movementCount
            cost[l] = max(cost[l], time - entryTime[Int(v)])
        }
        for l in 0..<linkCount {
            exitCountSinceReroute[l] = 0
            travelTimeSinceReroute[l] = 0
        }
        router.updateCosts(cost)
        freeFlowRoutes = nil
        routeCache.removeAll(keepingCapacity: true)

        for v in 0..<nextRelease {
            switch state[v] {
            case .onNetwork:
                let position = Int(routePosition[v])
                let movement = routeMovements[position]
                if movement < 0 { continue }
                let next = movementTo[Int(movement)]
                let destination = vehicleDestination[v]
                if next == destination { continue }
                let mark = routeLinks.count
                routeLinks.append(routeLinks[position])
                routeMovements.append(movement)
                guard router.appendRoute(from: next, to: destination, links: &routeLinks, movements: &routeMovements),
                    !sameSteps(position + 1, mark + 1)
                else {
                    routeLinks.removeSubrange(mark...)
                    routeMovements.removeSubrange(mark...)
                    continue
                }
                routePosition[v] = Int32(mark)
                rerouteCount[v] += 1
            case .waiting:
                if let start = routeStart(from: vehicleOrigin[v], to: vehicleDestination[v]),
                    !sameSteps(Int(routePosition[v]), Int(start))
                {
                    routePosition[v] = start
                    rerouteCount[v] += 1
                }
            default:
                continue
            }
        }
    }

    /// Whether the route suffixes starting at flat positions `a` and `b` are identical.
    func sameSteps(_ a: Int, _ b: Int) -> Bool {
        var i = a
        var j = b
        while true {
            if routeLinks[i] != routeLinks[j] || routeMovements[i] != routeMovements[j] { return false }
            if routeMovements[i] < 0 { return true }
            i += 1
            j += 1
        }
    }
}
