import TrafficCore

/// The parking model's part of a run (`SimulationExtension`): what a parking trip does at the end of its
/// destination link and of every later route, and the parking books at the end. Ordinary trips pay one
/// optional check in the engine.
///
/// Not `Sendable`: one run's mutable state, used by the thread that runs the simulation.
final class ParkingSearch: SimulationExtension {
    let facilities: ParkingFacilities
    let configuration: ParkingConfiguration
    let network: Network
    let trips: [String: ParkingTrip]
    let initialOccupancy: [Int32]
    /// Built when the engine is ready (`install`), in its vehicle order.
    private var state: ParkingState?
    /// The books at the end of the run (`finish`).
    private(set) var endState: ParkingEndState?

    init(
        facilities: ParkingFacilities, configuration: ParkingConfiguration, network: Network,
        trips: [String: ParkingTrip], initialOccupancy: [Int32]
    ) {
        self.facilities = facilities
        self.configuration = configuration
        self.network = network
        self.trips = trips
        self.initialOccupancy = initialOccupancy
    }

    func install(in engine: SimulationEngine) {
        state = ParkingState(
            facilities: facilities, configuration: configuration, network: network,
            tripIDs: engine.vehicles.tripIDs, destinations: engine.vehicles.destination, trips: trips,
            initialOccupancy: initialOccupancy)
    }

    /// Vehicle `v` has reached the downstream end of `link` at `time` (its current route ends here).
    /// Returns true when the trip ends here (not a parking trip, parked, or gave up); false when the vehicle
    /// drives on — it has then been put into the queue of its next movement on `link`.
    ///
    /// Order of decisions: (1) at the entrance of the car park it heads for: enter if it is open with a free
    /// space, else divert to the next; (2) try the on-street spaces of this link; (3) guided drivers head for
    /// the facility the sensors show free with the least driving + walking time (one link at a time towards
    /// an on-street target, deciding again at each link end; straight to a car park); (4) after the search
    /// tolerance, divert to the car park with free spaces and the least driving + walking time; (5) else one
    /// more search link (expanding circles, `ParkingState.nextSearchMovement`); (6) at a dead end, any car
    /// park; else give up.
    func routeEnded(vehicle v: Int, link: Int, at time: Double, engine: inout SimulationEngine) -> Bool {
        guard var p = state.take() else { return true }
        defer { state = p }
        let i = Int(p.index[v])
        if i < 0 { return true }
        p.advance(to: time)
        if p.firstReach[i].isNaN {
            p.firstReach[i] = time
            p.visited[i].append(Int32(link))
        } else {
            creditSearch(
                vehicle: v, trip: i, lastMetres: engine.network.linkLength[link],
                lastSeconds: time - engine.vehicles.entryTime[v], engine, &p)
        }
        p.lengthMark[i] = engine.vehicles.routeLength[v]
        p.timeMark[i] = time

        let target = Int(p.carParkTarget[i])
        if target >= 0 {
            p.carParkTarget[i] = -1
            if p.isCandidate(target, trip: i, at: time, sensorView: false) {
                p.park(i, facility: target, at: time)
                return true
            }
            p.tried[i].append(Int32(target))
            if divert(vehicle: v, trip: i, from: link, at: time, &engine, &p) { return p.parkedFacility[i] >= 0 }
        } else if p.tryOnStreet(i, link: link, at: time) {
            return true
        }
        if p.equipped[i] {
            while let f = p.bestReachable(i, from: link, at: time, carParksOnly: false) {
                if p.facilities.isCarPark(f) {
                    if headForCarPark(f, vehicle: v, trip: i, from: link, at: time, &engine, &p) {
                        return p.parkedFacility[i] >= 0
                    }
                } else if engine.routeOn(vehicle: v, from: link, to: Int(p.facilities.links[f]), firstStepOnly: true) {
                    p.routeChanges[i] += 1
                    return false
                }
                p.tried[i].append(Int32(f))
            }
        }
        if time - p.firstReach[i] >= p.configuration.searchTolerance {
            if divert(vehicle: v, trip: i, from: link, at: time, &engine, &p) { return p.parkedFacility[i] >= 0 }
        }
        if let m = p.nextSearchMovement(i, from: link) {
            p.routeChanges[i] += 1
            engine.extendRoute(vehicle: v, from: link, through: m)
            return false
        }
        if divert(vehicle: v, trip: i, from: link, at: time, &engine, &p) { return p.parkedFacility[i] >= 0 }
        p.outcome[i] = .gaveUp
        p.parkTime[i] = time  // end of the search, for its duration; not reported as a parking time
        return true
    }

    /// Closes the parking books at the end of the run: vehicles still searching are credited their search
    /// on the current link up to the end (driving part only, as in the link series).
    func finish(engine: inout SimulationEngine) {
        guard var p = state.take() else { return }
        let end = engine.status.simulatedUntil
        var unroutable = Set<Int>()
        for i in p.vehicle.indices {
            let v = Int(p.vehicle[i])
            if engine.vehicles.state[v] == .unroutable { unroutable.insert(v) }
            guard engine.vehicles.state[v] == .onNetwork, p.firstReach[i].isFinite else { continue }
            p.outcome[i] = .searching
            let link = Int(engine.routes.links[Int(engine.vehicles.routePosition[v])])
            let metres =
                max(0, min(end, engine.vehicles.readyTime[v]) - engine.vehicles.entryTime[v])
                * engine.network.linkSpeed[link]
            creditSearch(
                vehicle: v, trip: i, lastMetres: metres, lastSeconds: end - engine.vehicles.entryTime[v], engine, &p)
        }
        endState = ParkingEndState(
            state: p, end: end, outputInterval: engine.outputInterval, unroutable: unroutable,
            tripIDs: engine.vehicles.tripIDs)
    }

    /// Credits the search traffic driven since trip `i`'s previous decision: the current link with
    /// `lastMetres` and `lastSeconds`, and the links before it on the current route segment with their
    /// lengths and a share of the time before entering the current link proportional to their free-flow
    /// times (a route replaced by en-route re-routing credits only its new part per link; the vehicle
    /// total stays exact, from the route length).
    private func creditSearch(
        vehicle v: Int, trip i: Int, lastMetres: Double, lastSeconds: Double, _ engine: SimulationEngine,
        _ p: inout ParkingState
    ) {
        let linkLength = engine.network.linkLength
        let linkFreeFlowTime = engine.network.linkFreeFlowTime
        let routeLinks = engine.routes.links
        let routeMovements = engine.routes.movements
        var position = Int(engine.vehicles.routePosition[v])
        let current = Int(routeLinks[position])
        let before = max(0, engine.vehicles.routeLength[v] - linkLength[current] - p.lengthMark[i])
        p.searchMetres[i] += before + lastMetres
        p.linkSearchMetres[current] += lastMetres
        p.linkSearchSeconds[current] += lastSeconds
        guard before > 1e-6 else { return }
        var earlier: [Int] = []
        var metres = 0.0
        while metres < before - 1e-6 && position > 0 && routeMovements[position - 1] >= 0 {
            position -= 1
            let l = Int(routeLinks[position])
            earlier.append(l)
            metres += linkLength[l]
        }
        let freeFlow = earlier.reduce(0) { $0 + linkFreeFlowTime[$1] }
        let seconds = max(0, engine.vehicles.entryTime[v] - p.timeMark[i])
        for l in earlier {
            p.linkSearchMetres[l] += linkLength[l]
            p.linkSearchSeconds[l] += freeFlow > 0 ? seconds * linkFreeFlowTime[l] / freeFlow : 0
        }
    }

    /// Sends trip `i` to the car park with free spaces and the least driving + walking time (marking it
    /// diverted). Returns true when it is on its way or has parked right here; false when none is left.
    private func divert(
        vehicle v: Int, trip i: Int, from link: Int, at time: Double, _ engine: inout SimulationEngine,
        _ p: inout ParkingState
    ) -> Bool {
        while let f = p.bestReachable(i, from: link, at: time, carParksOnly: true) {
            if headForCarPark(f, vehicle: v, trip: i, from: link, at: time, &engine, &p) {
                p.diverted[i] = true
                return true
            }
            p.tried[i].append(Int32(f))
        }
        return false
    }

    /// Parks in car park `f` at once when its entrance is `link` (and it has a free space), or routes there.
    private func headForCarPark(
        _ f: Int, vehicle v: Int, trip i: Int, from link: Int, at time: Double, _ engine: inout SimulationEngine,
        _ p: inout ParkingState
    ) -> Bool {
        let entrance = Int(p.facilities.links[f])
        if entrance == link {
            guard p.isCandidate(f, trip: i, at: time, sensorView: false) else { return false }
            p.park(i, facility: f, at: time)
            return true
        }
        guard engine.routeOn(vehicle: v, from: link, to: entrance, firstStepOnly: false) else { return false }
        p.carParkTarget[i] = Int32(f)
        p.routeChanges[i] += 1
        return true
    }
}
