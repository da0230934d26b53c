import TrafficCore

/// The inputs of one run in TrafficCore's terms: what a TrafficStudies `Scenario` holds apart from its interop
/// parts (traffic lights, CRS, import warnings), so that the engine tests need no studies layer. The studies
/// tests make a `Scenario` of it.
public struct SimulationSetup: Sendable {
    public var name: String
    public var network: Network
    public var signalPlans: [NodeID: SignalPlan]
    public var demand: Demand
    public var configuration: SimulationConfiguration

    public init(
        name: String, network: Network, signalPlans: [NodeID: SignalPlan] = [:], demand: Demand,
        configuration: SimulationConfiguration
    ) {
        self.name = name
        self.network = network
        self.signalPlans = signalPlans
        self.demand = demand
        self.configuration = configuration
    }
}

extension Simulation {
    /// A simulation of `setup`, as `Simulation(scenario:)` makes one: the demand generated with the
    /// configuration's seed, then the simulation's own checks.
    public init(_ setup: SimulationSetup) throws(SimulationError) {
        let trips: [Trip]
        do {
            trips = try setup.demand.generateTrips(seed: setup.configuration.seed, network: setup.network)
        } catch {
            throw .demand(error)
        }
        try self.init(
            network: setup.network, signalPlans: setup.signalPlans, trips: trips, configuration: setup.configuration)
    }

    /// Generates the demand of `setup` and runs it.
    public static func run(_ setup: SimulationSetup) throws(SimulationError) -> SimulationResult {
        try Simulation(setup).run()
    }
}
