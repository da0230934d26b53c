import TrafficCore

extension Simulation {
    /// A simulation of `scenario`: generates its demand with the scenario seed.
    public init(scenario: Scenario) throws(SimulationError) {
        let trips: [Trip]
        do {
            trips = try scenario.demand.generateTrips(seed: scenario.configuration.seed, network: scenario.network)
        } catch {
            throw .demand(error)
        }
        try self.init(
            network: scenario.network, signalPlans: scenario.signalPlans, trips: trips,
            configuration: scenario.configuration)
    }

    /// Generates the demand of `scenario` and runs it.
    public static func run(_ scenario: Scenario) throws(SimulationError) -> SimulationResult {
        try Simulation(scenario: scenario).run()
    }
}
