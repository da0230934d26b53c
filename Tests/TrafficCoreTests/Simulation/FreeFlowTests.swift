import Testing
import TrafficCore
import TrafficTestSupport

@Suite("Free flow")
struct FreeFlowTests {
    /// Verification 1. A lone vehicle on a 1000 m link at 20 m/s: travel time = 1000 / 20 = 50 s; the
    /// engine resolves transfer times within a step, so we expect 50 s exactly (tolerance: one step, 1 s).
    @Test(arguments: [1.0, 0.5])
    func loneVehicleOn1000mLinkAt20mpsTakes50s(step: Double) throws {
        let network = try TestNetworks.corridor([.init(id: "L", length: 1000, speed: 20)])
        let trip = Trip(id: "solo", origin: network.id("L"), destination: network.id("L"), departure: 0)
        let result = try Simulation(
            network: network, trips: [trip], configuration: .init(duration: 120, step: step)
        ).run()
        let record = try #require(result.trips.first)
        #expect(abs(record.duration - 50) <= step)
        #expect(record.timeLoss < 1e-9)
        #expect(record.routeLength == 1000)
        #expect(result.summary.vehiclesArrived == 1)
    }

    /// Two links, 1000 m and 500 m at 20 m/s, departure at 7.3 s (inside a step): arrival 7.3 + 50 + 25 =
    /// 82.3 s, i.e. the step (1 s) does not round transfer times.
    @Test func twoLinkRouteKeepsSubStepDepartureTime() throws {
        let network = try TestNetworks.corridor([
            .init(id: "A", length: 1000, speed: 20), .init(id: "B", length: 500, speed: 20),
        ])
        let trip = Trip(id: "t", origin: network.id("A"), destination: network.id("B"), departure: 7.3)
        let result = try Simulation(network: network, trips: [trip], configuration: .init(duration: 200)).run()
        let record = try #require(result.trips.first)
        #expect(abs(record.arrival - 82.3) < 1e-9)
        #expect(record.routeLength == 1500)
    }

    /// The way through the junction (`Movement.passageLength`, `passageTime`, from SUMO's internal lanes) adds
    /// to both: 1000 m and 500 m at 20 m/s with a 20 m passage at 8 m/s between them: arrival 50 + 2.5 + 25 =
    /// 77.5 s, route 1520 m, no time loss (the passage is part of the free-flow time) in the point-queue model
    /// (`stopAndGo: nil`). With the default `StopAndGo` the slower passage costs braking 20 → 8 m/s and
    /// accelerating back, 12² / (2 · 20 · 4.5) + 12² / (2 · 20 · 2.6) = 0.8 + 1.385 s, counted as time loss.
    @Test func junctionPassageAddsItsTimeAndLength() throws {
        var builder = NetworkBuilder()
        try TestNetworks.corridor(
            [.init(id: "A", length: 1000, speed: 20), .init(id: "B", length: 500, speed: 20)], into: &builder)
        let network0 = builder.build()
        let m = try #require(network0.movement(from: network0.id("A"), to: network0.id("B")))
        try builder.setPassage(m, length: 20, time: 20.0 / 8)
        #expect(throws: NetworkError.self) { try builder.setPassage(m, length: -1, time: 1) }
        #expect(throws: NetworkError.self) { try builder.setPassage(m, length: 1, time: .nan) }
        let network = builder.build()
        let trip = Trip(id: "t", origin: network.id("A"), destination: network.id("B"), departure: 0)
        let result = try Simulation(
            network: network, trips: [trip], configuration: .init(duration: 200, stopAndGo: nil)
        ).run()
        let record = try #require(result.trips.first)
        #expect(abs(record.arrival - 77.5) < 1e-9)
        #expect(record.routeLength == 1520)
        #expect(record.timeLoss < 1e-9)
        let braking = 144.0 / 180 + 144.0 / 104
        let withLoss = try #require(
            Simulation(network: network, trips: [trip], configuration: .init(duration: 200)).run().trips.first)
        #expect(abs(withLoss.arrival - (77.5 + braking)) < 1e-9)
        #expect(abs(withLoss.timeLoss - braking) < 1e-9)
    }

    /// Links shorter than one step: ten 5 m links at 10 m/s (0.5 s each, storage ⌊5 · 0.15⌋ → 1 vehicle).
    /// A vehicle crosses several nodes within one 1 s step and still takes exactly 10 × 0.5 = 5 s; three
    /// vehicles 2 s apart (the 1800 veh/h headway) do not interfere.
    @Test func linksShorterThanAStepAreCrossedWithinTheStep() throws {
        let specs = (0..<10).map { TestNetworks.LinkSpec(id: "s\($0)", length: 5, speed: 10) }
        let network = try TestNetworks.corridor(specs)
        #expect(network[network.id("s0")].storageCapacity == 1)
        let trips = (0..<3).map {
            Trip(id: "v\($0)", origin: network.id("s0"), destination: network.id("s9"), departure: 2 * Double($0))
        }
        let result = try Simulation(network: network, trips: trips, configuration: .init(duration: 30)).run()
        #expect(result.trips.map(\.duration).allSatisfy { abs($0 - 5) < 1e-9 })
        #expect(result.trips.map(\.arrival) == [5, 7, 9])
    }
}
