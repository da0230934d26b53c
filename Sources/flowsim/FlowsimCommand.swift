import ArgumentParser
import CommandLineSupport
import Foundation

@main
struct FlowsimCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flowsim",
        abstract: "Mesoscopic traffic simulation for the traffic-flow management centre: networks, demand, signals.",
        discussion: """
            Examples:
              flowsim demo --out out/flowsim                     # 3×3 signalised grid, written to out/flowsim
              flowsim run scenario.json --out results/ --seed 7   # a scenario file (JSON or YAML, see README)
              flowsim run --net city.net.xml --routes city.rou.xml --duration 3600 --out results/
              flowsim calibrate --net city.net.xml --counts counts.csv --prior city.rou.xml --out calib/

            Outputs in --out: summary.json, tripinfo.csv (per trip, SUMO tripinfo-like), link_timeseries.csv
            and network_timeseries.csv (flow, density, speed, queue per interval), links.gpkg (one line per link
            with its results, to style in QGIS), mean_speed.svg and mfd.svg (macroscopic fundamental diagram),
            unroutable.txt when trips had no path.

            \(FlowsimExitCode.helpText(
                [.done, .internalError, .unreadableInput, .unroutableTrips, .gridlock, .cannotWrite, .usage]))
            """,
        version: "0.1.0",
        subcommands: [
            Run.self, Demo.self, Grid.self, LandUse.self, Signals.self, Parking.self, Calibrate.self, Compare.self,
        ])
}

extension FlowsimCommand {
    /// Ends without the libraries' exit handlers once the command has finished (`mainEndingQuickly`).
    static func main() async { await mainEndingQuickly() }
}

/// Prints `flowsim: message` to standard error and returns the exit to throw (`FlowsimExitCode`).
func fail(_ message: String, code: FlowsimExitCode) -> ExitCode {
    code.fail(message)
}
