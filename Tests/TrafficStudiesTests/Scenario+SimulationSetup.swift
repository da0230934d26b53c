import TrafficStudies
import TrafficTestSupport

extension Scenario {
    /// The scenario of a setup shared with the engine tests (`SignalJunction`, `SignalTestNetworks`), so that the
    /// studies tests use it as a scenario: run through `Simulation(scenario:)`, written as a scenario file.
    init(_ setup: SimulationSetup) {
        self.init(
            name: setup.name, network: setup.network, signalPlans: setup.signalPlans, demand: setup.demand,
            configuration: setup.configuration)
    }
}
