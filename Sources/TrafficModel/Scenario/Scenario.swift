/// A complete, resolved simulation input: network, signal plans, demand and run parameters.
///
/// Load one from a JSON scenario file (`Scenario.load(path:)`, format at `ScenarioDocument`), build one in
/// code, or use `Scenario.demo()`. Run it with `Simulation.run(_:)`.
public struct Scenario: Sendable, Equatable {
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
