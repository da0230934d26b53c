import ArgumentParser
import CommandLineSupport
import Foundation
import Support
import TrafficCore
import TrafficStudies

struct Calibrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Calibrate a demand to traffic counts: OD correction with route choice towards equilibrium.",
        discussion: """
            Examples:
              flowsim calibrate --net city.net.xml --counts counts.csv --prior city.rou.xml --out calib/
              flowsim calibrate --net city.net.xml --counts edgedata.xml --prior od.csv --out calib/ --iterations 30
              flowsim calibrate scenario.json --counts loops.add.xml --counts e1.xml --out calib/ --seed 7

            What it does: starts from a prior demand (a SUMO route file, an OD CSV whose origins and destinations \
            are link ids, or the scenario's demand) and changes it until the simulation matches the counts. \
            Vehicles of a prior route file that have a route are driven on it (calibrated.rou.xml given as --prior \
            reproduces its calibration's fit in the first iteration); the others take their free-flow fastest \
            route, as flowsim run routes them.

            Counts (--counts, repeatable, told apart by content): CSV with station,link,begin,end,vehicles \
            (link: SUMO edge or network link id; from_link,to_link instead of link for turn counts; times in \
            seconds), SUMO edgeData output (<meandata>), SUMO e1 detector output (<detector>) together with the \
            additional file that defines the detectors (<additional>).

            Method: time slices are the count intervals (--interval, 15 min). Each of --iterations (20) iterations \
            (1) simulates the current demand, each vehicle on its route, and records link flows and experienced \
            link travel times per slice; (2) route choice by the method of successive averages: for every OD \
            pair and departure slice the fastest route under the experienced times joins its route set and \
            1/(n+1) of the vehicles on routes more than --indifference (10 %) slower than it move to it, a \
            boundedly rational equilibrium (relative gap = Σ flow·(route cost − fastest cost) / Σ flow · \
            fastest cost, 0 at equilibrium). At city scale the route searches are the cost of an iteration: above \
            --route-searches (50 000) OD pairs and slices a kept iteration searches every m-th of them in turn \
            (m = ⌈cells ÷ limit⌉), one searched for the j-th time moves 1/(j+1) of its vehicles (MSA on its own \
            clock), and the gap is measured on them (calibration.json: searched_cells); (3) OD and path-flow \
            correction: each OD pair and slice is multiplied by the weighted geometric mean of observed/simulated \
            over the counts its routes cross, at the times they cross them, damped (square root) and clamped to \
            [0.5, 2] per iteration, and each of its routes' shares by the same mean over that route's counts \
            relative to the pair's (counts that want more on one route and less on another move vehicles between \
            them); a count met within --count-tolerance (GEH 3) asks for no change, so the demand is not bent to \
            chase the model's own error; where the network cannot deliver the demand (queues, gridlock) the demand \
            sent past a count is compared instead, so the demand behind a bottleneck is not inflated.

            Regularisation: OD pairs whose routes cross no count keep their prior demand exactly; damping and \
            clamping keep single iterations from jumping; no OD pair moves further than a factor 5 from its \
            prior. Backtracking: once an iteration meets the GEH criterion (GEH < 5 for 85 % of counts), a later \
            one that misses the criterion or has a larger sum of GEH² than the best so far is not kept, nor at any \
            time one whose simulation ends in a gridlock (local \
            or global) while the best so far's did not; the next one starts again from the best demand with half the \
            step (route shift and correction). The last kept iteration's demand is the result, so route choice \
            cannot undo a fit the prior or an iteration already had. Deterministic for a given \
            --seed. --route-choice fixed skips step (2): every OD pair keeps its prior routes (step 3 still moves \
            vehicles between them), else its free-flow \
            fastest route (for a reference simulator that routes \
            that way, e.g. SUMO without rerouting devices; see bench/RESULTS.md "Calibration").

            Outputs in --out: calibrated.rou.xml (SUMO routes, loadable by sumo; a prior route file's vType \
            definitions and each vehicle's type carried over, new vehicles of an OD pair and slice taking its \
            prior vehicles' types in turn), calibrated-od.csv (per OD \
            pair and slice: calibrated and prior vehicles; readable again by --prior), geh.csv (per count and \
            interval: observed, simulated, GEH), geh.svg (observed against simulated with GEH 5 and 10 bands), \
            residuals.gpkg (counted links with observed, simulated, GEH, residual) and, written last, \
            calibration.json (GEH share below 5, R², mean absolute error, every iteration's gap and GEH share, \
            counts used and unplaced).

            Progress: one line per iteration on standard error (gap, share of counts with GEH < 5, vehicles, the \
            iteration's wall time), redrawn on a terminal.

            \(FlowsimExitCode.helpText(
                [.done, .internalError, .unreadableInput, .unroutableTrips, .gridlock, .cannotWrite, .usage],
                meanings: [
                    .unreadableInput:
                        "network, prior, scenario or counts unreadable: bad count, unknown link, overlapping intervals (file and line named)",
                    .unroutableTrips: "some trips of the prior have no route (written as trips without a route)",
                    .gridlock: "the result iteration's simulation ended in gridlock (outputs written)",
                ]))
            """)

    @Argument(help: ArgumentHelp("Scenario file whose network, signals and demand (the prior) are used.", valueName: "SCENARIO"))
    var scenario: String?

    @Option(name: .long, help: ArgumentHelp("SUMO network instead of a scenario.", valueName: "X.net.xml"))
    var net: String?

    @Option(name: .long, help: ArgumentHelp("Count file: CSV, SUMO edgeData, e1 output or its detector definitions (repeatable).", valueName: "FILE"))
    var counts: [String] = []

    @Option(name: .long, help: ArgumentHelp("Prior demand: SUMO routes/trips (.rou.xml) or an OD CSV of link ids (origin,destination,vehicles[,begin_s,end_s]).", valueName: "ROUTES.rou.xml|OD.csv"))
    var prior: String?

    @Option(name: .long, help: "Output folder.")
    var out: String

    @Option(name: .long, help: "Iterations (simulations), ≥ 1.")
    var iterations: Int = 20

    @Option(name: .long, help: "Seed of the demand generator and the simulation (overrides the scenario's).")
    var seed: UInt64?

    @Option(name: .long, help: "Count interval and time slice in seconds.")
    var interval: Double = 900

    @Option(name: .long, help: ArgumentHelp("equilibrium (MSA towards a dynamic user equilibrium) or fixed (every OD pair keeps its free-flow fastest route, as SUMO assigns trips without rerouting devices).", valueName: "MODE"))
    var routeChoice: CalibrationSettings.RouteChoice = .equilibrium

    @Option(name: .long, help: ArgumentHelp("Equilibrium only: a route gives up vehicles only to a route faster by more than this share of its time (0.1: 10 %; 0: MSA moves a share of every route).", valueName: "SHARE"))
    var indifference: Double = 0.1

    @Option(name: .long, help: ArgumentHelp("A count met within this GEH asks for no correction (0: every deviation is corrected).", valueName: "GEH"))
    var countTolerance: Double = 3

    @Option(name: .long, help: ArgumentHelp("Fastest-route searches per iteration at most (0: every OD pair and slice in every iteration); above it the searches rotate over the OD pairs and slices.", valueName: "N"))
    var routeSearches: Int = 50_000

    func validate() throws {
        if scenario == nil && net == nil { throw ValidationError("give a SCENARIO file or --net X.net.xml --prior …") }
        if scenario != nil && net != nil { throw ValidationError("give either a SCENARIO file or --net, not both") }
        if net != nil && prior == nil { throw ValidationError("--net needs --prior ROUTES.rou.xml or OD.csv") }
        if counts.isEmpty { throw ValidationError("give at least one --counts FILE") }
        if iterations < 1 { throw ValidationError("--iterations must be ≥ 1") }
        if routeSearches < 0 { throw ValidationError("--route-searches must be ≥ 0 (0: no limit)") }
        if !(indifference >= 0 && indifference < 10) { throw ValidationError("--indifference must lie within 0 and 10") }
        if !(countTolerance >= 0 && countTolerance < 100) {
            throw ValidationError("--count-tolerance must lie within 0 and 100 (a GEH)")
        }
        if !(interval > 0 && interval <= 86_400) { throw ValidationError("--interval must lie within 0 and 86400 s") }
    }

    func run() throws {
        let (loaded, vehicleTypes) = try loadScenario()
        var scenario = loaded
        if let seed { scenario.configuration.seed = seed }
        let countSet: CountSet
        do {
            countSet = try CountSet(CountFiles.read(counts.map { URL(fileURLWithPath: $0) }), network: scenario.network)
        } catch {
            throw fail("\(error)", code: .unreadableInput)
        }
        let result: ODCalibrationResult
        do {
            if let prior, prior.lowercased().hasSuffix(".csv") {
                let window = (countSet.counts.map(\.begin).min() ?? 0)...(countSet.counts.map(\.end).max() ?? 3600)
                let matrix = try ODMatrix.linkMatrix(
                    contentsOf: URL(fileURLWithPath: prior), network: scenario.network, window: window)
                scenario.demand = Demand(odMatrices: [matrix])
                scenario.configuration.duration = max(scenario.configuration.duration, window.upperBound + 1800)
            }
            let priorTrips = try scenario.demand.generateTrips(seed: scenario.configuration.seed, network: scenario.network)
            let calibration = try ODCalibration(
                network: scenario.network, signalPlans: scenario.signalPlans, configuration: scenario.configuration,
                priorTrips: priorTrips, counts: countSet, interval: interval,
                settings: CalibrationSettings(
                    iterations: iterations, routeChoice: routeChoice,
                    routeSearchLimit: routeSearches > 0 ? routeSearches : nil, indifference: indifference,
                    countTolerance: countTolerance))
            let progress = CalibrationProgress(iterations: iterations)
            result = try calibration.run { progress.report($0) }
            progress.finish()
        } catch {
            throw fail("\(error)", code: .unreadableInput)
        }
        do {
            try result.write(
                to: URL(fileURLWithPath: out), network: scenario.network, crs: scenario.crs, vehicleTypes: vehicleTypes)
        } catch {
            throw fail("cannot write outputs to \(out): \(error)", code: .cannotWrite)
        }
        let share = result.fit.share(gehBelow: 5).map { String(format: "%.1f %%", $0 * 100) } ?? "–"
        print("""
            \(scenario.name): \(result.counts.counts.counts.count) counts, GEH < 5 for \(share), \
            R² \(result.fit.rSquared.map { String(format: "%.3f", $0) } ?? "–"), \
            mean absolute error \(result.fit.meanAbsoluteError.map { String(format: "%.1f", $0) } ?? "–") veh/h
            vehicles: prior \(priorCount(result)), calibrated \(result.trips.count); relative gap \
            \(result.iterations[result.resultIteration - 1].relativeGap.map { String(format: "%.4f", $0) } ?? "–"); iteration \
            \(result.resultIteration) of \(result.iterations.count) is the result (the last kept)
            outputs: \(out)
            """)
        if let gridlock = result.simulation.gridlock {
            throw fail("gridlock in the result's iteration: \(gridlock)", code: .gridlock)
        }
        if !result.simulation.unroutableTripIDs.isEmpty {
            let shown = result.simulation.unroutableTripIDs.prefix(10).joined(separator: ", ")
            throw fail("\(result.simulation.unroutableTripIDs.count) trips had no route (\(shown)…)", code: .unroutableTrips)
        }
    }

    private func priorCount(_ result: ODCalibrationResult) -> Int {
        Int(result.cells.reduce(0) { $0 + $1.prior })
    }

    /// The network, signals, run parameters and (unless the prior is an OD CSV) the prior demand.
    /// The scenario to calibrate, and a prior route file's vehicle type definitions (they go with its vehicles
    /// into calibrated.rou.xml).
    private func loadScenario() throws(ExitCode) -> (Scenario, vehicleTypes: [String]) {
        do {
            if let scenario {
                var loaded = try Scenario.load(path: scenario)
                var vehicleTypes: [String] = []
                if let prior, !prior.lowercased().hasSuffix(".csv") {
                    let imported = try SUMODemandImporter(network: loaded.network)
                        .importDemand(contentsOf: URL(fileURLWithPath: prior))
                    loaded.demand = imported.demandOnRoutes
                    vehicleTypes = imported.vehicleTypeDefinitions
                }
                warnAboutInputs(loaded)
                return (loaded, vehicleTypes)
            }
            let netURL = URL(fileURLWithPath: net ?? "")
            var loaded: Scenario
            var vehicleTypes: [String] = []
            if let prior, prior.lowercased().hasSuffix(".csv") {
                loaded = try Scenario.sumo(net: netURL)
            } else {
                let routes = URL(fileURLWithPath: prior ?? "")
                loaded = try Scenario.sumo(net: netURL, routes: routes, duration: nil)
                // The scenario's trips come without the file's routes; a calibrated prior is driven on them.
                let imported = try SUMODemandImporter(network: loaded.network).importDemand(contentsOf: routes)
                loaded.demand = imported.demandOnRoutes
                vehicleTypes = imported.vehicleTypeDefinitions
            }
            warn(loaded.importWarnings)
            return (loaded, vehicleTypes)
        } catch {
            throw fail("\(error)", code: .unreadableInput)
        }
    }
}

/// Calibration progress on standard error: on a terminal one line redrawn per iteration, else one compact
/// line per iteration (a calibration takes long enough for a log to want them).
final class CalibrationProgress {
    private let iterations: Int
    private let terminal = isatty(STDERR_FILENO) != 0
    private var drawn = false
    /// When the iteration being reported began (the wall time of each is printed: at city scale it is the
    /// figure to plan an overnight run by). The first one's includes the calibration's setup (free-flow routes).
    private var started = ContinuousClock.now

    init(iterations: Int) { self.iterations = iterations }

    func report(_ i: CalibrationIteration) {
        let share = i.gehShareBelow5.map { String(format: "%.1f %%", $0 * 100) } ?? "–"
        let gap = i.relativeGap.map { String(format: "%.4f", $0) } ?? "–"
        let now = ContinuousClock.now
        let line = String(
            format: "flowsim: calibrate %d/%d · relative gap %@ · GEH < 5 %@ · %d vehicles · %.1f s%@", i.number,
            iterations, gap, share, i.vehicles, (now - started).inSeconds,
            i.kept ? "" : i.gridlock ? " · gridlock: back to the best, half the step" : " · fits worse: back to the best, half the step")
        started = now
        FileHandle.standardError.write(Data((terminal ? "\r" + line + " " : line + "\n").utf8))
        drawn = terminal
    }

    func finish() {
        if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
