import ArgumentParser
import CommandLineSupport
import Foundation
import GeoCore
import TrafficCore
import TrafficStudies

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

            Outputs in --out: summary.json, tripinfo.csv (per trip, SUMO tripinfo-like), link_timeseries.csv
            and network_timeseries.csv (flow, density, speed, queue per interval), links.gpkg (one line per link
            with its results, to style in QGIS), mean_speed.svg and mfd.svg (macroscopic fundamental diagram),
            unroutable.txt when trips had no path.

            Exit codes:
              0  done
              1  internal error
              3  scenario, network or demand could not be read (the message names file and element)
              4  some trips were unroutable (listed in unroutable.txt; the rest was simulated)
              5  gridlock detected (reported in summary.json; no vehicle is teleported)
              6  outputs could not be written
              64 usage error
            """,
        version: "0.1.0",
        subcommands: [Run.self, Demo.self, Grid.self, LandUse.self, Signals.self, Parking.self])
}

extension FlowsimCommand {
    /// Ends without the libraries' exit handlers once the command has finished (`mainEndingQuickly`).
    static func main() async { await mainEndingQuickly() }
}

/// Prints `message` to standard error and returns the exit code to throw.
func fail(_ message: String, code: Int32) -> ExitCode {
    FileHandle.standardError.write(Data("flowsim: \(message)\n".utf8))
    return ExitCode(code)
}

/// Prints the substitutions an importer made (defaults for unreadable tags, elements left out, actuated
/// programs run as fixed time) to standard error, at most `limit` of them with a count of the rest.
func warn(_ warnings: [ImportWarning], limit: Int = 10) {
    var text = ""
    for warning in warnings.prefix(limit) { text += "flowsim: warning: \(warning)\n" }
    if warnings.count > limit { text += "flowsim: warning: … and \(warnings.count - limit) more like these\n" }
    FileHandle.standardError.write(Data(text.utf8))
}

/// Warns about what the importers substituted and about a scenario without any demand.
func warnAboutInputs(_ scenario: Scenario) {
    warn(scenario.importWarnings)
    let d = scenario.demand
    if d.trips.isEmpty && d.flows.isEmpty && d.odMatrices.isEmpty {
        FileHandle.standardError.write(Data("flowsim: warning: the demand holds no vehicles, trips, flows or OD matrices; nothing to simulate\n".utf8))
    }
}

/// Runs a scenario, writes the outputs, prints the summary, and maps the outcome to the exit code.
func simulateAndWrite(_ scenario: Scenario, out: String, crs: CoordinateReferenceSystem? = nil) throws {
    let result: SimulationResult
    do {
        let simulation = try Simulation(scenario: scenario)
        let indicator = TerminalProgress(label: "\(scenario.name) (\(scenario.network.links.count) links)")
        result = simulation.run(progress: indicator.map { indicator in { indicator.update($0) } })
        indicator?.finish()
    } catch {
        throw fail("\(error)", code: 3)
    }
    do {
        let dir = URL(fileURLWithPath: out)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        _ = try result.write(to: dir, network: scenario.network, crs: crs ?? scenario.crs)
    } catch {
        throw fail("cannot write outputs to \(out): \(error)", code: 6)
    }
    let s = result.summary
    print("""
        \(scenario.name): departed \(s.vehiclesDeparted), arrived \(s.vehiclesArrived), unfinished \(s.vehiclesUnfinished)
        mean travel time \(String(format: "%.1f", s.meanTravelTime)) s, total delay \(String(format: "%.0f", s.totalDelay)) veh·s, \
        \(String(format: "%.0f", s.vehicleSecondsSimulated)) veh·s simulated in \(String(format: "%.2f", s.wallTime)) s
        outputs: \(out)
        """)
    if let gridlock = result.gridlock {
        throw fail("gridlock: \(gridlock)", code: 5)
    }
    if !result.unroutableTripIDs.isEmpty {
        let shown = result.unroutableTripIDs.prefix(10).joined(separator: ", ")
        throw fail("\(result.unroutableTripIDs.count) trips had no route (\(shown)…); see unroutable.txt", code: 4)
    }
}
