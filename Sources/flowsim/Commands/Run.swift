import ArgumentParser
import Foundation
import GeoCore
import TrafficCore
import TrafficStudies

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a scenario file, or a SUMO network with SUMO routes.")

    @Argument(help: ArgumentHelp("Scenario file (JSON, or YAML for .yaml/.yml) naming network, demand and signals.", valueName: "SCENARIO"))
    var scenario: String?

    @Option(name: .long, help: ArgumentHelp("SUMO network instead of a scenario (edges, lanes, connections, tlLogic; also .net.xml.gz).", valueName: "X.net.xml"))
    var net: String?

    @Option(name: .long, help: ArgumentHelp("SUMO demand for --net (vehicles, trips, flows; also .rou.xml.gz).", valueName: "Y.rou.xml"))
    var routes: String?

    @Option(name: .long, help: "Simulated seconds for --net runs (default: last departure + 1 h).")
    var duration: Double?

    @Option(name: .long, help: "Output folder.")
    var out: String = "flowsim-out"

    @Option(name: .long, help: "Seed of the demand generator (overrides the scenario's).")
    var seed: UInt64?

    func validate() throws {
        if scenario == nil && net == nil { throw ValidationError("give a SCENARIO file or --net X.net.xml --routes Y.rou.xml") }
        if scenario != nil && net != nil { throw ValidationError("give either a SCENARIO file or --net, not both") }
        if net != nil && routes == nil { throw ValidationError("--net needs --routes Y.rou.xml") }
        if let duration, !(duration > 0) { throw ValidationError("--duration must be > 0") }
    }

    func run() throws {
        var loaded: Scenario
        if let scenario {
            do { loaded = try Scenario.load(path: scenario) } catch { throw fail("\(error)", code: 3) }
        } else {
            loaded = try Self.sumoScenario(net: net ?? "", routes: routes ?? "", duration: duration)
        }
        if let seed { loaded.configuration.seed = seed }
        warnAboutInputs(loaded)
        try simulateAndWrite(loaded, out: out)
    }

    /// The scenario of `--net X.net.xml --routes Y.rou.xml` (`Scenario.sumo`).
    static func sumoScenario(net: String, routes: String, duration: Double?) throws -> Scenario {
        do {
            return try Scenario.sumo(
                net: URL(fileURLWithPath: net), routes: URL(fileURLWithPath: routes), duration: duration)
        } catch {
            throw fail("\(error)", code: 3)
        }
    }
}

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the sample scenario: a 3×3 signalised grid with flows across it.")

    @Option(name: .long, help: "Output folder.")
    var out: String = "out/flowsim"

    @Option(name: .long, help: "Seed of the demand generator.")
    var seed: UInt64 = 1

    func run() throws {
        try simulateAndWrite(Scenario.demo(seed: seed), out: out)
    }
}
