import ArgumentParser
import Foundation
import TrafficCore
import TrafficStudies

struct Grid: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run (or write) a synthetic signalised grid with boundary-to-boundary flows.",
        discussion: """
            Every boundary entry sends --rate veh/h for --demand-duration seconds: half straight through to the
            opposite side, a quarter to each adjacent side (Poisson departures, seeded). Used for what-if tests
            and for the benchmarks in bench/ (11×11 grid, 1000 m links, 2 h demand).
            With --write-scenario DIR the scenario files (scenario.json, network.json, signals.json) are written
            instead of running, so that other tools can be given the same network and demand.
            """)

    @Option(name: .long, help: "Nodes per side.")
    var size: Int = 11

    @Option(name: .long, help: "Link length in metres.")
    var linkLength: Double = 1000

    @Option(name: .long, help: "Lanes per link.")
    var lanes: Int = 1

    @Option(name: .long, help: "Free-flow speed in km/h.")
    var speedKmh: Double = 50

    @Option(name: .long, help: "Vehicles per hour from every entry.")
    var rate: Double = 300

    @Option(name: .long, help: "Seconds during which vehicles depart.")
    var demandDuration: Double = 7200

    @Option(name: .long, help: "Simulated seconds (default: demand duration + 1 h).")
    var duration: Double?

    @Flag(inversion: .prefixedNo, help: "Fixed-time signals at every node.")
    var signals = true

    @Option(name: .long, help: "Seed of the demand generator.")
    var seed: UInt64 = 1

    @Option(name: .long, help: ArgumentHelp("Re-route vehicles en route on current travel times every S seconds.", valueName: "S"))
    var reroutingInterval: Double?

    @Option(name: .long, help: "Output folder.")
    var out: String = "flowsim-grid"

    @Option(name: .long, help: ArgumentHelp("Write the scenario files to DIR instead of running.", valueName: "DIR"))
    var writeScenario: String?

    func validate() throws {
        if let reroutingInterval, !(reroutingInterval > 0) { throw ValidationError("--rerouting-interval must be > 0") }
        guard size >= 2 else { throw ValidationError("--size must be at least 2") }
        guard linkLength > 0, speedKmh > 0, rate >= 0, demandDuration > 0, lanes >= 1 else {
            throw ValidationError("--link-length, --speed-kmh and --demand-duration must be > 0, --lanes ≥ 1, --rate ≥ 0")
        }
    }

    func run() throws {
        let base = Scenario.grid(
            size: size, linkLength: linkLength, lanes: lanes, freeFlowSpeed: speedKmh / 3.6, signalised: signals,
            vehiclesPerHourPerEntry: rate, demandDuration: demandDuration, duration: duration ?? demandDuration + 3600,
            seed: seed, outputInterval: 300)
        var scenario = base
        scenario.configuration.reroutingInterval = reroutingInterval
        if let writeScenario {
            do {
                let dir = URL(fileURLWithPath: writeScenario)
                try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
                print(try scenario.write(to: dir).path)
            } catch {
                throw fail("cannot write the scenario to \(writeScenario): \(error)", code: .cannotWrite)
            }
            return
        }
        try simulateAndWrite(scenario, out: out)
    }
}
