import ArgumentParser
import CommandLineSupport
import Foundation
import TrafficCore
import TrafficStudies

extension Signals {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check signal programs for safety against the running ones (conflicts, intergreens, minimum greens).",
            discussion: """
                Compares the programs of --signals (a tlLogic file on a SUMO net, e.g. a proposal or a hand-written \
                program, or a signal-plan document) with the programs the scenario runs, per SUMO traffic light \
                (every link index, pedestrian crossings included, with the junction's conflict matrix from the \
                net's <request foes>) or per node (its signal groups; groups never green together count as \
                conflicting):
                  - conflicting signals must not be green together, unless the running program already does so \
                (a permitted turn with the opposing stream);
                  - no intergreen shorter than the running program's (its direct transition; a pair separated by \
                more may shrink to the clearing signal's longest clearance);
                  - no green shorter than min(running, --min-green) and no phase shorter than min(running, 1 s);
                  - on SUMO nets, no intergreen of a conflicting pair below RiLSA's t_z = t_ü + (s_r + l)/v_r − \
                s_e/v_e from the junction's geometry (clearing and entering distances to the conflict area from \
                the internal lane and crossing shapes; t_ü 3 s vehicles, 1 s cyclists, 0 s pedestrians; v_r \
                10 m/s straight, 7 m/s turning, 4 m/s cyclists, 1.2 m/s pedestrians; l 6 m vehicles; v_e \
                11.1 m/s vehicles, 5 m/s cyclists, pedestrians at once; rounded up to whole seconds), even \
                where the running program's own intergreen is shorter.
                Without --signals (or for a program left unchanged) the running programs are checked against \
                themselves and the junction conflict matrix: findings list conflicting signals that both show \
                priority green (SUMO G) and intergreens below RiLSA (SUMO's generated programs often have only \
                the 3 s yellow); findings are reported, they do not make the exit code 8.
                Every proposal of `flowsim signals optimize` passes this check before it is written.

                Examples:
                  flowsim signals check --net city.net.xml --signals plans/tlLogic.proposed.xml
                  flowsim signals check --net city.net.xml --signals my-program.xml
                  flowsim signals check scenario.json --signals step1/signals.proposed.json

                \(FlowsimExitCode.helpText(
                    [.done, .internalError, .unreadableInput, .unsafeSignals, .usage],
                    meanings: [.done: "every checked program is safe"]))
                """)

        @Argument(help: ArgumentHelp("Scenario file whose programs run (JSON, or YAML for .yaml/.yml).", valueName: "SCENARIO"))
        var scenario: String?

        @Option(name: .long, help: ArgumentHelp("SUMO network whose programs run, instead of a scenario (no demand needed).", valueName: "X.net.xml"))
        var net: String?

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Programs to check: a file with <tlLogic> programs (.xml, SUMO nets) or a signal-plan document.",
                valueName: "FILE"))
        var signals: String?

        @Option(name: .long, help: "Minimum green in seconds (RiLSA: 5 s); a shorter running green is held, not cut.")
        var minGreen: Double = 5

        func validate() throws {
            if scenario == nil && net == nil { throw ValidationError("give a SCENARIO file or --net X.net.xml") }
            if scenario != nil && net != nil { throw ValidationError("give either a SCENARIO file or --net, not both") }
            guard minGreen >= 0 else { throw ValidationError("--min-green must be ≥ 0") }
        }

        func run() throws {
            let reference: Scenario
            do {
                reference = try scenario.map { try Scenario.load(path: $0) } ?? Scenario.sumo(net: URL(fileURLWithPath: net!))
            } catch {
                throw fail("\(error)", code: .unreadableInput)
            }
            var candidate = reference
            if let signals {
                guard FileManager.default.fileExists(atPath: signals) else {
                    throw fail("signal file \(signals) does not exist", code: .unreadableInput)
                }
                do throws(SignalInputError) {
                    try candidate.useSignals(contentsOf: URL(fileURLWithPath: signals))
                } catch {
                    throw fail("\(error)", code: .unreadableInput)
                }
            }
            let report = SignalStudy.check(candidate, against: reference, rules: SignalSafetyRules(minimumGreen: minGreen))
            print(report.text(), terminator: "")
            if !report.isSafe { throw ExitCode(FlowsimExitCode.unsafeSignals.code) }
        }
    }
}
