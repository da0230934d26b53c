import Foundation
import Support

/// A configured simulation run: network, signal plans, trips and run parameters, validated.
///
/// ```swift
/// let trips = try demand.generateTrips(seed: 7, network: network)
/// let simulation = try Simulation(network: network, signalPlans: plans, trips: trips,
///                                 configuration: SimulationConfiguration(duration: 3600))
/// let result = simulation.run()
/// ```
/// (TrafficStudies adds `Simulation(scenario:)` for scenario files and writes results as files.)
/// The model is described at `SimulationEngine` (mesoscopic, discrete vehicles, link transmission with
/// spillback through the backward wave, fixed-time or controller-run signals: `SignalControl`). Runs are
/// deterministic: the same inputs and seed give the same summary (apart from `wall_time_s`) and trip records.
public struct Simulation: Sendable {
    public let network: Network
    public let signalPlans: [NodeID: SignalPlan]
    /// Trips sorted by departure time.
    public let trips: [Trip]
    public let configuration: SimulationConfiguration
    /// Measures in force during time windows of the run (closures, capacity, speed limits, turn bans, signal
    /// plans, detours), validated.
    public let measures: [Measure]
    let signals: SignalTable
    /// Stages of the controller-run nodes; nil when all run their fixed plans.
    let stages: SignalStageTable?
    /// Every trip's route on free-flow costs, when `UnroutablePolicy.fail` needed them to check the trips;
    /// the engine starts from them instead of routing again.
    let freeFlowRoutes: RouteTable?

    /// Validates configuration, signal plans (against the network's signal groups), trips and measures.
    ///
    /// - Throws: `SimulationError` — with `UnroutablePolicy.fail`, `.unroutableTrips` lists every trip
    ///   without a path (routes on free-flow times, no measure in force; reachability does not depend on costs);
    ///   `.invalidMeasure` for a measure with a bad window, parameter or reference, or signal plans that do not
    ///   fit their nodes' groups or name a node a controller runs.
    public init(
        network: Network, signalPlans: [NodeID: SignalPlan] = [:], trips: [Trip],
        configuration: SimulationConfiguration, measures: [Measure] = []
    ) throws(SimulationError) {
        try configuration.validate()
        do {
            signals = try SignalTable(network: network, plans: signalPlans)
        } catch {
            throw .signalPlan(error)
        }
        for trip in trips {
            guard trip.origin.index >= 0, trip.origin.index < network.links.count,
                trip.destination.index >= 0, trip.destination.index < network.links.count
            else { throw .invalidTrip(id: trip.id, reason: "origin or destination link is not in the network") }
            guard trip.departure.isFinite else { throw .invalidTrip(id: trip.id, reason: "departure is not finite") }
            if let route = trip.route { try Self.check(route: route, of: trip, in: network) }
        }
        let order = trips.indices.sorted { a, b in
            trips[a].departure != trips[b].departure ? trips[a].departure < trips[b].departure : a < b
        }
        stages = try SignalStageTable(
            network: network, signals: signals, plans: signalPlans, configuration: configuration)
        if let priority = configuration.signalPriority {
            let known = Set(trips.map(\.id))
            if let unknown = priority.tripIDs.sorted().first(where: { !known.contains($0) }) {
                throw .invalidConfiguration("priority trip '\(unknown)' is not in the demand")
            }
        }
        try Self.check(measures: measures, network: network, plans: signalPlans, stages: stages)
        self.measures = measures
        self.trips = order.map { trips[$0] }
        self.network = network
        self.signalPlans = signalPlans
        self.configuration = configuration
        var checkedRoutes: RouteTable?
        if configuration.unroutablePolicy == .fail {
            let routes = RouteTable(
                router: Router(network: network), origins: self.trips.map(\.origin.rawValue),
                destinations: self.trips.map(\.destination.rawValue),
                workers: ProcessInfo.processInfo.activeProcessorCount)
            let unroutable = self.trips.filter {
                routes.isReachable(from: $0.origin.rawValue, to: $0.destination.rawValue) == false
            }
            if !unroutable.isEmpty { throw .unroutableTrips(unroutable.map(\.id)) }
            checkedRoutes = routes
        }
        freeFlowRoutes = checkedRoutes
    }

    /// Each measure on its own; a signal-plan measure's plans also compile with the network's other plans, and
    /// its nodes run fixed time.
    private static func check(
        measures: [Measure], network: Network, plans: [NodeID: SignalPlan], stages: SignalStageTable?
    ) throws(SimulationError) {
        var ids = Set<String>()
        for measure in measures {
            guard ids.insert(measure.id).inserted else {
                throw .invalidMeasure(id: measure.id, "the name is used by another measure")
            }
            try measure.validate(in: network)
            guard case .signalPlans(let replaced) = measure.action else { continue }
            for node in replaced.keys.sorted() {
                guard network.movements.indices.contains(where: {
                    network.movements[$0].signalGroup != nil && network.node(of: MovementID($0)) == node
                }) else {
                    throw .invalidMeasure(id: measure.id, "node '\(network[node].id)' has no signalled movement")
                }
                if let stages, (0..<stages.nodeCount).contains(where: { stages.nodes(of: $0).contains(node.rawValue) }) {
                    throw .invalidMeasure(
                        id: measure.id,
                        "node '\(network[node].id)' is run by a signal controller; a plan measure needs a fixed-time node")
                }
            }
            do {
                _ = try SignalTable(network: network, plans: plans.merging(replaced) { _, new in new })
            } catch {
                throw .invalidMeasure(id: measure.id, "its signal plans: \(error)")
            }
        }
    }

    /// A trip's given route must run from its origin to its destination over links of the network joined by
    /// movements.
    private static func check(route: [LinkID], of trip: Trip, in network: Network) throws(SimulationError) {
        guard route.first == trip.origin, route.last == trip.destination else {
            throw .invalidTrip(id: trip.id, reason: "its route does not start at its origin and end at its destination")
        }
        for link in route where link.index < 0 || link.index >= network.links.count {
            throw .invalidTrip(id: trip.id, reason: "its route names a link that is not in the network")
        }
        for (a, b) in zip(route, route.dropFirst()) where network.movement(from: a, to: b) == nil {
            throw .invalidTrip(
                id: trip.id, reason: "its route goes from '\(network[a].id)' to '\(network[b].id)' without a movement")
        }
    }

    /// Runs the simulation to the end (or to gridlock when `stopOnGridlock`). `progress`, when given, is
    /// called on the calling thread about every 1 % of the simulated time and once at the end.
    public func run(progress: SimulationProgressHandler? = nil) -> SimulationResult {
        run(progress: progress, extension: nil)
    }

    /// `run(progress:)` with a study's `extension` installed in the engine (parking search), routing the
    /// departures on free-flow costs on `routingWorkers` threads before the first step (1: each vehicle when it
    /// is released; the result does not depend on it). Every kind of run goes through here.
    package func run(
        progress: SimulationProgressHandler?, extension studyExtension: (any SimulationExtension)?,
        routingWorkers: Int = ProcessInfo.processInfo.activeProcessorCount
    ) -> SimulationResult {
        let clock = ContinuousClock()
        let start = clock.now
        var engine = makeEngine(extension: studyExtension)
        engine.routingWorkers = routingWorkers
        engine.run(progress: progress)
        return engine.finish(wallTime: (clock.now - start).inSeconds)
    }

    /// `run(progress:)` routing on `routingWorkers` threads (tests compare 1 and several).
    func run(progress: SimulationProgressHandler?, routingWorkers: Int) -> SimulationResult {
        run(progress: progress, extension: nil, routingWorkers: routingWorkers)
    }

    /// A fresh engine for this simulation with all its parts, signal controllers included.
    func makeEngine(extension studyExtension: (any SimulationExtension)? = nil) -> SimulationEngine {
        SimulationEngine(simulation: self, extension: studyExtension)
    }
}
