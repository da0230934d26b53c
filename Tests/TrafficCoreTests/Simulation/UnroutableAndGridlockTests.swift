import GeoCore
import Testing
import TrafficTestSupport

@testable import TrafficCore

@Suite("Unroutable trips and gridlock")
struct UnroutableAndGridlockTests {
    /// Two separate corridors: a trip from one to the other has no path. It is counted and listed, the
    /// routable trip still arrives (50 s on a 1000 m link at 20 m/s), nothing crashes; with the `.fail`
    /// policy the same input is a typed error naming the trip.
    @Test func unroutableTripIsReportedNotFatal() throws {
        let network = try Self.separateCorridors()
        let trips = [
            Trip(id: "lost", origin: network.id("a"), destination: network.id("b"), departure: 0),
            Trip(id: "fine", origin: network.id("a"), destination: network.id("a"), departure: 0),
        ]
        let result = try Simulation(network: network, trips: trips, configuration: .init(duration: 100)).run()
        #expect(result.unroutableTripIDs == ["lost"])
        #expect(result.summary.vehiclesUnroutable == 1)
        #expect(result.summary.vehiclesArrived == 1)
        #expect(result.trips.map(\.id) == ["fine"])
        #expect(throws: SimulationError.unroutableTrips(["lost"])) {
            try Simulation(
                network: network, trips: trips, configuration: .init(duration: 100, unroutablePolicy: .fail))
        }
    }

    /// Corridors `a` and `b` (1000 m, 20 m/s) with no link between them.
    static func separateCorridors() throws -> Network {
        var builder = NetworkBuilder()
        try TestNetworks.corridor([.init(id: "a", length: 1000)], prefix: "x", into: &builder)
        try TestNetworks.corridor([.init(id: "b", length: 1000)], prefix: "y", into: &builder, y: 500)
        return builder.build()
    }

    /// The trips without a path are listed in departure order whether departures are routed when released
    /// or all before the first step on two threads (`SimulationEngine.precomputeFreeFlowRoutes`), and the
    /// routable trips still arrive.
    @Test func unroutableTripsAreListedWithParallelRouting() throws {
        let network = try Self.separateCorridors()
        let trips = [
            Trip(id: "lost1", origin: network.id("a"), destination: network.id("b"), departure: 0),
            Trip(id: "fine1", origin: network.id("a"), destination: network.id("a"), departure: 1),
            Trip(id: "lost2", origin: network.id("b"), destination: network.id("a"), departure: 2),
            Trip(id: "lost3", origin: network.id("a"), destination: network.id("b"), departure: 3),
            Trip(id: "fine2", origin: network.id("b"), destination: network.id("b"), departure: 4),
        ]
        let simulation = try Simulation(network: network, trips: trips, configuration: .init(duration: 200))
        let sequential = simulation.run(progress: nil, routingWorkers: 1)
        let parallel = simulation.run(progress: nil, routingWorkers: 2)
        #expect(parallel.unroutableTripIDs == ["lost1", "lost2", "lost3"])
        #expect(parallel.unroutableTripIDs == sequential.unroutableTripIDs)
        #expect(parallel.summary.vehiclesUnroutable == 3)
        #expect(parallel.summary.vehiclesArrived == 2)
        #expect(parallel.trips == sequential.trips)
    }

    static func ring(into builder: inout NetworkBuilder) throws { try TestNetworks.ring(into: &builder) }

    /// A street A – B – C – D of three 6 m stretches, each way one link holding ⌊6 · 150 / 1000⌋ = 0 → 1 vehicle,
    /// with a U-turn at A and at D: the ring AB → BC → CD → DC → CB → BA → AB. Six vehicles start one on each link
    /// and drive the ring twice (12 links) and on to the link before their own: every link is full at once and
    /// every head waits for the next. They pass each other on their own lanes and turn at the ends, so the ring
    /// turns as one (`rotateStreetRings`), and all six arrive; no gridlock is reported. The square ring of
    /// `ringOverStorageIsReportedAsGridlock` (round a block, no twins) still locks.
    @Test func aStreetDrivenBothWaysWithUTurnsDoesNotLock() throws {
        var builder = NetworkBuilder()
        for (i, name) in ["A", "B", "C", "D"].enumerated() { try builder.addNode(name, at: Coordinate(Double(i) * 6, 0)) }
        let forward = [("AB", "A", "B"), ("BC", "B", "C"), ("CD", "C", "D")]
        for (id, from, to) in forward {
            try builder.addLink(id, from: from, to: to, length: 6, freeFlowSpeed: 5)
            try builder.addLink(String(id.reversed()), from: to, to: from, length: 6, freeFlowSpeed: 5)
        }
        let ring = ["AB", "BC", "CD", "DC", "CB", "BA"]
        for i in ring.indices { try builder.addMovement(from: ring[i], to: ring[(i + 1) % ring.count]) }
        let network = builder.build()
        #expect(network.links.allSatisfy { $0.storageCapacity == 1 })
        let trips = ring.indices.map { i in
            let route = (0..<18).map { network.id(ring[(i + $0) % ring.count]) }
            return Trip(id: "v\(i)", origin: route[0], destination: route[route.count - 1], departure: 0, route: route)
        }
        let result = try Simulation(
            network: network, trips: trips, configuration: .init(duration: 3600, gridlockTimeout: 60)
        ).run()
        #expect(result.gridlock == nil)
        #expect(result.summary.vehiclesArrived == 6)
    }

    /// Twenty vehicles from each ramp, one a second, each to the ring link two ahead of its ramp's.
    static func ringTrips(_ network: Network) -> [Trip] {
        (0..<20).flatMap { k in
            (0..<4).map { i in
                Trip(
                    id: "v\(i).\(k)", origin: network.id("ramp\(i)"), destination: network.id("ring\((i + 2) % 4)"),
                    departure: Double(k))
            }
        }
    }

    /// Verification 7 (gridlock). A one-way ring of four 20 m links, each holding ⌊20 · 150 / 1000⌋ = 3
    /// vehicles (12 in all), with an on-ramp merging at every ring node. Eighty vehicles (20 per ramp) each
    /// want to drive three ring links. Under free flow a link never fills (it carries at most capacity at
    /// critical density); but at the merges ring vehicles must share the inflow with ramp vehicles, so ring
    /// links queue up, and once every ring link is full and every head wants the next (full) ring link,
    /// nothing can move again. The run must stop with a gridlock report after the 60 s timeout, naming the
    /// four ring links (and the full ramps blocking the origin queues), and leave the vehicles where they
    /// are: departed = arrived + unfinished with unfinished ≥ 12 (the full ring) — nobody is teleported.
    @Test func ringOverStorageIsReportedAsGridlock() throws {
        var builder = NetworkBuilder()
        try Self.ring(into: &builder)
        let network = builder.build()
        #expect(network[network.id("ring0")].storageCapacity == 3)
        let trips = Self.ringTrips(network)
        let result = try Simulation(
            network: network, trips: trips, configuration: .init(duration: 3600, gridlockTimeout: 60)
        ).run()

        let report = try #require(result.gridlock)
        #expect(report.time - report.lastMovement >= 60)
        #expect(report.time < 3600)  // stopped early
        // The four full ring links block the ring heads; the full ramps block the origin queues.
        #expect(Set(report.blockedLinks) == ["ring0", "ring1", "ring2", "ring3", "ramp0", "ramp1", "ramp2", "ramp3"])
        let s = result.summary
        #expect(s.gridlock.detected)
        #expect(s.gridlock.blockedLinks == report.blockedLinks)
        let lastSnapshot = try #require(result.snapshots.last)
        #expect(lastSnapshot.departed == lastSnapshot.arrived + lastSnapshot.enRoute)
        #expect(s.vehiclesDeparted == s.vehiclesArrived + s.vehiclesUnfinished)
        #expect(s.vehiclesArrived + s.vehiclesUnfinished + s.vehiclesWaitingToDepart == 80)
        #expect(s.vehiclesUnfinished >= 12)  // the full ring, plus vehicles queued on the ramps
        #expect(report.stuckVehicles == s.vehiclesUnfinished + s.vehiclesWaitingToDepart)
        // The message a user reads is plain text, not Swift's debug form of the report.
        let text = "\(report)"
        #expect(!text.contains("GridlockReport("), "\(text)")
        #expect(text.contains("\(report.stuckVehicles) vehicles stuck"), "\(text)")
        #expect(text.contains("since t = \(Int(report.lastMovement.rounded())) s"), "\(text)")
        #expect(text.contains("ring0"), "\(text)")
    }

    /// The same ring, and beside it a separate corridor with a vehicle every 10 s for the whole hour: something
    /// always moves, so the global check never fires, yet the ring is stuck for good. It is reported as a local
    /// gridlock naming exactly the four ring links, the run goes on to the end (the corridor's vehicles all
    /// arrive), and the result counts as a gridlock (flowsim exits 5).
    @Test func aStuckRingIsReportedWhileTheRestMoves() throws {
        var builder = NetworkBuilder()
        try Self.ring(into: &builder)
        try TestNetworks.corridor([.init(id: "c", length: 1000)], prefix: "z", into: &builder, y: 5000)
        let network = builder.build()
        var trips = Self.ringTrips(network)
        for k in 0..<350 {
            trips.append(Trip(id: "c\(k)", origin: network.id("c"), destination: network.id("c"), departure: Double(k) * 10))
        }
        let result = try Simulation(
            network: network, trips: trips, configuration: .init(duration: 3600, gridlockTimeout: 60)
        ).run()
        let report = try #require(result.gridlock)
        #expect(report.local)
        #expect(Set(report.blockedLinks) == ["ring0", "ring1", "ring2", "ring3"])
        #expect(report.stuckVehicles == 12)  // four full ring links of 3
        #expect(report.time - report.lastMovement >= 60)
        #expect(result.summary.gridlock.detected && result.summary.gridlock.local)
        #expect(result.summary.simulatedTime == 3600)  // not stopped
        #expect(result.trips.filter { $0.id.hasPrefix("c") }.count == 350)
        #expect("\(report)".contains("ring of 4 full links"), "\(report)")
    }

    /// A street of 5 m (one vehicle per direction) with a vehicle on each side, both turning back at the far
    /// end: each waits for the other's full link. They pass each other (swap) after the 10 s scan without an
    /// exit, instead of locking the street for good: both arrive, no gridlock, occupancies conserved.
    @Test func twoVehiclesTurningBackOnAShortStreetPassEachOther() throws {
        var builder = NetworkBuilder()
        try builder.addNode("A", at: Coordinate(0, 0))
        try builder.addNode("B", at: Coordinate(5, 0))
        try builder.addLink("AB", from: "A", to: "B", length: 5, freeFlowSpeed: 10)
        try builder.addLink("BA", from: "B", to: "A", length: 5, freeFlowSpeed: 10)
        try builder.addMovement(from: "AB", to: "BA")
        try builder.addMovement(from: "BA", to: "AB")
        let network = builder.build()
        #expect(network[network.id("AB")].storageCapacity == 1)
        let trips = [
            Trip(id: "east", origin: network.id("AB"), destination: network.id("BA"), departure: 0),
            Trip(id: "west", origin: network.id("BA"), destination: network.id("AB"), departure: 0),
        ]
        let result = try Simulation(network: network, trips: trips, configuration: .init(duration: 600, gridlockTimeout: 100)).run()
        #expect(result.gridlock == nil)
        #expect(result.summary.vehiclesArrived == 2)
        // Ready at the far end at 0.5 s; the scans every 10 s find both stuck for 10 s at t = 20 at the latest.
        for trip in result.trips { #expect(trip.arrival <= 20.5 + 1e-9, "\(trip)") }
    }
}
