import TrafficCore

/// What became of a parking trip.
public enum ParkingOutcome: String, Codable, Sendable, Hashable, CaseIterable {
    case parkedOnStreet = "parked_on_street"
    case parkedInCarPark = "parked_car_park"
    /// Reached its destination and was still looking for a space at the end of the run (unfinished).
    case searching
    /// Had not reached its destination by the end (or had not departed).
    case enRoute = "en_route"
    /// No usable space could be reached from a dead end: the trip ended without parking.
    case gaveUp = "gave_up"
    /// No route from origin to destination: never simulated.
    case unroutable
}

/// Mutable parking state of one run: occupancy of every facility, the delayed sensor view, and one row
/// per parking trip (struct of arrays, index = parking trip in departure order).
struct ParkingState: Sendable {
    let facilities: ParkingFacilities
    let configuration: ParkingConfiguration
    /// Outgoing movements per link (CSR, as in `Network`), for choosing the next search link.
    let outStart: [Int32]
    let outMovements: [Int32]
    let movementTo: [Int32]

    // Facilities
    var occupied: [Int32]
    /// Occupancy as the sensors report it: changes become visible `latency` seconds late.
    var believed: [Int32]
    /// (time a space frees, facility).
    var releases = MinHeap()
    /// (time a change becomes visible, 2·facility + 1 for a departure, 2·facility for an arrival).
    var sensorEvents = MinHeap()
    /// Every occupancy change: (time, facility, +1/−1), initial occupants at t = 0.
    var log: [(time: Double, facility: Int32, delta: Int32)] = []

    // Parking trips
    /// Per engine vehicle: its parking-trip index, −1 for ordinary trips.
    let index: [Int32]
    let vehicle: [Int32]
    let driverClass: [DriverClass]
    let meanDwell: [Double]
    let equipped: [Bool]
    let destination: [Int32]
    var firstReach: [Double]
    var searchMetres: [Double]
    /// The vehicle's route length and the time at its previous decision (search distance since then).
    var lengthMark: [Double]
    var timeMark: [Double]
    var parkTime: [Double]
    var parkedFacility: [Int32]
    var outcome: [ParkingOutcome]
    var routeChanges: [Int32]
    var diverted: [Bool]
    /// Car park the trip is heading for (facility index), −1 none.
    var carParkTarget: [Int32]
    /// Links chosen during the search (to prefer unvisited ones) and facilities found full.
    var visited: [[Int32]]
    var tried: [[Int32]]

    // Per link
    var linkSearchMetres: [Double]
    var linkSearchSeconds: [Double]

    // Scratch space of `bestReachable`.
    let linkFreeFlowTime: [Double]
    var driveTime: [Double]
    var reached: [Int32] = []
    var frontier = MinHeap()

    var decisions: Xoshiro256StarStar
    var dwellDraws: Xoshiro256StarStar

    /// - Parameter tripIDs: the engine's trips in vehicle order; `trips` maps IDs to parking trips.
    init(
        facilities: ParkingFacilities, configuration c: ParkingConfiguration, network: Network, tripIDs: [String],
        destinations: [Int32], trips: [String: ParkingTrip], initialOccupancy: [Int32]
    ) {
        self.facilities = facilities
        configuration = c
        outStart = network.outgoingStart
        outMovements = network.outgoingMovements.map(\.rawValue)
        movementTo = network.movements.map { $0.to.rawValue }
        occupied = initialOccupancy
        believed = initialOccupancy
        var index = [Int32](repeating: -1, count: tripIDs.count)
        var vehicle: [Int32] = []
        var driverClass: [DriverClass] = []
        var meanDwell: [Double] = []
        var equipped: [Bool] = []
        var destination: [Int32] = []
        var equipment = Xoshiro256StarStar(seed: c.seed, stream: 3 << 32 | 1)
        for (v, id) in tripIDs.enumerated() {
            guard let trip = trips[id] else { continue }
            index[v] = Int32(vehicle.count)
            vehicle.append(Int32(v))
            driverClass.append(trip.driverClass)
            meanDwell.append(trip.meanDwell ?? c.meanDwell)
            // Drawn for every parking trip whatever the mode, so a larger share equips a superset.
            let u = equipment.uniform()
            equipped.append(c.guidance == .sensors && u < c.equippedShare)
            destination.append(destinations[v])
        }
        let n = vehicle.count
        self.index = index
        self.vehicle = vehicle
        self.driverClass = driverClass
        self.meanDwell = meanDwell
        self.equipped = equipped
        self.destination = destination
        firstReach = [Double](repeating: .nan, count: n)
        searchMetres = [Double](repeating: 0, count: n)
        lengthMark = [Double](repeating: 0, count: n)
        timeMark = [Double](repeating: 0, count: n)
        parkTime = [Double](repeating: .nan, count: n)
        parkedFacility = [Int32](repeating: -1, count: n)
        outcome = [ParkingOutcome](repeating: .enRoute, count: n)
        routeChanges = [Int32](repeating: 0, count: n)
        diverted = [Bool](repeating: false, count: n)
        carParkTarget = [Int32](repeating: -1, count: n)
        visited = [[Int32]](repeating: [], count: n)
        tried = [[Int32]](repeating: [], count: n)
        linkFreeFlowTime = network.links.map(\.freeFlowTime)
        driveTime = [Double](repeating: .infinity, count: network.links.count)
        linkSearchMetres = [Double](repeating: 0, count: network.links.count)
        linkSearchSeconds = [Double](repeating: 0, count: network.links.count)
        decisions = Xoshiro256StarStar(seed: c.seed, stream: 3 << 32)
        dwellDraws = Xoshiro256StarStar(seed: c.seed, stream: 3 << 32 | 2)

        // Vehicles parked at t = 0 leave after an exponential residual dwell.
        var residual = Xoshiro256StarStar(seed: c.seed, stream: 3 << 32 | 3)
        for f in 0..<facilities.count {
            for _ in 0..<Int(initialOccupancy[f]) {
                let leave = residual.exponential(rate: 1 / c.meanDwell)
                log.append((0, Int32(f), 1))
                log.append((leave, Int32(f), -1))
                releases.push(leave, Int32(f))
                sensorEvents.push(leave, Int32(2 * f + 1))
            }
        }
    }

    /// Frees the spaces whose dwell has ended by `time` and advances the sensor view to `time − latency`.
    mutating func advance(to time: Double) {
        while let key = releases.minKey, key <= time {
            let f = Int(releases.pop()!.value)
            occupied[f] -= 1
        }
        let seen = time - configuration.latency
        while let key = sensorEvents.minKey, key <= seen {
            let event = Int(sensorEvents.pop()!.value)
            believed[event / 2] += event % 2 == 0 ? 1 : -1
        }
    }

    /// Takes one space of facility `f` for parking trip `i` at `time`. The only place occupancy grows.
    mutating func park(_ i: Int, facility f: Int, at time: Double) {
        precondition(occupied[f] < facilities.capacities[f], "facility \(facilities.ids[f]) over capacity")
        occupied[f] += 1
        let leave = time + dwellDraws.exponential(rate: 1 / meanDwell[i])
        releases.push(leave, Int32(f))
        sensorEvents.push(time, Int32(2 * f))
        sensorEvents.push(leave, Int32(2 * f + 1))
        log.append((time, Int32(f), 1))
        log.append((leave, Int32(f), -1))
        parkTime[i] = time
        parkedFacility[i] = Int32(f)
        outcome[i] = facilities.isCarPark(f) ? .parkedInCarPark : .parkedOnStreet
        carParkTarget[i] = -1
    }

    /// Tries the on-street facilities of `link` usable by trip `i`, in the class's category order. A guided
    /// driver knows which space is free; others see one with `sightingProbability`. Parks and returns true
    /// on success.
    mutating func tryOnStreet(_ i: Int, link: Int, at time: Double) -> Bool {
        let classCategories = driverClass[i].usableCategories
        for category in classCategories {
            for k in Int(facilities.linkStart[link])..<Int(facilities.linkStart[link + 1]) {
                let f = Int(facilities.linkFacilities[k])
                guard facilities.categories[f] == category else { continue }
                let free = occupied[f] < facilities.capacities[f]
                let found: Bool
                if equipped[i] {
                    found = free
                } else {
                    let p = configuration.sightingProbability(
                        occupied: Int(occupied[f]), capacity: Int(facilities.capacities[f]))
                    found = p >= 1 || (p > 0 && decisions.uniform() < p)
                }
                if found {
                    park(i, facility: f, at: time)
                    return true
                }
                if !free { tried[i].append(Int32(f)) }
            }
        }
        return false
    }

    /// Whether facility `f` is a candidate for trip `i` at `time`: usable by its class, not tried, and for
    /// car parks open and affordable; with a free space by the sensor view (`believed`) or, without it,
    /// by the actual count (what a driver sees at a car park's entrance and on its guidance signs).
    func isCandidate(_ f: Int, trip i: Int, at time: Double, sensorView: Bool) -> Bool {
        guard facilities.isUsable(f, by: driverClass[i]), !tried[i].contains(Int32(f)) else { return false }
        if facilities.isCarPark(f) {
            let carPark = facilities.carParks[Int(facilities.carParkIndex[f])]
            if let limit = configuration.maxPricePerHour, carPark.pricePerHour > limit { return false }
            if !carPark.isOpen(atSecondOfDay: configuration.startTimeOfDay + time) { return false }
        }
        return (sensorView ? believed[f] : occupied[f]) < facilities.capacities[f]
    }

    /// The facility with the least generalised cost for trip `i` standing at the end of `link`: free-flow
    /// driving time from there to the end of the facility's link plus walking time from that link's
    /// midpoint to the destination's (straight line at `walkingSpeed`). A forward Dijkstra over the
    /// movements stops once the driving time alone exceeds the best cost found. On-street spaces of `link`
    /// itself are not candidates (the driver has just passed them); a car park entered from `link` is
    /// (driving time 0). `carParksOnly`: diversion; otherwise guidance on the sensor view.
    /// - Complexity: O(links within the best cost · log) per call; only searching drivers call it.
    mutating func bestReachable(_ i: Int, from link: Int, at time: Double, carParksOnly: Bool) -> Int? {
        let d = Int(destination[i])
        let walk = configuration.walkingSpeed
        var best: Int?
        var bestCost = Double.infinity
        for touched in reached { driveTime[Int(touched)] = .infinity }
        reached.removeAll(keepingCapacity: true)
        frontier.removeAll()
        driveTime[link] = 0
        reached.append(Int32(link))
        frontier.push(0, Int32(link))
        while let (t, l32) = frontier.pop() {
            let l = Int(l32)
            if t > driveTime[l] { continue }
            if t >= bestCost { break }
            let walkTime = facilities.distance(l, d) / walk
            if t + walkTime < bestCost {
                if !carParksOnly && l != link {
                    for k in Int(facilities.linkStart[l])..<Int(facilities.linkStart[l + 1]) {
                        let f = Int(facilities.linkFacilities[k])
                        if isCandidate(f, trip: i, at: time, sensorView: true) {
                            best = f
                            bestCost = t + walkTime
                            break
                        }
                    }
                }
                for k in Int(facilities.carParkStart[l])..<Int(facilities.carParkStart[l + 1]) {
                    let f = Int(facilities.carParksByLink[k])
                    if t + walkTime < bestCost && isCandidate(f, trip: i, at: time, sensorView: !carParksOnly) {
                        best = f
                        bestCost = t + walkTime
                    }
                }
            }
            for k in Int(outStart[l])..<Int(outStart[l + 1]) {
                let next = Int(movementTo[Int(outMovements[k])])
                let arrival = t + linkFreeFlowTime[next]
                if arrival < driveTime[next] {
                    if driveTime[next] == .infinity { reached.append(Int32(next)) }
                    driveTime[next] = arrival
                    frontier.push(arrival, Int32(next))
                }
            }
        }
        return best
    }

    /// Expanding circles: the next search link among the movements out of `link` — the one chosen fewest
    /// times so far by this driver (unvisited first), then the one whose midpoint is closest to the
    /// destination's, then the lowest movement index. Dead ends without parking (e.g. links leaving the
    /// study area) come last. Returns the movement, or nil at a dead end.
    mutating func nextSearchMovement(_ i: Int, from link: Int) -> Int? {
        var best: Int?
        var bestVisits = Int.max
        var bestDistance = Double.infinity
        let d = Int(destination[i])
        for k in Int(outStart[link])..<Int(outStart[link + 1]) {
            let m = Int(outMovements[k])
            let to = movementTo[m]
            var visits = 0
            for l in visited[i] where l == to { visits += 1 }
            let t = Int(to)
            if outStart[t] == outStart[t + 1] && facilities.linkStart[t] == facilities.linkStart[t + 1]
                && facilities.carParkStart[t] == facilities.carParkStart[t + 1]
            {
                visits = Int.max - 1
            }
            let distance = facilities.distance(Int(to), d)
            if visits < bestVisits || (visits == bestVisits && distance < bestDistance) {
                best = m
                bestVisits = visits
                bestDistance = distance
            }
        }
        if let best { visited[i].append(movementTo[best]) }
        return best
    }
}
