import Foundation
import TrafficCore

/// A simulation run in which some trips park at their destination: supply, search, guidance, occupancy.
///
/// Model (on top of `SimulationEngine`): a parking trip drives its route to its destination link. At the
/// end of that link, instead of finishing, it tries the link's on-street spaces of the categories its
/// driver class may use (`DriverClass.usableCategories`): a free space is seen with the probability of
/// `ParkingConfiguration.sightingProbability` (1 below the saturation threshold, falling linearly above).
/// Parked: the trip ends, the space stays taken for an exponential dwell time, then frees. Not parked: the
/// driver takes one more link in expanding circles (unvisited links first, nearest to the destination
/// first) and tries again at its end; after the search tolerance it diverts to the nearest open car park
/// or P+R with free spaces. Guided drivers (a seeded share) see sensor occupancy as of t − latency and drive
/// straight to the nearest facility shown free. A space is taken only in `ParkingState.park`, which never
/// goes above capacity; spaces are taken and freed one at a time in time order.
///
/// Search time = parking time − time of first reaching the end of the destination link; search distance
/// and search traffic = what was driven after that moment. Trips still searching at the end are counted
/// as unfinished (`ParkingOutcome.searching`) with their search up to the end.
public struct ParkingSimulation: Sendable {
    public let simulation: Simulation
    public let supply: ParkingSupply
    public let parkingTrips: [ParkingTrip]
    public let configuration: ParkingConfiguration

    /// Trips and parking trips given explicitly; every `ParkingTrip.tripID` must name one of `trips`.
    public init(
        network: Network, signalPlans: [NodeID: SignalPlan] = [:], trips: [Trip], parkingTrips: [ParkingTrip],
        supply: ParkingSupply, simulationConfiguration: SimulationConfiguration,
        configuration: ParkingConfiguration
    ) throws(ParkingError) {
        try configuration.validate()
        try supply.validate(network: network)
        var ids = Set<String>()
        for trip in trips where !ids.insert(trip.id).inserted { throw .duplicateTrip(trip.id) }
        for p in parkingTrips where !ids.contains(p.tripID) {
            throw .invalidDemand(id: p.tripID, reason: "no trip with this ID")
        }
        for p in parkingTrips {
            if let dwell = p.meanDwell, !(dwell > 0 && dwell.isFinite) {
                throw .invalidDemand(id: p.tripID, reason: "mean dwell \(dwell) must be > 0 s")
            }
        }
        let facilityIDs = Set(supply.onStreet.map(\.id) + supply.carParks.map(\.id))
        for id in configuration.initialOccupancyByFacility.keys.sorted() where !facilityIDs.contains(id) {
            throw .unknownFacility(id, referencedBy: "initial occupancy")
        }
        do {
            simulation = try Simulation(
                network: network, signalPlans: signalPlans, trips: trips, configuration: simulationConfiguration)
        } catch {
            throw .simulation(error)
        }
        self.supply = supply
        self.parkingTrips = parkingTrips
        self.configuration = configuration
    }

    /// The scenario's own demand as background traffic plus `demand`'s parking trips (scenario seed).
    public init(
        scenario: Scenario, supply: ParkingSupply, demand: ParkingDemand, configuration: ParkingConfiguration
    ) throws(ParkingError) {
        let background: [Trip]
        do {
            background = try scenario.demand.generateTrips(
                seed: scenario.configuration.seed, network: scenario.network)
        } catch {
            throw .simulation(.demand(error))
        }
        let parking = try demand.generate(seed: scenario.configuration.seed)
        try self.init(
            network: scenario.network, signalPlans: scenario.signalPlans, trips: background + parking.trips,
            parkingTrips: parking.parking, supply: supply, simulationConfiguration: scenario.configuration,
            configuration: configuration)
    }

    /// Occupied spaces per compiled facility at t = 0: share × capacity, rounded down or up at random with
    /// the fraction as the chance of rounding up (so small segments average the requested share), per
    /// facility ID (a segment's share applies to all its categories); seeded stream 3·2³² + 4.
    func initialOccupancy(_ facilities: ParkingFacilities) -> [Int32] {
        var generator = Xoshiro256StarStar(seed: configuration.seed, stream: 3 << 32 | 4)
        return (0..<facilities.count).map { f in
            let share = configuration.initialOccupancyByFacility[facilities.ids[f]] ?? configuration.initialOccupancy
            let exact = share * Double(facilities.capacities[f])
            let whole = (exact + 1e-9).rounded(.down)
            let up = generator.uniform() < exact - whole ? 1.0 : 0
            return Int32(min(Double(facilities.capacities[f]), whole + up))
        }
    }

    /// Runs the simulation with the parking model (`ParkingSearch` as the engine's extension), through the same
    /// path as every simulation run, so signal controllers and their report are part of it.
    public func run() -> ParkingResult {
        let facilities = ParkingFacilities(supply: supply, network: simulation.network)
        let search = ParkingSearch(
            facilities: facilities, configuration: configuration, network: simulation.network,
            trips: Dictionary(parkingTrips.map { ($0.tripID, $0) }, uniquingKeysWith: { a, _ in a }),
            initialOccupancy: initialOccupancy(facilities))
        let result = simulation.run(progress: nil, extension: search)
        return search.endState!.result(simulation: result, network: simulation.network)
    }
}

/// Parking state at the end of a run, before the traffic result is attached.
struct ParkingEndState {
    var state: ParkingState
    var end: Double
    var outputInterval: Double
    var unroutable: Set<Int>

    func result(simulation: SimulationResult, network: Network) -> ParkingResult {
        let f = state.facilities
        let c = state.configuration
        var times: [Double] = []
        var t = 0.0
        while t < end - 1e-9 {
            times.append(t)
            t += outputInterval
        }
        times.append(end)
        // Sweep the occupancy log: series at `times`, time integral per facility over [0, end].
        let events = state.log.sorted { $0.time != $1.time ? $0.time < $1.time : $0.delta < $1.delta }
        var current = [Int](repeating: 0, count: f.count)
        var integral = [Double](repeating: 0, count: f.count)
        var series = [[Int]](repeating: [], count: f.count)
        var last = [Double](repeating: 0, count: f.count)
        var peak = [Int](repeating: 0, count: f.count)
        var e = 0
        for time in times {
            while e < events.count && events[e].time <= time {
                let event = events[e]
                let k = Int(event.facility)
                integral[k] += Double(current[k]) * (event.time - last[k])
                current[k] += Int(event.delta)
                peak[k] = max(peak[k], current[k])
                last[k] = event.time
                e += 1
            }
            for k in 0..<f.count { series[k].append(current[k]) }
        }
        for k in 0..<f.count { integral[k] += Double(current[k]) * (end - last[k]) }

        let occupancy = (0..<f.count).map { k in
            FacilityOccupancy(
                id: f.ids[k], category: f.categories[k], isCarPark: f.isCarPark(k),
                link: network.links[Int(f.links[k])].id,
                capacity: Int(f.capacities[k]), occupied: series[k], peak: peak[k])
        }
        var linkCapacity = [Int](repeating: 0, count: network.links.count)
        var linkIntegral = [Double](repeating: 0, count: network.links.count)
        for k in 0..<f.onStreetCount {
            linkCapacity[Int(f.links[k])] += Int(f.capacities[k])
            linkIntegral[Int(f.links[k])] += integral[k]
        }
        let links = network.links.indices.map { l in
            LinkParking(
                capacity: linkCapacity[l],
                meanOccupancy: linkCapacity[l] > 0 && end > 0
                    ? linkIntegral[l] / (Double(linkCapacity[l]) * end) : .nan,
                searchVehicleMetres: state.linkSearchMetres[l], searchVehicleSeconds: state.linkSearchSeconds[l])
        }

        var records: [ParkingVehicleRecord] = []
        var parkedSearchTimes: [Double] = []
        var parkedSearchMetres = 0.0
        var searchSeconds = 0.0
        var searchMetres = 0.0
        for i in state.vehicle.indices {
            let v = Int(state.vehicle[i])
            let first = state.firstReach[i]
            var outcome = state.outcome[i]
            if unroutable.contains(v) { outcome = .unroutable }
            let facility = Int(state.parkedFacility[i])
            let parked = facility >= 0
            var searchTime: Double? = nil
            if first.isFinite {
                switch outcome {
                case .parkedOnStreet, .parkedInCarPark, .gaveUp: searchTime = state.parkTime[i] - first
                default: searchTime = end - first
                }
            }
            if parked, let searchTime {
                parkedSearchTimes.append(searchTime)
                parkedSearchMetres += state.searchMetres[i]
            }
            searchSeconds += searchTime ?? 0
            searchMetres += state.searchMetres[i]
            let destination = Int(state.destination[i])
            records.append(
                ParkingVehicleRecord(
                    id: simulationTripID(v), driverClass: state.driverClass[i],
                    destination: network.links[destination].id,
                    equipped: state.equipped[i], outcome: outcome, facility: parked ? f.ids[facility] : nil,
                    category: parked ? f.categories[facility] : nil,
                    parkedLink: parked ? network.links[Int(f.links[facility])].id : nil,
                    firstReach: first.isFinite ? first : nil, parkTime: parked ? state.parkTime[i] : nil,
                    searchTime: searchTime, searchDistance: state.searchMetres[i], diverted: state.diverted[i],
                    routeChanges: Int(state.routeChanges[i]),
                    walkDistance: parked ? f.distance(Int(f.links[facility]), destination) : nil))
        }
        parkedSearchTimes.sort()
        let count = { (o: ParkingOutcome) in records.filter { $0.outcome == o }.count }
        let totalMetres = simulation.linkSeries.vehicleMetres.reduce(0, +)
        let totalSeconds = simulation.summary.vehicleSecondsSimulated
        let summary = ParkingSummary(
            guidance: c.guidance, equippedShare: c.guidance == .sensors ? c.equippedShare : 0, latency: c.latency,
            parkingTrips: records.count, parkedOnStreet: count(.parkedOnStreet),
            parkedInCarPark: count(.parkedInCarPark), stillSearching: count(.searching), enRoute: count(.enRoute),
            gaveUp: count(.gaveUp), unroutable: count(.unroutable), diverted: records.filter(\.diverted).count,
            routeChanges: records.reduce(0) { $0 + $1.routeChanges },
            meanSearchTime: parkedSearchTimes.isEmpty
                ? 0 : parkedSearchTimes.reduce(0, +) / Double(parkedSearchTimes.count),
            p50SearchTime: ParkingSummary.nearestRank(parkedSearchTimes, 0.5),
            p90SearchTime: ParkingSummary.nearestRank(parkedSearchTimes, 0.9),
            meanSearchDistance: parkedSearchTimes.isEmpty ? 0 : parkedSearchMetres / Double(parkedSearchTimes.count),
            searchVehicleKm: searchMetres / 1000, totalVehicleKm: totalMetres / 1000,
            searchShareOfVehicleKm: totalMetres > 0 ? searchMetres / totalMetres : 0,
            searchVehicleHours: searchSeconds / 3600, totalVehicleHours: totalSeconds / 3600,
            searchShareOfVehicleHours: totalSeconds > 0 ? searchSeconds / totalSeconds : 0)
        return ParkingResult(
            simulation: simulation, vehicles: records, occupancyTimes: times, occupancy: occupancy, links: links,
            summary: summary)
    }

    let tripIDs: [String]
    func simulationTripID(_ v: Int) -> String { tripIDs[v] }
}
