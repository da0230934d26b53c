import TrafficCore

extension Simulation {
    /// A simulation of `scenario`: generates its demand with the scenario seed, adds the trips of its events and
    /// puts its measures in force.
    public init(scenario: Scenario) throws(SimulationError) {
        var trips: [Trip]
        do {
            trips = try scenario.demand.generateTrips(seed: scenario.configuration.seed, network: scenario.network)
        } catch {
            throw .demand(error)
        }
        let others = trips
        for event in scenario.events {
            trips += event.generateTrips(besides: others, seed: scenario.configuration.seed)
        }
        try self.init(
            network: scenario.network, signalPlans: scenario.signalPlans, trips: trips,
            configuration: scenario.configuration, measures: scenario.measures)
    }

    /// Generates the demand of `scenario` and runs it.
    public static func run(_ scenario: Scenario) throws(SimulationError) -> SimulationResult {
        try Simulation(scenario: scenario).run()
    }
}
