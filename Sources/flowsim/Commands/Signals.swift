import ArgumentParser
import CommandLineSupport
import Foundation
import TrafficStudies

struct Signals: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse signal plans (delay, X, QSV), propose better ones (Webster, green-wave offsets), check their safety.",
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
              flowsim signals check --net city.net.xml --signals plans/tlLogic.proposed.xml

            Safety: every proposed program keeps the running program's state sequence, intergreens and minimum
            greens and is checked (`flowsim signals check`) before it is written; a controller whose proposal fails
            keeps its running program and the report says why. On a SUMO net the programs are the net's own, every
            link index (pedestrian crossings, other vehicle classes) included.

            Analysis: per signal group, flow q, saturation flow s (lanes × --saturation-flow), capacity
            c = s·g/C, degree of saturation X, Webster uniform delay d1, HCM incremental delay d2 (T 0.25 h,
            k 0.5, I 1), queue and the HBS quality level QSV A–F (mean waiting time ≤ 20/35/50/70/100 s;
            F above or when X > 1) — analytic, and measured in a simulation of the same plans, side by side.

            \(FlowsimExitCode.helpText(
                [.done, .internalError, .unreadableInput, .gridlock, .cannotWrite, .nothingToOptimise, .unsafeSignals, .notProposed, .usage],
                meanings: [
                    .gridlock: "a simulation ended in gridlock (outputs are still written; see the comparison)",
                    .unsafeSignals: "`signals check`: a checked program is unsafe",
                ]))
            """,
        subcommands: [Analyze.self, Optimize.self, Check.self])
}

/// Maps a study error to its exit code.
func studyFailure(_ error: SignalStudyError) -> ExitCode {
    switch error {
    case .simulation: fail("\(error)", code: .unreadableInput)
    case .noSignals, .corridor: fail("\(error)", code: .nothingToOptimise)
    }
}
