import Foundation
import Support
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
        /// Demand seeds the proposal is simulated on against the running plans (the scenario's seed and the
        /// next ones): it is proposed only when it is better on every one (`SeedEvidence`).
        public var seeds = 3

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
        /// The proposal against the running plans on each demand seed.
        public var evidence = SeedEvidence(runs: [])

        /// Whether there is something to propose: a safe change that is better on every seed.
        public var isProposed: Bool { (control != nil || !changedNodes.isEmpty) && evidence.isBetterOnEverySeed }

        /// Why nothing is proposed, in one sentence (nil when something is).
        public var notProposedReason: String? {
            guard !isProposed else { return nil }
            if control == nil, changedNodes.isEmpty {
                return rejected.isEmpty
                    ? "the method changes no plan" : "every changed program failed the safety check"
            }
            return "not better than the running plans on every demand seed (\(evidence.summary))"
        }
    }

    /// A proposal and the running plans simulated on the same trips for several demand seeds.
    ///
    /// The measure is the time vehicles spend in the system per trip: on the network up to arrival or the end of
    /// the run (so unfinished vehicles count with the time they were stuck) plus the time departed vehicles
    /// waited to enter (`vehicle_seconds_simulated + total_depart_delay` over the trips). Vehicles still
    /// waiting to depart at the end are shown next to it.
    public struct SeedEvidence: Sendable, Hashable {
        public struct Run: Sendable, Hashable {
            public var seed: UInt64
            /// Seconds in the system per trip, running plans and proposal.
            public var original: Double
            public var proposed: Double
            public var originalUnfinished: Int
            public var proposedUnfinished: Int
            public var originalWaiting: Int
            public var proposedWaiting: Int

            public init(
                seed: UInt64, original: Double, proposed: Double, originalUnfinished: Int = 0, proposedUnfinished: Int = 0,
                originalWaiting: Int = 0, proposedWaiting: Int = 0
            ) {
                self.seed = seed
                self.original = original
                self.proposed = proposed
                self.originalUnfinished = originalUnfinished
                self.proposedUnfinished = proposedUnfinished
                self.originalWaiting = originalWaiting
                self.proposedWaiting = proposedWaiting
            }
        }

        public var runs: [Run]
        /// True when the demand does not depend on the seed (route files, explicit trips): one run is all there is.
        public var fixedDemand = false

        public init(runs: [Run], fixedDemand: Bool = false) {
            self.runs = runs
            self.fixedDemand = fixedDemand
        }

        /// True when the proposal needs less time in the system on every seed.
        public var isBetterOnEverySeed: Bool { !runs.isEmpty && runs.allSatisfy { $0.proposed < $0.original } }

        /// Change of the mean over seeds, in % (negative: better).
        public var meanChangePercent: Double {
            let o = runs.reduce(0) { $0 + $1.original }
            let p = runs.reduce(0) { $0 + $1.proposed }
            return o > 0 ? (p - o) / o * 100 : 0
        }

        /// "seed 1: 212.4 → 198.0 s, …; mean −6.5 %".
        public var summary: String {
            runs.map { "seed \($0.seed): \(NumberFormat.fixed($0.original, 1)) → \(NumberFormat.fixed($0.proposed, 1)) s" }
                .joined(separator: ", ") + "; mean \(NumberFormat.fixed(meanChangePercent, 1)) %"
        }

        static func measure(_ summary: SimulationSummary) -> Double {
            (summary.vehicleSecondsSimulated + summary.totalDepartDelay) / Double(max(summary.tripsTotal, 1))
        }
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
                    // The running program with the intergreens RiLSA requires (its cycle kept: the offsets are
                    // for that cycle), moved.
                    var program = controller.program.lengtheningIntergreens(
                        to: controller.intergreens, conflicts: controller.conflicts, keepsCycle: true
                    ).program
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
                    of: program, reference: controller.program, conflicts: controller.conflicts,
                    intergreens: controller.intergreens)
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
        // The same comparison on the next demand seeds (paired: both on the same trips).
        func seedRun(_ seed: UInt64, _ o: SimulationResult, _ p: SimulationResult) -> SeedEvidence.Run {
            SeedEvidence.Run(
                seed: seed, original: SeedEvidence.measure(o.summary), proposed: SeedEvidence.measure(p.summary),
                originalUnfinished: o.summary.vehiclesUnfinished, proposedUnfinished: p.summary.vehiclesUnfinished,
                originalWaiting: o.summary.vehiclesWaitingToDepart, proposedWaiting: p.summary.vehiclesWaitingToDepart)
        }
        var evidence = SeedEvidence(runs: [seedRun(scenario.configuration.seed, original, improved)])
        for k in 1..<max(options.seeds, 1) {
            let seed = scenario.configuration.seed &+ UInt64(k)
            var running = scenario
            running.configuration.seed = seed
            var candidate = proposed
            candidate.configuration.seed = seed
            let seededTrips: [Trip]
            do {
                seededTrips = try running.demand.generateTrips(seed: seed, network: running.network)
            } catch {
                throw .simulation(.demand(error))
            }
            if seededTrips == trips {
                // Fixed demand (route files, explicit trips): every seed gives the same trips and the same runs.
                evidence.fixedDemand = true
                break
            }
            evidence.runs.append(
                seedRun(seed, try Self.run(running, trips: seededTrips), try Self.run(candidate, trips: seededTrips)))
        }
        return Proposal(
            method: method, plans: plans,
            changedNodes: plans.keys.sorted().filter { plans[$0] != scenario.signalPlans[$0] }, before: before,
            after: after, comparison: comparison, webster: webster, offsets: offsets,
            originalPlans: scenario.signalPlans,
            control: method.isAdaptive ? SignalControlRecord(configuration: proposed.configuration) : nil,
            controlReport: method.isAdaptive ? improved.signalControl : nil, programs: programs, rejected: rejected,
            evidence: evidence)
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
