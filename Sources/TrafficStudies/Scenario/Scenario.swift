import GeoCore
import TrafficCore

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
    /// Measures in force during windows of the run (`Measure`; scenario field `measures`, `MeasureRecord`),
    /// written back by `write(to:)`.
    public var measures: [Measure] = []
    /// Extra trips of events (`measures` of kind `event`), added to the demand's trips when the run starts.
    public var events: [EventDemand] = []
    /// For a network imported from SUMO: its traffic lights as the net defines them, so that signal plans
    /// are written back as programs for that net (`SUMOSignalProgramWriter`) and Webster gives the junctions
    /// of one light one cycle. Not part of scenario files: a scenario written and loaded again has none (and
    /// so is not `==` to one that has).
    public var trafficLights: [String: SUMOTrafficLight]
    /// The coordinate system of the network's coordinates when the network came from a SUMO, GIS or
    /// OpenStreetMap source (for the link map layer); nil for network documents. Not part of scenario files.
    public var crs: CoordinateReferenceSystem?
    /// What the importers substituted while the network or SUMO demand was read (edges left out, actuated
    /// programs run as fixed time, …), for the user to see. Not part of scenario files.
    public var importWarnings: [ImportWarning] = []

    public init(
        name: String, network: Network, signalPlans: [NodeID: SignalPlan] = [:], demand: Demand,
        configuration: SimulationConfiguration, trafficLights: [String: SUMOTrafficLight] = [:],
        crs: CoordinateReferenceSystem? = nil
    ) {
        self.name = name
        self.network = network
        self.signalPlans = signalPlans
        self.demand = demand
        self.configuration = configuration
        self.trafficLights = trafficLights
        self.crs = crs
    }
}
