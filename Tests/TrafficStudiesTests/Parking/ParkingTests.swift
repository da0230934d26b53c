import GeoCore
import Testing
import TrafficCore
import TrafficTestSupport

@testable import TrafficStudies

/// Small networks for the parking search model.
enum ParkingFixtures {
    /// A street with a one-way loop around the block and a dead-end car park access, all at 10 m/s:
    ///
    ///     e ←back─ d           in: a(−200,0)→b (200 m, 20 s)   street: b→c (100 m, 10 s)
    ///     │        ↑           up: c→d, back: d→e, down: e→b, garage: c→g (100 m, 10 s each)
    ///   down      up           movements: in→street, street→up, up→back, back→down, down→street,
    ///     ↓        │                      street→garage; g is a dead end (car park "P" behind garage)
    /// a ─in→ b ─street→ c ─garage→ g
    static func loop() throws -> Network {
        var b = NetworkBuilder()
        for (id, x, y) in [("a", -200.0, 0.0), ("b", 0, 0), ("c", 100, 0), ("d", 100, 100), ("e", 0, 100), ("g", 200, 0)] {
            try b.addNode(id, at: Coordinate(x, y))
        }
        for (id, from, to) in [
            ("in", "a", "b"), ("street", "b", "c"), ("up", "c", "d"), ("back", "d", "e"), ("down", "e", "b"),
            ("garage", "c", "g"),
        ] {
            try b.addLink(id, from: from, to: to, freeFlowSpeed: 10)
        }
        for (from, to) in [
            ("in", "street"), ("street", "up"), ("up", "back"), ("back", "down"), ("down", "street"),
            ("street", "garage"),
        ] {
            try b.addMovement(from: from, to: to)
        }
        return b.build()
    }

    /// `count` parking trips in→street, one every 10 s from t = 0.
    static func arrivals(_ count: Int, network: Network) -> (trips: [Trip], parking: [ParkingTrip]) {
        let trips = (0..<count).map {
            Trip(id: "v\($0)", origin: network.id("in"), destination: network.id("street"), departure: Double($0) * 10)
        }
        return (trips, trips.map { ParkingTrip(tripID: $0.id) })
    }

    static func loopRun(
        arrivals count: Int, streetSpaces: Int, configuration: ParkingConfiguration, duration: Double = 600,
        carParkHours: Range<Double>? = nil
    ) throws -> ParkingResult {
        let network = try loop()
        let (trips, parking) = arrivals(count, network: network)
        let supply = ParkingSupply(
            onStreet: [OnStreetParking(id: "S", link: network.id("street"), capacity: [.general: streetSpaces])],
            carParks: [CarPark(id: "P", entrance: network.id("garage"), capacity: 100, openingHours: carParkHours)])
        return try ParkingSimulation(
            network: network, trips: trips, parkingTrips: parking, supply: supply,
            simulationConfiguration: SimulationConfiguration(duration: duration), configuration: configuration
        ).run()
    }

    /// A 4×4 unsignalised grid (300 m links, 50 km/h) with light through traffic, 4 general spaces on every
    /// interior link, two car parks at the edge, and parking trips from all entries to the four central links.
    static func grid(
        initialOccupancy: Double, guidance: ParkingGuidance = .none, share: Double = 1, latency: Double = 0,
        seed: UInt64 = 5
    ) throws -> ParkingSimulation {
        var scenario = Scenario.grid(
            size: 4, signalised: false, vehiclesPerHourPerEntry: 60, demandDuration: 1800, duration: 3000, seed: seed)
        scenario.configuration.outputInterval = 300
        let network = scenario.network
        let interior = network.links.indices.filter {
            network.links[$0].id.hasPrefix("n_") && network.links[$0].id.contains("-n_")
        }.map(LinkID.init)
        let supply = ParkingSupply(
            onStreet: interior.map { OnStreetParking(id: "s-\(network[$0].id)", link: $0, capacity: [.general: 4]) },
            carParks: [
                CarPark(id: "P-west", entrance: network.id("n_1_0-n_2_0"), capacity: 40),
                CarPark(id: "P-east", entrance: network.id("n_2_3-n_1_3"), capacity: 40, isParkAndRide: true),
            ])
        let centre = ["n_1_1-n_1_2", "n_2_2-n_2_1", "n_1_2-n_2_2", "n_2_1-n_1_1"].map { network.id($0) }
        var flows: [ParkingFlow] = []
        for side in GridNetwork.Side.allCases {
            for (k, destination) in centre.enumerated() {
                let origin = network.links.indices.first { network.links[$0].id.hasPrefix(String(side.rawValue.first!).uppercased() + "_") }!
                flows.append(
                    ParkingFlow(
                        flow: Flow(
                            id: "\(side.rawValue)-\(k)", origin: LinkID(origin), destination: destination, begin: 0,
                            end: 1800, vehiclesPerHour: 12, distribution: .poisson),
                        meanDwell: 5400))
            }
        }
        let configuration = ParkingConfiguration(
            guidance: guidance, equippedShare: share, latency: latency, initialOccupancy: initialOccupancy,
            seed: seed)
        return try ParkingSimulation(
            scenario: scenario, supply: supply, demand: ParkingDemand(flows: flows), configuration: configuration)
    }
}

@Suite("Parking")
struct ParkingTests {
    /// 8 arrivals at an empty street with 10 spaces. The k-th vehicle departs at 10k, drives `in` (20 s) and
    /// `street` (10 s), so it reaches the street's end at 10k + 30 s. Occupancy before it parks is k/10 ≤ 0.7,
    /// below the saturation threshold 0.85, so the space is seen with certainty: everyone parks there on the
    /// first try with search time 0 and no search distance.
    @Test func fewerArrivalsThanSpacesAllParkFirstTry() throws {
        let result = try ParkingFixtures.loopRun(
            arrivals: 8, streetSpaces: 10, configuration: ParkingConfiguration(meanDwell: 1e6))
        #expect(result.vehicles.count == 8)
        for (k, record) in result.vehicles.enumerated() {
            #expect(record.outcome == .parkedOnStreet)
            #expect(record.facility == "S")
            #expect(record.parkTime == Double(k) * 10 + 30)
            #expect(record.searchTime == 0)
            #expect(record.searchDistance == 0)
            #expect(record.routeChanges == 0)
        }
        #expect(result.summary.parkedOnStreet == 8)
        #expect(result.summary.meanSearchTime == 0)
        #expect(result.summary.searchVehicleKm == 0)
        #expect(result.occupancy.first { $0.id == "S" }?.peak == 8)
        #expect(result.simulation.summary.vehiclesArrived == 8)
    }

    /// 15 arrivals, 10 spaces, every free space seen (θ = 1), tolerance 0. The first 10 park on the street;
    /// vehicles 10…14 find it full at 10k + 30 s and divert at once to car park P: street → garage (100 m at
    /// 10 m/s, no queue since vehicles are 10 s apart and the headway is 2 s), so each searches exactly 10 s
    /// and 100 m and parks in P at 10k + 40 s.
    @Test func moreArrivalsThanSpacesExactlyCapacityParksOnStreet() throws {
        let result = try ParkingFixtures.loopRun(
            arrivals: 15, streetSpaces: 10,
            configuration: ParkingConfiguration(searchTolerance: 0, saturationThreshold: 1, meanDwell: 1e6))
        let onStreet = result.vehicles.filter { $0.outcome == .parkedOnStreet }
        #expect(onStreet.count == 10)
        #expect(onStreet.allSatisfy { $0.facility == "S" && $0.searchTime == 0 })
        for k in 10..<15 {
            let record = result.vehicles[k]
            #expect(record.outcome == .parkedInCarPark)
            #expect(record.facility == "P")
            #expect(record.diverted)
            #expect(record.parkTime == Double(k) * 10 + 40)
            #expect(record.searchTime == 10)
            #expect(record.searchDistance == 100)
        }
        #expect(result.occupancy.first { $0.id == "S" }?.peak == 10)
        #expect(result.occupancy.first { $0.id == "P" }?.peak == 5)
        // Search traffic: 5 × 100 m and 5 × 10 s.
        #expect(abs(result.summary.searchVehicleKm - 0.5) < 1e-9)
        #expect(abs(result.summary.searchVehicleHours - 50.0 / 3600) < 1e-9)
        #expect(result.summary.meanSearchTime == 50.0 / 15)
    }

    /// Expanding circles: the street is full (10 of 10, θ = 1), tolerance 100 s. At the street's end the
    /// driver may go `up` (midpoint (100, 50), 70.7 m from the street's midpoint (50, 0)) or `garage`
    /// ((150, 0), 100 m): nearest first → up, back, down, street again (+40 s, 400 m), still full; now `up`
    /// was chosen once and `garage` never → garage (+10 s, 100 m). The garage ends in a dead end with the car
    /// park: it parks there after 50 s and 500 m of searching (before the tolerance ran out).
    @Test func searchTakesUnvisitedLinksNearestToTheDestination() throws {
        let result = try ParkingFixtures.loopRun(
            arrivals: 11, streetSpaces: 10,
            configuration: ParkingConfiguration(searchTolerance: 100, saturationThreshold: 1, meanDwell: 1e6))
        let last = result.vehicles[10]
        #expect(last.outcome == .parkedInCarPark)
        #expect(last.searchTime == 50)
        #expect(last.searchDistance == 500)
        #expect(last.routeChanges == 5)  // up, back, down, street, garage
        #expect(last.diverted)  // the dead end sent it to the car park
        #expect(result.links[try ParkingFixtures.loop().id("up").index].searchVehicleMetres == 100)
    }

    /// A dead end ends the circling: with an endless tolerance, vehicles 10 and 11 find the street full,
    /// circle once (up, back, down, street), take the unvisited garage, and at its dead end go into P.
    @Test func deadEndSendsCirclingDriversToTheCarPark() throws {
        let result = try ParkingFixtures.loopRun(
            arrivals: 12, streetSpaces: 10,
            configuration: ParkingConfiguration(searchTolerance: 1e6, saturationThreshold: 1, meanDwell: 1e6))
        let s = result.summary
        #expect(s.parkedOnStreet == 10)
        #expect(s.parkedInCarPark == 2)
        #expect(s.parkedOnStreet + s.parkedInCarPark + s.stillSearching + s.enRoute + s.gaveUp + s.unroutable == 12)
    }

    /// Vehicles still searching at the end are unfinished. Run ends at 150 s: vehicle 10 reached the full
    /// street at 130 s, drove up (130–140 s) and is on back (entered 140 s, reaches its end at 150 s, not
    /// within the run): search 20 s, 100 m + 100 m. Vehicle 11 reached the street at 140 s and is on up:
    /// search 10 s, 100 m.
    @Test func vehiclesStillSearchingAtTheEndAreUnfinished() throws {
        let result = try ParkingFixtures.loopRun(
            arrivals: 12, streetSpaces: 10,
            configuration: ParkingConfiguration(searchTolerance: 1e6, saturationThreshold: 1, meanDwell: 1e6),
            duration: 150)
        #expect(result.summary.stillSearching == 2)
        #expect(result.simulation.summary.vehiclesUnfinished == 2)
        #expect(result.vehicles[10].outcome == .searching)
        #expect(result.vehicles[10].searchTime == 20)
        #expect(result.vehicles[10].searchDistance == 200)
        #expect(result.vehicles[11].searchTime == 10)
        #expect(result.vehicles[11].searchDistance == 100)
        #expect(result.summary.meanSearchTime == 0)  // over parked trips, who all parked at once
    }

    /// Conservation on a grid with through traffic, initial occupancy, short dwells and half the drivers
    /// guided with 2 min old sensor data: no facility ever exceeds its capacity or goes negative, every
    /// parking trip has exactly one outcome, and departed = arrived + en route at every snapshot.
    @Test func vehiclesAndSpacesAreConserved() throws {
        let study = try ParkingFixtures.grid(initialOccupancy: 0.8, guidance: .sensors, share: 0.5, latency: 120)
        let result = study.run()
        for facility in result.occupancy {
            #expect(facility.peak <= facility.capacity, "\(facility.id)")
            #expect(facility.occupied.allSatisfy { $0 >= 0 && $0 <= facility.capacity }, "\(facility.id)")
        }
        let s = result.summary
        #expect(s.parkingTrips == study.parkingTrips.count)
        #expect(s.parkedOnStreet + s.parkedInCarPark + s.stillSearching + s.enRoute + s.gaveUp + s.unroutable == s.parkingTrips)
        #expect(s.parkedOnStreet > 0 && s.parkedInCarPark + s.stillSearching + s.diverted > 0)
        for snapshot in result.simulation.snapshots {
            #expect(snapshot.departed == snapshot.arrived + snapshot.enRoute)
        }
        // A parked trip is an arrived trip; arrived = parked + gave up + ordinary trips that arrived.
        let parkingIDs = Set(result.vehicles.map(\.id))
        let arrivedParking = result.simulation.trips.filter { parkingIDs.contains($0.id) }.count
        #expect(arrivedParking == s.parkedOnStreet + s.parkedInCarPark + s.gaveUp)
    }

    /// En-route re-routing (every 60 s) and the parking search both replace routes; a searching vehicle's
    /// current search link is its destination for the router, so re-routing never sends it back to the
    /// original destination and nothing is lost: outcomes still add up, spaces stay within capacity.
    @Test func reroutingAndSearchCoexist() throws {
        let base = try ParkingFixtures.grid(initialOccupancy: 0.85, guidance: .sensors, share: 0.5, latency: 60)
        var configuration = base.simulation.configuration
        configuration.reroutingInterval = 60
        let study = try ParkingSimulation(
            network: base.simulation.network, trips: base.simulation.trips, parkingTrips: base.parkingTrips,
            supply: base.supply, simulationConfiguration: configuration, configuration: base.configuration)
        let result = study.run()
        let s = result.summary
        #expect(s.parkedOnStreet + s.parkedInCarPark + s.stillSearching + s.enRoute + s.gaveUp + s.unroutable == s.parkingTrips)
        #expect(s.parkedOnStreet + s.parkedInCarPark > s.parkingTrips / 2)
        #expect(result.occupancy.allSatisfy { $0.peak <= $0.capacity })
        #expect(result.simulation.snapshots.allSatisfy { $0.departed == $0.arrived + $0.enRoute })
        #expect(result.simulation.trips.contains { $0.rerouteCount > 0 })  // re-routing really acted
    }

    /// Guidance (every driver equipped, fresh sensor data) never makes the mean search time worse than
    /// cruising on the same seed and demand.
    @Test(arguments: [5, 6, 7] as [UInt64])
    func guidanceDoesNotIncreaseMeanSearchTime(seed: UInt64) throws {
        let cruising = try ParkingFixtures.grid(initialOccupancy: 0.85, seed: seed).run().summary
        let guided = try ParkingFixtures.grid(initialOccupancy: 0.85, guidance: .sensors, seed: seed).run().summary
        #expect(cruising.meanSearchTime > 0)
        #expect(guided.meanSearchTime <= cruising.meanSearchTime)
    }

    /// Older sensor data helps less: every driver guided, latency 0 s, 5 min, 30 min. Stale data sends
    /// drivers to spaces taken since, so the mean search time grows with the latency.
    @Test(arguments: [5, 6, 7] as [UInt64])
    func searchTimeGrowsWithSensorLatency(seed: UInt64) throws {
        let times = try [0.0, 300, 1800].map {
            try ParkingFixtures.grid(initialOccupancy: 0.85, guidance: .sensors, latency: $0, seed: seed).run()
                .summary.meanSearchTime
        }
        #expect(times[0] < times[1])
        #expect(times[1] < times[2])
    }

    /// Search time rises with the initial occupancy (50 % → 80 % → 95 %): below the saturation threshold
    /// spaces are found on sight, near capacity drivers circle and divert.
    @Test func searchTimeRisesWithOccupancy() throws {
        let times = try [0.5, 0.8, 0.95].map { try ParkingFixtures.grid(initialOccupancy: $0).run().summary.meanSearchTime }
        #expect(times[0] < times[1])
        #expect(times[1] < times[2])
    }

    /// A closed car park is no way out: the run starts at 08:00, P opens at 09:00. Vehicle 10 finds the
    /// street full at 130 s, cannot divert, circles once (up, back, down, street: 40 s), takes the unvisited
    /// garage (10 s), finds P closed at its dead end and gives up after 50 s of searching.
    @Test func closedCarParkIsNotUsed() throws {
        let result = try ParkingFixtures.loopRun(
            arrivals: 11, streetSpaces: 10,
            configuration: ParkingConfiguration(searchTolerance: 0, saturationThreshold: 1, meanDwell: 1e6),
            carParkHours: 9 * 3600..<18 * 3600)
        #expect(result.summary.parkedOnStreet == 10)
        #expect(result.summary.parkedInCarPark == 0)
        #expect(result.summary.gaveUp == 1)
        #expect(result.vehicles[10].outcome == .gaveUp)
        #expect(result.vehicles[10].searchTime == 50)
        #expect(result.vehicles[10].searchDistance == 500)
    }

    /// The sighting probability: 1 below θ, linear to 0 at full occupancy (θ = 0.85: o = 0.9 → 2/3).
    @Test func sightingProbability() {
        let c = ParkingConfiguration(saturationThreshold: 0.85)
        #expect(c.sightingProbability(occupied: 8, capacity: 10) == 1)
        #expect(abs(c.sightingProbability(occupied: 9, capacity: 10) - 0.1 / 0.15) < 1e-12)
        #expect(c.sightingProbability(occupied: 10, capacity: 10) == 0)
    }

    @Test func invalidSupplyIsRejectedWithItsID() throws {
        let network = try ParkingFixtures.loop()
        let supply = ParkingSupply(onStreet: [OnStreetParking(id: "S", link: network.id("street"), capacity: [.general: -1])])
        #expect(throws: ParkingError.invalidSupply(id: "S", reason: "negative capacity -1 for general")) {
            try ParkingSimulation(
                network: network, trips: [], parkingTrips: [], supply: supply,
                simulationConfiguration: SimulationConfiguration(duration: 10), configuration: ParkingConfiguration())
        }
    }
}
