import ArgumentParser
import Foundation
import GeoCore
import TrafficCore
import TrafficStudies

struct Signals: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse signal plans (delay, X, QSV) and propose better ones (Webster, green-wave offsets).",
        discussion: """
            Examples:
              flowsim signals analyze scenario.json                        # table per node and signal group
              flowsim signals analyze scenario.json --out analysis/        # + analysis.json, analysis.csv
              flowsim signals optimize scenario.json --method webster --out plans/
              flowsim signals optimize scenario.json --method offsets --corridor n1,n2,n3 --out plans/
              flowsim signals optimize scenario.json --method webster --common-cycle --out step1/
              flowsim signals optimize scenario.json --signals step1/signals.proposed.json --method offsets --out step2/
              flowsim signals optimize --net city.net.xml --routes city.rou.xml --method webster --out plans/
              flowsim signals optimize scenario.json --method actuated --max-green 45 --out actuated/
              flowsim signals optimize scenario.json --method maxpressure --min-green 10 --out maxpressure/

            Analysis: per signal group, flow q, saturation flow s (lanes × --saturation-flow), capacity
            c = s·g/C, degree of saturation X, Webster uniform delay d1, HCM incremental delay d2 (T 0.25 h,
            k 0.5, I 1), queue and the HBS quality level QSV A–F (mean waiting time ≤ 20/35/50/70/100 s;
            F above or when X > 1) — analytic, and measured in a simulation of the same plans, side by side.

            Exit codes:
              0  done
              1  internal error
              3  scenario, network or demand could not be read (the message names file and element)
              5  a simulation ended in gridlock (outputs are still written; see the comparison)
              6  outputs could not be written
              7  nothing to do: no signal plans, or no corridor for --method offsets (the message says why)
              64 usage error
            """,
        subcommands: [Analyze.self, Optimize.self])
}

/// Scenario input shared by the signal commands: a scenario file, or a SUMO network with routes.
struct SignalScenarioOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Scenario file (JSON, or YAML for .yaml/.yml) naming network, demand and signals.", valueName: "SCENARIO"))
    var scenario: String?

    @Option(name: .long, help: ArgumentHelp("SUMO network instead of a scenario (its tlLogic plans are analysed).", valueName: "X.net.xml"))
    var net: String?

    @Option(name: .long, help: ArgumentHelp("SUMO demand for --net.", valueName: "Y.rou.xml"))
    var routes: String?

    @Option(name: .long, help: "Simulated seconds for --net runs (default: last departure + 1 h).")
    var duration: Double?

    @Option(name: .long, help: "Seed of the demand generator (overrides the scenario's).")
    var seed: UInt64?

    @Option(name: .long, help: ArgumentHelp("Signal plans to use instead of the scenario's (scenario signal format, JSON or YAML for .yaml/.yml, e.g. a signals.proposed.json).", valueName: "FILE"))
    var signals: String?

    @Option(name: .long, help: "Flows for the analysis: assigned (demand on free-flow routes) or simulated (vehicles served).")
    var flows: FlowBasis = .assigned

    @Option(name: .long, help: "Saturation flow per lane in veh/h.")
    var saturationFlow: Double = 1800

    func validate() throws {
        if scenario == nil && net == nil { throw ValidationError("give a SCENARIO file or --net X.net.xml --routes Y.rou.xml") }
        if scenario != nil && net != nil { throw ValidationError("give either a SCENARIO file or --net, not both") }
        if net != nil && routes == nil { throw ValidationError("--net needs --routes Y.rou.xml") }
        if !(saturationFlow > 0) { throw ValidationError("--saturation-flow must be > 0") }
    }

    func load() throws -> Scenario {
        var loaded: Scenario
        if let scenario {
            do { loaded = try Scenario.load(path: scenario) } catch { throw fail("\(error)", code: 3) }
        } else {
            loaded = try Run.sumoScenario(net: net ?? "", routes: routes ?? "", duration: duration)
        }
        if let seed { loaded.configuration.seed = seed }
        warnAboutInputs(loaded)
        if let signals {
            guard FileManager.default.fileExists(atPath: signals) else {
                throw fail("signal plans file \(signals) does not exist", code: 3)
            }
            do {
                loaded.signalPlans = try SignalPlansDocument.load(contentsOf: URL(fileURLWithPath: signals))
                    .plans(for: loaded.network)
            } catch {
                throw fail("\(signals): \(error)", code: 3)
            }
        }
        return loaded
    }

    var studyOptions: SignalStudy.Options {
        var options = SignalStudy.Options()
        options.flows = flows
        options.analysis.saturationFlowPerLane = saturationFlow
        return options
    }
}

extension FlowBasis: ExpressibleByArgument {}
extension SignalStudy.Method: ExpressibleByArgument {}

/// Maps a study error to its exit code.
func studyFailure(_ error: SignalStudyError) -> ExitCode {
    switch error {
    case .simulation: fail("\(error)", code: 3)
    case .noSignals, .corridor: fail("\(error)", code: 7)
    }
}

extension Signals {
    struct Analyze: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Per node and signal group: flow, capacity, X, d1 + d2, queue, QSV; analytic and simulated.")

        @OptionGroup var input: SignalScenarioOptions

        @Option(name: .long, help: ArgumentHelp("Also write analysis.json and analysis.csv into DIR.", valueName: "DIR"))
        var out: String?

        func run() throws {
            let scenario = try input.load()
            let study: SignalStudy.Analysis
            do { study = try SignalStudy.analyze(scenario, options: input.studyOptions) } catch { throw studyFailure(error) }
            print(study.analysis.tableText(), terminator: "")
            if let out {
                do { try study.write(to: URL(fileURLWithPath: out)) } catch {
                    throw fail("cannot write outputs to \(out): \(error)", code: 6)
                }
                print("outputs: \(out)")
            }
            if let gridlock = study.result.gridlock { throw fail("gridlock in the simulation: \(gridlock)", code: 5) }
        }
    }

    struct Optimize: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Propose plans (Webster, green-wave offsets) or adaptive control (actuated, max-pressure), with evidence.",
            discussion: """
                Webster: per node, cycle C0 = (1.5·L + 5)/(1 − Y) within [--min-cycle, --max-cycle], greens in
                proportion to the critical flow ratios of the plan's stages, intergreens and stage order kept,
                every stage at least --min-green and every group with a --crossing at least length ÷
                --walking-speed (default 1.0 m/s: a slow walker; RiLSA's standard is 1.2 m/s).
                Offsets: a green wave along --corridor (or the longest straight chain of signals), both
                directions unless --one-way; the corridor's plans need one common cycle.
                Actuated: each node runs the stages of its plan in order, every stage between --min-green and
                --max-green, ending early when no vehicle reaches the stop line within --gap seconds, skipping
                stages without demand; intergreens as in the plan. Max-pressure (Varaiya): at every decision after
                --min-green, the stage with the largest upstream-minus-downstream queue pressure gets green.
                Adaptive methods keep the plans and propose signal_control.proposed.json (the scenario's
                signal_control object) plus signal_stages.csv, the simulated controller's switches.

                Writes into --out (never over the scenario): signals.proposed.json (scenario signal format),
                tlLogic.proposed.xml (SUMO), comparison.csv and comparison.md (before/after: mean delay, stops,
                throughput, QSV per approach; Webster figures or offsets), delay_by_approach.svg,
                analysis_before.csv, analysis_after.csv and, for offsets, time_space_before.svg and
                time_space_after.svg. Exit codes as for `flowsim signals`.
                """)

        @OptionGroup var input: SignalScenarioOptions

        @Option(name: .long, help: "webster, offsets, actuated or maxpressure.")
        var method: SignalStudy.Method

        @Option(name: .long, help: "Output folder for the proposal.")
        var out: String = "plans"

        @Option(name: .long, help: "Minimum cycle in seconds.")
        var minCycle: Double = 30

        @Option(name: .long, help: "Maximum cycle in seconds.")
        var maxCycle: Double = 120

        @Option(name: .long, help: "Minimum green per stage in seconds (Webster, actuated, max-pressure).")
        var minGreen: Double = 5

        @Option(name: .long, help: "Actuated: maximum green per stage in seconds.")
        var maxGreen: Double = 60

        @Option(name: .long, help: "Actuated: a stage ends when no vehicle reaches the stop line within this many seconds.")
        var gap: Double = 3

        @Option(name: .long, help: "Actuated, max-pressure: seconds between controller decisions.")
        var decisionInterval: Double = 1

        @Option(name: .long, help: "Start-up loss per stage added to the lost time, in seconds (0: plan greens are effective greens).")
        var startUpLoss: Double = 0

        @Option(name: .long, help: "Pedestrian walking speed for clearance in m/s.")
        var walkingSpeed: Double = 1.0

        @Option(name: .long, help: ArgumentHelp("Pedestrian crossing served by a group (repeatable).", valueName: "NODE:GROUP=METRES"))
        var crossing: [String] = []

        @Option(name: .long, help: ArgumentHelp("Corridor for --method offsets, in driving order.", valueName: "N1,N2,…"))
        var corridor: String?

        @Flag(name: .long, help: "Offsets for the forward direction only (closed-form green wave).")
        var oneWay = false

        @Flag(name: .long, help: "Webster: give all nodes the longest of their cycles, ready for --method offsets.")
        var commonCycle = false

        func validate() throws {
            guard minCycle > 0, maxCycle >= minCycle else { throw ValidationError("need 0 < --min-cycle ≤ --max-cycle") }
            guard minGreen >= 0 else { throw ValidationError("--min-green must be ≥ 0") }
            guard maxGreen >= minGreen else { throw ValidationError("--max-green must be ≥ --min-green") }
            guard gap > 0, decisionInterval > 0 else { throw ValidationError("--gap and --decision-interval must be > 0") }
            guard startUpLoss >= 0 else { throw ValidationError("--start-up-loss must be ≥ 0") }
            guard walkingSpeed > 0 else { throw ValidationError("--walking-speed must be > 0") }
            _ = try parsedCrossings()
        }

        /// `NODE:GROUP=METRES` → node → group → metres (the group may itself contain ':', as SUMO groups do).
        func parsedCrossings() throws -> [String: [String: Double]] {
            var result: [String: [String: Double]] = [:]
            for text in crossing {
                guard let equals = text.lastIndex(of: "="), let colon = text[..<equals].firstIndex(of: ":"),
                    let metres = Double(text[text.index(after: equals)...]), metres > 0
                else { throw ValidationError("--crossing '\(text)': expected NODE:GROUP=METRES with METRES > 0") }
                result[String(text[..<colon]), default: [:]][String(text[text.index(after: colon)..<equals])] = metres
            }
            return result
        }

        func run() throws {
            let scenario = try input.load()
            var options = input.studyOptions
            options.webster.minimumCycle = minCycle
            options.webster.maximumCycle = maxCycle
            options.webster.minimumGreen = minGreen
            options.webster.walkingSpeed = walkingSpeed
            options.webster.startUpLossPerStage = startUpLoss
            options.webster.crossings = try parsedCrossings()
            options.webster.commonCycle = commonCycle
            options.corridor = corridor.map { $0.split(separator: ",").map(String.init) }
            options.twoWay = !oneWay
            options.actuated = ActuatedControl(
                minGreen: minGreen, maxGreen: maxGreen, gap: gap, decisionInterval: decisionInterval)
            options.maxPressure = MaxPressureControl(minGreen: minGreen, decisionInterval: decisionInterval)
            let proposal: SignalStudy.Proposal
            do { proposal = try SignalStudy.optimize(scenario, method: method, options: options) } catch {
                throw studyFailure(error)
            }
            do {
                try proposal.write(
                    to: URL(fileURLWithPath: out), network: scenario.network, scenarioName: scenario.name,
                    trafficLights: scenario.trafficLights)
            } catch {
                throw fail("cannot write outputs to \(out): \(error)", code: 6)
            }
            print(proposal.report(network: scenario.network, scenarioName: scenario.name), terminator: "")
            print("outputs: \(out)")
            if proposal.comparison.network.contains(where: \.gridlock) {
                throw fail("gridlock in a simulation (see comparison.md)", code: 5)
            }
        }
    }
}
