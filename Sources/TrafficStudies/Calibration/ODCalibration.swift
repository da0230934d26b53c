import Foundation
import TrafficCore

/// How `ODCalibration` iterates.
public struct CalibrationSettings: Sendable, Hashable {
    /// How vehicles choose routes while the demand is corrected.
    public enum RouteChoice: String, Sendable, Hashable, CaseIterable {
        /// Towards a dynamic user equilibrium by the method of successive averages (the default).
        case equilibrium
        /// Every OD pair keeps its free-flow fastest route: for a reference that routes that way (SUMO
        /// assigning trips without rerouting devices); the relative gap is still measured.
        case fixed
    }

    public var routeChoice: RouteChoice
    /// Simulations run (≥ 1); the last one's demand is the result. Default 20.
    public var iterations: Int
    /// Exponent on each iteration's correction factor (1: the full ratio, 0.5: its square root). Default 0.5.
    public var damping: Double
    /// Bounds on each iteration's factor after damping. Default [0.5, 2].
    public var smallestFactor: Double
    public var largestFactor: Double
    /// Bound on a cell's demand over all iterations: within [prior ÷ this, prior × this]. Default 5.
    public var largestTotalFactor: Double

    public init(
        iterations: Int = 20, damping: Double = 0.5, smallestFactor: Double = 0.5, largestFactor: Double = 2,
        largestTotalFactor: Double = 5, routeChoice: RouteChoice = .equilibrium
    ) {
        self.largestTotalFactor = largestTotalFactor
        self.routeChoice = routeChoice
        self.iterations = iterations
        self.damping = damping
        self.smallestFactor = smallestFactor
        self.largestFactor = largestFactor
    }
}

/// What one iteration's simulation gave.
public struct CalibrationIteration: Sendable, Hashable {
    /// 1-based.
    public var number: Int
    /// Σ flow · (route cost − fastest cost) / Σ flow · fastest cost over cells and routes, costs measured in
    /// this iteration's simulation: 0 at a user equilibrium.
    public var relativeGap: Double
    /// Share of counts with GEH < 5 (nil without counts).
    public var gehShareBelow5: Double?
    public var rSquared: Double?
    public var meanAbsoluteError: Double?
    /// Vehicles simulated.
    public var vehicles: Int
}

/// The outcome of `ODCalibration.run`.
public struct ODCalibrationResult: Sendable {
    /// The calibrated demand per OD pair and departure slice, with its routes and their shares.
    public var cells: [ODCell]
    /// The calibrated trips with their routes: what the last iteration simulated.
    public var trips: [Trip]
    public var iterations: [CalibrationIteration]
    /// The counts against the last iteration's simulation (rows in the order of `counts.counts.counts`).
    public var fit: CountFit
    /// The counts as used: summed into the slices, with the slices they covered only in part.
    public var counts: CountAggregation
    /// Indices into `counts.counts.counts` of counts no route of the calibrated demand crosses: the
    /// calibration could not move them.
    public var countsNotReached: [Int]
    /// The last iteration's simulation.
    public var simulation: SimulationResult
}

/// Calibrates a prior demand to traffic counts, with route choice towards a dynamic user equilibrium.
///
/// Time slices are the counts' aggregation interval (default 15 min). Each iteration
/// 1. simulates the current demand (each vehicle on its route) and records every link's flow and experienced
///    travel time per slice (`ExperiencedTravelTimes`);
/// 2. route choice by the method of successive averages: for every OD pair and departure slice (`ODCell`) the
///    fastest route under the experienced, time-dependent times joins its route set and 1/(n + 1) of the cell's
///    vehicles move to it in iteration n; the relative gap measures the distance to equilibrium;
/// 3. OD correction, multiplicative (after cadyts and TFlowFuzzy): each cell's vehicles are multiplied by the
///    weighted geometric mean of (C + 1)/(R + 1) (veh/h) over the counts its routes cross at the times they
///    cross them (weights: the route shares), raised to `damping` and clamped to [`smallestFactor`,
///    `largestFactor`]. C is the count, R the larger of the simulated flow and the flow the demand sends past
///    the count (`correctionReference`: where the network cannot deliver the demand, more demand would not help).
///
/// Regularisation: a cell whose routes cross no count gets factor 1 and so keeps its prior demand exactly;
/// counts only change the demand that passes them, damping and clamping keep a single iteration from jumping,
/// and no cell moves further than `largestTotalFactor` from its prior. The first iteration uses the free-flow
/// fastest routes. Deterministic: the same inputs give the same result (the simulation is deterministic,
/// rounding to whole vehicles is too: `trips(of:)`).
public struct ODCalibration: Sendable {
    public let network: Network
    public let signalPlans: [NodeID: SignalPlan]
    public let configuration: SimulationConfiguration
    public let priorTrips: [Trip]
    public let counts: CountAggregation
    public let settings: CalibrationSettings

    /// - Parameters:
    ///   - configuration: the simulation's parameters; its output interval becomes the slice length and its
    ///     duration is extended to the end of the last count.
    ///   - priorTrips: the prior demand (e.g. `Demand.generateTrips`); routes they carry are not used.
    ///   - counts: checked counts; they are summed into slices of `interval` seconds.
    /// - Throws: `CountError.offGrid` for a count that does not fit in one slice.
    public init(
        network: Network, signalPlans: [NodeID: SignalPlan] = [:], configuration: SimulationConfiguration,
        priorTrips: [Trip], counts: CountSet, interval: Double = 900, settings: CalibrationSettings = .init()
    ) throws(CountError) {
        precondition(settings.iterations >= 1, "at least one iteration")
        self.network = network
        self.signalPlans = signalPlans
        self.counts = try counts.aggregated(interval: interval)
        var configuration = configuration
        configuration.outputInterval = interval
        configuration.duration = max(configuration.duration, self.counts.counts.counts.map(\.end).max() ?? 0)
        self.configuration = configuration
        self.priorTrips = priorTrips
        self.settings = settings
    }

    public var interval: Double { counts.interval }

    /// Runs `settings.iterations` iterations; `progress` is called after each.
    /// - Throws: `SimulationError` when the network, signal plans or configuration cannot be simulated.
    public func run(progress: ((CalibrationIteration) -> Void)? = nil) throws(SimulationError) -> ODCalibrationResult {
        let countIndex = CountIndex(counts: counts.counts, interval: interval)
        var cells = ODCell.cells(of: priorTrips, interval: interval)
        var router = TimeDependentRouter(network: network)
        let freeFlow = ExperiencedTravelTimes(freeFlowOf: network, interval: interval)
        for (c, route) in fastestRoutes(of: cells, times: freeFlow, router: &router) {
            cells[c].shift(1, to: route)
        }
        var iterations: [CalibrationIteration] = []
        var n = 1
        while true {
            let trips = Self.trips(of: cells)
            let simulation = try Simulation(
                network: network, signalPlans: signalPlans, trips: trips, configuration: configuration
            ).run()
            let times = ExperiencedTravelTimes(series: simulation.linkSeries, network: network)
            let loaded = countIndex.loadedFlows(cells: cells, times: times, network: network)
            let simulated = countIndex.simulatedFlows(simulation.linkSeries, loaded: loaded)
            let fit = CountFit(counts: counts.counts.counts, simulatedHourlyFlows: simulated)
            let fastest = fastestRoutes(of: cells, times: times, router: &router)
            let iteration = CalibrationIteration(
                number: n, relativeGap: relativeGap(cells, fastest: fastest, times: times),
                gehShareBelow5: fit.share(gehBelow: 5), rSquared: fit.rSquared,
                meanAbsoluteError: fit.meanAbsoluteError, vehicles: trips.count)
            iterations.append(iteration)
            progress?(iteration)
            if n == settings.iterations {
                return ODCalibrationResult(
                    cells: cells, trips: trips, iterations: iterations, fit: fit, counts: counts,
                    countsNotReached: countIndex.notReached(by: cells, times: times, network: network),
                    simulation: simulation)
            }
            let reference = correctionReference(simulated: simulated, loaded: loaded, simulation: simulation)
            let factors = cells.map {
                countIndex.correction(for: $0, reference: reference, times: times, network: network, settings: settings)
            }
            if settings.routeChoice == .equilibrium {
                for (c, route) in fastest { cells[c].shift(1 / Double(n + 1), to: route) }
            }
            for c in cells.indices {
                let bounds = (cells[c].prior / settings.largestTotalFactor)...(cells[c].prior * settings.largestTotalFactor)
                cells[c].vehicles = min(bounds.upperBound, max(bounds.lowerBound, cells[c].vehicles * factors[c]))
            }
            n += 1
        }
    }

    /// What each count's observed flow is compared with in the OD correction: the larger of the simulated flow
    /// and the flow the demand sends past it (`CountIndex.loadedFlows`). Where the network delivers what the
    /// demand sends they agree; where it cannot (a queue that does not clear in the slice, a gridlock), more
    /// demand would not raise the simulated flow, and comparing with it would scale the demand up iteration
    /// after iteration: the demand is then compared with the count instead. Counts in slices after a run that
    /// stopped in gridlock are left out (NaN).
    func correctionReference(simulated: [Double], loaded: [Double], simulation: SimulationResult) -> [Double] {
        let stop = simulation.gridlock.flatMap { $0.local ? nil : $0.time } ?? .infinity
        return counts.counts.counts.indices.map { i in
            counts.counts.counts[i].end > stop ? .nan : max(simulated[i], loaded[i])
        }
    }

    /// The fastest route of every cell that has one under `times`, departing at the cell's slice middle; one
    /// search per origin and slice.
    func fastestRoutes(
        of cells: [ODCell], times: ExperiencedTravelTimes, router: inout TimeDependentRouter
    ) -> [(cell: Int, route: [LinkID])] {
        var byOriginSlice: [Int64: [Int]] = [:]
        var order: [Int64] = []
        for c in cells.indices {
            let key = Int64(cells[c].origin.rawValue) << 32 | Int64((cells[c].begin / interval).rounded())
            if byOriginSlice[key] == nil { order.append(key) }
            byOriginSlice[key, default: []].append(c)
        }
        var result: [(cell: Int, route: [LinkID])] = []
        for key in order {
            let members = byOriginSlice[key]!
            let first = cells[members[0]]
            router.search(
                from: first.origin, departingAt: first.departure, times: times,
                destinations: Set(members.map { cells[$0].destination.rawValue }))
            for c in members {
                if let route = router.route(to: cells[c].destination) { result.append((c, route)) }
            }
        }
        return result
    }

    /// Σ x·s·(cost − fastest cost) / Σ x·fastest cost over the cells that have a fastest route.
    func relativeGap(_ cells: [ODCell], fastest: [(cell: Int, route: [LinkID])], times: ExperiencedTravelTimes)
        -> Double
    {
        var excess = 0.0
        var total = 0.0
        for (c, route) in fastest {
            let cell = cells[c]
            let best = times.cost(of: route, departingAt: cell.departure)
            for (r, share) in zip(cell.routes, cell.shares) where share > 0 {
                excess += cell.vehicles * share * max(0, times.cost(of: r, departingAt: cell.departure) - best)
            }
            total += cell.vehicles * best
        }
        return total > 0 ? excess / total : 0
    }
}
