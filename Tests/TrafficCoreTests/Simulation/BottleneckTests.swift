import Testing
import TrafficCore
import TrafficTestSupport

@Suite("Capacity and bottlenecks")
struct BottleneckTests {
    /// Verification 2. Link `up` (1000 m, 2 lanes, 3600 veh/h) feeds link `neck` (1000 m, 1 lane,
    /// 1800 veh/h). Demand 3000 veh/h, evenly spaced, for 30 min → 1500 vehicles.
    /// Derivation: demand 3000 > 1800, so a queue forms at the end of `up` from t = 50 s (first arrival,
    /// 1000 m / 20 m/s) and `neck` receives at its capacity 1800 veh/h until the queue has cleared at about
    /// 50 + 1500 / 0.5 veh/s = 3050 s. Measured over the intervals fully inside the congested period,
    /// [120 s, 3000 s), the flow leaving `up` must be 1800 veh/h ± 2 %.
    @Test(arguments: [1.0, 0.5])
    func bottleneckDischargesAtCapacity(step: Double) throws {
        let network = try TestNetworks.corridor([
            .init(id: "up", length: 1000, lanes: 2, speed: 20), .init(id: "neck", length: 1000, lanes: 1, speed: 20),
        ])
        let flow = Flow(
            id: "f", origin: network.id("up"), destination: network.id("neck"), begin: 0, end: 1800,
            vehiclesPerHour: 3000)
        let scenario = SimulationSetup(
            name: "bottleneck", network: network, demand: Demand(flows: [flow]),
            configuration: .init(duration: 3300, step: step, outputInterval: 60))
        let result = try Simulation.run(scenario)

        let up = network.id("up")
        let congested = 2..<50  // intervals [120, 180) … [2940, 3000)
        let leaving = congested.reduce(0) { $0 + result.linkSeries.state(interval: $1, link: up).vehiclesLeaving }
        let discharge = Double(leaving) / (Double(congested.count) * 60) * 3600
        #expect(abs(discharge - 1800) <= 0.02 * 1800, "discharge \(discharge) veh/h")
        // The queue really was there: the last interval of the window still had vehicles queued.
        #expect(result.linkSeries.state(interval: 49, link: up).queue > 1)
        #expect(result.summary.vehiclesArrived == 1500)
    }

    /// A 2-lane link at 3600 veh/h passes one vehicle per second per direction when its movement has both
    /// lanes: 3600 veh/h for 10 min → 600 vehicles, all through in ≈ 600 s + free-flow time 50 + 50 s.
    @Test func twoLaneMovementCarriesTwiceTheFlow() throws {
        let network = try TestNetworks.corridor([
            .init(id: "a", length: 1000, lanes: 2, speed: 20), .init(id: "b", length: 1000, lanes: 2, speed: 20),
        ])
        let flow = Flow(
            id: "f", origin: network.id("a"), destination: network.id("b"), begin: 0, end: 600, vehiclesPerHour: 3600)
        let result = try Simulation.run(
            SimulationSetup(
                name: "2-lane", network: network, demand: Demand(flows: [flow]), configuration: .init(duration: 800)))
        #expect(result.summary.vehiclesArrived == 600)
        #expect(result.summary.totalDelay < 1)  // no queueing: headway 1 s = demand headway 1 s
    }
}
