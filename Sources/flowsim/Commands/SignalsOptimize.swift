import ArgumentParser
import Foundation
import TrafficCore
import TrafficStudies

extension Signals {
    struct Optimize: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Propose plans (Webster, green-wave offsets) or adaptive control (actuated, max-pressure), with evidence.",
            discussion: """
                Webster: per controller (a SUMO traffic light with all its junctions and signals, or a node), cycle
                C0 = (1.5·L + 5)/(1 − Y) within [--min-cycle, --max-cycle], stage greens in proportion to the
                critical flow ratios; every transition of the running program (amber, all-red, clearances such as
                pedestrians clearing while vehicles go on) and the stage order kept; every stage at least
                --min-green, every group with a --crossing at least length ÷ --walking-speed (default 1.0 m/s: a
                slow walker; RiLSA's standard is 1.2 m/s), every SUMO pedestrian crossing at least max(5 s, half
                its length ÷ walking speed).
                Offsets: a green wave along --corridor (or the longest straight chain of signals), both
                directions unless --one-way; the corridor's plans need one common cycle.
                Actuated: each node runs the stages of its plan in order, every stage between --min-green and
                --max-green, ending early when no vehicle reaches the stop line within --gap seconds, skipping
                stages without demand; intergreens as in the plan. Max-pressure (Varaiya): at every decision after
                --min-green, the stage with the largest upstream-minus-downstream queue pressure gets green.
                Adaptive methods keep the plans and propose signal_control.proposed.json (the scenario's
                signal_control object) plus signal_stages.csv, the simulated controller's switches.

                Safety: every proposed program is checked against the running one before it is written (as
                `flowsim signals check`: no conflicting greens, no shorter intergreen, minimum green or phase, no \
                intergreen below RiLSA for the junction's geometry on SUMO nets); a controller that fails keeps \
                its running program and comparison.md says why. Webster and offsets first lengthen every \
                intergreen the running program has below RiLSA (an all-red phase after the yellow; comparison.md \
                lists them), so their proposals and their evidence include those clearances.
                Evidence: the proposal and the running plans are simulated on the same trips for --seeds demand
                seeds (default 3); the measure is the time in the system per trip (unfinished vehicles included).
                A proposal worse on any seed is not proposed: only the evidence is written, exit code 9.

                Writes into --out (never over the scenario): signals.proposed.json (scenario signal format),
                tlLogic.proposed.xml (SUMO), comparison.csv and comparison.md (before/after: mean delay, stops,
                throughput, QSV per approach; Webster figures or offsets), delay_by_approach.svg,
                analysis_before.csv, analysis_after.csv and, for offsets, time_space_before.svg and
                time_space_after.svg. When nothing is proposed (exit 9), the evidence files and
                tlLogic.not-proposed.xml: the plans that were judged, marked as not a proposal, so that the verdict
                can be checked in SUMO. Exit codes as for `flowsim signals`.
                """)

        @OptionGroup var input: SignalStudyOptions

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

        @Option(name: .long, help: "Demand seeds to compare on (the scenario's and the next ones); a proposal must be better on every one.")
        var seeds: Int = 3

        func validate() throws {
            guard minCycle > 0, maxCycle >= minCycle else { throw ValidationError("need 0 < --min-cycle ≤ --max-cycle") }
            guard minGreen >= 0 else { throw ValidationError("--min-green must be ≥ 0") }
            guard maxGreen >= minGreen else { throw ValidationError("--max-green must be ≥ --min-green") }
            guard gap > 0, decisionInterval > 0 else { throw ValidationError("--gap and --decision-interval must be > 0") }
            guard seeds >= 1 else { throw ValidationError("--seeds must be ≥ 1") }
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
            options.seeds = seeds
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
                throw fail("cannot write outputs to \(out): \(error)", code: .cannotWrite)
            }
            print(proposal.report(network: scenario.network, scenarioName: scenario.name), terminator: "")
            print("outputs: \(out)")
            if let reason = proposal.notProposedReason {
                throw fail("nothing proposed: \(reason)", code: .notProposed)
            }
            if proposal.comparison.network.contains(where: \.gridlock) {
                throw fail("gridlock in a simulation (see comparison.md)", code: .gridlock)
            }
        }
    }
}
