import Testing
import TrafficStudies
import TrafficTestSupport

@testable import TrafficCore

/// Departure routing on free-flow costs, computed before the first step on several threads
/// (`SimulationEngine.precomputeFreeFlowRoutes`), must give exactly what routing each vehicle at its release
/// gives: the same route storage, trip records and outputs.
@Suite("Parallel departure routing")
struct ParallelRoutingTests {
    /// A 4 × 4 grid of equal 300 m links: most origin–destination pairs have several shortest paths of the
    /// same free-flow time, so any difference in tie-breaking between the workers and the sequential router
    /// would show.
    private static let grid = Scenario.grid(size: 4, vehiclesPerHourPerEntry: 100, demandDuration: 600, seed: 5)

    /// `count` trips between random links (several sharing a destination, some sharing the whole pair),
    /// departing over the first `spread` seconds.
    private static func randomTrips(on network: Network, count: Int, spread: Double, seed: UInt64) -> [Trip] {
        var generator = Xoshiro256StarStar(seed: seed)
        let links = network.links.count
        return (0..<count).map { i in
            let origin = Int(generator.uniform() * Double(links))
            let destination = i % 3 == 0 ? (i * 7) % links : Int(generator.uniform() * Double(links))
            return Trip(
                id: "t\(i)", origin: LinkID(origin), destination: LinkID(destination),
                departure: (generator.uniform() * spread).rounded())
        }
    }

    /// Every (origin, destination) pair of the grid: the table built on two and on three threads returns the
    /// router's route, step by step, and reachability.
    @Test(arguments: [2, 3])
    func routeTableMatchesRouterOnEveryPair(workers: Int) {
        let network = Self.grid.network
        let n = Int32(network.links.count)
        var origins: [Int32] = []
        var destinations: [Int32] = []
        for d in 0..<n {
            for o in 0..<n {
                origins.append((o + d) % n)
                destinations.append(d)
            }
        }
        var router = Router(network: network)
        let table = RouteTable(router: router, origins: origins, destinations: destinations, workers: workers)
        var mismatches = 0
        for (o, d) in zip(origins, destinations) {
            var expectedLinks: [Int32] = []
            var expectedMovements: [Int32] = []
            let expected = router.appendRoute(from: o, to: d, links: &expectedLinks, movements: &expectedMovements)
            var links: [Int32] = []
            var movements: [Int32] = []
            let found = table.appendRoute(from: o, to: d, links: &links, movements: &movements)
            if found != expected || links != expectedLinks || movements != expectedMovements { mismatches += 1 }
            if table.isReachable(from: o, to: d) != expected { mismatches += 1 }
        }
        #expect(mismatches == 0)
        var links: [Int32] = []
        var movements: [Int32] = []
        // A pair the table was not asked for is not answered (the engine then asks its router).
        let unknown = RouteTable(router: router, origins: [0, 1], destinations: [2, 2], workers: workers)
        #expect(unknown.appendRoute(from: 3, to: 2, links: &links, movements: &movements) == nil)
        #expect(unknown.isReachable(from: 3, to: 2) == nil)
        #expect(links.isEmpty && movements.isEmpty)
    }

    /// The same simulation with 1 worker (each vehicle routed at its release), 2 and 3 workers: identical
    /// route storage, vehicle route positions, trip records, unroutable trips, summary (apart from wall time)
    /// and CSV files.
    @Test func parallelRoutingGivesTheSequentialRun() throws {
        let base = Self.grid
        let trips = Self.randomTrips(on: base.network, count: 400, spread: 900, seed: 21)
        let simulation = try Simulation(
            network: base.network, signalPlans: base.signalPlans, trips: trips,
            configuration: .init(duration: 1800, outputInterval: 300))
        var engines: [SimulationEngine] = []
        for workers in [1, 2, 3] {
            var engine = simulation.makeEngine()
            engine.routingWorkers = workers
            engine.run()
            engines.append(engine)
        }
        #expect(engines[0].routes.freeFlowRoutes == nil)
        #expect(engines[1].routes.freeFlowRoutes != nil)
        for engine in engines.dropFirst() {
            #expect(engine.routes.links == engines[0].routes.links)
            #expect(engine.routes.movements == engines[0].routes.movements)
            #expect(engine.vehicles.routePosition == engines[0].vehicles.routePosition)
            #expect(engine.recorder.tripRecords == engines[0].recorder.tripRecords)
        }
        let sequential = simulation.run(progress: nil, routingWorkers: 1)
        let parallel = simulation.run(progress: nil, routingWorkers: 2)
        // Trips into the grid's entry links or out of its exit links have no path: both kinds are present.
        #expect(sequential.summary.vehiclesArrived > 200)
        #expect(sequential.summary.vehiclesUnroutable > 50)
        #expect(parallel.unroutableTripIDs == sequential.unroutableTripIDs)
        #expect(parallel.trips == sequential.trips)
        #expect(parallel.summary.ignoringWallTime == sequential.summary.ignoringWallTime)
        #expect(parallel.tripsCSV() == sequential.tripsCSV())
        #expect(parallel.linkSeriesCSV() == sequential.linkSeriesCSV())
        #expect(parallel.networkSeriesCSV() == sequential.networkSeriesCSV())
    }

    /// With `unroutable: fail` the simulation checks every trip's route up front and hands those routes to the
    /// engine (no second routing); the run equals the one routed by the engine itself.
    @Test func checkedRoutesAreHandedToTheEngine() throws {
        let base = Self.grid
        let trips = Self.randomTrips(on: base.network, count: 400, spread: 900, seed: 21).filter { trip in
            var router = Router(network: base.network)
            return router.isReachable(from: trip.origin.rawValue, to: trip.destination.rawValue)
        }
        #expect(trips.count > 200)
        let checked = try Simulation(
            network: base.network, signalPlans: base.signalPlans, trips: trips,
            configuration: .init(duration: 1800, outputInterval: 300, unroutablePolicy: .fail))
        let reported = try Simulation(
            network: base.network, signalPlans: base.signalPlans, trips: trips,
            configuration: .init(duration: 1800, outputInterval: 300))
        #expect(checked.freeFlowRoutes != nil)
        #expect(reported.freeFlowRoutes == nil)
        let a = checked.run(progress: nil, routingWorkers: 1)
        let b = reported.run(progress: nil, routingWorkers: 2)
        #expect(a.trips == b.trips)
        #expect(a.linkSeriesCSV() == b.linkSeriesCSV())
    }

    /// With re-routing every 120 s only departures before 120 s use the precomputed free-flow routes; the
    /// table is dropped at the first re-routing and later departures and re-routes use measured costs. The
    /// congested demand makes re-routing change routes, and the runs must still be identical.
    @Test func reroutingRunsAreUnchanged() throws {
        let base = Scenario.grid(size: 4, vehiclesPerHourPerEntry: 900, demandDuration: 900, seed: 9)
        let trips = Self.randomTrips(on: base.network, count: 600, spread: 900, seed: 4)
        let simulation = try Simulation(
            network: base.network, signalPlans: base.signalPlans, trips: trips,
            configuration: .init(duration: 2400, reroutingInterval: 120, stopOnGridlock: false))
        var sequentialEngine = simulation.makeEngine()
        sequentialEngine.routingWorkers = 1
        sequentialEngine.run()
        var parallelEngine = simulation.makeEngine()
        parallelEngine.routingWorkers = 2
        parallelEngine.run()
        #expect(parallelEngine.routes.freeFlowRoutes == nil)  // dropped at the first re-routing
        #expect(parallelEngine.routes.links == sequentialEngine.routes.links)
        #expect(parallelEngine.routes.movements == sequentialEngine.routes.movements)
        #expect(parallelEngine.recorder.tripRecords == sequentialEngine.recorder.tripRecords)
        #expect(sequentialEngine.recorder.tripRecords.contains { $0.rerouteCount > 0 })
    }
    /// The free-flow assignment of the signal analysis counts, per movement, exactly the routes the sequential
    /// router gives, whatever the number of threads.
    @Test func freeFlowAssignmentCountsTheRoutersRoutes() {
        let network = Self.grid.network
        let trips = Self.randomTrips(on: network, count: 400, spread: 600, seed: 11)
        var router = Router(network: network)
        var expected = [Double](repeating: 0, count: network.movements.count)
        for trip in trips {
            var links: [Int32] = []
            var movements: [Int32] = []
            guard router.appendRoute(
                from: trip.origin.rawValue, to: trip.destination.rawValue, links: &links, movements: &movements)
            else { continue }
            for m in movements where m >= 0 { expected[Int(m)] += 2 }  // period 1800 s: 2 per hour
        }
        #expect(expected.reduce(0, +) > 0)
        for workers in [1, 3] {
            let flows = MovementFlows.freeFlowAssignment(network: network, trips: trips, period: 1800, workers: workers)
            #expect(flows.vehiclesPerHour == expected)
        }
    }
}
