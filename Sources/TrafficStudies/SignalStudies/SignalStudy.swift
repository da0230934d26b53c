import Foundation
import TrafficCore

/// Why a signal study could not be done.
public enum SignalStudyError: Error, Sendable, CustomStringConvertible {
    case simulation(SimulationError)
    /// The scenario has no signal plan to analyse or optimise.
    case noSignals
    case corridor(CorridorError)

    public var description: String {
        switch self {
        case .simulation(let error): error.description
        case .noSignals: "the scenario has no signalised node with a plan"
        case .corridor(let error): error.description
        }
    }
}

/// Where analysis flows come from.
public enum FlowBasis: String, Sendable, Hashable, Codable, CaseIterable {
    /// Demand routed on free-flow shortest paths (what arrives if nothing is held back).
    case assigned
    /// Vehicles served in the simulation of the current plans (capped by capacity when oversaturated).
    case simulated
}

/// The signal workflows behind `flowsim signals`: analyse a scenario's plans, and propose new ones with the
/// before/after evidence. Plans are proposals: the scenario is never changed.
public enum SignalStudy {
    /// Fixed-time proposals (`webster`, `offsets`) change the plans. Adaptive strategies (`actuated`,
    /// `maxpressure`) keep the plans — their stages, order and intergreens define what the controller may
    /// switch — and change how the engine runs them (`SignalControl`); their proposal is a `signal_control`
    /// setting for the scenario file, with the same before/after evidence.
    public enum Method: String, Sendable, Hashable, CaseIterable, Codable {
        case webster, offsets, actuated, maxpressure

        /// True for the methods that propose a controller rather than new plans.
        public var isAdaptive: Bool { self == .actuated || self == .maxpressure }
    }

    public struct Options: Sendable {
        public var flows: FlowBasis = .assigned
        public var analysis = SignalAnalysisParameters()
        public var webster = WebsterParameters()
        /// Corridor node IDs for `.offsets`; nil: the longest straight chain of signalised nodes.
        public var corridor: [String]?
        /// Optimise offsets for both directions (when the road is two-way).
        public var twoWay = true
        /// Parameters of `.actuated` and `.maxpressure`.
        public var actuated = ActuatedControl()
        public var maxPressure = MaxPressureControl()

        public init() {}
    }

    /// Analysis of the current plans with the measured values of one simulation run.
    public struct Analysis: Sendable {
        public var analysis: SignalAnalysis
        public var result: SimulationResult
    }

    /// A proposal: new plans (every plan of the scenario; only `changedNodes` differ) and the evidence.
    public struct Proposal: Sendable {
        public var method: Method
        public var plans: [NodeID: SignalPlan]
        public var changedNodes: [NodeID]
        public var before: SignalAnalysis
        public var after: SignalAnalysis
        public var comparison: SignalComparison
        /// Webster's derivation per node (`.webster`).
        public var webster: [NodeID: WebsterPlan]
        /// The corridor result (`.offsets`).
        public var offsets: OffsetOptimizer.Result?
        public var originalPlans: [NodeID: SignalPlan]
        /// The proposed controller (`.actuated`, `.maxpressure`) as the scenario's `signal_control` value.
        public var control: SignalControlRecord?
        /// Stage switches of the adaptive run (evidence for `.actuated`, `.maxpressure`).
        public var controlReport: SignalControlReport?
        /// The proposed program of every SUMO traffic light whose program changed (retimed or shifted), written
        /// with the net's own signals (`SUMOSignalProgramWriter`).
        public var programs: [String: PhaseProgram] = [:]
        /// Controllers whose proposal failed the safety check (`SignalSafety`) and that keep their running
        /// program, with the reasons.
        public var rejected: [String: [SignalViolation]] = [:]
    }

    public static func analyze(_ scenario: Scenario, options: Options = .init()) throws(SignalStudyError) -> Analysis {
        guard !scenario.signalPlans.isEmpty else { throw .noSignals }
        let (trips, result) = try simulate(scenario)
        let analysis = SignalAnalysis(
            network: scenario.network, plans: scenario.signalPlans,
            flows: flows(options.flows, scenario: scenario, trips: trips, result: result),
            measured: result.movementStatistics, parameters: options.analysis)
        return Analysis(analysis: analysis, result: result)
    }

    /// Simulates the current plans, derives the proposal, simulates it on the same trips and compares.
    public static func optimize(
        _ scenario: Scenario, method: Method, options: Options = .init()
    ) throws(SignalStudyError) -> Proposal {
        guard !scenario.signalPlans.isEmpty else { throw .noSignals }
        let (trips, original) = try simulate(scenario)
        let flows = flows(options.flows, scenario: scenario, trips: trips, result: original)
        let before = SignalAnalysis(
            network: scenario.network, plans: scenario.signalPlans, flows: flows,
            measured: original.movementStatistics, parameters: options.analysis)
        var plans = scenario.signalPlans
        var webster: [NodeID: WebsterPlan] = [:]
        var offsets: OffsetOptimizer.Result?
        var proposed = scenario
        let controllers = SignalController.controllers(
            plans: scenario.signalPlans, network: scenario.network, trafficLights: scenario.trafficLights)
        var programs: [String: PhaseProgram] = [:]
        switch method {
        case .actuated:
            proposed.configuration.signalControl = .actuated(options.actuated)
        case .maxpressure:
            proposed.configuration.signalControl = .maxPressure(options.maxPressure)
        case .webster:
            webster = WebsterOptimizer.optimise(
                plans: scenario.signalPlans, network: scenario.network, analysis: before, parameters: options.webster,
                trafficLights: scenario.trafficLights)
            for (node, proposal) in webster { plans[node] = proposal.plan }
            for controller in controllers where controller.light != nil {
                if let node = controller.nodes.keys.sorted().first, let proposal = webster[node] {
                    programs[controller.id] = proposal.program
                }
            }
        case .offsets:
            do throws(CorridorError) {
                let corridor: Corridor
                if let names = options.corridor {
                    corridor = try Corridor(nodes: names, network: scenario.network, plans: scenario.signalPlans)
                } else {
                    guard let longest = Corridor.longest(in: scenario.network, plans: scenario.signalPlans) else {
                        throw CorridorError.tooShort(count: 1)
                    }
                    corridor = longest
                }
                let result = try OffsetOptimizer.optimise(
                    corridor: corridor, plans: scenario.signalPlans, network: scenario.network,
                    twoWay: options.twoWay, flows: flows)
                for (node, plan) in result.plans { plans[node] = plan }
                // One light runs one program: its junctions move together, with the offset of its first
                // junction on the corridor.
                for controller in controllers where controller.light != nil {
                    guard let first = corridor.nodes.first(where: { controller.nodes[$0] != nil }),
                        let offset = result.plans[first]?.offset
                    else { continue }
                    var program = controller.program
                    program.offset = offset
                    programs[controller.id] = program
                    for (node, plan) in controller.plans(from: program) { plans[node] = plan }
                }
                offsets = result
            } catch {
                throw .corridor(error)
            }
        }
        // Safety first: a controller whose proposal greens conflicting signals together, cuts an intergreen, a
        // minimum green or a phase keeps its running program.
        var rejected: [String: [SignalViolation]] = [:]
        if !method.isAdaptive {
            for controller in controllers {
                let program: PhaseProgram
                if controller.light != nil {
                    guard let changed = programs[controller.id] else { continue }
                    program = changed
                } else {
                    let node = controller.nodes.keys.first!
                    guard plans[node] != scenario.signalPlans[node] else { continue }
                    program = PhaseProgram(plan: plans[node]!)
                }
                let violations = SignalSafety.violations(
                    of: program, reference: controller.program, conflicts: controller.conflicts)
                guard !violations.isEmpty else { continue }
                rejected[controller.id] = violations
                programs[controller.id] = nil
                for node in controller.nodes.keys { plans[node] = scenario.signalPlans[node] }
            }
        }
        proposed.signalPlans = plans
        let improved = try run(proposed, trips: trips)
        let after = SignalAnalysis(
            network: scenario.network, plans: plans, flows: flows, measured: improved.movementStatistics,
            parameters: options.analysis)
        let comparison = SignalComparison(
            runs: [
                StrategyRun(label: "original", plans: scenario.signalPlans, result: original),
                StrategyRun(label: method.rawValue, plans: plans, result: improved),
            ], network: scenario.network, period: flows.period)
        return Proposal(
            method: method, plans: plans,
            changedNodes: plans.keys.sorted().filter { plans[$0] != scenario.signalPlans[$0] }, before: before,
            after: after, comparison: comparison, webster: webster, offsets: offsets,
            originalPlans: scenario.signalPlans,
            control: method.isAdaptive ? SignalControlRecord(configuration: proposed.configuration) : nil,
            controlReport: method.isAdaptive ? improved.signalControl : nil, programs: programs, rejected: rejected)
    }

    static func simulate(_ scenario: Scenario) throws(SignalStudyError) -> ([Trip], SimulationResult) {
        let trips: [Trip]
        do {
            trips = try scenario.demand.generateTrips(seed: scenario.configuration.seed, network: scenario.network)
        } catch {
            throw .simulation(.demand(error))
        }
        return (trips, try run(scenario, trips: trips))
    }

    static func run(_ scenario: Scenario, trips: [Trip]) throws(SignalStudyError) -> SimulationResult {
        do {
            return try Simulation(
                network: scenario.network, signalPlans: scenario.signalPlans, trips: trips,
                configuration: scenario.configuration
            ).run()
        } catch {
            throw .simulation(error)
        }
    }

    static func flows(_ basis: FlowBasis, scenario: Scenario, trips: [Trip], result: SimulationResult) -> MovementFlows {
        let period = MovementFlows.demandPeriod(of: trips, fallback: scenario.configuration.duration)
        switch basis {
        case .assigned: return .freeFlowAssignment(network: scenario.network, trips: trips, period: period)
        case .simulated: return .simulated(result, period: period)
        }
    }
}
